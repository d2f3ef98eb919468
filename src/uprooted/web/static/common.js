/* Helpers shared by the pages: number and label formatting, flag badges, JSON fetches. */
"use strict";
const WARNING_FLAGS = new Set(["conflict", "inconsistent", "vague", "number_typo", "projection", "implausible", "decreasing"]);

function fmt(n) { return n === null || n === undefined ? "" : Number(n).toLocaleString("en-US"); }

function esc(s) {
  return String(s === null || s === undefined ? "" : s).replace(/[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
}

function flagBadges(flags) {
  return (flags || []).map((f) =>
    `<span class="flag${WARNING_FLAGS.has(f) ? " warn" : ""}" title="flag: ${esc(f)}">${esc(f)}</span>`).join("");
}

function placeLabel(p) {
  if (!p) return "no place";
  let s = p.name || p.text || "?";
  if (p.area) s += ` (${p.area})`;
  if (p.country && p.country !== s) s += `, ${p.country}`;
  return s;
}

function figureLabel(f) {
  let s = fmt(f.value);
  if (f.qualifier && f.qualifier !== "exact") {
    const lo = f.low === null || f.low === undefined ? "…" : fmt(f.low);
    const hi = f.high === null || f.high === undefined ? "…" : fmt(f.high);
    s += ` (${f.qualifier.replace("_", " ")}: ${lo}–${hi})`;
  }
  return s;
}

async function fetchJSON(url, options) {
  const response = await fetch(url, options);
  let body = null;
  try { body = await response.json(); } catch (e) { body = null; }
  if (!response.ok) {
    const detail = body && (body.message || (typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail)));
    throw new Error(detail || `${response.status} ${response.statusText}`);
  }
  return body;
}
