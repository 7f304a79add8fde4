// Overview: the map coloured by each country's highest open level, open situations, the trend.
"use strict";
(async () => {
  const { api, el, levelBadge, table, notice, COLOURS } = Amity;
  await Amity.start("overview");
  const range = document.getElementById("range");
  const params = new URLSearchParams(location.search);
  const from = params.get("from") || "";
  const to = params.get("to") || "";
  if (range) {
    range.elements.from.value = from;
    range.elements.to.value = to;
    range.addEventListener("submit", (e) => {
      e.preventDefault();
      const q = new URLSearchParams();
      if (range.elements.from.value) q.set("from", range.elements.from.value);
      if (range.elements.to.value) q.set("to", range.elements.to.value);
      location.search = q.toString();
    });
    document.getElementById("range-clear").addEventListener("click", () => { location.search = ""; });
  }
  // a date range shows the weeks of the range and the situations ongoing in it, of any status
  const weeks = from && to ? Math.min(520, Math.max(1, Math.ceil((Date.parse(to) - Date.parse(from)) / 604800000) + 1)) : 52;
  const ranged = Boolean(from || to);
  const [geo, overview, allSituations, trend, seaAreas] = await Promise.all([
    fetch("/map/sea.geo.json").then((r) => r.json()),
    api("/api/v1/overview"),
    api("/api/v1/situations?status=" + (ranged ? "all" : "open") + "&limit=" + (ranged ? 1000 : 50)
      + (from ? "&from=" + from : "") + (to ? "&to=" + to : "")),
    api("/api/v1/trend?weeks=" + weeks + (to ? "&to=" + to : "")),
    api("/api/v1/sea-areas").catch(() => null),
  ]);
  // the server chooses the situations ongoing in the range, by the alerts' rule
  const situations = allSituations;
  showAsOf(overview, ranged);
  drawMap(geo, overview);
  await listSituations(situations);
  drawTrend(trend);

  function showAsOf(o, ranged) {
    const box = document.getElementById("as-of");
    if (!box) return;
    box.textContent = "Data as of " + (o.dataAsOf || "– (nothing stored yet)") + ". " +
      o.currentWarnings + " open alert(s) at any level in " + o.currentSituations + " situation(s). " + (o.countsNote || "") +
      (o.protractedAlerts ? " Protracted alerts: " + o.protractedAlerts + "." : "") +
      (o.staleWarnings ? " Stale open alerts (no recent data on their subject): " + o.staleWarnings + "." : "") +
      (ranged ? " The situations and the trend below are those of the chosen date range." : "");
    box.append(" ", Amity.el("a", { href: "/alerts.html?status=all" + (from ? "&from=" + from : "") + (to ? "&to=" + to : "") }, "All alerts"));
  }

  function drawMap(geo, overview) {
    const level = Object.fromEntries(overview.countries.map((c) => [c.iso3, c.level]));
    const colours = Object.fromEntries(Object.entries(level).filter(([, lv]) => lv).map(([iso3, lv]) => [iso3, COLOURS[lv]]));
    const chart = AmityMap.draw(document.getElementById("map"), {
      geo, seaAreas, colours,
      defaultColour: (f) => (f.properties.asean ? COLOURS.quiet : COLOURS.neighbour),
      regionTooltip: (iso3, name) => (name || iso3) + ": " + (level[iso3] ? "highest open level " + level[iso3] : "no open alert"),
    });
    chart.on("click", (p) => {
      if (p.componentType !== "geo") return;
      const first = situations.find((s) => (s.parties || []).includes(p.name));
      if (first) location.href = "/situation.html?id=" + first.id;
    });
    const rank = (lv) => Amity.LEVELS.indexOf(lv);
    const rows = overview.countries.filter((c) => c.level).sort((a, b) => rank(b.level) - rank(a.level) || a.name.localeCompare(b.name));
    document.getElementById("country-levels").append(
      rows.length === 0 ? notice("No country has an open alert.") :
        table([["Country", (c) => c.name + " (" + c.iso3 + ")"], ["Highest open level", (c) => levelBadge(c.level)], ["Open situations", (c) => c.openSituations]], rows, "Countries with open alerts"));
  }

  async function listSituations(list) {
    const box = document.getElementById("situations");
    box.textContent = "";
    if (list.length === 0) {
      // only an empty open list asks whether the watch has found any situation at all
      if (ranged) box.append(notice("No situation was ongoing in this date range."));
      else if ((await api("/api/v1/situations?status=all&limit=1")).length > 0) {
        const n = notice("No open situation: every situation the watch found has closed or is protracted. ");
        n.append(el("a", { href: "/situations.html?status=all" }, "See all situations"));
        box.append(n);
      } else box.append(notice("No situation yet. Run the detector (amity watch) after ingesting events."));
      return;
    }
    const ul = el("ul", { class: "situations" });
    for (const s of list) {
      const types = Object.entries(s.threatShares || {}).sort((a, b) => b[1] - a[1]).map(([t, v]) => t + " " + Amity.pct(v)).join(", ");
      ul.append(el("li", {}, levelBadge(s.level), " ", el("a", { href: "/situation.html?id=" + s.id }, s.title),
        el("div", { class: "muted" }, (s.subjectName || s.subject) + " · " + (s.status !== "open" ? s.status + " · " : "") + (s.stale ? "stale: no data since " + s.lastData + " · " : "") +
          s.openAlertCount + " open alert(s) · since " + s.opened + (types ? " · " + types : "")),
        (s.related || []).length === 0 ? null : el("div", { class: "muted" }, "Related: ", Amity.relatedLinks(s))));
    }
    box.append(ul);
  }

  function drawTrend(trend) {
    if (trend.colours && document.getElementById("trend-note")) document.getElementById("trend-note").textContent = trend.colours;
    const chart = Amity.chart(document.getElementById("trend"));
    const weeks = trend.weeks.map((w) => w.week);
    chart.setOption({
      animation: false, tooltip: { trigger: "axis" }, legend: { top: 0, formatter: (n) => "reached " + n }, grid: { left: 40, right: 16, top: 30, bottom: 30 },
      xAxis: { type: "category", data: weeks }, yAxis: { type: "value", minInterval: 1, min: 0 },
      series: Amity.LEVELS.map((lv) => ({ name: lv, type: "bar", stack: "open", color: COLOURS[lv], data: trend.weeks.map((w) => w[lv]) })),
    });
  }
})().catch((e) => {
  if (e.status !== 401) document.getElementById("main").prepend(Amity.notice("Could not load the overview: " + e.message, "error"));
});
