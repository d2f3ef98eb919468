/* One series chart: stocks and cumulative totals as lines with their low–high band, flows as bars
   over their periods, and each source's own figures as markers. Shared by the dashboard and the
   event page. Every dataset carries `kind` (stock, cumulative, flow, band, source) so a reader
   (or a test) can tell them apart. */
"use strict";
const KIND_STYLE = {
  stock: { line: "#1f6fb2", band: "rgba(31,111,178,0.16)", label: "stock (count at a date)" },
  cumulative: { line: "#6a3d9a", band: "rgba(106,61,154,0.14)", label: "cumulative since onset" },
};
const FLOW_FILL = "rgba(227,119,20,0.35)";
const FLOW_LINE = "#c25e00";
const FLAG_COLOR = "#b35c00";
const SOURCE_COLORS = ["#2a9d8f", "#e76f51", "#264653", "#8a6d00", "#9b2226", "#5e548e"];
const DAY_MS = 86400000;

function dateMs(d) {
  if (!d) return null;
  const t = Date.parse(d.length === 4 ? `${d}-07-01` : d.length === 7 ? `${d}-15` : d);
  return Number.isNaN(t) ? null : t;
}

function isoDay(ms) { return new Date(ms).toISOString().slice(0, 10); }

/* A point's own flags (conflict, inconsistent ...) plus those of the facts behind it. */
function pointFlags(p) {
  const own = [...(p.flags || []), ...(p.facts || []).flatMap((f) => f.flags || [])];
  if ((p.facts || []).some((f) => f.excluded)) own.push("implausible");
  return [...new Set(own)];
}

/* The latest point that has a best estimate (an unsettled conflict has none). */
function latestValued(series) {
  const valued = series.points.filter((p) => p.value !== null && p.value !== undefined);
  return valued.length ? valued[valued.length - 1] : null;
}

function supportText(s) {
  const n = s.support || {};
  return `${n.sources || 0} source(s), ${n.points || 0} point(s), ${n.confirmed || 0} confirmed`;
}

function drawSeriesChart(canvas, s, onPoint) {
  const datasets = [];
  const xs = [];
  for (const kind of ["stock", "cumulative"]) {
    const pts = s.points.filter((p) => p.kind === kind).map((p) => ({ p, x: dateMs(p.date) })).filter((d) => d.x !== null);
    if (!pts.length) continue;
    xs.push(...pts.map((d) => d.x));
    const style = KIND_STYLE[kind];
    const bound = (key) => pts.map((d) => ({ x: d.x, y: d.p[key] ?? d.p.value ?? null }));
    datasets.push({ kind: "band", of: kind, label: `${kind} low`, data: bound("low"), borderWidth: 0, pointRadius: 0, pointHitRadius: 0, fill: false, spanGaps: true });
    datasets.push({ kind: "band", of: kind, label: `${kind} low–high`, data: bound("high"), borderWidth: 0, pointRadius: 0, pointHitRadius: 0, fill: "-1", backgroundColor: style.band, spanGaps: true });
    datasets.push({
      kind, label: kind === "cumulative" && pts[0].p.start ? `cumulative since ${pts[0].p.start}` : style.label,
      data: pts.map((d) => ({ x: d.x, y: d.p.value })), points: pts.map((d) => d.p),
      borderColor: style.line, backgroundColor: style.line, borderWidth: 2, tension: 0, spanGaps: true,
      pointRadius: 5, pointHoverRadius: 7, pointHitRadius: 8,
      pointBackgroundColor: pts.map((d) => (pointFlags(d.p).some((f) => WARNING_FLAGS.has(f) || f === "implausible") ? FLAG_COLOR : style.line)),
    });
  }
  // Flows: a bar from the period's first day to the end of its last day, at the figure's height.
  s.points.filter((p) => p.kind === "flow").forEach((p, i) => {
    const x0 = dateMs(p.start), x1 = dateMs(p.date);
    if (x0 === null || x1 === null || p.value === null) return;
    xs.push(x0, x1 + DAY_MS);
    datasets.push({
      kind: "flow", legend: i === 0, label: i === 0 ? "flows (bars over their periods)" : `flow ${p.start} → ${p.date}`, points: [p, p], value: p.value,
      start: p.start, end: p.date,
      data: [{ x: x0, y: p.value }, { x: x1 + DAY_MS, y: p.value }],
      borderColor: FLOW_LINE, backgroundColor: FLOW_FILL, borderWidth: 1, fill: "origin", stepped: false,
      pointRadius: 0, pointHitRadius: 6, tension: 0, order: 5,
    });
  });
  // Each source's own figures, where they stand beside the best estimate.
  const bySource = new Map();
  for (const p of s.points) {
    const x = dateMs(p.date);
    if (x === null) continue;
    for (const f of p.facts || []) {
      if (!f.counted) continue;
      const who = f.source || "media";
      if (!bySource.has(who)) bySource.set(who, []);
      bySource.get(who).push({ x, y: f.value, f, p });
    }
  }
  [...bySource.entries()].slice(0, SOURCE_COLORS.length).forEach(([who, data], i) => {
    datasets.push({
      kind: "source", source: who, label: who, type: "scatter", data, points: data.map((d) => d.p),
      pointStyle: "crossRot", pointRadius: 5, borderColor: SOURCE_COLORS[i], backgroundColor: SOURCE_COLORS[i], borderWidth: 2,
    });
  });
  const lo = xs.length ? Math.min(...xs) : 0, hi = xs.length ? Math.max(...xs) : 0;
  const pad = Math.max(7 * DAY_MS, (hi - lo) * 0.06);
  return new Chart(canvas, {
    type: "line",
    data: { datasets },
    options: {
      responsive: true, maintainAspectRatio: false, animation: false, parsing: true,
      interaction: { mode: "nearest", intersect: true },
      scales: {
        x: { type: "linear", min: xs.length ? lo - pad : undefined, max: xs.length ? hi + pad : undefined,
             ticks: { callback: (v) => isoDay(v), maxTicksLimit: 6 } },
        y: { beginAtZero: true, ticks: { callback: (v) => fmt(v) } },
      },
      plugins: {
        legend: { labels: { boxWidth: 12, filter: (item, data) => {
          const d = data.datasets[item.datasetIndex];
          return d.kind !== "band" && !(d.kind === "flow" && !d.legend);
        } } },
        tooltip: { filter: (item) => item.dataset.kind !== "band", callbacks: {
          title: (items) => {
            const d = items.length ? items[0].dataset : null;
            if (!d) return "";
            const p = d.points[items[0].dataIndex];
            return p ? `${p.kind}: ${p.start ? p.start + " → " : ""}${p.date}` : "";
          },
          label: (item) => {
            const d = item.dataset, p = d.points[item.dataIndex];
            if (d.kind === "source") return `${d.source}: ${fmt(item.raw.y)}`;
            return `${fmt(p.value)} (${fmt(p.low) || "…"}–${fmt(p.high) || "…"}), ${p.facts.length} fact(s)`;
          },
        } },
      },
      onClick: (evt, elements) => {
        const hit = elements.find((e) => ["stock", "cumulative", "flow", "source"].includes(canvas && Chart.getChart(canvas).data.datasets[e.datasetIndex].kind));
        if (!hit || !onPoint) return;
        const d = Chart.getChart(canvas).data.datasets[hit.datasetIndex];
        onPoint(d.points[hit.index]);
      },
    },
  });
}
