// Alerts page: every alert by status, level, scope, subject and date range, a page at a time.
"use strict";
(async () => {
  const { el, levelBadge, table, notice } = Amity;
  const PAGE = 25;
  const STATUS_WORDS = {
    open: "open: a current warning",
    protracted: "protracted: held without rising further",
    closed: "closed",
  };
  await Amity.start("alerts");
  const form = document.getElementById("filters");
  const params = new URLSearchParams(location.search);
  for (const name of ["status", "level", "scope", "subject", "from", "to"]) {
    if (params.get(name)) form.elements[name].value = params.get(name);
  }
  let offset = Math.max(0, parseInt(params.get("offset") || "0", 10) || 0);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    offset = 0;
    load();
  });
  await load();

  /** The filters as query parameters (empty ones left out). */
  function query() {
    const q = new URLSearchParams();
    for (const name of ["status", "level", "scope", "subject", "from", "to"]) {
      const v = form.elements[name].value.trim();
      if (v) q.set(name, v);
    }
    return q;
  }

  /** GET with the response's headers (the total and the data's date travel there). */
  async function page(path) {
    const res = await fetch(path, { headers: { Accept: "application/json" }, credentials: "same-origin" });
    if (res.status === 401) {
      location.href = "/login.html?next=" + encodeURIComponent(location.pathname + location.search);
      throw new Amity.ApiError(401, null);
    }
    const body = await res.json().catch(() => null);
    if (!res.ok) throw new Amity.ApiError(res.status, body);
    return { body, total: parseInt(res.headers.get("X-Total-Count") || "0", 10), asOf: res.headers.get("X-Data-As-Of") };
  }

  async function load() {
    const q = query();
    history.replaceState(null, "", "?" + q.toString() + (offset ? "&offset=" + offset : ""));
    q.set("limit", PAGE);
    q.set("offset", offset);
    const box = document.getElementById("alerts");
    const pager = document.getElementById("pager");
    let r;
    try {
      r = await page("/api/v1/alerts?" + q.toString());
    } catch (e) {
      if (e.status === 401) return;
      box.textContent = "";
      box.append(notice("Could not load the alerts: " + e.message, "error"));
      pager.textContent = "";
      return;
    }
    document.getElementById("as-of").textContent =
      "Data as of " + (r.asOf && r.asOf !== "null" ? r.asOf : "– (nothing stored yet)") + ": the newest day any stored event or series period covers.";
    box.textContent = "";
    box.append(r.body.length === 0 ? notice("No alert matches these filters.") : table([
      ["Highest level", (a) => Amity.alertLevel(a)],
      ["Status", (a) => el("span", { class: "status " + a.status, title: STATUS_WORDS[a.status] || a.status },
        a.statusInWords || a.status)],
      ["Subject", (a) => (a.subjectName || a.subject) + " (" + (a.scopeName || a.scope) + ")"],
      ["Indicator", (a) => el("span", { title: a.indicator + " (" + a.resolution + ")" }, a.indicatorName || a.indicator)],
      ["Opened", (a) => a.opened],
      ["Closed", (a) => a.closed || "–"],
      ["Value vs expected", (a) => el("span", { title: a.valueInWords || "" }, a.value + " vs " + a.baseline + " (score " + a.score + ")")],
      ["Situation", (a) => (a.situationId ? el("a", { href: "/situation.html?id=" + a.situationId }, "#" + a.situationId) : "–")],
    ], r.body, "Alerts " + (offset + 1) + "–" + (offset + r.body.length) + " of " + r.total), ...Amity.valueNotes(r.body));
    drawPager(pager, r.total);
  }

  function drawPager(pager, total) {
    pager.textContent = "";
    const pages = Math.max(1, Math.ceil(total / PAGE));
    const current = Math.floor(offset / PAGE) + 1;
    const prev = el("button", { type: "button", class: "secondary", disabled: current <= 1 }, "Previous");
    const next = el("button", { type: "button", class: "secondary", disabled: current >= pages }, "Next");
    prev.addEventListener("click", () => { offset = Math.max(0, offset - PAGE); load(); });
    next.addEventListener("click", () => { offset += PAGE; load(); });
    pager.append(prev, " ", el("span", { id: "page-of" }, "Page " + current + " of " + pages + " · " + total + " alert(s) in all"), " ", next);
  }
})().catch((e) => {
  if (e.status !== 401) document.getElementById("main").prepend(Amity.notice("Could not load the alerts page: " + e.message, "error"));
});
