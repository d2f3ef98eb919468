/* Dashboard: one Chart.js chart per place x measure series, an SVG map, and the facts table. */
"use strict";
const FILTERS = JSON.parse(document.getElementById("filters-json").textContent);
const MAX_CHARTS = 8;
const PAGE = 50;
const charts = [];
let factsOffset = 0;

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== "" && v !== null && v !== undefined) q.set(k, v);
  return q.toString();
}

function latest(series) { return latestValued(series); }

/* Support first: series with more independent sources, then more points, then more confirmed
   facts lead the default view; the latest figure breaks ties. */
function bySupport(a, b) {
  const sa = a.support || {}, sb = b.support || {};
  return (sb.sources || 0) - (sa.sources || 0) || (sb.points || 0) - (sa.points || 0) ||
    (sb.confirmed || 0) - (sa.confirmed || 0) || (sb.reports || 0) - (sa.reports || 0) ||
    ((latest(b) || {}).value || 0) - ((latest(a) || {}).value || 0);
}

/* ---- time series: the first MAX_CHARTS, then "Show more" adds MAX_CHARTS at a time ---- */
let chartSeries = [], chartsShown = 0;

function renderCharts(series) {
  const box = document.getElementById("charts");
  box.innerHTML = "";
  charts.splice(0).forEach((c) => c.destroy());
  chartSeries = series.filter((s) => s.points.length);
  chartsShown = 0;
  if (!chartSeries.length) {
    document.getElementById("series-count").textContent = "(0)";
    box.innerHTML = '<p class="muted">No series match these filters.</p>';
    updateMore();
    return;
  }
  showMoreCharts();
}

function showMoreCharts() {
  const box = document.getElementById("charts");
  const next = chartSeries.slice(chartsShown, chartsShown + MAX_CHARTS);
  next.forEach((s, k) => addChart(box, s, chartsShown + k));
  chartsShown += next.length;
  document.getElementById("series-count").textContent =
    chartSeries.length > chartsShown ? `(${chartsShown} of ${chartSeries.length})` : `(${chartsShown})`;
  updateMore();
  return next.length;
}

function updateMore() {
  const more = document.getElementById("more-series");
  const left = chartSeries.length - chartsShown;
  more.hidden = left <= 0;
  more.textContent = left > MAX_CHARTS ? `Show ${MAX_CHARTS} more (${left} not shown)` : `Show the other ${left} series`;
}

document.getElementById("more-series").addEventListener("click", () => {
  const first = chartsShown;
  if (showMoreCharts()) document.querySelectorAll("#charts .chart-card")[first].querySelector("h3").focus();
});

function pointLine(p) {
  const range = p.low !== p.value || p.high !== p.value ? ` (${fmt(p.low) || "…"}–${fmt(p.high) || "…"})` : "";
  const best = p.value === null || p.value === undefined ? "no best estimate" : fmt(p.value);
  return `<span class="kind kind-${esc(p.kind)}">${esc(p.kind)}</span> ${esc(p.start ? p.start + " → " : "")}${esc(p.date)}: ${best}${range}`;
}

function addChart(box, s, i) {
  const card = document.createElement("article");
  card.className = "chart-card" + (s.flagged ? " flagged" : "");
  card.dataset.seriesKey = s.key;
  card.dataset.measure = s.measure;
  card.dataset.sources = (s.support || {}).sources || 0;
  const flags = [...new Set(s.points.flatMap(pointFlags))];
  const title = `${s.label} · ${s.measure.replace("_", " ")}`;
  const last = latest(s);
  card.innerHTML = `<h3 id="${box.id}-h-${i}" tabindex="-1">${esc(title)} <small class="muted">${esc(s.level)} · ${esc(supportText(s))}</small> ${flagBadges(flags)}</h3>
    <div class="canvas-box"><canvas role="img" aria-label="${esc(title)}: ${s.points.length} points, latest ${last ? fmt(last.value) : "none"}"></canvas></div>
    <details><summary>Points (${s.points.length})</summary><ul class="point-list">${s.points.map((p, j) =>
      `<li><button type="button" class="linkish" data-point="${j}">${pointLine(p)}</button> ${flagBadges(pointFlags(p))}</li>`).join("")}</ul></details>`;
  box.appendChild(card);
  card.querySelectorAll("button[data-point]").forEach((b) =>
    b.addEventListener("click", () => showPoint(s, s.points[Number(b.dataset.point)], card)));
  charts.push(drawSeriesChart(card.querySelector("canvas"), s, (p) => showPoint(s, p, card)));
}

