/**
 * A quick profile harness (not part of `npm run bench`): builds the national catalogue in
 * memory and times surfacing of every article in one region, for `node --cpu-prof`.
 */
import { normalizeRule } from '../../shared/domain/article-rule';
import { toFacts } from '../../shared/domain/catalogue-service';
import { SurfacingWorkspace } from '../../shared/domain/surfacing-workspace';
import { wellbeingRegions } from '../../shared/reference-data/regions';
import { normalizeRecord } from '../../server/import/ptv-normalize';
import { defaultSeed, generateNationalArticles, generateNationalServices } from './national-data';

const count = Number(process.env['BENCH_SERVICES'] ?? 60_000);
const facts = [...generateNationalServices(defaultSeed, count)].map((value, i) => {
  const record = normalizeRecord(value, 'generated', `$[${i}]`);
  if (record.kind !== 'service') throw new Error('expected a service');
  return toFacts(record.service);
});
const articles = generateNationalArticles(defaultSeed, 350, count).map((a) => ({ id: a.id, rule: normalizeRule(a.rule ?? {}) }));
const regions = wellbeingRegions.map((r) => ({ code: r.code, name: r.name, municipalities: r.municipalities.map((m) => m.code) }));
let t = performance.now();
const ws = new SurfacingWorkspace(facts, regions, articles);
console.log('build', (performance.now() - t).toFixed(1), 'ms');
const region = process.env['REGION'] ?? '19';
for (let run = 0; run < 8; run += 1) {
  for (const a of articles) ws.setRule(a.id, a.rule);
  t = performance.now();
  let pairs = 0;
  for (const a of articles) pairs += ws.surfacing(region, a.id).size;
  console.log('surfacing', region, (performance.now() - t).toFixed(1), 'ms', pairs, 'pairs');
}
for (let run = 0; run < 4; run += 1) {
  for (const a of articles) ws.setRule(a.id, a.rule);
  t = performance.now();
  let pairs = 0;
  for (const r of regions) for (const a of articles) pairs += ws.surfacing(r.code, a.id).size;
  console.log('surfacing all regions', (performance.now() - t).toFixed(1), 'ms', pairs, 'pairs');
}
const { diffRegion } = await import('../../shared/domain/diff-region');
for (let run = 0; run < 4; run += 1) {
  for (const a of articles) ws.setRule(a.id, a.rule);
  t = performance.now();
  let items = 0;
  for (const r of regions) {
    for (const d of diffRegion(ws, { regionCode: r.code, articleIds: articles.map((a) => a.id), approved: new Map(), currentHash: () => null })) items += d.items.length;
  }
  console.log('surfacing + diff all regions', (performance.now() - t).toFixed(1), 'ms', items, 'items');
}
