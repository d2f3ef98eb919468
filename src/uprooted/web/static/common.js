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

/* The API token: kept in this browser (localStorage), sent as a header with every request. */
const TOKEN_KEY = "uprooted.token";
function apiToken() { try { return localStorage.getItem(TOKEN_KEY) || ""; } catch (e) { return ""; } }
function withToken(options) {
  const opts = Object.assign({}, options || {});
  const headers = new Headers(opts.headers || {});
  const token = apiToken();
  if (token) headers.set("Authorization", `Bearer ${token}`);
  opts.headers = headers;
  opts.credentials = "same-origin";
  return opts;
}

async function fetchJSON(url, options) {
  const response = await fetch(url, withToken(options));
  if (response.status === 401 && apiToken()) { localStorage.removeItem(TOKEN_KEY); window.location.reload(); }
  let body = null;
  try { body = await response.json(); } catch (e) { body = null; }
  if (!response.ok) {
    const detail = body && (body.message || (typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail)));
    throw new Error(detail || `${response.status} ${response.statusText}`);
  }
  return body;
}

/* A page is served as the sign-in shell when the request had no token (a browser navigation
   never sends one): fetch the same page with the token and show it. */
async function loadWithToken() {
  const response = await fetch(window.location.href, withToken({ headers: { Accept: "text/html" } }));
  if (response.status === 401) return false;
  const page = new DOMParser().parseFromString(await response.text(), "text/html");
  document.title = page.title;
  document.body.dataset.page = page.body.dataset.page || "content";
  const scripts = [...page.querySelectorAll("script[src]")].map((el) => el.getAttribute("src"));
  page.querySelectorAll("script[src]").forEach((el) => el.remove());
  document.body.replaceChildren(...page.body.childNodes);
  wirePage();
  const loaded = new Set([...document.querySelectorAll("script[src]")].map((el) => el.getAttribute("src")));
  loaded.add("/static/common.js");
  for (const src of scripts) {
    if (loaded.has(src)) continue;
    await new Promise((resolve) => {
      const el = document.createElement("script");
      el.src = src; el.onload = resolve; el.onerror = resolve;
      document.body.appendChild(el);
    });
  }
  return true;
}

function showSigninMessage(text) {
  const box = document.getElementById("signin-message");
  if (box) { box.textContent = text; box.className = "error"; }
}

async function startSession() {
  if (document.body.dataset.page === "signin") {
    const form = document.getElementById("signin-form");
    if (apiToken() && !(await loadWithToken())) {
      localStorage.removeItem(TOKEN_KEY);
      showSigninMessage("That token is not valid (revoked, or mistyped). Sign in again.");
    }
    if (form) form.addEventListener("submit", async (e) => {
      e.preventDefault();
      const token = document.getElementById("signin-token").value.trim();
      if (!token) return;
      localStorage.setItem(TOKEN_KEY, token);
      if (!(await loadWithToken())) {
        localStorage.removeItem(TOKEN_KEY);
        showSigninMessage("That token is not valid (revoked, or mistyped).");
      }
    });
  }
  wirePage();
}

function wirePage() {
  const signout = document.getElementById("signout");
  if (signout && !signout.dataset.wired) signout.dataset.wired = "1", signout.addEventListener("click", () => { localStorage.removeItem(TOKEN_KEY); window.location.assign("/"); });
  /* downloads need the token too: fetch them, then save the answer */
  document.querySelectorAll("a[data-download]:not([data-wired])").forEach((link) => link.setAttribute("data-wired", "1") || link.addEventListener("click", async (e) => {
    e.preventDefault();
    const response = await fetch(link.getAttribute("href"), withToken());
    if (!response.ok) { window.alert(`Download failed: ${response.status}`); return; }
    const url = URL.createObjectURL(await response.blob());
    const a = document.createElement("a");
    a.href = url; a.download = link.dataset.download;
    document.body.appendChild(a); a.click(); a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 5000);
  }));
}

if (!window.__uprootedSession) {
  window.__uprootedSession = true;
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", startSession);
  else startSession();
}
