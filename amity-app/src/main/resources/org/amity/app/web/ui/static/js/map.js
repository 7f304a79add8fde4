// The region's map, shared by the overview and the situation page: country shapes coloured by the
// caller, country labels, the three watched sea areas drawn and named, and optional event points.
// Equirectangular with the horizontal scale shrunk by cos(latitude) at the map's centre, so shapes
// keep their proportions near the equator where the region lies.
"use strict";
const AmityMap = (() => {
  const SEA = { fill: "rgba(47, 111, 160, 0.13)", line: "#2f6fa0", text: "#1f4e75" };
  const SMALL = new Set(["BTN", "PLW", "SGP", "BRN"]); // too small to label at the region's scale

  /** Ring centroid (plain vertex mean; good enough to place a label inside these convex-ish areas). */
  function centre(ring) {
    const pts = ring.slice(0, -1);
    return [pts.reduce((s, p) => s + p[0], 0) / pts.length, pts.reduce((s, p) => s + p[1], 0) / pts.length];
  }

  /** One feature per country (Australia and its Ashmore islets as one), so each gets one label. */
  function byCountry(geo) {
    const merged = new Map();
    for (const f of geo.features) {
      const key = f.properties.iso3;
      const polys = f.geometry.type === "MultiPolygon" ? f.geometry.coordinates : [f.geometry.coordinates];
      const seen = merged.get(key);
      if (seen) seen.geometry.coordinates.push(...polys);
      else merged.set(key, { type: "Feature", properties: f.properties, geometry: { type: "MultiPolygon", coordinates: polys.slice() } });
    }
    return { type: "FeatureCollection", features: [...merged.values()] };
  }

  /**
   * opts: geo (country GeoJSON), seaAreas (GeoJSON or null), colours {iso3: colour},
   * defaultColour(feature), points [{lat, lon, ...}], pointTooltip(p), bounds [[lon0, lat0], [lon1, lat1]] or null.
   */
  function draw(node, opts) {
    if (!echarts.getMap("sea")) echarts.registerMap("sea", byCountry(opts.geo));
    const bbox = opts.geo.bbox || [88, -13, 146, 27];
    const bounds = opts.bounds || [[bbox[0], bbox[3]], [bbox[2], bbox[1]]];
    const midLat = (bounds[0][1] + bounds[1][1]) / 2;
    const names = {};
    opts.geo.features.forEach((f) => { if (!names[f.properties.iso3] || f.properties.name.length < names[f.properties.iso3].length) names[f.properties.iso3] = f.properties.name; });
    const regions = opts.geo.features.map((f) => {
      const iso3 = f.properties.iso3;
      const colour = (opts.colours || {})[iso3] || (opts.defaultColour ? opts.defaultColour(f) : "#eceff2");
      return { name: iso3, itemStyle: { areaColor: colour }, emphasis: { itemStyle: { areaColor: colour } } };
    });
    const areas = opts.seaAreas ? opts.seaAreas.features : [];
    const series = [];
    if (areas.length) {
      series.push({
        type: "custom", name: "sea areas", coordinateSystem: "geo", silent: true, z: 3,
        data: areas.map((a, i) => [i]),
        renderItem: (params, api) => {
          const ring = areas[params.dataIndex].geometry.coordinates[0];
          return { type: "polygon", shape: { points: ring.map((c) => api.coord(c)) }, style: { fill: SEA.fill, stroke: SEA.line, lineWidth: 1.2, lineDash: [5, 3] } };
        },
      });
      series.push({
        type: "scatter", name: "sea-area names", coordinateSystem: "geo", symbolSize: 0, silent: true, z: 4,
        data: areas.map((a) => ({ value: centre(a.geometry.coordinates[0]), name: a.properties.name })),
        label: { show: true, formatter: (p) => p.name, color: SEA.text, fontSize: 11, fontStyle: "italic", fontWeight: 600 },
      });
    }
    if (opts.points && opts.points.length) {
      series.push({
        type: "scatter", name: "events", coordinateSystem: "geo", z: 5, symbolSize: 8,
        itemStyle: { color: "#c8323c", borderColor: "#fff", borderWidth: 1, opacity: 0.85 },
        data: opts.points.map((p, i) => ({ value: [p.lon, p.lat, i] })),
        tooltip: { formatter: (p) => opts.pointTooltip(opts.points[p.data.value[2]]) },
      });
    }
    const chart = Amity.chart(node);
    chart.setOption({
      animation: false,
      tooltip: { trigger: "item", confine: true },
      geo: {
        map: "sea", nameProperty: "iso3", roam: true, selectedMode: false,
        aspectScale: Math.cos((midLat * Math.PI) / 180),
        boundingCoords: bounds,
        itemStyle: { borderColor: "#6b7785", borderWidth: 0.6 },
        label: { show: true, fontSize: 10, color: "#2b3440", formatter: (p) => (SMALL.has(p.name) ? "" : names[p.name] || p.name) },
        emphasis: { label: { show: true, formatter: (p) => names[p.name] || p.name } },
        tooltip: { show: true, formatter: (p) => (opts.regionTooltip ? opts.regionTooltip(p.name, names[p.name]) : names[p.name] || p.name) },
        regions,
      },
      series,
    });
    return chart;
  }

  /** Bounds around points, at least `min` degrees wide and tall, clipped to the base map. */
  function around(points, geo, min = 8) {
    const bbox = geo.bbox || [88, -13, 146, 27];
    if (!points.length) return null;
    let [x0, x1] = [Math.min(...points.map((p) => p.lon)), Math.max(...points.map((p) => p.lon))];
    let [y0, y1] = [Math.min(...points.map((p) => p.lat)), Math.max(...points.map((p) => p.lat))];
    const grow = (a, b) => { const pad = Math.max(1, (min - (b - a)) / 2, (b - a) * 0.1); return [a - pad, b + pad]; };
    [x0, x1] = grow(x0, x1);
    [y0, y1] = grow(y0, y1);
    return [[Math.max(bbox[0], x0), Math.min(bbox[3], y1)], [Math.min(bbox[2], x1), Math.max(bbox[1], y0)]];
  }

  return { draw, around };
})();
