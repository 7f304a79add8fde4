// Gap page (issue 12): how often and how fast warnings were answered, and the unanswered ones,
// oldest first, each in words with a link to its situation.
"use strict";
(async () => {
  const { api, el, table, notice, pct, levelBadge } = Amity;
  await Amity.start("gap");
  const params = new URLSearchParams(location.search);
  const from = document.getElementById("gap-from"), to = document.getElementById("gap-to");
  from.value = params.get("from") || "";
  to.value = params.get("to") || "";
  document.getElementById("gap-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const q = new URLSearchParams();
    if (from.value) q.set("from", from.value);
    if (to.value) q.set("to", to.value);
    history.replaceState(null, "", "?" + q);
    load();
  });
  await load();

  async function load() {
    const q = new URLSearchParams();
    if (from.value) q.set("from", from.value);
    if (to.value) q.set("to", to.value);
    let g;
    try {
      g = await api("/api/v1/gap?" + q);
    } catch (e) {
      box("figures", notice("Could not load the gap: " + e.message, "error"));
      return;
    }
    figures(g);
    unanswered(g.unanswered || []);
    const words = g.countWords || {};
    counts("by-instrument", g.byInstrument || {}, "Instrument", "No actions recorded against an instrument yet.", words, g.instrumentNames || {});
    counts("by-type", g.byThreatType || {}, "Threat type", "No warnings in this period.", words, {});
  }

  function figures(g) {
    const fig = (value, what) => el("div", { class: "figure" }, el("b", {}, value), what);
    const days = (d) => (d === null || d === undefined ? "none recorded" : (Math.round(d * 10) / 10) + " days");
    box("figures", el("div", { class: "figures", id: "gap-figures" },
      fig(String(g.warnings), "warnings raised (warning level or above)"),
      fig(pct(g.answered30), g.answered30Count + " answered within 30 days"),
      fig(pct(g.answered90), g.answered90Count + " answered within 90 days"),
      fig(days(g.medianDaysToConsultation), "median from first warning to first consultation"),
      fig(days(g.medianDaysToAction), "median from first warning to first action"),
      fig(String((g.unanswered || []).length), "warnings with no consultation or action recorded"),
      fig(String(g.unattached), "consultations and actions recorded with no situation around them (of " + g.unattachedEntries + " timeline entries of any kind with none)")));
  }

  function unanswered(list) {
    box("unanswered", list.length === 0 ? el("p", { class: "muted" }, "Every warning in this period had a recorded response.") :
      table([
        ["First warning (its alert opened)", (u) => u.firstWarning],
        ["Highest level", (u) => levelBadge(u.level)],
        ["Situation", (u) => el("a", { href: "/situation.html?id=" + u.situationId }, u.title)],
        ["What happened", (u) => u.inWords],
      ], list, list.length + " unanswered, oldest first"));
  }

  // one row per instrument or threat type; columns and names in the words the server gives, the
  // columns in the order of its countWords (warnings, answered within 30 / 90 days, actions, the
  // outcomes), not in the order the rows happen to hold them
  function counts(id, map, heading, empty, words, names) {
    const rows = Object.entries(map);
    if (rows.length === 0) {
      box(id, el("p", { class: "muted" }, empty));
      return;
    }
    const present = new Set(rows.flatMap(([, v]) => Object.keys(v)));
    const keys = [...Object.keys(words).filter((k) => present.has(k)), ...[...present].filter((k) => !(k in words))];
    box(id, table([[heading, ([k]) => names[k] || k], ...keys.map((k) => [words[k] || k, ([, v]) => String(v[k] ?? 0)])], rows));
  }

  function box(idName, ...children) {
    const b = document.getElementById(idName);
    b.textContent = "";
    b.append(...children);
  }
})().catch((e) => {
  if (e.status !== 401) document.getElementById("main").prepend(Amity.notice("Could not load the page: " + e.message, "error"));
});
