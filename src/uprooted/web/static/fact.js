/* Fact page: send the review form to the API (only the fields that changed), then reload. */
"use strict";
const form = document.getElementById("review-form");
const message = document.getElementById("review-message");
const item = JSON.parse(document.getElementById("fact-json").textContent);
const factId = form.dataset.factId;

const current = document.querySelector("mark.evidence.current");
if (current) current.scrollIntoView({ block: "center" });

function numberOrNull(v) { return v === "" ? null : Number(v); }

/* The analyst typed coordinates (a programmatic fill from the gazetteer preview does not count). */
let coordsTyped = false;
for (const id of ["r-lat", "r-lon"]) document.getElementById(id).addEventListener("input", () => { coordsTyped = true; });

function changedFields() {
  const f = item.fact, data = new FormData(form), changes = {};
  for (const key of ["value", "low", "high"]) {
    const v = numberOrNull(data.get(key));
    if (v !== (f[key] === undefined ? null : f[key])) changes[key] = v;
  }
  for (const key of ["qualifier", "measure", "term", "unit"]) if (data.get(key) !== f[key]) changes[key] = data.get(key);
  for (const key of ["start", "end", "source"]) {
    const v = data.get(key).trim() || null;
    if (v !== (f[key] || null)) changes[key] = v;
  }
  // Flags: keep the fact's order for the ones kept, then the newly ticked ones.
  const ticked = data.getAll("flags");
  const flags = [...(f.flags || []).filter((x) => ticked.includes(x)), ...ticked.filter((x) => !(f.flags || []).includes(x))];
  if (flags.length !== (f.flags || []).length || flags.some((x, i) => x !== f.flags[i])) changes.flags = flags;
  const p = f.place || {};
  const name = data.get("place_name").trim() || null, country = data.get("place_country").trim().toUpperCase() || null;
  const lat = numberOrNull(data.get("place_lat")), lon = numberOrNull(data.get("place_lon"));
  const moved = name !== (p.name || null) || country !== (p.country || null);
  const pointChanged = coordsTyped && (lat !== (p.lat ?? null) || lon !== (p.lon ?? null));
  // Only what changed: the server keeps the words as written, and resolves a new name in the
  // gazetteer, filling the coordinates the analyst did not type.
  if (moved || pointChanged) changes.place = { ...(moved ? { name, country } : {}), ...(pointChanged ? { lat, lon } : {}) };
  if ("value" in changes && !("reported_value" in changes) && f.unit === "people" && f.reported_value === f.value) {
    changes.reported_value = changes.value;
  }
  return changes;
}

/* ---- place lookup: show what a new name resolves to before saving ---- */
const resolutionBox = document.getElementById("place-resolution");

function describePlace(pl) {
  const where = [pl.admin1, pl.country].filter(Boolean).join(", ");
  const at = pl.lat !== undefined && pl.lon !== undefined ? ` at ${Number(pl.lat).toFixed(3)}, ${Number(pl.lon).toFixed(3)}` : "";
  return `${pl.name}${where ? " (" + where + ")" : ""}${at}${pl.geonames_id ? ", GeoNames " + pl.geonames_id : ""}`;
}

async function previewPlace() {
  const p = item.fact.place || {};
  const name = document.getElementById("r-place").value.trim();
  const country = document.getElementById("r-country").value.trim().toUpperCase();
  if (!name || (name === (p.name || "") && country === (p.country || ""))) { resolutionBox.hidden = true; return; }
  let found;
  try {
    found = await fetchJSON(`/api/places/resolve?${new URLSearchParams({ name, ...(country ? { country } : {}), ...(item.fact.lang ? { lang: item.fact.lang } : {}) })}`);
  } catch (e) { return; }
  resolutionBox.hidden = false;
  resolutionBox.classList.toggle("missing", !found.found);
  if (found.found) {
    resolutionBox.textContent = `Gazetteer: ${describePlace(found.place)}.` + (coordsTyped ? " Your coordinates are kept." : "");
    if (!coordsTyped) {
      document.getElementById("r-lat").value = found.place.lat ?? "";
      document.getElementById("r-lon").value = found.place.lon ?? "";
    }
  } else {
    resolutionBox.textContent = `“${name}”${country ? " in " + country : ""} is not in the gazetteer: type coordinates, or the point stays off the map.`;
    if (!coordsTyped) { document.getElementById("r-lat").value = ""; document.getElementById("r-lon").value = ""; }
  }
}
for (const id of ["r-place", "r-country"]) document.getElementById(id).addEventListener("change", previewPlace);

/* A message that survives the reload after saving (what the place resolved to). */
const saved = sessionStorage.getItem(`uprooted.saved.${factId}`);
if (saved) {
  sessionStorage.removeItem(`uprooted.saved.${factId}`);
  message.textContent = saved;
  message.className = "ok";
}

function savedMessage(body) {
  const r = body && body.place_resolution;
  if (!r) return "Saved.";
  if (!r.found) return `Saved. “${r.name}” is not in the gazetteer: the place has no coordinates unless you type them.`;
  return `Saved. Place resolved to ${describePlace(r.place)}` + (r.filled.length ? `; filled ${r.filled.join(", ")}.` : ".");
}

async function send(path, method, body) {
  const note = document.getElementById("r-note").value.trim() || null;
  form.querySelectorAll("button").forEach((b) => (b.disabled = true));
  try {
    const answer = await fetchJSON(path, { method, headers: { "Content-Type": "application/json" }, body: JSON.stringify({ note, ...body }) });
    const text = savedMessage(answer);
    showMessage(text, false);
    sessionStorage.setItem(`uprooted.saved.${factId}`, text);
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
