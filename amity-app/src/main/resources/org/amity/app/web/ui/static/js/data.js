// Data page: the ingest log, rejected lines grouped by reason (with examples), the audit log.
"use strict";
(async () => {
  const { api, el, table, notice } = Amity;
  const session = await Amity.start("data");
  const [log, reasons, health] = await Promise.all([api("/api/v1/ingest-log?limit=200"), api("/api/v1/rejects/reasons"), api("/api/v1/health")]);
  const when = (t) => (t ? String(t).slice(0, 19).replace("T", " ") : "–");
  document.getElementById("service").replaceChildren(
    el("p", {}, "Data as of " + (health.dataAsOf || "–") + " (newest stored event); last watch " + when(health.lastWatch) + "; last ingest " + when(health.lastIngest) + " (UTC)."),
    (health.jobs || []).length === 0 ? notice("No jobs: this server only serves (see 'amity serve --landing', '--follow-gdelt').") : table([
      ["Job", (j) => j.name], ["Schedule", (j) => j.schedule], ["State", (j) => (j.running ? "running" : j.lastError ? "failing" : "idle")],
      ["Last run", (j) => when(j.lastRun)], ["Last success", (j) => when(j.lastSuccess)], ["Behind feed", (j) => (j.lagMinutes == null ? "–" : j.lagMinutes + " min")],
      ["Last outcome or error", (j) => j.lastError || j.lastOutcome || ""],
    ], health.jobs));
  document.getElementById("ingest").replaceChildren(log.length === 0 ? notice("Nothing ingested yet (amity ingest ...).") : table([
    ["#", (r) => r.id], ["File", (r) => r.file], ["Dataset", (r) => r.dataset + " / " + r.format], ["Status", (r) => r.status],
    ["Lines", (r) => r.lines], ["Accepted", (r) => r.accepted], ["Rejected", (r) => r.rejected], ["Duplicates", (r) => r.duplicates],
    ["Filtered", (r) => r.filtered], ["Finished", (r) => String(r.finishedAt || "–").slice(0, 19).replace("T", " ")], ["Message", (r) => r.message || ""],
  ], log));
  document.getElementById("reasons").replaceChildren(reasons.length === 0 ? notice("No rejected lines.") : table([
    ["Reason (digits as N)", (r) => r.reason], ["Lines", (r) => r.lines], ["Files", (r) => r.files], ["Example", (r) => r.example],
    ["", (r) => { const b = el("button", { type: "button", class: "secondary" }, "Show lines"); b.addEventListener("click", () => lines(r.reason)); return b; }],
  ], reasons));
  if (session.role === "admin") {
    document.getElementById("audit-card").hidden = false;
    const audit = await api("/api/v1/audit?limit=200");
    document.getElementById("audit").replaceChildren(table([
      ["When", (a) => String(a.at).slice(0, 19).replace("T", " ")], ["Who", (a) => a.actor], ["What", (a) => a.action],
      ["On", (a) => a.target || "–"], ["From", (a) => a.ip || "–"], ["Detail", (a) => a.detail || ""],
    ], audit));
  }

  async function lines(reason) {
    const rows = await api("/api/v1/rejects?limit=200&reason=" + encodeURIComponent(reason));
    document.getElementById("reject-lines").replaceChildren(el("h3", {}, "Lines: " + reason), table([["File", (r) => r.file], ["Line", (r) => r.line], ["Reason", (r) => r.reason]], rows));
  }
})().catch((e) => {
  if (e.status !== 401) document.getElementById("main").prepend(Amity.notice("Could not load: " + e.message, "error"));
});
