// Situations page: every situation by status (default open), a page at a time, stale ones marked.
"use strict";
(async () => {
  const { el, levelBadge, table, notice } = Amity;
  const PAGE = 25;
  await Amity.start("situations");
  const form = document.getElementById("filters");
  const params = new URLSearchParams(location.search);
  if (params.get("status")) form.elements.status.value = params.get("status");
  let offset = Math.max(0, parseInt(params.get("offset") || "0", 10) || 0);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    offset = 0;
    load();
  });
  await load();

  async function load() {
    const status = form.elements.status.value;
    history.replaceState(null, "", "?status=" + status + (offset ? "&offset=" + offset : ""));
    const box = document.getElementById("situations");
    const pager = document.getElementById("pager");
    const res = await fetch("/api/v1/situations?status=" + status + "&limit=" + PAGE + "&offset=" + offset,
      { headers: { Accept: "application/json" }, credentials: "same-origin" });
    if (res.status === 401) {
      location.href = "/login.html?next=" + encodeURIComponent(location.pathname + location.search);
      return;
    }
    const list = await res.json().catch(() => null);
    box.textContent = "";
    if (!res.ok) {
      box.append(notice("Could not load the situations: " + ((list && list.detail) || res.status), "error"));
      return;
    }
    const total = parseInt(res.headers.get("X-Total-Count") || "0", 10);
    const asOf = res.headers.get("X-Data-As-Of");
    document.getElementById("as-of").textContent =
      "Data as of " + (asOf && asOf !== "null" ? asOf : "– (nothing stored yet)") + ": the newest day any stored event or series period covers.";
    box.append(list.length === 0 ? notice("No " + (status === "all" ? "" : status + " ") + "situation.") : table([
      ["Level", (s) => levelBadge(s.level)],
      ["Situation", (s) => el("a", { href: "/situation.html?id=" + s.id }, s.title)],
      ["Status", (s) => s.status + (s.stale ? " · stale (no data since " + s.lastData + ")" : "")],
      ["Opened", (s) => s.opened],
      ["Closed", (s) => s.closed || "–"],
      ["Stage", (s) => s.stage],
      ["Alerts", (s) => s.alertCount],
      ["Related", (s) => Amity.relatedLinks(s) || "–"],
    ], list, "Situations " + (offset + 1) + "–" + (offset + list.length) + " of " + total));
    pager.textContent = "";
    const pages = Math.max(1, Math.ceil(total / PAGE));
    const current = Math.floor(offset / PAGE) + 1;
    const prev = el("button", { type: "button", class: "secondary", disabled: current <= 1 }, "Previous");
    const next = el("button", { type: "button", class: "secondary", disabled: current >= pages }, "Next");
    prev.addEventListener("click", () => { offset = Math.max(0, offset - PAGE); load(); });
    next.addEventListener("click", () => { offset += PAGE; load(); });
    pager.append(prev, " ", el("span", { id: "page-of" }, "Page " + current + " of " + pages + " · " + total + " situation(s) in all"), " ", next);
  }
})().catch((e) => {
  if (e.status !== 401) document.getElementById("main").prepend(Amity.notice("Could not load the situations page: " + e.message, "error"));
});