function renderFlagged(series) {
  const box = document.getElementById("flagged-charts");
  const panel = document.getElementById("flagged-panel");
  box.innerHTML = "";
  panel.hidden = !series.length;
  document.getElementById("flagged-count").textContent = `(${series.length})`;
  series.slice(0, MAX_CHARTS).forEach((s, k) => addChart(box, s, k));
  if (series.length > MAX_CHARTS) box.insertAdjacentHTML("beforeend", `<p class="muted">${series.length - MAX_CHARTS} more: <code>uprooted matrix --flags</code> lists them all.</p>`);
}

/* /api/matrix is lean (no evidence, no explanation): a point's detail comes from its series'
   full JSON (/api/matrix/series), fetched when the analyst opens a point of it, once per page. */
const fullSeries = new Map();
function seriesDetail(s) {
  if (!fullSeries.has(s.key)) {
    const request = fetchJSON(`/api/matrix/series?${query({ place: s.key, measure: s.measure })}`);
    request.catch(() => fullSeries.delete(s.key));
    fullSeries.set(s.key, request);
  }
  return fullSeries.get(s.key);
}

let shownPoint = 0;
async function showPoint(s, p, card) {
  const box = document.getElementById("point-detail");
  const asked = ++shownPoint;
  box.hidden = false;
  if (card) card.after(box);
  box.dataset.loaded = "0";
  box.innerHTML = pointDetail(s, p, '<p class="muted">Loading the evidence…</p>');
  box.scrollIntoView({ block: "nearest" });
  let full = null;
  try {
    full = ((await seriesDetail(s)).points || []).find((q) => q.point_id === p.point_id) || null;
  } catch (e) {
    if (asked === shownPoint) box.innerHTML = pointDetail(s, p, `<p class="error">Evidence unavailable: ${esc(e.message)}</p>`);
    return;
  }
  if (asked !== shownPoint) return; // another point was opened meanwhile
  box.innerHTML = pointDetail(s, full || p, full ? "" : '<p class="muted">This point changed since the page loaded: reload it.</p>');
  box.dataset.loaded = "1";
}

function pointDetail(s, p, note) {
  return `<h3>${esc(s.label)} · ${esc(s.measure.replace("_", " "))} · ${esc(p.start ? p.start + " → " : "")}${esc(p.date)}</h3>
    <p>${p.value === null || p.value === undefined ? "<strong>no best estimate</strong>" : `<strong>${fmt(p.value)}</strong> best estimate`} (${esc(p.kind)}${p.decided_by ? ", decided by " + esc(p.decided_by) : ""})${p.low !== null || p.high !== null ? `, range ${fmt(p.low) || "…"}–${fmt(p.high) || "…"}` : ""} ${flagBadges(pointFlags(p))}</p>
    ${p.explanation && p.explanation.length ? `<ul class="explanation">${p.explanation.map((e) => `<li>${esc(e)}</li>`).join("")}</ul>` : ""}
    ${[...new Set(p.facts.map((f) => f.event_id).filter(Boolean))].map((e) => `<a class="event-link" href="/events/${encodeURIComponent(e)}">event ${esc(e)}</a>`).join(" · ")}
    ${note}
    <p>Facts behind this point:</p>
    <ul class="point-facts">${p.facts.map((f) => `<li><a href="/facts/${encodeURIComponent(f.fact_id)}">${figureLabel(f)}</a>
      ${f.source ? "· " + esc(f.source) : ""} ${f.outlet ? "· " + esc(f.outlet) : ""} ${f.status ? "· " + esc(f.status) : ""} ${f.counted ? "" : '<span class="muted">(duplicate, not counted)</span>'}
      ${f.excluded ? '<span class="flag warn">kept out: ' + esc((f.implausible || []).join("; ")) + "</span>" : ""}${f.part_of_report ? '<span class="muted">(a part of a larger figure in the same report)</span>' : ""}
      ${flagBadges(f.flags)}${f.evidence ? `<br><q>${esc(f.evidence)}</q>` : ""}</li>`).join("")}</ul>`;
}

