// Builds the dashboard's map of Southeast Asia: the eleven ASEAN members (Timor-Leste joined in 2025) and the
// neighbours that frame them, as GeoJSON clipped to the region and rounded to 0.01 degree.
//
// Source: Natural Earth 1:50m Admin 0 countries (public domain), through the npm package
// world-atlas 2.0.2 (TopoJSON of Natural Earth 4.1.0, ISC licence for the packaging).
// Run from this folder:  npm ci && node make-sea-map.mjs
// Output: amity-app/src/main/resources/org/amity/app/web/ui/static/map/sea.geo.json (committed).
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { feature } from "topojson-client";
import bboxClip from "@turf/bbox-clip";

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(here, "../../amity-app/src/main/resources/org/amity/app/web/ui/static/map/sea.geo.json");

// ISO 3166-1 numeric (world-atlas ids) -> ISO3, and whether the country is an ASEAN member.
const COUNTRIES = {
  "096": ["BRN", true], "104": ["MMR", true], "116": ["KHM", true], "360": ["IDN", true],
  "418": ["LAO", true], "458": ["MYS", true], "608": ["PHL", true], "702": ["SGP", true],
  "764": ["THA", true], "704": ["VNM", true], "626": ["TLS", true],
  "156": ["CHN", false], "158": ["TWN", false], "356": ["IND", false],
  "050": ["BGD", false], "064": ["BTN", false], "598": ["PNG", false], "036": ["AUS", false],
  "585": ["PLW", false],
};
// West, south, east, north in degrees: the Bay of Bengal to western Papua New Guinea, northern Australia to Taiwan.
const BBOX = [88, -13, 146, 27];

const round = (c) => (typeof c[0] === "number" ? [Math.round(c[0] * 100) / 100, Math.round(c[1] * 100) / 100] : c.map(round));
const ringArea = (r) => r.reduce((a, p, i) => { const q = r[(i + 1) % r.length]; return a + p[0] * q[1] - q[0] * p[1]; }, 0) / 2;

function tidy(geometry) {
  // Drops rings that rounding collapsed; keeps every island that still has an area.
  const polys = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  const kept = polys
    .map((p) => p.map(round).filter((r) => r.length >= 4 && Math.abs(ringArea(r)) > 0))
    .filter((p) => p.length > 0);
  return kept.length === 0 ? null : { type: "MultiPolygon", coordinates: kept };
}

const topology = JSON.parse(readFileSync(resolve(here, "node_modules/world-atlas/countries-50m.json"), "utf8"));
const features = [];
for (const g of topology.objects.countries.geometries) {
  const entry = COUNTRIES[g.id];
  if (!entry) continue;
  const f = bboxClip(feature(topology, g), BBOX);
  const geometry = tidy(f.geometry);
  if (!geometry) continue;
  features.push({
    type: "Feature",
    properties: { iso3: entry[0], name: g.properties.name, asean: entry[1] },
    geometry,
  });
}
features.sort((a, b) => a.properties.iso3.localeCompare(b.properties.iso3));
const missing = Object.values(COUNTRIES).map((e) => e[0]).filter((c) => !features.some((f) => f.properties.iso3 === c));
if (missing.length > 0) throw new Error("no shape for " + missing.join(", "));

const doc = {
  type: "FeatureCollection",
  attribution: "Country shapes: Natural Earth 1:50m Admin 0 (public domain), via world-atlas 2.0.2; clipped to the region and rounded to 0.01 degree by tools/sea-map/make-sea-map.mjs. Boundaries are Natural Earth's de facto lines and imply no position on any dispute.",
  bbox: BBOX,
  features,
};
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(doc) + "\n");
console.log(`wrote ${features.length} countries, ${(JSON.stringify(doc).length / 1024).toFixed(0)} KiB, to ${out}`);
