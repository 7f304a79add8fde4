// Forecasts page (issue 14): the stored forecast runs in words, and for the chosen run what its
// numbers mean, its scores out of time beside the base rate, a reliability chart (mean forecast
// against observed rate per bin, with the diagonal and the bins' case counts) and the forecasts.
"use strict";
(async () => {
  const { api, el, table, notice } = Amity;
  await Amity.start("forecasts");
  const WHO = {
    model: "This model",
    uncalibrated: "The same model before calibration",
    baseRate: "Base rate (a constant: the share of earlier cases with the event)",
    noChange: "No change (the last period's state)",
    lastPoisson: "Last count, as a Poisson mean",
    published: "Early Warning Project's published forecasts, recalibrated the same way",
    publishedUncalibrated: "Early Warning Project's published forecasts, as published",
  };
  const SCORES = {
    brier: "Brier score", logLoss: "Log loss", auc: "ROC AUC (0.5 is chance)", ap: "Average precision",
    mae: "Mean absolute error", crps: "CRPS",
  };
  const CALIBRATION = {
    platt: "calibrated (Platt scaling fitted only on earlier out-of-time forecasts)",
    shift: "calibrated (level shift fitted only on earlier out-of-time forecasts)",
    anchored: "calibrated (Platt slope fitted once on the warm-up, level refitted only on earlier out-of-time forecasts)",
    none: "not calibrated",
  };
  let runs;
  try {
    runs = await api("/api/v1/forecasts");
  } catch (e) {
    box("runs", notice("Could not load the forecasts: " + e.message, "error"));
    return;
  }
  if (runs.length === 0) {
    box("runs", el("p", { id: "no-runs" }, "No forecasts are stored yet. Make one with ",
      el("code", {}, "amity forecast train --target ewp --evaluate"),
      " (it reads the shared research data; ", el("code", {}, "amity demo"),
      " makes one when those data are present) on this database, then reload this page."));
    return;
  }
  const chosen = new URLSearchParams(location.search).get("run") || runs[0].runId;
  box("runs", table([
    ["What", (r) => el("a", { href: "?run=" + encodeURIComponent(r.runId), "aria-current": r.runId === chosen ? "true" : null }, r.title + ", " + r.period)],
    ["Model", (r) => r.model + ", " + (r.calibration.method === "none" ? "not calibrated" : "calibrated (" + r.calibration.method + ")")],
    ["Data up to", (r) => r.origin],
    ["Units", (r) => String(r.units)],
    ["Against the base rate (out of time)", (r) => versus(r)],
    ["Stored", (r) => r.createdAt.replace("T", " ").replace("Z", " UTC")],
  ], runs, runs.length + " stored run" + (runs.length === 1 ? "" : "s")));
  await show(chosen);

  /** One line: the model's Brier and log loss beside the base rate's, in words. */
  function versus(r) {
    const e = r.evaluation;
    if (!e) return "not evaluated";
    const m = e.scores.model || {}, b = e.scores.baseRate || {};
    if (r.valueKind === "count") return "MAE " + num(m.mae) + " (base rate " + num(b.mae) + ")";
    const word = (x, y) => (x < y ? "better" : x > y ? "worse" : "tied");
    return "Brier " + num(m.brier) + " vs " + num(b.brier) + " (" + word(m.brier, b.brier) + "); AUC " + num(m.auc);
  }

  async function show(runId) {
    let r;
    try {
      r = await api("/api/v1/forecasts/" + encodeURIComponent(runId));
    } catch (e) {
      document.getElementById("main").append(notice("Could not load forecast run " + runId + ": " + e.message, "error"));
      return;
    }
    document.getElementById("run-card").hidden = false;
    document.getElementById("run-h").textContent = r.title + ", " + r.period;
    document.getElementById("run-meaning").textContent = r.meaning;
    const horizon = r.periodKind === "month" ? (r.horizon === 1 ? "one month" : r.horizon + " months") : (r.horizon === 1 ? "one year" : r.horizon + " years");
    document.getElementById("run-facts").textContent = "Made from data up to " + r.origin + ", " + horizon + " ahead, by the " +
      r.model + " model, " + (CALIBRATION[r.calibration.method] || r.calibration.method) + "; stored " +
      r.createdAt.replace("T", " ").replace("Z", " UTC") + " (run " + r.runId + ").";
    const e = r.evaluation;
    if (!e) {
      box("scores", el("p", { class: "muted" }, "This run was stored without its track record: train with --evaluate to keep the backtest's scores and reliability table."));
      box("reliability-chart", el("p", { class: "muted", id: "no-track-record" }, "No reliability chart: this run was stored without its track record, so there are no past out-of-time forecasts to compare with what happened."));
      document.getElementById("reliability-note").textContent = "";
      box("reliability-table");
    } else {
      scores(r, e);
      if (r.valueKind === "count") {
        box("reliability-chart", el("p", { class: "muted" }, "Counts have no reliability chart; their scores are MAE and CRPS."));
      } else {
        chart(e);
      }
    }
    forecasts(r);
  }

  function scores(r, e) {
    const keys = Object.keys(e.scores.model || {});
    const rows = Object.entries(e.scores);
    const label = (who) => (who === "model" && e.calibrator !== "none" ? WHO.model + ", calibrated" : WHO[who] || who);
    box("scores",
      el("p", {}, "Backtest origins " + e.origins + ": " + e.cases.toLocaleString("en") + " cases, " + e.events + (r.valueKind === "count" ? " incidents." : " with the event (" + pctOf(e.events / e.cases) + ").")),
      el("p", { id: "versus" }, versus({ ...r, evaluation: e })),
      table([["Forecaster", ([who]) => label(who)], ...keys.map((k) => [SCORES[k] + " (" + e.betterWhen[k] + " is better)", ([, s]) => num(s[k])])],
        rows, "Every forecaster scored on exactly the same cases"));
  }

  function chart(e) {
    const bins = (who) => e.reliability.filter((b) => b.forecaster === who && b.cases > 0);
    const model = bins("model"), published = bins("published");
    const top = Math.max(0.01, ...[...model, ...published].flatMap((b) => [b.meanForecast, b.observedRate]));
    const max = Math.ceil(top * 1.1 * 100) / 100;
    const point = (b) => ({ value: [b.meanForecast, b.observedRate], cases: b.cases, events: b.events, from: b.from, to: b.to });
    const series = [
      { name: "perfect calibration", type: "line", data: [[0, 0], [max, max]], symbol: "none", color: "#8a96a3", lineStyle: { type: "dashed", color: "#8a96a3" }, tooltip: { show: false } },
      // no "n=" labels on the points: the low bins sit close together near the origin and their
      // labels printed over each other; the cases are in each point's tooltip and in the table
      { name: "this model", type: "line", data: model.map(point), color: "#12324a", symbolSize: 9 },
    ];
    if (published.length) {
      series.push({ name: "EWP published, recalibrated", type: "line", data: published.map(point), color: "#f08c3a", symbol: "diamond", symbolSize: 8, lineStyle: { type: "dotted", color: "#f08c3a" } });
    }
    const c = echarts.getInstanceByDom(document.getElementById("reliability-chart")) || Amity.chart(document.getElementById("reliability-chart"));
    c.setOption({
      animation: false,
      legend: { top: 0 },
      grid: { left: 64, right: 24, top: 40, bottom: 56 },
      tooltip: { trigger: "item", formatter: (p) => p.data && p.data.cases !== undefined ? p.seriesName + "<br>forecasts " + pctOf(p.data.from) + " to " + pctOf(p.data.to) + ": " + p.data.cases + " cases, mean forecast " + pctOf(p.data.value[0]) + ", " + p.data.events + " with the event (" + pctOf(p.data.value[1]) + ")" : "" },
      xAxis: { type: "value", name: "mean forecast in the bin", nameLocation: "middle", nameGap: 30, min: 0, max, axisLabel: { formatter: pctOf } },
      yAxis: { type: "value", name: "observed rate", nameLocation: "middle", nameGap: 48, min: 0, max, axisLabel: { formatter: pctOf } },
      series,
    }, true);
    document.getElementById("reliability-note").textContent = "Each point is a bin of past out-of-time forecasts: across, their mean forecast; up, the share that saw the event. Each point's tooltip and the table below give the cases in its bin. " +
      "Points on the dashed diagonal are calibrated; below it, the forecasts ran too high. Bins with few cases or events are noisy.";
    box("reliability-table", table([
      ["Forecaster", (b) => (b.forecaster === "model" ? "this model" : "EWP published")],
      ["Forecasts from", (b) => pctOf(b.from) + " to " + pctOf(b.to)],
      ["Cases", (b) => String(b.cases)],
      ["Mean forecast", (b) => (b.meanForecast === null ? "–" : pctOf(b.meanForecast))],
      ["With the event", (b) => String(b.events)],
      ["Observed rate", (b) => (b.observedRate === null ? "–" : pctOf(b.observedRate))],
    ], e.reliability));
  }

  function forecasts(r) {
    const count = r.valueKind === "count";
    const fmt = (v) => (v === null || v === undefined ? "–" : count ? num(v) : pctOf(v));
    // EWP's rank stands only beside forecasts of the same years as its published risk
    const ewp = r.published && r.forecasts.some((f) => f.publishedRank !== undefined) ? r.published : null;
    box("forecasts", table([
      ["Rank", (f) => String(f.rank)],
      [unitWord(r.target), (f) => f.name],
      ["Period", (f) => f.period],
      [count ? "Expected incidents" : "Probability", (f) => fmt(f.value)],
      ["90% interval", (f) => (f.low === null ? "none computed" : fmt(f.low) + " to " + fmt(f.high))],
    ].concat(ewp ? [["EWP rank, " + ewp.period, (f) => (f.publishedRank === undefined ? "not ranked by EWP" : f.publishedRank + " of " + r.published.countries + " (" + pctOf(f.publishedRisk) + ")")]] : [])
      .concat(r.forecasts.some((f) => f.pastAtThisLevel) ? [["Past forecasts at this level", (f) => past(f.pastAtThisLevel)]] : []),
    r.forecasts, r.forecasts.length + " forecasts, highest first"),
    ewp ? el("p", { class: "muted", id: "ewp-note" }, "EWP rank, " + ewp.period + ": the Early Warning Project's published risk of an onset in " + ewp.period.replace("-", " or ") + " (the same years as these forecasts) and its rank among " + ewp.countries + " countries, from " + ewp.file + ".") : "",
    r.publishedMissing ? el("p", { class: "muted", id: "ewp-note" }, r.publishedMissing + ", so no EWP rank is set beside these forecasts.") : "");
  }

  // How the backtest's forecasts in the same bin turned out: a 70% next to "4 of 15 came true"
  // tells the reader the model's high end ran too high.
  function past(b) {
    if (!b) return "–";
    if (b.cases === 0) return "none between " + pctOf(b.from) + " and " + pctOf(b.to);
    return b.events + " of " + b.cases + " came true (" + pctOf(b.observedRate) + "), forecasts of " + pctOf(b.from) + " to " + pctOf(b.to);
  }

  function unitWord(target) {
    return { deaths: "Province", piracy: "Sea area", escalation: "From → to" }[target] || "Country";
  }

  function pctOf(x) {
    if (x === null || x === undefined) return "–";
    const p = x * 100;
    return (p >= 10 ? p.toFixed(0) : p >= 1 ? p.toFixed(1) : p.toFixed(2)) + "%";
  }

  function num(x) {
    return x === null || x === undefined ? "–" : Number(x).toPrecision(3);
  }

  function box(idName, ...children) {
    const b = document.getElementById(idName);
    b.textContent = "";
    b.append(...children);
  }
})().catch((e) => {
  if (e.status !== 401) document.getElementById("main").prepend(Amity.notice("Could not load the page: " + e.message, "error"));
});