/* ---- map ---- */
let worldCache = null;
async function world() {
  if (!worldCache) worldCache = await fetchJSON("/static/vendor/countries-110m.json");
  return worldCache;
}

function ringPath(ring) {
  return ring.map(([lon, lat], i) => `${i ? "L" : "M"}${(lon + 180).toFixed(2)} ${(90 - lat).toFixed(2)}`).join("") + "Z";
}

function geometryPath(g) {
  if (!g) return "";
  const polys = g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
  return polys.map((poly) => poly.map(ringPath).join("")).join("");
}

async function renderMap(series) {
  const box = document.getElementById("map");
  const note = document.getElementById("map-note");
  const measure = FILTERS.measure || "displaced";
  const chosen = series.filter((s) => s.measure === measure && s.points.length);
  const located = chosen.filter((s) => s.lat !== null && s.lon !== null && s.lat !== undefined);
  const specific = located.filter((s) => s.level !== "country");
  const places = (specific.length ? specific : located).filter((s) => latest(s))
    .sort((a, b) => latest(b).value - latest(a).value);
  const svgNS = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(svgNS, "svg");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", `${places.length} places, ${measure.replace("_", " ")}`);
  // Frame the places, keeping the map's 2:1 aspect, never smaller than 40 x 20 degrees.
  let [x0, y0, x1, y1] = [0, 0, 360, 180];
  if (places.length) {
    const xs = places.map((s) => s.lon + 180), ys = places.map((s) => 90 - s.lat);
    let w = Math.max(40, Math.max(...xs) - Math.min(...xs) + 30), h = Math.max(20, Math.max(...ys) - Math.min(...ys) + 16);
    if (w / h > 2) h = w / 2; else w = h * 2;
    w = Math.min(w, 360); h = Math.min(h, 180);
    const cx = (Math.max(...xs) + Math.min(...xs)) / 2, cy = (Math.max(...ys) + Math.min(...ys)) / 2;
    x0 = Math.min(Math.max(cx - w / 2, 0), 360 - w); y0 = Math.min(Math.max(cy - h / 2, 0), 180 - h); x1 = x0 + w; y1 = y0 + h;
  }
  const span = x1 - x0;
  svg.setAttribute("viewBox", `${x0} ${y0} ${x1 - x0} ${y1 - y0}`);
  svg.innerHTML = `<title>Places with a ${esc(measure.replace("_", " "))} figure</title>`;
  try {
    const topo = await world();
    const land = topojson.feature(topo, topo.objects.countries);
    const g = document.createElementNS(svgNS, "g");
    g.setAttribute("class", "countries");
    for (const f of land.features) {
      const path = document.createElementNS(svgNS, "path");
      path.setAttribute("d", geometryPath(f.geometry));
      path.setAttribute("class", "land");
      path.style.strokeWidth = (span / 900).toFixed(3);
      g.appendChild(path);
    }
    svg.appendChild(g);
  } catch (e) { note.textContent = "World outline unavailable: " + e.message; }
  const maxValue = Math.max(1, ...places.map((s) => latest(s).value));
  const maxR = span / 14, minR = span / 160;
  const layer = document.createElementNS(svgNS, "g");
  layer.setAttribute("class", "places");
  for (const s of places) {
    const p = latest(s);
    const c = document.createElementNS(svgNS, "circle");
    c.setAttribute("cx", (s.lon + 180).toFixed(3));
    c.setAttribute("cy", (90 - s.lat).toFixed(3));
    c.setAttribute("r", Math.max(minR, maxR * Math.sqrt(p.value / maxValue)).toFixed(3));
    const flags = pointFlags(p), flagged = flags.some((f) => WARNING_FLAGS.has(f));
    c.setAttribute("class", "place" + (flagged ? " flagged" : ""));
    c.style.strokeWidth = (span / (flagged ? 180 : 500)).toFixed(3);
    c.setAttribute("tabindex", "0");
    c.setAttribute("role", "link");
    c.dataset.place = s.place_name || s.country || "";
    c.dataset.value = p.value;
    const label = `${s.label}: ${fmt(p.value)} ${measure.replace("_", " ")} (${p.date})${flagged ? ", flagged " + flags.join(", ") : ""}`;
    c.setAttribute("aria-label", label);
    const t = document.createElementNS(svgNS, "title");
    t.textContent = label;
    c.appendChild(t);
    const go = () => { window.location.search = query({ ...FILTERS, measure, place: s.place_name || "", country: s.country || "" }); };
    c.addEventListener("click", go);
    c.addEventListener("keydown", (e) => { if (e.key === "Enter") go(); });
    layer.appendChild(c);
  }
  svg.appendChild(layer);
  box.innerHTML = "";
  box.appendChild(svg);
  placeLabels(svg, layer, places, { x0, y0, x1, y1, span, minR, maxR, maxValue });
  const unlocated = chosen.length - located.length;
  note.textContent = `${places.length} place(s) for ${measure.replace("_", " ")}` +
    (unlocated ? `; ${unlocated} without coordinates not drawn` : "") + ". Click a circle to filter.";
}

