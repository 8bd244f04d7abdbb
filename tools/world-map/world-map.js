#!/usr/bin/env node
// Turns Natural Earth 1:110m country boundaries (TopoJSON, npm world-atlas) into the compact resource Tessera draws its
// world map from: one line per country, keyed by ISO 3166-1 alpha-2 code, with SVG path data already projected (Equal
// Earth). Run once at development time (tools/world-map/README.md); Tessera never reads TopoJSON at build time.
// Usage: node world-map.js WORLD_ATLAS_DIR CODES_JSON > src/main/resources/map/world-110m.tsv
'use strict';
const fs = require('fs');
const path = require('path');

const [atlasDir, codesFile] = process.argv.slice(2);
const WIDTH = 1000;          // the map's width in SVG units; heights follow from the projection
const MIN_LATITUDE = -58;    // Antarctica is left out: no programme works there, and it would take a fifth of the height

// Numeric ISO 3166-1 code → alpha-2, from i18n-iso-countries' codes.json: [alpha2, alpha3, numeric, ...].
const alpha2 = new Map(JSON.parse(fs.readFileSync(codesFile, 'utf8')).map(c => [c[2], c[0]]));

// Equal Earth (Šavrič, Patterson, Jenny 2018): equal-area, so shading by country compares like with like.
const A1 = 1.340264, A2 = -0.081106, A3 = 0.000893, A4 = 0.003796, M = Math.sqrt(3) / 2;
function project([lon, lat]) {
  const lambda = lon * Math.PI / 180, phi = lat * Math.PI / 180;
  const theta = Math.asin(M * Math.sin(phi)), t2 = theta * theta, t6 = t2 * t2 * t2;
  const x = lambda * Math.cos(theta) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)));
  const y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
  return [x, y];
}
const XMAX = project([180, 0])[0];
const SCALE = WIDTH / (2 * XMAX);
const TOP = project([0, 90])[1];
const toMap = p => { const [x, y] = project(p); return [(x + XMAX) * SCALE, (TOP - y) * SCALE]; };

function decodeArcs(topology) {
  const [kx, ky] = topology.transform.scale, [dx, dy] = topology.transform.translate;
  return topology.arcs.map(arc => {
    let x = 0, y = 0;
    return arc.map(([ax, ay]) => { x += ax; y += ay; return [x * kx + dx, y * ky + dy]; });
  });
}

function ring(arcs, indexes) {
  const points = [];
  for (const i of indexes) {
    const arc = i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
    arc.forEach((p, k) => { if (k > 0 || points.length === 0) points.push(p); });
  }
  return points;
}

// A ring crossing the antimeridian (Fiji, Chukotka) is drawn twice, shifted a whole turn east and west, each copy
// cut at the antimeridian (Sutherland–Hodgman against one meridian).
function unwrap(r) {
  const crosses = r.some((p, k) => k > 0 && Math.abs(p[0] - r[k - 1][0]) > 180);
  if (!crosses) return [r];
  const east = r.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat]);
  return [clip(east, 180, 1), clip(east.map(([lon, lat]) => [lon - 360, lat]), -180, -1)].filter(c => c.length > 2);
}

// The part of a ring on the inner side of the meridian {@code edge}: side 1 keeps lon <= edge, side -1 lon >= edge.
function clip(r, edge, side) {
  const inside = p => side * (p[0] - edge) <= 0;
  const cut = (a, b) => [edge, a[1] + (b[1] - a[1]) * (edge - a[0]) / (b[0] - a[0])];
  const out = [];
  r.forEach((p, k) => {
    const prev = r[(k + r.length - 1) % r.length];
    if (inside(p)) {
      if (!inside(prev)) out.push(cut(prev, p));
      out.push(p);
    } else if (inside(prev)) {
      out.push(cut(prev, p));
    }
  });
  return out;
}

function polygons(geometry) {
  if (geometry.type === 'Polygon') return [geometry.arcs];
  if (geometry.type === 'MultiPolygon') return geometry.arcs;
  return [];
}

const round = v => Math.round(v * 10) / 10;
const num = v => { const s = String(round(v)); return s.startsWith('0.') ? s.slice(1) : s.startsWith('-0.') ? '-' + s.slice(2) : s; };

// Path data with relative steps of a tenth of a unit, dropping points that round onto the one before.
function pathData(rings) {
  let d = '';
  for (const r of rings) {
    const pts = r.map(toMap).map(([x, y]) => [round(x), round(y)]);
    let [px, py] = pts[0];
    let part = 'M' + num(px) + ' ' + num(py);
    let steps = 0;
    for (const [x, y] of pts.slice(1)) {
      if (x === px && y === py) continue;
      const sx = num(x - px), sy = num(y - py);
      part += 'l' + sx + (sy.startsWith('-') ? '' : ' ') + sy;
      px = x; py = y; steps++;
    }
    if (steps >= 2) d += part + 'z';
  }
  return d;
}

function box(rings) {
  const pts = rings.flat().map(toMap);
  const xs = pts.map(p => p[0]), ys = pts.map(p => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function read(file) {
  const topology = JSON.parse(fs.readFileSync(path.join(atlasDir, file), 'utf8'));
  const arcs = decodeArcs(topology);
  return topology.objects.countries.geometries.map(g => {
    const rings = polygons(g).map(p => p.map(r => ring(arcs, r)).flatMap(unwrap))
      .filter(p => p[0].some(([, lat]) => lat > MIN_LATITUDE));
    return { code: alpha2.get(g.id) || '', name: g.properties.name, rings };
  });
}

const lines = [];
const drawn = new Set();
for (const c of read('countries-110m.json')) {
  if (c.rings.length === 0) continue;
  // The marker of a country too small to see sits at the middle of its largest piece.
  const largest = c.rings.map(p => ({ p, b: box([p[0]]) }))
    .sort((a, b) => (b.b[2] - b.b[0]) * (b.b[3] - b.b[1]) - (a.b[2] - a.b[0]) * (a.b[3] - a.b[1]))[0].b;
  const all = box(c.rings.map(p => p[0]));
  const size = Math.max(all[2] - all[0], all[3] - all[1]);
  lines.push([c.code || '-', num((largest[0] + largest[2]) / 2) + ',' + num((largest[1] + largest[3]) / 2),
    num(size), pathData(c.rings.flat())].join('\t'));
  if (c.code) drawn.add(c.code);
}
// Countries too small for 1:110m (Maldives, Bahrain, most small islands) get a position from 1:50m: a marker, no shape.
for (const c of read('countries-50m.json')) {
  if (!c.code || drawn.has(c.code) || c.rings.length === 0) continue;
  const b = box(c.rings.map(p => p[0]).sort((a, z) => z.length - a.length).slice(0, 1));
  lines.push([c.code, num((b[0] + b[2]) / 2) + ',' + num((b[1] + b[3]) / 2), '0', ''].join('\t'));
  drawn.add(c.code);
}
const height = Math.ceil(toMap([0, MIN_LATITUDE])[1]);
process.stdout.write('# Natural Earth 1:110m (public domain) via world-atlas 2.0.2; Equal Earth; tools/world-map/world-map.js\n');
process.stdout.write('# viewBox\t0 0 ' + WIDTH + ' ' + height + '\n');
process.stdout.write('# code\tmarker x,y\tsize\tpath\n');
process.stdout.write(lines.join('\n') + '\n');
