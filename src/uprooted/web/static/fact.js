/* Fact page: send the review form to the API (only the fields that changed), then reload. */
"use strict";
const form = document.getElementById("review-form");
const message = document.getElementById("review-message");
const item = JSON.parse(document.getElementById("fact-json").textContent);
const factId = form.dataset.factId;
const analystInput = document.getElementById("r-analyst");
analystInput.value = localStorage.getItem("uprooted.analyst") || "";

const current = document.querySelector("mark.evidence.current");
if (current) current.scrollIntoView({ block: "center" });

function numberOrNull(v) { return v === "" ? null : Number(v); }

function changedFields() {
  const f = item.fact, data = new FormData(form), changes = {};
  for (const key of ["value", "low", "high"]) {
    const v = numberOrNull(data.get(key));
    if (v !== (f[key] === undefined ? null : f[key])) changes[key] = v;
  }
  for (const key of ["qualifier", "measure"]) if (data.get(key) !== f[key]) changes[key] = data.get(key);
  for (const key of ["start", "end"]) {
    const v = data.get(key).trim() || null;
    if (v !== (f[key] || null)) changes[key] = v;
  }
  const p = f.place || {};
  const name = data.get("place_name").trim() || null, country = data.get("place_country").trim().toUpperCase() || null;
  const lat = numberOrNull(data.get("place_lat")), lon = numberOrNull(data.get("place_lon"));
  if (name !== (p.name || null) || country !== (p.country || null) || lat !== (p.lat ?? null) || lon !== (p.lon ?? null)) {
    const moved = name !== (p.name || null) || country !== (p.country || null);
    // A renamed place keeps its words as written but not the old place's gazetteer id.
    changes.place = { ...p, name, country, lat, lon, ...(moved ? { geonames_id: null, admin1: null } : {}) };
  }
  if ("value" in changes && !("reported_value" in changes) && f.unit === "people" && f.reported_value === f.value) {
    changes.reported_value = changes.value;
  }
  return changes;
}

async function send(path, method, body) {
  const analyst = analystInput.value.trim();
  if (!analyst) { showMessage("Enter your name as analyst first.", true); analystInput.focus(); return; }
  localStorage.setItem("uprooted.analyst", analyst);
  const note = document.getElementById("r-note").value.trim() || null;
  form.querySelectorAll("button").forEach((b) => (b.disabled = true));
  try {
    await fetchJSON(path, { method, headers: { "Content-Type": "application/json" }, body: JSON.stringify({ analyst, note, ...body }) });
    showMessage("Saved.", false);
    window.location.reload();
  } catch (e) {
    showMessage(e.message, true);
  } finally {
    form.querySelectorAll("button").forEach((b) => (b.disabled = false));
  }
}

function showMessage(text, isError) {
  message.textContent = text;
  message.className = isError ? "error" : "ok";
}

form.addEventListener("submit", (e) => {
  e.preventDefault();
  const changes = changedFields();
  if (!Object.keys(changes).length) { showMessage("Nothing changed: edit a field, or use Confirm.", true); return; }
  send(`/api/facts/${encodeURIComponent(factId)}`, "PATCH", { changes });
});
document.getElementById("btn-confirm").addEventListener("click", () => send(`/api/facts/${encodeURIComponent(factId)}/confirm`, "POST", {}));
document.getElementById("btn-reject").addEventListener("click", () => {
  if (window.confirm("Reject this fact? It leaves the matrix and the exports.")) send(`/api/facts/${encodeURIComponent(factId)}/reject`, "POST", {});
});