/* Name places, biggest first: each label takes the first of eight spots around its circle that
   overlaps no label or circle already placed and stays in the frame; a label with no free spot is
   hidden, and shown while its circle is hovered or focused. Measured with getBBox, so it holds
   for any font. */
function placeLabels(svg, layer, places, frame) {
  const svgNS = "http://www.w3.org/2000/svg";
  const labels = document.createElementNS(svgNS, "g");
  labels.setAttribute("class", "labels");
  labels.setAttribute("aria-hidden", "true");
  svg.appendChild(labels);
  const { x0, y0, x1, y1, span, minR, maxR, maxValue } = frame;
  const boxes = [];
  const overlaps = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
  const circles = places.map((s) => {
    const r = Math.max(minR, maxR * Math.sqrt(latest(s).value / maxValue));
    return { cx: s.lon + 180, cy: 90 - s.lat, r };
  });
  const circleBoxes = circles.map((c) => ({ x: c.cx - c.r * 0.5, y: c.cy - c.r * 0.5, w: c.r, h: c.r }));
  const fontSize = span / 38;
  const pad = fontSize * 0.15;
  places.forEach((s, i) => {
    const { cx, cy, r } = circles[i];
    const t = document.createElementNS(svgNS, "text");
    t.setAttribute("class", "label");
    t.style.fontSize = fontSize.toFixed(3) + "px";
    t.textContent = s.place_name || s.country || "";
    t.dataset.place = s.place_name || s.country || "";
    labels.appendChild(t);
    const d = r * 0.75 + pad;
    // [dx, dy, anchor, baseline shift]: right-up, left-up, right-down, left-down, up, down, right, left.
    const spots = [[d, -d, "start", 0], [-d, -d, "end", 0], [d, d, "start", 1], [-d, d, "end", 1],
      [0, -r - pad, "middle", 0], [0, r + pad, "middle", 1], [r + pad, 0, "start", 0.5], [-r - pad, 0, "end", 0.5]];
    let placed = false;
    for (const [dx, dy, anchor, shift] of spots) {
      t.setAttribute("text-anchor", anchor);
      t.setAttribute("x", (cx + dx).toFixed(3));
      t.setAttribute("y", (cy + dy + shift * fontSize * 0.8).toFixed(3));
      const b = t.getBBox();
      const box = { x: b.x - pad, y: b.y - pad, w: b.width + 2 * pad, h: b.height + 2 * pad };
      const inside = box.x >= x0 && box.y >= y0 && box.x + box.w <= x1 && box.y + box.h <= y1;
      if (inside && !boxes.some((o) => overlaps(o, box)) && !circleBoxes.some((o, j) => j !== i && overlaps(o, box))) {
        boxes.push(box);
        placed = true;
        break;
      }
    }
    if (!placed) {
      // Back to the first spot, hidden until its circle is pointed at.
      t.setAttribute("text-anchor", "start");
      t.setAttribute("x", (cx + d).toFixed(3));
      t.setAttribute("y", (cy - d).toFixed(3));
      t.classList.add("collided");
    }
    const circle = layer.children[i];
    const show = (on) => {
      t.classList.toggle("hover", on);
      if (on) labels.appendChild(t); // on top of the other labels
    };
    circle.addEventListener("mouseenter", () => show(true));
    circle.addEventListener("mouseleave", () => show(false));
    circle.addEventListener("focus", () => show(true));
    circle.addEventListener("blur", () => show(false));
  });
  return labels;
}

