// Situation page: facts, related situations, threat-type shares, great-power involvement, the indicator chart with its
// baseline band and alert periods, alerts (with acknowledgement), evidence, options, notes.
"use strict";
(async () => {
  const { api, el, levelBadge, table, notice, pct, link, COLOURS } = Amity;
  await Amity.start("overview");
  const id = new URLSearchParams(location.search).get("id");
  if (!/^[0-9]+$/.test(id || "")) throw new Error("the address needs ?id=N");
  let s = await api("/api/v1/situations/" + id);
  let lastChart = null; // the chart's last series and alerts, to redraw when the timeline changes
  render();
  loadPlaces();
  loadOptions();
  // response timeline block: entries beside the chart and as marks on it (situation-timeline.js)
  SituationTimeline.start(id, () => { if (lastChart) drawChart(...lastChart); });
  document.getElementById("lens").addEventListener("change", loadOptions);
  document.getElementById("label").addEventListener("change", loadOptions);

  function render() {
    document.title = s.title + " · Amity";
    const title = document.getElementById("title");
    title.textContent = "";
    title.append(levelBadge(s.level), " ", s.title);
    facts();
    related();
    threatTypes();
    powers();
    alertsTable();
    indicatorChoice();
    notes();
  }

  function facts() {
    const dl = el("dl", { class: "facts" });
    const add = (k, v) => dl.append(el("dt", {}, k), el("dd", {}, v === null || v === undefined || v === "" ? "–" : v));
    add("Subject", (s.subjectName || s.subject) + " (" + (s.scopeName || s.scope) + ")");
    add("Parties", el("span", {}, Amity.countries((s.parties || []).join(", "), s.partyNames)));
    add("Status", s.status + (s.closed ? " (closed " + s.closed + ")" : "") + (s.stale ? " · stale: no data on its subject since " + s.lastData : ""));
    add("Opened / updated", s.opened + " / " + s.updated);
    add("Domain", s.domain);
    add("Stage", s.stage);
    add("Themes", (s.themes || []).join(", "));
    add("Humanitarian signals", s.humanitarianWords || (s.humanitarian ? "yes" : "no"));
    box("facts", dl);
  }

  // situations on linked subjects at the same time (the API's "related", in words)
  function related() {
    const list = s.related || [];
    box("related", list.length === 0
      ? el("p", { class: "muted" }, "None: no situation on a linked subject (the country of a conflict area, a dyad's parties, a sea area's coastal states and the reverse) ran at the same time.")
      : el("ul", { class: "related" }, list.map((r) => el("li", {},
        levelBadge(r.level), " ",
        el("a", { href: "/situation.html?id=" + r.id }, r.title),
        " · " + r.relation + " · " + r.status + ", " + r.opened + " to " + (r.closed || "now")))));
  }

  function threatTypes() {
    const rows = Object.entries(s.threatShares || {}).sort((a, b) => b[1] - a[1]);
    const assumed = { dyad: "inter-state", area: "trans-state", country: "intra-state", theatre: "intra-state" }[s.scope] || "intra-state";
    const why = (s.alerts || []).some((a) => (a.evidence || []).length > 0 || a.evidenceCount > 0)
      ? "The evidence could not be typed (no incident had a recognisable inter-, intra- or trans-state pattern)."
      : "No incidents to type: the alerts rest on counts (an imported aggregate series) with no events stored.";
    box("types", rows.length === 0 ? el("p", {}, why + " The recommender assumes " + assumed + " for a " + (s.scopeName || s.scope) + ".") : el("table", { class: "bars" }, el("tbody", {},
      rows.map(([t, v]) => el("tr", {}, el("th", { scope: "row" }, t), el("td", {}, pct(v)),
        el("td", {}, el("div", { class: "bar", style: "width:" + Math.round(v * 100) + "%" })))))));
  }

  function powers() {
    box("powers", el("dl", { class: "facts" },
      el("dt", {}, "Great powers"), el("dd", {}, s.greatPowerWords || "none among the parties"),
      el("dt", {}, "Outside-power share of the parties' events"), el("dd", {}, pct(s.outsidePowerShare))));
  }

  function alertsTable() {
    const cols = [
      ["Highest level", (a) => Amity.alertLevel(a)],
      ["Indicator", (a) => el("span", { title: a.indicator + " (" + a.resolution + ")" }, a.indicatorName || a.indicator)],
      ["Subject", (a) => a.subjectName || a.subject],
      ["Period", (a) => a.periodStart + " – " + a.periodEnd],
      ["Value / baseline", (a) => el("span", { title: a.valueInWords || "" }, fmt(a.value) + " / " + fmt(a.baseline))],
      ["Score", (a) => fmt(a.score)],
      ["Status", (a) => a.statusInWords || a.status],
      ["Acknowledged", (a) => ackCell(a)],
    ];
    box("alerts", s.alerts.length === 0 ? notice("This situation has no alerts.") : table(cols, s.alerts), ...Amity.valueNotes(s.alerts));
  }

  function ackCell(a) {
    const who = (a.acknowledgements || []).map((k) => k.user + " " + String(k.at).slice(0, 16).replace("T", " ")).join("; ");
    const cell = el("div", {}, who || "–");
    if (Amity.canWrite() && a.status === "open") {
      const b = el("button", { type: "button", class: "secondary", "data-ack": a.id }, "Acknowledge");
      b.addEventListener("click", async () => {
        b.disabled = true;
        try {
          await api("/api/v1/alerts/" + a.id + "/acknowledgements", { method: "POST", body: {} });
          s = await api("/api/v1/situations/" + id);
          render();
        } catch (e) {
          b.disabled = false;
          cell.append(notice(e.message, "error"));
        }
      });
      cell.append(" ", b);
    }
    return cell;
  }

  function indicatorChoice() {
    const select = document.getElementById("indicator");
    select.textContent = "";
    s.alerts.forEach((a, i) => select.append(el("option", { value: i }, (a.peakLevel || a.level) + " · " + (a.indicatorName || a.indicator) + " · " + (a.subjectName || a.subject))));
    select.onchange = () => showAlert(s.alerts[select.value]);
    if (s.alerts.length > 0) showAlert(s.alerts[0]);
    else box("evidence", notice("No evidence: this situation has no alerts."));
  }

  async function showAlert(a) {
    evidence(a);
    const span = { day: 180, week: 7 * 104, month: 31 * 60 }[a.resolution] || 180;
    const from = shift(a.periodStart, -span), to = shift(a.periodEnd, Math.round(span / 3));
    const q = new URLSearchParams({ [a.scope]: a.subject, indicator: a.indicator, resolution: a.resolution, from, to });
    let series;
    try {
      series = await api("/api/v1/series?" + q);
    } catch (e) {
      document.getElementById("chart-note").textContent = "No series: " + e.message;
      return;
    }
    drawChart(series, s.alerts.filter((x) => x.indicator === a.indicator && x.subject === a.subject && x.resolution === a.resolution));
  }

  function drawChart(series, alerts) {
    lastChart = [series, alerts];
    const node = document.getElementById("chart");
    const chart = echarts.getInstanceByDom(node) || Amity.chart(node);
    // every period from the first to the last, a period the series has no point for left empty, so
    // that a gap (no source covered those days) is drawn as a gap, not joined across (audit6 J6)
    const points = Amity.continuous(series.points, series.resolution);
    const gaps = points.length - series.points.length;
    const periods = points.map((p) => p.period);
    // a count never goes below zero: neither its axis nor its usual range (a band from mean and
    // spread can reach below zero when counts are small)
    const count = points.every((p) => p.value === null || p.value >= 0);
    const floor = (v) => (v === null || v === undefined ? null : count ? Math.max(0, v) : v);
    const low = points.map((p) => floor(p.low));
    const width = points.map((p) => (p.low === null || p.low === undefined ? null : floor(p.high) - floor(p.low)));
    const areas = alerts.map((a) => [
      { name: a.peakLevel || a.level, xAxis: nearest(periods, a.periodStart), itemStyle: { color: COLOURS[a.peakLevel || a.level], opacity: 0.25 } },
      { xAxis: nearest(periods, a.periodEnd) },
    ]);
    chart.setOption({
      animation: false, tooltip: { trigger: "axis" }, legend: { top: 0, data: ["value", "baseline", { name: "usual range", icon: "rect" }] },
      grid: { left: 48, right: 16, top: 34, bottom: 60 }, dataZoom: [{ type: "slider" }],
      xAxis: { type: "category", data: periods },
      yAxis: { type: "value", scale: true, min: count ? (v) => Math.max(0, v.min) : null },
      // each series' colour is set once so the legend's swatch is the colour of its line or band
      series: [
        { name: "band-low", type: "line", data: low, stack: "band", symbol: "none", lineStyle: { opacity: 0 }, tooltip: { show: false } },
        { name: "usual range", type: "line", data: width, stack: "band", symbol: "none", color: "rgba(122, 166, 201, 0.45)", lineStyle: { opacity: 0 }, areaStyle: { color: "rgba(122, 166, 201, 0.45)" } },
        { name: "baseline", type: "line", data: points.map((p) => p.baseline), symbol: "none", color: "#46617a", lineStyle: { type: "dashed", color: "#46617a" } },
        { name: "value", type: "line", data: points.map((p) => p.value), symbolSize: 4, color: "#12324a", markArea: { data: areas },
          markLine: { symbol: "none", silent: false, data: SituationTimeline.marks(periods) } },
      ],
    }, true);
    document.getElementById("chart-note").textContent = series.points.length + " points of " + series.indicator + (series.indicatorName && series.indicatorName !== series.indicator ? " (" + series.indicatorName + ")" : "") +
      " for " + (series.subjectName || series.subject) + (series.valueInWords ? "; " + series.valueInWords : "") + "; shaded: alert periods; band: " + series.band + "; vertical lines: timeline entries." + (gaps > 0 ? " Left as gaps: " + gaps + " " + series.resolution + "s without a point in the series (no value for them)." : "");
  }

  function evidence(a) {
    const cols = [
      ["Date", (e) => e.date + (e.dateEnd ? " to " + e.dateEnd : "")],
      ["Who", (e) => (e.sourceName || e.source || "–") + (e.targetName || e.target ? " → " + (e.targetName || e.target) : "")],
      // the CAMEO code on hover only; Goldstein's scale in its header
      ["What", (e) => el("span", { title: "CAMEO " + e.code }, (e.description || "event") + (e.deathsInWords ? "; " + e.deathsInWords : ""))],
      ["Goldstein (−10 most hostile … +10 most cooperative)", (e) => e.goldstein], ["Reports or records", (e) => recordsButton(a, e)],
      ["Dataset", (e) => e.dataset], ["Source link", (e) => link(e.url, hostOf(e.url))],
    ];
    box("evidence", (a.evidence || []).length === 0 ? notice("No evidence for this alert: the series behind it holds counts, not events (an imported aggregate such as a dyad-month file), or its events are no longer stored.") :
      table(cols, a.evidence, "Alert " + a.id + ": " + (a.indicatorName || a.indicator) + " on " + (a.subjectName || a.subject)));
  }

  // an item's count as a button that shows the stored rows it stands for in a row beneath it
  function recordsButton(a, e) {
    const k = a.evidence.indexOf(e) + 1;
    const b = el("button", { type: "button", class: "secondary records-toggle", "aria-expanded": "false", title: "Show the stored rows this item stands for" }, e.reportsInWords || String(e.reports));
    b.addEventListener("click", () => toggleRecords(b, a.id, k));
    return b;
  }

  async function toggleRecords(button, alertId, k) {
    const row = button.closest("tr");
    const next = row.nextElementSibling;
    if (next && next.classList.contains("evidence-records")) {
      next.remove();
      button.setAttribute("aria-expanded", "false");
      return;
    }
    const cell = el("td", { colspan: row.children.length }, notice("Loading the stored rows…"));
    row.after(el("tr", { class: "evidence-records" }, cell));
    button.setAttribute("aria-expanded", "true");
    try {
      const r = await api("/api/v1/alerts/" + alertId + "/evidence/" + k + "/records");
      const cols = [
        ["", (x) => (x.shown ? "shown" : "")], ["Date", (x) => x.date + (x.dateEnd ? " to " + x.dateEnd : "")], ["Record", (x) => x.record],
        ["What happened and who did it", (x) => x.inWords], ["Where", (x) => x.placeInWords],
        ["Narrative", (x) => x.narrative || "–"], ["Source link", (x) => link(x.url, hostOf(x.url))],
      ];
      const caption = r.count + (r.count === 1 ? " stored row" : " stored rows") + ", drawn from " + r.drawnFrom + (r.deathsInWords ? "; " + r.deathsInWords : "") + (r.note ? ". Note: " + r.note : "");
      cell.replaceChildren(r.records.length === 0 ? notice(caption) : table(cols, r.records, caption));
    } catch (e) {
      cell.replaceChildren(notice("Could not load the stored rows: " + e.message, "error"));
    }
  }

  // the situation's located conflict events on the region's map, with the sea areas drawn
  async function loadPlaces() {
    const note = document.getElementById("places-note");
    let geo, seaAreas, places;
    try {
      [geo, seaAreas, places] = await Promise.all([fetch("/map/sea.geo.json").then((r) => r.json()), api("/api/v1/sea-areas"), api("/api/v1/situations/" + id + "/places")]);
    } catch (e) {
      note.textContent = "Could not load the event locations: " + e.message;
      return;
    }
    const pts = places.points || [];
    const inFrame = pts.filter((p) => p.lon >= geo.bbox[0] && p.lon <= geo.bbox[2] && p.lat >= geo.bbox[1] && p.lat <= geo.bbox[3]);
    const parties = new Set(s.parties || []);
    const colours = Object.fromEntries([...parties].map((iso3) => [iso3, "#f3dcc0"]));
    AmityMap.draw(document.getElementById("places-map"), {
      geo, seaAreas, colours, points: inFrame,
      defaultColour: () => "#eceff2",
      bounds: AmityMap.around(inFrame, geo),
      pointTooltip: (p) => {
        const who = (p.sourceName || "someone") + (p.targetName ? " → " + p.targetName : "");
        const div = el("div", {}, el("strong", {}, p.date + (p.dateEnd ? " to " + p.dateEnd : "") + ": " + (p.what || "event") + " (CAMEO " + p.code + ")"), el("br"), who,
          el("br"), el("span", {}, (p.place || "unnamed place") + (p.centroidOnly ? " (country centre only)" : "")));
        return div.outerHTML;
      },
    });
    const outside = pts.length - inFrame.length;
    note.textContent = places.note ? "No map points: " + places.note + "." :
      pts.length + " located " + places.kind + " from " + places.from + " to " + places.to +
      (places.window ? " (" + places.window + ")" : "") +
      (places.matched > pts.length + places.withoutCoordinates ? " (the newest of " + places.matched + ")" : "") +
      (places.withoutCoordinates ? "; " + places.withoutCoordinates + " had no coordinates" : "") +
      (outside ? "; " + outside + " lie outside the map's frame" : "") +
      ". Dashed: the sea areas Amity watches; shaded: the parties.";
  }

  async function loadOptions() {
    const q = new URLSearchParams({ lens: document.getElementById("lens").value, label: document.getElementById("label").value });
    try {
      showOptions(await api("/api/v1/situations/" + id + "/recommendations?" + q));
    } catch (e) {
      if (e.status === 503) box("options", notice("Recommender not available in this build: " + e.message));
      else box("options", notice("Could not load options: " + e.message, "error"));
    }
  }

  function showOptions(r) {
    const options = r.options || [];
    const excluded = r.excluded || [];
    const named = (text) => Amity.countries(Amity.words(text), r.countryNames);
    const cols = [
      ["#", (o) => String(options.indexOf(o) + 1)],
      ["Instrument", (o) => (o.instrument && o.instrument.id ? el("a", { href: "/instrument.html?id=" + encodeURIComponent(o.instrument.id) }, name(o.instrument)) : name(o.instrument))],
      ["Measure", (o) => name(o.measure)], ["Score", (o) => fmt(o.score)],
      ["Consent required", (o) => el("div", {}, consent(o.consentRequired || [], r.countryNames),
        o.consentReason ? el("div", { class: "muted" }, named(o.consentReason)) : "")],
      ["Flags", (o) => (o.flags || []).length === 0 ? "–" : el("ul", { class: "flags" }, o.flags.map((f) => el("li", {}, named(f))))],
      ["Precedent", (o) => precedents(o.precedents, o.documentedUses, r.countryNames)],
      ["Principle checks", (o) => checks(o.principles || [], r.countryNames)],
    ];
    const notesList = r.notes || [];
    box("options",
      notesList.length === 0 ? "" : el("div", { class: "recommender-notes" }, el("h3", {}, "Notes on the situation"),
        el("ul", {}, notesList.map((n) => el("li", {}, named(n))))),
      el("h3", {}, "Recommended options"),
      r.knowledgeBase && r.knowledgeBase.inWords ? el("p", { class: "muted kb-date" }, "Options drawn from " + r.knowledgeBase.inWords + ".") : "",
      options.length === 0 ? notice("No option passes the checks for this situation.") : table(cols, options),
      el("h3", {}, "Excluded options"), excluded.length === 0 ? el("p", { class: "muted" }, "None excluded.") :
        table([["Instrument", (o) => name(o.instrument)], ["Measure", (o) => name(o.measure)], ["Why excluded", (o) => named(o.reason)]], excluded));
  }

  // the states whose consent an option needs, by name (the code on hover); a long list (the 31
  // parties to the TAC) summarised with the first few, the whole list on expand
  function consent(codes, names) {
    if (codes.length === 0) return "none beyond membership";
    const list = Amity.countries(codes.join(", "), names);
    if (codes.length <= 6) return el("span", {}, list);
    const first = Amity.countries(codes.slice(0, 4).join(", "), names);
    return el("details", {}, el("summary", {}, codes.length + " states: ", first, " and " + (codes.length - 4) + " more"), el("div", {}, list));
  }

  // the nearest documented uses of the option's instrument, with how they resemble this situation
  function precedents(list, uses, names) {
    if (!Array.isArray(list)) return "–";
    if (list.length === 0 && uses > 0) {
      return el("span", { class: "muted" }, "no close precedent (" + uses + " documented use" + (uses === 1 ? "" : "s") +
        ", none with the same threat type and a shared theme or party)");
    }
    if (list.length === 0) return el("span", { class: "muted" }, "no documented use");
    return el("ul", { class: "precedents" }, list.map((p) => el("li", {}, link(p.sourceUrl, p.title), " (" + p.year + ")",
      el("div", { class: "muted" }, p.alike && p.alike.length ? Amity.countries(p.alike.join("; "), names) : "only the instrument in common"))));
  }

  // failures and cautions shown; every check on expand
  function checks(list, names) {
    const mark = (p) => el("span", { class: p.result === "pass" ? "pass" : p.result === "fail" ? "fail" : "warning-text" }, p.result);
    const notPassed = list.filter((p) => p.result !== "pass");
    const line = (p) => el("li", {}, mark(p), " ", p.number + ". " + p.principle, p.reason ? [": ", Amity.countries(p.reason, names)] : "");
    const summary = notPassed.length === 0 ? "all " + list.length + " pass" : (list.length - notPassed.length) + " of " + list.length + " pass";
    return el("div", {}, notPassed.length === 0 ? "" : el("ul", {}, notPassed.map(line)),
      el("details", {}, el("summary", {}, summary), el("ul", {}, list.map(line))));
  }

  function notes() {
    const list = s.notes || [];
    box("notes", list.length === 0 ? el("p", { class: "muted" }, "Nothing recorded yet.") :
      table([["When", (n) => String(n.createdAt).slice(0, 16).replace("T", " ")], ["Who", (n) => n.author], ["Kind", (n) => n.kind],
        ["Instrument", (n) => n.instrument || "–"], ["Taken on", (n) => n.takenOn || "–"], ["Text", (n) => n.text]], list));
    if (!Amity.canWrite()) {
      box("note-form", el("p", { class: "muted" }, "Your role reads only; analysts record notes and actions."));
      return;
    }
    const kind = el("select", { id: "note-kind" }, el("option", { value: "note" }, "note"), el("option", { value: "action" }, "action taken"));
    const text = el("textarea", { id: "note-text", required: true, maxlength: 4000 });
    const instrument = el("input", { id: "note-instrument", placeholder: "e.g. adi-hotline", maxlength: 64 });
    // a text field, not type=date: the browser would show the date in its locale's order, not YYYY-MM-DD
    const taken = el("input", { id: "note-taken", type: "text", inputmode: "numeric", pattern: "\\d{4}-\\d{2}-\\d{2}", placeholder: "YYYY-MM-DD", maxlength: 10, size: 11 });
    const msg = el("div", { role: "status" });
    const form = el("form", { class: "inline", id: "note" },
      el("label", {}, "Kind", kind), el("label", {}, "Instrument (for an action)", instrument), el("label", {}, "Taken on", taken),
      el("label", { style: "flex-basis:100%" }, "Text", text), el("button", { type: "submit" }, "Record"), msg);
    form.addEventListener("submit", async (ev) => {
      ev.preventDefault();
      const body = { kind: kind.value, text: text.value };
      if (instrument.value) body.instrument = instrument.value;
      if (taken.value && !/^\d{4}-\d{2}-\d{2}$/.test(taken.value)) {
        msg.replaceChildren(notice("Taken on: not a date: " + taken.value + " (use YYYY-MM-DD)", "error"));
        return;
      }
      if (taken.value && kind.value === "action") body.takenOn = taken.value;
      try {
        await api("/api/v1/situations/" + id + "/notes", { method: "POST", body });
        s = await api("/api/v1/situations/" + id);
        render();
      } catch (e) {
        msg.replaceChildren(notice(e.message, "error"));
      }
    });
    box("note-form", form);
  }

  function box(idName, ...children) {
    const b = document.getElementById(idName);
    b.textContent = "";
    b.append(...children);
  }
  function name(x) { return x ? x.name || x.id : "–"; }
  function fmt(v) { return typeof v === "number" ? (Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(2)) : "–"; }
  function shift(date, days) { const d = new Date(date + "T00:00:00Z"); d.setUTCDate(d.getUTCDate() + days); return d.toISOString().slice(0, 10); }
  function hostOf(url) { try { return new URL(url).hostname; } catch (e) { return url; } }
  function nearest(periods, date) {
    let best = periods[0];
    for (const p of periods) if (p <= date) best = p;
    return best;
  }
})().catch((e) => {
  if (e.status !== 401) document.getElementById("main").prepend(Amity.notice("Could not load the situation: " + e.message, "error"));
});
