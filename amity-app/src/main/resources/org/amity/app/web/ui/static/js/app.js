// Shared by every page: API calls with the session's CSRF token, the header, small DOM helpers.
"use strict";
const Amity = (() => {
  const LEVELS = ["watch", "warning", "alert"];
  const COLOURS = { watch: "#e9c46a", warning: "#f08c3a", alert: "#c8323c", quiet: "#cfe0d4", neighbour: "#eceff2" };
  let session = null;

  class ApiError extends Error {
    constructor(status, problem) {
      super((problem && problem.detail) || "HTTP " + status);
      this.status = status;
      this.problem = problem;
    }
  }

  async function api(path, options = {}) {
    const opts = { method: options.method || "GET", headers: { Accept: "application/json" }, credentials: "same-origin" };
    if (options.body !== undefined) {
      opts.headers["Content-Type"] = "application/json";
      opts.body = JSON.stringify(options.body);
    }
    if (opts.method !== "GET" && session) opts.headers["X-CSRF-Token"] = session.csrfToken;
    const res = await fetch(path, opts);
    if (res.status === 401 && !options.allow401) {
      location.href = "/login.html?next=" + encodeURIComponent(location.pathname + location.search);
      throw new ApiError(401, null);
    }
    if (res.status === 204) return null;
    const body = await res.json().catch(() => null);
    if (!res.ok) throw new ApiError(res.status, body);
    return body;
  }

  /**
   * The one header of every page: brand, main navigation, who is signed in. Pages hold an empty
   * <header class="top"></header> (or an old copied one, which this replaces), so the navigation is
   * written once, here. Each entry's page name is matched against the page a script starts with.
   */
  const NAV = [
    ["/", "overview", "Overview"],
    ["/alerts.html", "alerts", "Alerts"],
    ["/situations.html", "situations", "Situations"],
    ["/gap.html", "gap", "Gap"],
    ["/track2.html", "track2", "Track II"],
    ["/forecasts.html", "forecasts", "Forecasts"],
    ["/kb.html", "kb", "Knowledge base"],
    ["/data.html", "data", "Data"],
  ];

  function pageOf(path) {
    const file = path.replace(/^.*\//, "") || "index.html";
    const found = NAV.find(([href]) => href.replace(/^\//, "") === file);
    return found ? found[1] : file === "index.html" ? "overview" : file.replace(/\.html$/, "");
  }

  function renderHeader() {
    const header = document.querySelector("header.top");
    if (!header) return null;
    const nav = el("nav", { "aria-label": "Main" }, NAV.map(([href, page, text]) => el("a", { href, "data-page": page }, text)));
    header.replaceChildren(el("a", { class: "brand", href: "/" }, "Amity"), nav, el("div", { class: "who", "aria-live": "polite" }));
    markCurrent(header, pageOf(location.pathname));
    return header;
  }

  function markCurrent(header, page) {
    header.querySelectorAll("nav a").forEach((a) => {
      if (a.dataset.page === page) a.setAttribute("aria-current", "page");
      else a.removeAttribute("aria-current");
    });
  }

  /** Loads the session (or goes to the sign-in page) and fills the header. */
  async function start(page) {
    session = await api("/api/v1/session");
    const header = document.querySelector("header.top") || renderHeader();
    const nav = header.querySelector("nav");
    if (session.role === "admin" && nav && !nav.querySelector('[data-page="users"]')) {
      nav.append(el("a", { href: "/users.html", "data-page": "users" }, "Users"));
    }
    markCurrent(header, page || pageOf(location.pathname));
    const who = header.querySelector(".who");
    who.textContent = "";
    who.append(el("span", {}, session.user + " (" + session.role + ")"));
    const out = el("button", { type: "button", class: "secondary" }, "Sign out");
    out.addEventListener("click", async () => {
      await api("/api/v1/session", { method: "DELETE" }).catch(() => null);
      location.href = "/login.html";
    });
    who.append(out);
    return session;
  }

  function canWrite() {
    return session && (session.role === "analyst" || session.role === "admin" || session.role === "track2-convenor");
  }

  /** el("a", {href: "x"}, "text", child...) */
  function el(tag, attrs = {}, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (v !== null && v !== undefined && v !== false) e.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children.flat()) {
      if (c !== null && c !== undefined) e.append(c instanceof Node ? c : String(c));
    }
    return e;
  }

  /** A situation's related situations as links, each with how it is related in words, or null. */
  function relatedLinks(s) {
    const list = s.related || [];
    if (list.length === 0) return null;
    return el("span", { class: "related" }, list.flatMap((r, i) => [i > 0 ? "; " : "",
      el("a", { href: "/situation.html?id=" + r.id, title: r.title }, r.subjectName + " (" + r.relation + ")")]));
  }

  function levelBadge(level) {
    return el("span", { class: "level " + level }, level || "none");
  }

  /** The points with an empty one for each period between them that the series does not hold. */
  function continuous(points, resolution) {
    if (points.length < 2 || !["day", "week", "month"].includes(resolution)) return points;
    const next = (d) => {
      const x = new Date(d + "T00:00:00Z");
      if (resolution === "month") x.setUTCMonth(x.getUTCMonth() + 1);
      else x.setUTCDate(x.getUTCDate() + (resolution === "week" ? 7 : 1));
      return x.toISOString().slice(0, 10);
    };
    const out = [];
    for (let i = 0; i < points.length; i++) {
      out.push(points[i]);
      if (i + 1 === points.length) break;
      for (let d = next(points[i].period); d < points[i + 1].period && out.length < 20000; d = next(d)) {
        out.push({ period: d, value: null, baseline: null, low: null, high: null });
      }
    }
    return out;
  }
  /**
   * An alert's level as lists show it: the highest it reached, with the level it came down to
   * beside it ("now watch", "came down to watch before it closed"; the API's levelNow).
   */
  function alertLevel(a) {
    const badge = levelBadge(a.peakLevel || a.level);
    return a.levelNow ? el("span", {}, badge, el("span", { class: "muted" }, " " + a.levelNow)) : badge;
  }

  /** A table from rows: columns are [heading, row => cell content]. */
  function table(columns, rows, caption) {
    const t = el("table");
    if (caption) t.append(el("caption", { class: "muted" }, caption));
    t.append(el("thead", {}, el("tr", {}, columns.map(([h]) => el("th", { scope: "col" }, h)))));
    const body = el("tbody");
    for (const r of rows) body.append(el("tr", {}, columns.map(([, f]) => el("td", {}, f(r)))));
    t.append(body);
    return el("div", { class: "scroll" }, t);
  }

  /**
   * Free text with the knowledge base's function abbreviations spelled out where they stand alone
   * ("voluntary CBMs" reads "voluntary CBMs (confidence-building measures)"), once per text.
   */
  const SPELLED = { CBM: "confidence building", NB: "norm building", EW: "early warning", PR: "preventive response", CM: "crisis management", CR: "conflict resolution" };
  function words(text) {
    if (typeof text !== "string") return text;
    const done = new Set();
    return text.replace(/\b(CBM|NB|EW|PR|CM|CR)(s?)\b(?! \()/g, (m, code, plural) => {
      if (done.has(code)) return m;
      done.add(code);
      return m + " (" + (plural ? (code === "CBM" ? "confidence-building" : SPELLED[code]) + " measures" : SPELLED[code]) + ")";
    });
  }

  /**
   * Text with the country codes the server named spelled out: each ISO3 code that is a key of
   * {@code names} ({CHN: "China"}) reads as the name, the code on hover. Returns nodes for el().
   */
  function countries(text, names) {
    if (typeof text !== "string" || !names) return text;
    return text.split(/\b([A-Z]{3})\b/).map((part, i) =>
      i % 2 === 1 && names[part] ? el("span", { class: "country", title: part }, names[part]) : part);
  }

  function notice(text, kind = "") {
    return el("div", { class: "notice " + kind, role: "status" }, text);
  }

  // what the alerts' value and baseline are, once per indicator (counts even for a share lens)
  function valueNotes(alerts) {
    const seen = new Map();
    (alerts || []).forEach((a) => { if (a.valueInWords && !seen.has(a.indicator)) seen.set(a.indicator, a.indicatorName || a.indicator); });
    return [...seen.keys()].map((i) => el("p", { class: "muted value-words" }, seen.get(i) + ": " + alerts.find((a) => a.indicator === i).valueInWords + "."));
  }

  function pct(x) {
    return x === null || x === undefined ? "–" : Math.round(x * 100) + "%";
  }

  function link(url, text) {
    if (!url || !/^https?:\/\//i.test(url)) return text || "–";
    return el("a", { href: url, rel: "noopener noreferrer", target: "_blank" }, text || url);
  }

  /** Keeps ECharts charts fitted to their boxes when the window changes. */
  const charts = [];
  window.addEventListener("resize", () => charts.forEach((c) => c.resize()));
  function chart(node) {
    const c = echarts.init(node, null, { renderer: "svg" });
    charts.push(c);
    return c;
  }

  renderHeader();

  return { words, countries, NAV, LEVELS, COLOURS, api, start, canWrite, el, levelBadge, relatedLinks, table, notice, pct, link, chart, valueNotes, alertLevel, continuous, ApiError };
})();
