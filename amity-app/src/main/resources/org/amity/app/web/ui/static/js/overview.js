// Overview: the map coloured by each country's highest open level, open situations, the trend.
"use strict";
(async () => {
  const { api, el, levelBadge, table, notice, COLOURS } = Amity;
  await Amity.start("overview");
  const [geo, overview, situations, trend, seaAreas] = await Promise.all([
    fetch("/map/sea.geo.json").then((r) => r.json()),
    api("/api/v1/overview"),
    api("/api/v1/situations?status=open&limit=50"),
    api("/api/v1/trend?weeks=52"),
    api("/api/v1/sea-areas").catch(() => null),
  ]);
  drawMap(geo, overview);
  listSituations(situations);
  drawTrend(trend);

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

  function listSituations(list) {
    const box = document.getElementById("situations");
    box.textContent = "";
    if (list.length === 0) {
      box.append(notice("No open situation. Run the detector (amity watch) after ingesting events."));
      return;
    }
    const ul = el("ul", { class: "situations" });
    for (const s of list) {
      const types = Object.entries(s.threatShares || {}).sort((a, b) => b[1] - a[1]).map(([t, v]) => t + " " + Amity.pct(v)).join(", ");
      ul.append(el("li", {}, levelBadge(s.level), " ", el("a", { href: "/situation.html?id=" + s.id }, s.title),
        el("div", { class: "muted" }, s.subject + " · " + s.openAlertCount + " open alert(s) · since " + s.opened + (types ? " · " + types : ""))));
    }
    box.append(ul);
  }

  function drawTrend(trend) {
    const chart = Amity.chart(document.getElementById("trend"));
    const weeks = trend.weeks.map((w) => w.week);
    chart.setOption({
      animation: false, tooltip: { trigger: "axis" }, legend: { top: 0 }, grid: { left: 40, right: 16, top: 30, bottom: 30 },
      xAxis: { type: "category", data: weeks }, yAxis: { type: "value", minInterval: 1, min: 0 },
      series: Amity.LEVELS.map((lv) => ({ name: lv, type: "bar", stack: "open", color: COLOURS[lv], data: trend.weeks.map((w) => w[lv]) })),
    });
  }
})().catch((e) => {
  if (e.status !== 401) document.getElementById("main").prepend(Amity.notice("Could not load the overview: " + e.message, "error"));
});
