// The situation page's "Download report" links: the same report as `amity report --situation ID`.
(function () {
  const id = new URLSearchParams(location.search).get("id");
  const box = document.getElementById("report-links");
  if (!box) return;
  if (!id || !/^\d+$/.test(id)) {
    box.hidden = true;
    return;
  }
  for (const format of ["pdf", "html"]) {
    const a = document.getElementById("report-" + format);
    a.href = "/api/v1/situations/" + id + "/report?format=" + format;
    a.setAttribute("download", "amity-situation-" + id + "." + format);
  }
})();
