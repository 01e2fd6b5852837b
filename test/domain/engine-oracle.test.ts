import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeRule } from '../../shared/domain/article-rule';
import { naiveRegionSurfacing } from '../../shared/domain/naive-surfacing';
import { SurfacingWorkspace } from '../../shared/domain/surfacing-workspace';
import type { ArticleRule, Region, ServiceFacts } from '../../shared/domain/types';

// Small vocabularies so that random services and rules overlap often.
const keywords = ['k1', 'k2', 'k3', 'k4', 'k5'].map((k) => `http://www.yso.fi/onto/koko/${k}`);
const classes = ['P3', 'P3.1', 'P3.7', 'P5', 'P5.2', 'P5.20'];
const groups = ['KR1', 'KR1.2', 'KR1.3', 'KR2'];
const events = ['KE1', 'KE1.1', 'KE7'];
const municipalities = ['018', '407', '434', '091', '092'];
const ids = Array.from({ length: 12 }, (_, i) => `s${i}`);
const regions: Region[] = [
  { code: '01', name: { fi: 'A', sv: 'A' }, municipalities: ['018', '407', '434'] },
  { code: '90', name: { fi: 'B', sv: 'B' }, municipalities: ['091'] },
  { code: '91', name: { fi: 'Å', sv: 'Å' }, municipalities: ['478'], alandIslands: true },
];

const subset = <T>(values: readonly T[]) => fc.subarray([...values]);
const area = fc.record({
  type: fc.constantFrom('Municipality', 'Region', 'WellbeingServiceCounties', 'HospitalDistrict'),
  code: fc.constantFrom(null, '01', '90', '33'),
  municipalities: subset(municipalities),
});
const serviceArb = (id: string): fc.Arbitrary<ServiceFacts> =>
  fc.record({
    id: fc.constant(id),
    publishingStatus: fc.constantFrom('Published', 'Published', 'Published', 'Draft', null),
    areaType: fc.constantFrom('Nationwide', 'NationwideExceptAlandIslands', 'LimitedType', 'LimitedType', 'Unknown', null),
    areas: fc.array(area, { maxLength: 3 }),
    keywords: subset(keywords),
    serviceClasses: subset(classes),
    targetGroups: subset(groups),
    lifeEvents: subset(events),
  });
const ruleArb: fc.Arbitrary<ArticleRule> = fc
  .record({
    keywords: subset(keywords),
    serviceClasses: subset(classes),
    targetGroups: subset(groups),
    lifeEvents: subset(events),
    excludeKeywords: subset(keywords.slice(3)),
    pinned: subset(ids.slice(0, 4)),
    blocked: subset(ids.slice(2, 6)),
  })
  .map(normalizeRule);
const catalogueArb = fc.tuple(...ids.map(serviceArb)).chain((all) => fc.subarray(all, { minLength: 1 }));
const articlesArb = fc.array(ruleArb, { minLength: 1, maxLength: 5 }).map((rules) => rules.map((rule, i) => ({ id: `a${i}`, rule })));

function computed(ws: SurfacingWorkspace, articles: { id: string }[]) {
  return regions.map((r) => new Map(articles.map((a) => [a.id, new Map(ws.surfacing(r.code, a.id))])));
}

function oracle(services: ServiceFacts[], articles: { id: string; rule: ArticleRule }[]) {
  return regions.map((r) => naiveRegionSurfacing(services, r, articles));
}

describe('the indexed engine agrees with the single-pair definition', () => {
  it('on random catalogues, rules and regions', () => {
    fc.assert(
      fc.property(catalogueArb, articlesArb, (services, articles) => {
        const ws = new SurfacingWorkspace(services, regions, articles);
        expect(computed(ws, articles)).toEqual(oracle(services, articles));
      }),
      { numRuns: 300, seed: 20261121 },
    );
  });

  it('after random service updates, removals and rule changes', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('upsert' as const), service: fc.constantFrom(...ids).chain(serviceArb) }),
      fc.record({ kind: fc.constant('remove' as const), id: fc.constantFrom(...ids) }),
      fc.record({ kind: fc.constant('rule' as const), index: fc.nat(4), rule: ruleArb }),
    );
    fc.assert(
      fc.property(catalogueArb, articlesArb, fc.array(op, { maxLength: 8 }), (services, articles, ops) => {
        const ws = new SurfacingWorkspace(services, regions, articles);
        computed(ws, articles); // fill every cache first, so updates must patch it
        const current = new Map(services.map((s) => [s.id, s]));
        const rules = articles.map((a) => ({ ...a }));
        for (const change of ops) {
          if (change.kind === 'upsert') {
            ws.upsertService(change.service);
            current.set(change.service.id, change.service);
          } else if (change.kind === 'remove') {
            ws.removeService(change.id);
            current.delete(change.id);
          } else {
            const target = rules[change.index % rules.length] as { id: string; rule: ArticleRule };
            target.rule = change.rule;
            ws.setRule(target.id, change.rule);
          }
        }
        expect(computed(ws, rules)).toEqual(oracle([...current.values()], rules));
      }),
      { numRuns: 300, seed: 20261122 },
    );
  });
});
