// Data page: the ingest log, rejected lines grouped by reason (with examples), the audit log.
"use strict";
(async () => {
  const { api, el, table, notice } = Amity;
  const session = await Amity.start("data");
  const PAGE = 100;
  const [counts, failed, reasons, health] = await Promise.all([api("/api/v1/ingest-log/counts"), api("/api/v1/ingest-log?status=failed&limit=1000"),
    api("/api/v1/rejects/reasons"), api("/api/v1/health")]);
  const when = (t) => (t ? String(t).slice(0, 19).replace("T", " ") : "–");
  document.getElementById("service").replaceChildren(
    el("p", {}, "Data as of " + (health.dataAsOf || "–") + " (newest stored event); last watch " + when(health.lastWatch) + "; last ingest " + when(health.lastIngest) + " (UTC)."),
    (health.jobs || []).length === 0 ? notice("No jobs: this server only serves (see 'amity serve --landing', '--follow-gdelt').") : table([
      ["Job", (j) => j.name], ["Schedule", (j) => j.schedule], ["State", (j) => (j.running ? "running" : j.lastError ? "failing" : "idle")],
      ["Last run", (j) => when(j.lastRun)], ["Last success", (j) => when(j.lastSuccess)], ["Behind feed", (j) => (j.lagMinutes == null ? "–" : j.lagMinutes + " min")],
      ["Last outcome or error", (j) => j.lastError || j.lastOutcome || ""],
    ], health.jobs));
  const logColumns = [
    ["#", (r) => r.id], ["File", (r) => r.file], ["Dataset", (r) => r.dataset + " / " + r.format], ["Status", (r) => r.status],
    ["Records", (r) => r.lines], ["Accepted", (r) => r.accepted], ["Rejected", (r) => r.rejected], ["Duplicates", (r) => r.duplicates],
    ["Filtered", (r) => r.filtered], ["Finished", (r) => when(r.finishedAt)], ["Message", (r) => r.message || ""],
  ];
  const failedCount = (counts.byStatus || {}).failed || 0;
  document.getElementById("failed").replaceChildren(failed.length === 0 ? el("p", { class: "muted" }, "No file was refused whole.") :
    el("div", {}, el("p", {}, failedCount + " file(s) could not be read at all (nothing from them was stored); each line of the others that was refused is counted below."),
      table([["File", (r) => r.file], ["Dataset", (r) => r.dataset + " / " + r.format], ["When", (r) => when(r.finishedAt || r.startedAt)], ["Why", (r) => r.message || "–"]], failed,
        failed.length < failedCount ? "the newest " + failed.length + " of " + failedCount : "")));
  await showLog(0, PAGE);

  /** One page of the ingest log (limit 0: every row, fetched a page of 1000 at a time), with where it sits in the whole. */
  async function showLog(offset, limit) {
    let rows = [];
    if (limit === 0) {
      for (let at = 0; at < counts.total; at += 1000) rows = rows.concat(await api("/api/v1/ingest-log?limit=1000&offset=" + at));
    } else {
      rows = await api("/api/v1/ingest-log?limit=" + limit + "&offset=" + offset);
    }
    const total = counts.total;
    document.getElementById("ingest-count").textContent = total === 0 ? "" : rows.length === total ? "Showing all " + total + " rows." :
      "Showing rows " + (offset + 1) + "–" + (offset + rows.length) + " of " + total + " (newest first).";
    document.getElementById("ingest").replaceChildren(total === 0 ? notice("Nothing ingested yet (amity ingest ...).") : table(logColumns, rows));
    const pager = document.getElementById("ingest-pager");
    pager.replaceChildren();
    if (limit === 0 || total <= PAGE) return;
    const button = (text, go, disabled) => { const b = el("button", { type: "button", class: "secondary", disabled }, text); b.addEventListener("click", go); return b; };
    pager.append(button("Newer", () => showLog(Math.max(0, offset - PAGE), PAGE), offset === 0),
      button("Older", () => showLog(offset + PAGE, PAGE), offset + PAGE >= total),
      button("Show all " + total, () => showLog(0, 0), false));
  }
  document.getElementById("reasons").replaceChildren(reasons.length === 0 ? notice("No rejected lines.") : table([
    ["Reason (digits as N)", (r) => r.reason], ["Lines", (r) => r.lines], ["Files", (r) => r.files], ["Example", (r) => r.example],
    ["", (r) => { const b = el("button", { type: "button", class: "secondary" }, "Show lines"); b.addEventListener("click", () => lines(r.reason, r.lines)); return b; }],
  ], reasons));
  if (session.role === "admin") {
    document.getElementById("audit-card").hidden = false;
    const audit = await api("/api/v1/audit?limit=200");
    document.getElementById("audit").replaceChildren(table([
      ["When", (a) => String(a.at).slice(0, 19).replace("T", " ")], ["Who", (a) => a.actor], ["What", (a) => a.action],
      ["On", (a) => a.target || "–"], ["From", (a) => a.ip || "–"], ["Detail", (a) => a.detail || ""],
    ], audit));
  }

  async function lines(reason, count) {
    const rows = await api("/api/v1/rejects?limit=200&reason=" + encodeURIComponent(reason));
    document.getElementById("reject-lines").replaceChildren(el("h3", {}, "Lines: " + reason), table([["File", (r) => r.file], ["Line", (r) => r.line], ["Reason", (r) => r.reason]], rows,
      rows.length < count ? "showing the first " + rows.length + " of " + count + " lines (amity rejects lists them all)" : "all " + rows.length + " lines"));
  }
})().catch((e) => {
  if (e.status !== 401) document.getElementById("main").prepend(Amity.notice("Could not load: " + e.message, "error"));
});