/* ---- facts table ---- */
async function loadFacts() {
  const q = query({ measure: FILTERS.measure, country: FILTERS.country, place: FILTERS.place, status: FILTERS.status, limit: PAGE, offset: factsOffset });
  const body = document.querySelector("#facts-table tbody");
  let data;
  try { data = await fetchJSON(`/api/facts?${q}`); } catch (e) {
    body.innerHTML = `<tr><td colspan="10" class="error">${esc(e.message)}</td></tr>`; return;
  }
  body.innerHTML = data.items.map((item) => {
    const f = item.fact, ev = (f.evidence[0] || {}).text || "";
    return `<tr data-fact-id="${esc(item.fact_id)}">
      <td><span class="status status-${esc(item.status)}">${esc(item.status)}</span></td>
      <td>${esc(f.measure.replace("_", " "))}</td>
      <td class="num">${figureLabel(f)}</td>
      <td>${esc(placeLabel(f.place))}</td>
      <td>${esc(f.start ? f.start + " → " : "")}${esc(f.end || "—")}</td>
      <td>${esc(f.source || "")}</td>
      <td>${esc(f.lang || "")}</td>
      <td class="num">${Number(f.confidence).toFixed(2)}</td>
      <td>${flagBadges(f.flags)}</td>
      <td class="ev"><a href="/facts/${encodeURIComponent(item.fact_id)}">${esc(ev.length > 140 ? ev.slice(0, 140) + "…" : ev || "open")}</a></td>
    </tr>`;
  }).join("") || '<tr><td colspan="10" class="muted">No facts match these filters.</td></tr>';
  document.getElementById("facts-count").textContent = `(${fmt(data.total)})`;
  document.getElementById("page-info").textContent = data.total ? `${factsOffset + 1}–${factsOffset + data.items.length} of ${fmt(data.total)}` : "";
  document.getElementById("prev-page").disabled = factsOffset === 0;
  document.getElementById("next-page").disabled = factsOffset + data.items.length >= data.total;
}

document.getElementById("prev-page").addEventListener("click", () => { factsOffset = Math.max(0, factsOffset - PAGE); loadFacts(); });
document.getElementById("next-page").addEventListener("click", () => { factsOffset += PAGE; loadFacts(); });

/* ---- events ---- */
async function loadEvents() {
  const box = document.getElementById("events");
  let data;
  try { data = await fetchJSON(`/api/events?${query({ place: FILTERS.place, limit: 12 })}`); } catch (e) {
    box.innerHTML = `<p class="error">${esc(e.message)}</p>`; return;
  }
  document.getElementById("events-count").textContent = `(${fmt(data.total)})`;
  box.innerHTML = data.items.length ? `<ul class="events">${data.items.map((e) => `<li data-event-id="${esc(e.event_id)}">
    <a href="/events/${encodeURIComponent(e.event_id)}">${esc(e.title || e.event_id)}</a>
    <small class="muted">${e.documents} report(s) · ${esc(e.languages.join(", ") || "?")} · ${esc(e.places.slice(0, 3).join("; "))}
    · ${e.facts} figure(s) → ${e.points} point(s)</small></li>`).join("")}</ul>`
    : '<p class="muted">No linked events: run <code>uprooted link</code>.</p>';
}

async function main() {
  loadFacts();
  loadEvents();
  let matrix;
  try {
    matrix = await fetchJSON(`/api/matrix?${query({ country: FILTERS.country })}`);
  } catch (e) {
    document.getElementById("charts").innerHTML = `<p class="error">Matrix unavailable: ${esc(e.message)}</p>`;
    return;
  }
  const all = matrix.series;
  document.getElementById("place-names").innerHTML =
    [...new Set(all.map((s) => s.place_name).filter(Boolean))].sort().map((n) => `<option value="${esc(n)}">`).join("");
  const wanted = FILTERS.place.toLowerCase();
  const inPlace = all.filter((s) => !wanted || (s.place_name || "").toLowerCase() === wanted);
  const picked = inPlace.filter((s) => !FILTERS.measure || s.measure === FILTERS.measure).sort(bySupport);
  renderCharts(picked.filter((s) => !s.flagged));
  renderFlagged(picked.filter((s) => s.flagged));
  await renderMap(inPlace);
  document.body.dataset.ready = "1";
}
main();
