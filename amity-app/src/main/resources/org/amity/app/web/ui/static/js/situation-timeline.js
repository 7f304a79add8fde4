// Situation page, response timeline block (issue 12): the timeline beside the indicator chart,
// its entries as marks on the chart's time axis, and the analysts' form to add an entry. Kept
// apart from situation.js, which asks this module for marks and redraws when entries change.
"use strict";
const SituationTimeline = (() => {
  const KINDS = ["acknowledged", "consultation", "proposal", "decision", "action", "outcome", "closed"];
  const MARK_COLOURS = { warning: "#f08c3a", level: "#8a6d3b", acknowledged: "#46617a", consultation: "#2a7f62",
    proposal: "#6a4c93", decision: "#1d4e89", action: "#1e7b34", outcome: "#9a5a00", closed: "#555" };
  let entries = [];
  let names = {};
  let changed = () => {};

  async function start(situationId, onChange) {
    changed = onChange;
    Amity.api("/api/v1/knowledge-base").then((kb) => {
      for (const x of [...(kb.instruments || []), ...(kb.measures || [])]) if (x && x.id) names[x.id] = x.name || x.id;
      render();
    }).catch(() => null);
    await reload(situationId);
    form(situationId);
  }

  async function reload(situationId) {
    try {
      entries = await Amity.api("/api/v1/situations/" + situationId + "/timeline");
    } catch (e) {
      entries = [];
      box(Amity.notice("Could not load the timeline: " + e.message, "error"));
      return;
    }
    render();
    changed();
  }

  function label(id) { return id ? names[id] || id : null; }

  /** What happened and who did it, in words. */
  function describe(e) {
    const who = e.author === "watch" ? "the Amity watch" : e.author;
    const parts = [];
    switch (e.kind) {
      case "warning": parts.push("Warning raised" + (e.text ? ": " + e.text : "")); break;
      case "level": parts.push("Alert level changed" + (e.text ? ": " + e.text : "")); break;
      case "acknowledged": parts.push("Warning acknowledged"); break;
      case "consultation": parts.push("Consultation" + (e.track ? " (track " + (e.track === 1 ? "I, officials" : "II, unofficial") + ")" : "") +
        (e.body ? " in " + label(e.body) : "")); break;
      case "proposal": parts.push("Proposed: " + (label(e.measure) || "a measure") + " through " + (label(e.instrument) || "an instrument")); break;
      case "decision": parts.push("Decision: " + (e.decision || "taken") + (e.body ? " by " + label(e.body) : "")); break;
      case "action": parts.push("Action taken: " + (label(e.measure) || "a measure") + (e.instrument ? " through " + label(e.instrument) : "") +
        (e.actor ? " by " + e.actor : "") + (e.until ? " until " + e.until : "")); break;
      case "outcome": parts.push("Outcome: " + (e.outcome || "assessed") + (e.suggestedOutcome ? " (the data suggest " + e.suggestedOutcome + ")" : "")); break;
      case "closed": parts.push("Situation closed"); break;
      default: parts.push(e.kind);
    }
    if (e.text && e.kind !== "warning" && e.kind !== "level") parts.push("“" + e.text + "”");
    return { what: parts.join(". "), who: "recorded by " + who + (e.origin && e.origin !== "analyst" && e.origin !== "watch" ? " (" + e.origin + ")" : "") };
  }

  function render() {
    if (entries.length === 0) {
      box(Amity.el("p", { class: "muted" }, "Nothing recorded yet: no warning or response on this situation."));
      return;
    }
    const cols = [
      ["Date", (e) => e.date + (e.until ? " – " + e.until : "")],
      ["What happened", (e) => Amity.el("div", {}, describe(e).what, e.supersededBy ? Amity.el("div", { class: "muted" }, "corrected by entry " + e.supersededBy) : "")],
      ["Who", (e) => describe(e).who],
      ["Reference", (e) => e.reference ? Amity.link(e.reference, e.reference.replace(/^https?:\/\//, "").slice(0, 40)) : "–"],
    ];
    box(Amity.table(cols, entries, entries.length + " entries, oldest first"));
  }

  /** ECharts markLine data: one vertical line per entry dated inside the chart's periods. */
  function marks(periods) {
    if (!periods.length) return [];
    const first = periods[0], last = periods[periods.length - 1];
    return entries.filter((e) => e.date >= first && e.date <= shiftEnd(last)).map((e) => {
      let at = first;
      for (const p of periods) if (p <= e.date) at = p;
      return { xAxis: at, name: describe(e).what, lineStyle: { color: MARK_COLOURS[e.kind] || "#333", type: "solid", width: 1.5 },
        label: { formatter: e.kind, position: "insideEndTop", fontSize: 10, color: MARK_COLOURS[e.kind] || "#333" } };
    });
  }

  function shiftEnd(date) { const d = new Date(date + "T00:00:00Z"); d.setUTCDate(d.getUTCDate() + 31); return d.toISOString().slice(0, 10); }

  function form(situationId) {
    const holder = document.getElementById("timeline-form");
    if (!Amity.canWrite()) {
      holder.replaceChildren(Amity.el("p", { class: "muted" }, "Your role reads only; analysts record timeline entries."));
      return;
    }
    const { el } = Amity;
    const field = (id, text, input) => el("label", {}, text, input);
    const kind = el("select", { id: "tl-kind" }, KINDS.map((k) => el("option", { value: k }, k)));
    // a text field, not type=date: the browser would show the date in its locale's order, not YYYY-MM-DD
    const date = el("input", { id: "tl-date", type: "text", required: true, inputmode: "numeric", pattern: "\\d{4}-\\d{2}-\\d{2}", placeholder: "YYYY-MM-DD", maxlength: 10, size: 11, value: new Date().toISOString().slice(0, 10) });
    const body = el("input", { id: "tl-body", maxlength: 120, placeholder: "e.g. asean-fmm" });
    const track = el("select", { id: "tl-track" }, el("option", { value: "" }, "–"), el("option", { value: "1" }, "I (officials)"), el("option", { value: "2" }, "II (unofficial)"));
    const instrument = el("input", { id: "tl-instrument", maxlength: 64, placeholder: "e.g. asean-chair" });
    const measure = el("input", { id: "tl-measure", maxlength: 64, placeholder: "e.g. good-offices" });
    const decision = el("select", { id: "tl-decision" }, ["", "adopted", "declined", "deferred"].map((v) => el("option", { value: v }, v || "–")));
    const outcome = el("select", { id: "tl-outcome" }, ["", "de-escalated", "unchanged", "escalated"].map((v) => el("option", { value: v }, v || "–")));
    const reference = el("input", { id: "tl-reference", maxlength: 400, placeholder: "URL or document" });
    const text = el("textarea", { id: "tl-text", maxlength: 4000 });
    const msg = el("div", { role: "status", id: "tl-status" });
    const f = el("form", { class: "inline", id: "timeline-add" },
      field("tl-kind", "Kind", kind), field("tl-date", "Date", date), field("tl-body", "Body (consultation, decision)", body),
      field("tl-track", "Track", track), field("tl-instrument", "Instrument", instrument), field("tl-measure", "Measure", measure),
      field("tl-decision", "Decision", decision), field("tl-outcome", "Outcome", outcome), field("tl-reference", "Reference", reference),
      el("label", { style: "flex-basis:100%" }, "What happened", text), el("button", { type: "submit" }, "Add to timeline"), msg);
    f.addEventListener("submit", async (ev) => {
      ev.preventDefault();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date.value)) {
        msg.replaceChildren(Amity.notice("Date: not a date: " + date.value + " (use YYYY-MM-DD)", "error"));
        return;
      }
      const entry = { kind: kind.value, date: date.value };
      const put = (k, v) => { if (v !== "" && v !== null && v !== undefined) entry[k] = v; };
      put("body", body.value.trim()); put("instrument", instrument.value.trim()); put("measure", measure.value.trim());
      put("decision", decision.value); put("outcome", outcome.value); put("reference", reference.value.trim()); put("text", text.value.trim());
      if (track.value) entry.track = Number(track.value);
      try {
        await Amity.api("/api/v1/situations/" + situationId + "/timeline", { method: "POST", body: entry });
        msg.replaceChildren(Amity.notice("Recorded: " + entry.kind + " on " + entry.date + "."));
        text.value = "";
        await reload(situationId);
      } catch (e) {
        msg.replaceChildren(Amity.notice(e.message, "error"));
      }
    });
    holder.replaceChildren(el("h3", {}, "Add an entry"), f);
  }

  function box(...children) {
    const b = document.getElementById("timeline");
    b.textContent = "";
    b.append(...children);
  }

  return { start, marks };
})();
