// Knowledge-base browser: instruments filtered by function, threat type, party and readiness.
"use strict";
(async () => {
  const { api, el, table, notice } = Amity;
  await Amity.start("kb");
  const box = document.getElementById("kb");
  let kb;
  try {
    kb = await api("/api/v1/knowledge-base");
  } catch (e) {
    box.replaceChildren(notice(e.status === 503 ? "Recommender not available in this build: " + e.message : "Could not load the knowledge base: " + e.message, e.status === 503 ? "" : "error"));
    document.getElementById("filters").hidden = true;
    return;
  }
  const instruments = Array.isArray(kb) ? kb.filter((x) => (x.type || "instrument") === "instrument") : kb.instruments || [];
  const list = (x) => (Array.isArray(x) ? x : x === undefined || x === null ? [] : [x]).map((v) => (typeof v === "object" ? v.id || v.name || JSON.stringify(v) : String(v)));
  const names = kb.functionNames || {};
  const fn = (id) => (names[id] ? id + " (" + names[id] + ")" : id);
  const readiness = (i) => (i.readiness && typeof i.readiness === "object" ? i.readiness.status || i.readiness.level : i.readiness) || "unknown";
  const facets = {
    "f-function": (i) => list(i.functions),
    "f-threat": (i) => list(i.threatTypes),
    "f-party": (i) => list(i.parties),
    "f-readiness": (i) => [readiness(i)],
  };
  for (const [sel, f] of Object.entries(facets)) {
    const values = [...new Set(instruments.flatMap(f))].sort();
    const select = document.getElementById(sel);
    values.forEach((v) => select.append(el("option", { value: v }, sel === "f-function" ? fn(v) : v)));
    select.addEventListener("change", show);
  }
  show();

  function show() {
    const chosen = Object.entries(facets).map(([sel, f]) => [document.getElementById(sel).value, f]);
    const rows = instruments.filter((i) => chosen.every(([v, f]) => !v || f(i).includes(v)));
    const cols = [
      ["Instrument", (i) => el("a", { href: "/instrument.html?id=" + encodeURIComponent(i.id) }, i.name || i.id)], ["Since", (i) => i.year || "–"],
      ["Functions", (i) => list(i.functions).map(fn).join(", ")],
      ["Threat types", (i) => list(i.threatTypes).join(", ")], ["Parties", (i) => list(i.parties).join(", ")],
      ["Consent", (i) => list(i.consent).join(", ") || "–"], ["Binding", (i) => (i.binding ? "yes" : "no")],
      ["Readiness", (i) => readiness(i)],
    ];
    const glossary = Object.keys(names).length === 0 ? "" : el("p", { class: "muted", id: "functions-glossary" }, "Functions: " +
      Object.entries(names).map(([k, v]) => k + " = " + v).join("; ") + ".");
    box.replaceChildren(glossary, rows.length === 0 ? notice("No instrument matches these filters.") : table(cols, rows, rows.length + " of " + instruments.length + " instruments"));
  }
})().catch((e) => {
  if (e.status !== 401) document.getElementById("main").prepend(Amity.notice("Could not load: " + e.message, "error"));
});
