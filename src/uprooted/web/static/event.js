/* Event page: the charts of the series the event's figures feed (server-rendered tables do the rest). */
"use strict";
const EVENT = JSON.parse(document.getElementById("event-json").textContent);

function showEventPoint(s, p) {
  const box = document.getElementById("point-detail");
  box.hidden = false;
  const best = p.value === null || p.value === undefined ? "no best estimate" : `${fmt(p.value)} best estimate`;
  box.innerHTML = `<h3>${esc(s.label)} · ${esc(s.measure.replace("_", " "))} · ${esc(p.kind)} ${esc(p.start ? p.start + " → " : "")}${esc(p.date)}</h3>
    <p><strong>${best}</strong> ${flagBadges(pointFlags(p))}</p>
    <ul class="explanation">${(p.explanation || []).map((e) => `<li>${esc(e)}</li>`).join("")}</ul>`;
}

async function main() {
  const box = document.getElementById("charts");
  // Only the event's series, in full (a point's explanation is shown on click): a key ends with
  // its measure (country|name|area|measure), and /api/matrix/series takes the key as the place.
  let found;
  try {
    found = await Promise.all(EVENT.series.map((key) => fetchJSON(`/api/matrix/series?${new URLSearchParams({ place: key, measure: key.split("|").pop() })}`).catch((e) => {
      if (e.message.startsWith("no ")) return null; // gone since the page was made
      throw e;
    })));
  } catch (e) {
    box.innerHTML = `<p class="error">Matrix unavailable: ${esc(e.message)}</p>`; return;
  }
  const series = found.filter((s) => s && s.points.length);
  series.forEach((s, i) => {
    const card = document.createElement("article");
    card.className = "chart-card" + (s.flagged ? " flagged" : "");
    card.dataset.seriesKey = s.key;
    card.innerHTML = `<h3 id="chart-h-${i}">${esc(s.label)} · ${esc(s.measure.replace("_", " "))} <small class="muted">${esc(supportText(s))}</small></h3>
      <div class="canvas-box"><canvas role="img" aria-label="${esc(s.label)} ${esc(s.measure)}"></canvas></div>`;
    box.appendChild(card);
    drawSeriesChart(card.querySelector("canvas"), s, (p) => showEventPoint(s, p));
  });
  if (!series.length) box.innerHTML = '<p class="muted">This event feeds no series.</p>';
  document.body.dataset.ready = "1";
}
main();
