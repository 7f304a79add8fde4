// Track II page (issue 12): meetings, findings, recommendations with their status history and
// links to track I; analysts record a new status; the participant list only for the convenor
// (the API sends names to that role alone).
"use strict";
(async () => {
  const { api, el, table, notice } = Amity;
  await Amity.start("track2");
  const STATUSES = ["submitted", "discussed", "adopted", "declined"];
  await load();

  async function load() {
    let meetings;
    try {
      meetings = await api("/api/v1/track2");
    } catch (e) {
      box(notice("Could not load the meetings: " + e.message, "error"));
      return;
    }
    if (meetings.length === 0) {
      box(el("p", { class: "muted" }, "No track II meetings recorded yet (amity track2 add)."));
      return;
    }
    box(...meetings.map(meeting));
  }

  function meeting(m) {
    const affiliations = Object.entries(m.affiliations || {}).map(([k, v]) => v + " " + k).join(", ");
    const card = el("section", { class: "card meeting", style: "margin-top:1rem", "data-meeting": m.id },
      el("h2", {}, m.title),
      el("dl", { class: "facts" },
        el("dt", {}, "Met on"), el("dd", {}, m.date),
        el("dt", {}, "Organised by"), el("dd", {}, (m.organisers || []).join(", ") || "–"),
        el("dt", {}, "Participants"), el("dd", {}, m.participantCount + (affiliations ? " (" + affiliations + ")" : ""))),
      el("h3", {}, "Findings"),
      (m.findings || []).length === 0 ? el("p", { class: "muted" }, "None recorded.") : el("ul", {}, m.findings.map((f) => el("li", {}, f))),
      el("h3", {}, "Recommendations"),
      (m.recommendations || []).length === 0 ? el("p", { class: "muted" }, "None recorded.") :
        table([
          ["Recommendation", (r) => r.text],
          ["Status", (r) => el("strong", { "data-status": r.id }, r.status)],
          ["What happened", (r) => el("ul", { class: "history" }, (r.history || []).map((h) =>
            el("li", {}, h.status + " on " + h.date + ", recorded by " + h.recordedBy + (h.note ? ": " + h.note : ""))))],
          ["Track I entries", (r) => (r.linkedEntries || []).length === 0 ? "–" : r.linkedEntries.map((e) => "entry " + e).join(", ")],
          ["", (r) => Amity.canWrite() ? statusForm(r) : ""],
        ], m.recommendations));
    if (Array.isArray(m.participants)) {
      card.append(el("h3", {}, "Participants (convenor only: never share)"),
        el("ul", { id: "participants-" + m.id }, m.participants.map((p) => el("li", {}, p))));
    }
    return card;
  }

  function statusForm(r) {
    const status = el("select", { "aria-label": "New status" }, STATUSES.map((s) => el("option", { value: s, selected: s === r.status }, s)));
    // a text field, not type=date: the browser would show the date in its locale's order, not YYYY-MM-DD
    const date = el("input", { type: "text", "aria-label": "When", required: true, inputmode: "numeric", pattern: "\\d{4}-\\d{2}-\\d{2}", placeholder: "YYYY-MM-DD", maxlength: 10, size: 11, value: new Date().toISOString().slice(0, 10) });
    const note = el("input", { "aria-label": "What happened", placeholder: "what happened", maxlength: 400 });
    const msg = el("span", { role: "status" });
    const f = el("form", { class: "inline" }, status, date, note, el("button", { type: "submit", class: "secondary" }, "Record status"), msg);
    f.addEventListener("submit", async (ev) => {
      ev.preventDefault();
      try {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(date.value)) {
          msg.replaceChildren(notice("When: not a date: " + date.value + " (use YYYY-MM-DD)", "error"));
          return;
        }
        const body = { status: status.value, date: date.value };
        if (note.value.trim()) body.note = note.value.trim();
        await api("/api/v1/track2/recommendations/" + r.id + "/status", { method: "POST", body });
        await load();
      } catch (e) {
        msg.replaceChildren(notice(e.message, "error"));
      }
    });
    return f;
  }

  function box(...children) {
    const b = document.getElementById("meetings");
    b.textContent = "";
    b.append(...children);
  }
})().catch((e) => {
  if (e.status !== 401) document.getElementById("main").prepend(Amity.notice("Could not load the page: " + e.message, "error"));
});
