#!/usr/bin/env node
// Builds the map's boundaries from the Geobasis NRW DVG2 GeoJSON in ../shared/data (WGS 84) into one small
// TopoJSON for the SPA: projected to a plane (UTM zone 32, the projection of the original data) and fitted to
// pixel space, so the browser draws SVG paths without any projection code; simplified topology-preserving;
// Kreise and Regierungsbezirke merged from the Gemeinden so that all three levels share the same arcs.
//
//   node scripts/build-boundaries.mjs [path/to/verwaltungsgrenzen_nrw_dvg2_2023]
//
// Output (committed): public/geo/verwaltungsgrenzen-nrw.topo.json and public/geo/SOURCE.md.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoPath, geoTransverseMercator } from 'd3-geo';
import { topology } from 'topojson-server';
import { presimplify, simplify, quantile } from 'topojson-simplify';
import { mergeArcs, quantize } from 'topojson-client';

const here = dirname(fileURLToPath(import.meta.url));
const frontend = resolve(here, '..');
const sourceDir = resolve(
  process.argv[2] ?? join(frontend, '..', '..', 'shared', 'data', 'verwaltungsgrenzen_nrw_dvg2_2023'),
);
const outDir = join(frontend, 'public', 'geo');
const outFile = join(outDir, 'verwaltungsgrenzen-nrw.topo.json');

/** Width of the drawing in SVG user units; the height follows from the shape of NRW. */
const WIDTH = 1000;
/** Share of the vertices kept by Visvalingam simplification (by planar triangle area). */
const KEEP = 0.2;
/** Grid of the quantized output: 1/10 of a user unit at WIDTH = 1000. */
const QUANTIZATION = 1e4;

if (!existsSync(join(sourceDir, 'gemeinden.geojson'))) {
  console.error(`Quelle fehlt: ${join(sourceDir, 'gemeinden.geojson')}`);
  console.error('Aufruf: node scripts/build-boundaries.mjs <Ordner verwaltungsgrenzen_nrw_dvg2_2023>');
  process.exit(1);
}

const gemeindenRaw = readFileSync(join(sourceDir, 'gemeinden.geojson'));
const gemeinden = JSON.parse(gemeindenRaw.toString('utf8'));
if (gemeinden.features.length !== 396) {
  throw new Error(`396 Gemeinden erwartet, ${gemeinden.features.length} gefunden`);
}

// UTM zone 32 (central meridian 9° E), fitted to WIDTH; d3 projects to screen space (y down).
// Fitted to the vertices as a MultiPoint: d3's spherical polygons expect clockwise rings, RFC 7946 has them
// counter-clockwise, and a misread winding would fit the rest of the globe instead of NRW.
const allPoints = {
  type: 'MultiPoint',
  coordinates: gemeinden.features.flatMap((f) =>
    (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flat(2),
  ),
};
const projection = geoTransverseMercator().rotate([-9, 0]).fitWidth(WIDTH, allPoints);
const height = Math.ceil(geoPath(projection).bounds(allPoints)[1][1]);
const project = ([lon, lat]) => {
  const p = projection([lon, lat]);
  if (!p) throw new Error(`nicht projizierbar: ${lon}, ${lat}`);
  return p;
};
const projectGeometry = (geometry) => {
  switch (geometry.type) {
    case 'Polygon':
      return { type: 'Polygon', coordinates: geometry.coordinates.map((ring) => ring.map(project)) };
    case 'MultiPolygon':
      return {
        type: 'MultiPolygon',
        coordinates: geometry.coordinates.map((polygon) => polygon.map((ring) => ring.map(project))),
      };
    default:
      throw new Error(`unerwarteter Geometrietyp ${geometry.type}`);
  }
};

const projected = {
  type: 'FeatureCollection',
  features: gemeinden.features.map((f) => ({
    type: 'Feature',
    id: f.properties.ags,
    properties: {},
    geometry: projectGeometry(f.geometry),
  })),
};

let topo = topology({ gemeinden: projected }, 1e6);
topo = presimplify(topo);
const minWeight = quantile(topo, KEEP);
topo = simplify(topo, minWeight);
topo = quantize(topo, QUANTIZATION);

const gemeindeGeoms = topo.objects.gemeinden.geometries;
for (const g of gemeindeGeoms) {
  // A Gemeinde whose every ring collapsed would vanish from the map: refuse rather than ship a hole.
  if (g.type == null || g.arcs.length === 0)
    throw new Error(`Gemeinde ${g.id} ist beim Vereinfachen verschwunden`);
}

const groupBy = (keyOf) => {
  const groups = new Map();
  for (const g of gemeindeGeoms) {
    const key = keyOf(String(g.id));
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(g);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, geoms]) => ({ ...mergeArcs(topo, geoms), id }));
};
const kreise = groupBy((ags) => ags.slice(0, 5));
const regierungsbezirke = groupBy((ags) => ags.slice(0, 3));
if (kreise.length !== 53) throw new Error(`53 Kreise erwartet, ${kreise.length} gefunden`);
if (regierungsbezirke.length !== 5)
  throw new Error(`5 Regierungsbezirke erwartet, ${regierungsbezirke.length}`);

