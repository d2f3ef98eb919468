/* Dashboard: one Chart.js chart per place x measure series, an SVG map, and the facts table. */
"use strict";
const FILTERS = JSON.parse(document.getElementById("filters-json").textContent);
const MAX_CHARTS = 8;
const PAGE = 50;
const BAND = "rgba(31,111,178,0.18)";
const LINE = "#1f6fb2";
const WARN = "#b35c00";
const charts = [];
let factsOffset = 0;

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== "" && v !== null && v !== undefined) q.set(k, v);
  return q.toString();
}

function dateMs(d) {
  const t = Date.parse(d.length === 4 ? `${d}-07-01` : d.length === 7 ? `${d}-15` : d);
  return Number.isNaN(t) ? null : t;
}

function isoDay(ms) { return new Date(ms).toISOString().slice(0, 10); }

/* A point's own flags (conflict, inconsistent ...) plus those of the facts behind it. */
function pointFlags(p) { return [...new Set([...(p.flags || []), ...(p.facts || []).flatMap((f) => f.flags || [])])]; }

function latest(series) { return series.points.length ? series.points[series.points.length - 1] : null; }

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
  if (showMoreCharts()) document.querySelectorAll(".chart-card")[first].querySelector("h3").focus();
});

function addChart(box, s, i) {
  const card = document.createElement("article");
  card.className = "chart-card";
  card.dataset.seriesKey = s.key;
  card.dataset.measure = s.measure;
  const flags = [...new Set(s.points.flatMap(pointFlags))];
  const title = `${s.label} · ${s.measure.replace("_", " ")}`;
  card.innerHTML = `<h3 id="chart-h-${i}" tabindex="-1">${esc(title)} <small class="muted">${esc(s.level)}</small> ${flagBadges(flags)}</h3>
    <div class="canvas-box"><canvas role="img" aria-label="${esc(title)}: ${s.points.length} points, latest ${fmt(latest(s).value)}"></canvas></div>
    <details><summary>Points (${s.points.length})</summary><ul class="point-list">${s.points.map((p, j) =>
      `<li><button type="button" class="linkish" data-point="${j}">${esc(p.start ? p.start + " → " : "")}${esc(p.date)}: ${fmt(p.value)}` +
      `${p.low !== p.value || p.high !== p.value ? ` (${fmt(p.low) || "…"}–${fmt(p.high) || "…"})` : ""}</button> ${flagBadges(pointFlags(p))}</li>`).join("")}</ul></details>`;
  box.appendChild(card);
  card.querySelectorAll("button[data-point]").forEach((b) =>
    b.addEventListener("click", () => showPoint(s, s.points[Number(b.dataset.point)], card)));
  charts.push(drawChart(card.querySelector("canvas"), s));
}

function drawChart(canvas, s) {
  const pts = s.points.map((p) => ({ p, x: dateMs(p.date) })).filter((d) => d.x !== null);
  const at = (key) => pts.map((d) => ({ x: d.x, y: d.p[key] === null || d.p[key] === undefined ? d.p.value : d.p[key] }));
  const flagged = pts.map((d) => pointFlags(d.p).some((f) => WARNING_FLAGS.has(f)));
  // Pad the time axis so a lone point (or the first and last) sits inside the frame.
  const xs = pts.map((d) => d.x), DAY = 86400000;
  const pad = Math.max(7 * DAY, ((Math.max(...xs) - Math.min(...xs)) || 0) * 0.06);
  return new Chart(canvas, {
    type: "line",
    data: {
      datasets: [
        { label: "low", data: at("low"), borderWidth: 0, pointRadius: 0, pointHitRadius: 0, fill: false },
        { label: "low–high band", data: at("high"), borderWidth: 0, pointRadius: 0, pointHitRadius: 0, fill: "-1", backgroundColor: BAND },
        { label: "best estimate", data: at("value"), borderColor: LINE, backgroundColor: LINE, borderWidth: 2,
          pointRadius: 5, pointHoverRadius: 7, pointHitRadius: 8,
          pointBackgroundColor: flagged.map((f) => (f ? WARN : LINE)), tension: 0 },
      ],
    },
    options: {
      responsive: true, maintainAspectRatio: false, animation: false, parsing: true,
      interaction: { mode: "nearest", intersect: true },
      scales: {
        x: { type: "linear", min: xs.length ? Math.min(...xs) - pad : undefined, max: xs.length ? Math.max(...xs) + pad : undefined,
             ticks: { callback: (v) => isoDay(v), maxTicksLimit: 6 } },
        y: { beginAtZero: true, ticks: { callback: (v) => fmt(v) } },
      },
      plugins: {
        legend: { labels: { filter: (item) => item.datasetIndex > 0 } },
        tooltip: { filter: (item) => item.datasetIndex === 2, callbacks: {
          title: (items) => (items.length ? pts[items[0].dataIndex].p.date : ""),
          label: (item) => { const p = pts[item.dataIndex].p; return `${fmt(p.value)} (${fmt(p.low) || "…"}–${fmt(p.high) || "…"}), ${p.facts.length} fact(s)`; },
        } },
      },
      onClick: (evt, elements) => {
        const hit = elements.find((e) => e.datasetIndex === 2);
        if (hit) showPoint(s, pts[hit.index].p, canvas.closest(".chart-card"));
      },
    },
  });
}

function showPoint(s, p, card) {
  const box = document.getElementById("point-detail");
  box.hidden = false;
  if (card) card.after(box);
  box.innerHTML = `<h3>${esc(s.label)} · ${esc(s.measure.replace("_", " "))} · ${esc(p.start ? p.start + " → " : "")}${esc(p.date)}</h3>
    <p><strong>${fmt(p.value)}</strong> best estimate${p.low !== null || p.high !== null ? `, range ${fmt(p.low) || "…"}–${fmt(p.high) || "…"}` : ""} ${flagBadges(pointFlags(p))}</p>
    ${p.explanation && p.explanation.length ? `<ul class="explanation">${p.explanation.map((e) => `<li>${esc(e)}</li>`).join("")}</ul>` : ""}
    <p>Facts behind this point:</p>
    <ul class="point-facts">${p.facts.map((f) => `<li><a href="/facts/${encodeURIComponent(f.fact_id)}">${figureLabel(f)}</a>
      ${f.source ? "· " + esc(f.source) : ""} ${f.outlet ? "· " + esc(f.outlet) : ""} ${f.counted ? "" : '<span class="muted">(duplicate, not counted)</span>'}
      ${flagBadges(f.flags)}${f.evidence ? `<br><q>${esc(f.evidence)}</q>` : ""}</li>`).join("")}</ul>`;
  box.scrollIntoView({ block: "nearest" });
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
  let chosen = series.filter((s) => s.measure === measure && s.points.length);
  const located = chosen.filter((s) => s.lat !== null && s.lon !== null && s.lat !== undefined);
  const specific = located.filter((s) => s.level !== "country");
  const places = (specific.length ? specific : located).slice().sort((a, b) => latest(b).value - latest(a).value);
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

async function main() {
  loadFacts();
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
  const picked = all.filter((s) => (!FILTERS.measure || s.measure === FILTERS.measure) &&
    (!wanted || (s.place_name || "").toLowerCase() === wanted))
    .sort((a, b) => (latest(b) ? latest(b).value : 0) - (latest(a) ? latest(a).value : 0));
  renderCharts(picked);
  await renderMap(all);
  document.body.dataset.ready = "1";
}
main();
