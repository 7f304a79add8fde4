// One instrument of the knowledge base: what it is, members, functions in words, readiness with its
// evidence, the measures it offers, the documented cases in which it was used, and its sources.
"use strict";
(async () => {
  const { api, el, table, notice, link } = Amity;
  await Amity.start("kb");
  const id = new URLSearchParams(location.search).get("id");
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id || "")) throw new Error("the address needs ?id= and an instrument id, e.g. ?id=doc");
  let i;
  try {
    i = await api("/api/v1/knowledge-base/instruments/" + encodeURIComponent(id));
  } catch (e) {
    document.getElementById("main").prepend(notice(e.status === 503 ? "Recommender not available in this build: " + e.message : "Could not load the instrument: " + e.message, e.status === 503 ? "" : "error"));
    return;
  }
  document.title = i.name + " · Amity";
  document.getElementById("title").textContent = i.name;
  const readiness = (r) => r.level + (r.evidence ? ": " + Amity.words(r.evidence) : "") + (r.date ? " (as of " + r.date + ")" : "");
  const dl = el("dl", { class: "facts" });
  const add = (k, v) => dl.append(el("dt", {}, k), el("dd", {}, v === null || v === undefined || v === "" ? "–" : v));
  add("Kind", i.kind + ", since " + i.since);
  add("Led by", i.lead);
  add("Functions", el("ul", { class: "plain", id: "functions" }, i.functions.map((f) => el("li", {}, f.id + ": " + f.name))));
  add("Threat types", i.threatTypes.join(", "));
  add("Works", i.geography.map((g) => (g === "maritime" ? "at sea" : g === "land" ? "on land" : g)).join(" and ") + (i.sectors.length ? "; fields: " + i.sectors.join(", ") : ""));
  add("Consent", i.consent + (i.binding ? "; outcomes bind the parties" : "; outcomes do not bind the parties"));
  add("Readiness", el("span", { id: "readiness" }, readiness(i.readiness)));
  add("Confidence in this entry", i.confidence);
  if (i.notes) add("Notes", Amity.words(i.notes));
  document.getElementById("facts").replaceChildren(dl);

  document.getElementById("members").replaceChildren(
    i.openToAll ? el("p", {}, "Open to all states.") : el("p", {}, i.members.length + " member states:"),
    i.openToAll ? "" : el("ul", { class: "columns" }, i.members.map((m) => el("li", {}, m.name + " (" + m.iso3 + ")"))),
    i.otherMembers ? el("p", { class: "muted" }, "Also: " + i.otherMembers) : "",
    i.forces.length ? el("p", {}, "Binds only: " + i.forces.join(", ")) : "");

  document.getElementById("offers").replaceChildren(i.offers.length === 0 ? notice("No measure recorded.") :
    table([["Measure", (o) => o.measure.name], ["Available since", (o) => o.since], ["Readiness", (o) => readiness(o.readiness)]], i.offers));

  document.getElementById("cases").replaceChildren(i.cases.length === 0 ? el("p", { class: "muted" }, "No documented case in Amity's case set used this instrument.") :
    table([["Year", (c) => c.year], ["Case", (c) => c.title], ["Notes", (c) => c.notes || "–"], ["Source", (c) => (c.source ? link(c.source.url, c.source.title || c.source.id) : "–")]], i.cases));

  const sourceRows = i.sources.slice();
  if (i.readiness.source && !sourceRows.some((s) => s.id === i.readiness.source)) sourceRows.push({ id: i.readiness.source, title: "(readiness evidence: " + i.readiness.source + ")" });
  document.getElementById("sources").replaceChildren(sourceRows.length === 0 ? notice("No source recorded.") :
    table([["Source", (s) => link(s.url, s.title || s.id)], ["Date", (s) => s.date || "–"], ["What it says", (s) => s.citation || "–"], ["Checked", (s) => (s.checked === "text" ? "read in the text" : s.checked === "recall" ? "from memory" : s.checked || "–")]], sourceRows));
})().catch((e) => {
  if (e.status !== 401) document.getElementById("main").prepend(Amity.notice("Could not load: " + e.message, "error"));
});