const output = {
  type: 'Topology',
  // Foreign member: the drawing's size in SVG user units and where the shapes come from.
  meta: {
    width: WIDTH,
    height,
    quelle: 'Geobasis NRW, Digitale Verwaltungsgrenzen DVG2 (Stand 2023-06-12), dl-de/zero-2-0',
    bearbeitung: `UTM 32 (9° O) projiziert, auf ${WIDTH} Einheiten Breite skaliert, ${Math.round(KEEP * 100)} % der Stützpunkte behalten (Visvalingam, topologieerhaltend), Kreise und Regierungsbezirke aus den Gemeinden verschmolzen`,
  },
  transform: topo.transform,
  objects: {
    gemeinden: {
      type: 'GeometryCollection',
      geometries: gemeindeGeoms.map(({ type, arcs, id }) => ({ type, arcs, id })),
    },
    kreise: { type: 'GeometryCollection', geometries: kreise },
    regierungsbezirke: { type: 'GeometryCollection', geometries: regierungsbezirke },
  },
  arcs: topo.arcs,
};

mkdirSync(outDir, { recursive: true });
const json = JSON.stringify(output);
writeFileSync(outFile, json);

const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
const size = Buffer.byteLength(json);
const gz = gzipSync(json).length;
const vertices = topo.arcs.reduce((n, arc) => n + arc.length, 0);
const sha = (buf) => createHash('sha256').update(buf).digest('hex');

const sourceMd = readFileSync(join(sourceDir, 'SOURCE.md'), 'utf8');
const provenance = `# Kartengrundlage des Dashboards: Verwaltungsgrenzen NRW

Diese Datei beschreibt \`verwaltungsgrenzen-nrw.topo.json\` in diesem Ordner. Sie wird von
\`frontend/scripts/build-boundaries.mjs\` erzeugt – nicht von Hand ändern, sondern das Skript neu ausführen.

## Quelle und Lizenz
Geobasis NRW, Digitale Verwaltungsgrenzen (DVG), generalisierte Stufe DVG2, Stand 2023-06-12;
**Datenlizenz Deutschland – Zero – Version 2.0 (dl-de/zero-2-0)**, https://www.govdata.de/dl-de/zero-2-0.
Quellenvermerk: „Verwaltungsgrenzen: Geobasis NRW (DVG2, Stand 2023-06-12), dl-de/zero-2-0; umprojiziert und vereinfacht“.

Eingabe: \`shared/data/verwaltungsgrenzen_nrw_dvg2_2023/gemeinden.geojson\` (396 Gemeinden, WGS 84),
SHA-256 \`${sha(gemeindenRaw)}\`. Die Herkunft dieser Eingabe ist unten wiedergegeben.

## Bearbeitung
1. Umprojektion von WGS 84 (EPSG:4326) in die transversale Mercator-Abbildung mit Mittelmeridian 9° O
   (wie UTM-Zone 32, die Abbildung der amtlichen Originaldaten EPSG:25832), skaliert auf ${WIDTH} × ${height}
   SVG-Einheiten (y nach unten). Der Browser zeichnet die Pfade ohne eigene Projektion.
2. TopoJSON mit gemeinsamen Kanten (topojson-server), topologieerhaltend vereinfacht nach Visvalingam
   (topojson-simplify, ebene Dreiecksfläche): ${Math.round(KEEP * 100)} % der Stützpunkte bleiben, ${vertices} insgesamt.
   Keine Gemeinde ist dabei verschwunden (das Skript bricht sonst ab).
3. Kreise (53, Schlüssel = erste 5 Stellen des AGS) und Regierungsbezirke (5, erste 3 Stellen) durch
   Verschmelzen der Gemeinden derselben Topologie gebildet; alle drei Ebenen teilen sich dieselben Kanten.
4. Quantisiert auf ein Raster von ${QUANTIZATION} × ${QUANTIZATION}; Eigenschaften entfernt, Schlüssel als \`id\`
   (AGS bzw. Kreisschlüssel bzw. Kennung des Regierungsbezirks). Die Namen liefert die API
   (Gemeindeverzeichnis), verknüpft über den Schlüssel.

## Ergebnis
| Objekt | Geometrien |
|---|---|
| \`gemeinden\` | ${gemeindeGeoms.length} |
| \`kreise\` | ${kreise.length} |
| \`regierungsbezirke\` | ${regierungsbezirke.length} |

Größe: ${kb(size)} (gzip ${kb(gz)}), gegenüber 2,2 MB der GeoJSON-Eingabe.
Für Übersichtskarten gedacht; nicht für flurstücksgenaue Auswertungen.

---

## Herkunft der Eingabe (SOURCE.md der Eingabe, unverändert)

${sourceMd.replace(/^# /m, '### ').replace(/^## /gm, '#### ')}
`;
writeFileSync(join(outDir, 'SOURCE.md'), provenance);

console.log(
  `${outFile}: ${kb(size)} (gzip ${kb(gz)}), ${vertices} Stützpunkte, ${gemeindeGeoms.length} Gemeinden, ` +
    `${kreise.length} Kreise, ${regierungsbezirke.length} Regierungsbezirke, ${WIDTH}×${height}`,
);
