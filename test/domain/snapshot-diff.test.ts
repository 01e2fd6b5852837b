/**
 * Catalogue and rule changes: compareSurfacing (what began or stopped surfacing between
 * two snapshots) and the workspace's incremental updates, which must leave it exactly
 * where a freshly built workspace over the same data would be.
 */
import { describe, expect, it } from 'vitest';
import { naiveRegionSurfacing } from '../../shared/domain/naive-surfacing';
import { compareSurfacing } from '../../shared/domain/snapshot-diff';
import { SurfacingWorkspace } from '../../shared/domain/surfacing-workspace';
import type { ArticleRule, ArticleSurfacing, ServiceFacts } from '../../shared/domain/types';
import { allSurfacing, area, id, kw, limited, reasons, region, rule, service } from '../helpers/domain-builders';

const R99 = region('99', ['018', '407']);
const R2 = region('02', ['091', '092']);
const REGIONS = [R99, R2];

const base: ServiceFacts[] = [
  service({ id: id('a'), keywords: [kw(1)], serviceClasses: ['P3.7'] }),
  limited(id('b'), [area('Municipality', null, ['018'])], { keywords: [kw(1)], serviceClasses: ['P3'] }),
  limited(id('c'), [area('Municipality', null, ['091'])], { keywords: [kw(1)], serviceClasses: ['P3.1'] }),
  service({ id: id('d'), keywords: [kw(2)], serviceClasses: ['P1'] }),
  service({ id: id('e'), publishingStatus: 'Draft', keywords: [kw(1)], serviceClasses: ['P3'] }),
  service({ id: id('f'), areaType: 'NationwideExceptAlandIslands', keywords: [kw(1)], targetGroups: ['KR1.2'] }),
];
const baseArticles = [
  { id: 'x', rule: rule({ keywords: [kw(1)] }) },
  { id: 'y', rule: rule({ serviceClasses: ['P3'], pinned: [id('d')] }) },
  { id: 'z', rule: rule({ targetGroups: ['KR1'], blocked: [id('a')] }) },
];

type Op = { upsert: ServiceFacts } | { remove: string } | { setRule: [string, ArticleRule] };

function finalState(ops: Op[]): { services: ServiceFacts[]; articles: { id: string; rule: ArticleRule }[] } {
  const services = new Map(base.map((s) => [s.id, s]));
  const articles = new Map(baseArticles.map((a) => [a.id, a.rule]));
  for (const op of ops) {
    if ('upsert' in op) services.set(op.upsert.id, op.upsert);
    else if ('remove' in op) services.delete(op.remove);
    else articles.set(op.setRule[0], op.setRule[1]);
  }
  return { services: [...services.values()], articles: [...articles].map(([articleId, r]) => ({ id: articleId, rule: r })) };
}

function apply(ws: SurfacingWorkspace, op: Op): void {
  if ('upsert' in op) ws.upsertService(op.upsert);
  else if ('remove' in op) ws.removeService(op.remove);
  else ws.setRule(op.setRule[0], op.setRule[1]);
}

const a = base[0]!;
const b = base[1]!;
const newMatching = service({ id: id('n'), keywords: [kw(1)], serviceClasses: ['P3.4'], targetGroups: ['KR1'] });

const scenarios: [string, Op[]][] = [
  ['a new matching service', [{ upsert: newMatching }]],
  ['a service loses its class', [{ upsert: { ...a, serviceClasses: ['P1'] } }]],
  ['a service goes to Draft', [{ upsert: { ...a, publishingStatus: 'Draft' } }]],
  ['a Draft service is published', [{ upsert: { ...base[4]!, publishingStatus: 'Published' } }]],
  ['a service moves to another region', [{ upsert: { ...b, areas: [area('Municipality', null, ['092'])] } }]],
  ['a limited service becomes nationwide', [{ upsert: { ...b, areaType: 'Nationwide', areas: [] } }]],
  ['a matching service is removed', [{ remove: id('a') }]],
  ['a pinned service is removed', [{ remove: id('d') }]],
  ['an unknown id is removed', [{ remove: id('zz') }]],
  ['removed and added back changed', [{ remove: id('a') }, { upsert: { ...a, keywords: [kw(2)] } }]],
  ['an update then a new service', [{ upsert: { ...a, keywords: [kw(1), kw(3)] } }, { upsert: newMatching }]],
  ['a removal then a new service', [{ remove: id('b') }, { upsert: newMatching }]],
  ['two updates then two new services', [
    { upsert: { ...a, lifeEvents: ['KE1'] } },
    { upsert: { ...b, lifeEvents: ['KE1'] } },
    { upsert: newMatching },
    { upsert: service({ id: id('m'), serviceClasses: ['P3.9'] }) },
  ]],
  ['a rule is narrowed', [{ setRule: ['x', rule({ keywords: [kw(1)], serviceClasses: ['P3.1'] })] }]],
  ['a rule gains a pin and a block', [{ setRule: ['y', rule({ serviceClasses: ['P3'], pinned: [id('d'), id('f')], blocked: [id('b')] })] }]],
  ['a new article', [{ setRule: ['w', rule({ lifeEvents: ['KE1'] })] }, { upsert: { ...a, lifeEvents: ['KE1.1'] } }]],
  ['a new service then a rule on the same term', [{ upsert: newMatching }, { setRule: ['x', rule({ keywords: [kw(1)], excludeKeywords: [kw(9)] })] }]],
  ['a removal then a rule on the same term', [{ remove: id('a') }, { setRule: ['x', rule({ keywords: [kw(1)], excludeKeywords: [kw(9)] })] }]],
  ['a rule change then a matching service', [{ setRule: ['z', rule({ keywords: [kw(7)] })] }, { upsert: service({ id: id('k'), keywords: [kw(7)] }) }]],
];

describe('incremental updates equal a fresh workspace', () => {
  const modes = ['cold', 'warm', 'queried between steps'] as const;
  const table = scenarios.flatMap(([name, ops]) => modes.map((mode) => [name, mode, ops] as const));
  it.each(table)('%s (%s)', (_name, mode, ops) => {
    const ws = new SurfacingWorkspace(base, REGIONS, baseArticles);
    if (mode !== 'cold') allSurfacing(ws);
    for (const op of ops) {
      apply(ws, op);
      if (mode === 'queried between steps') allSurfacing(ws);
    }
    const { services, articles } = finalState(ops);
    const fresh = new SurfacingWorkspace(services, REGIONS, articles);
    expect(allSurfacing(ws)).toEqual(allSurfacing(fresh));
    for (const s of services) expect(ws.service(s.id)).toEqual(s);
  });

  it('the fresh workspace itself agrees with the pair-by-pair definition', () => {
    const ws = new SurfacingWorkspace(base, REGIONS, baseArticles);
    for (const r of REGIONS) {
      const naive = naiveRegionSurfacing(base, r, baseArticles);
      for (const article of baseArticles) expect(new Map(ws.surfacing(r.code, article.id))).toEqual(naive.get(article.id));
    }
  });

  it('an update followed by a new service keeps both (explicit values)', () => {
    const ws = new SurfacingWorkspace(base, REGIONS, baseArticles);
    allSurfacing(ws);
    ws.upsertService({ ...a, keywords: [kw(1), kw(3)] });
    ws.upsertService(newMatching);
    expect([...ws.surfacing('99', 'x').keys()].sort()).toEqual([id('a'), id('b'), id('f'), id('n')]);
    expect(ws.surfacing('99', 'y').get(id('n'))).toEqual(reasons({ serviceClasses: ['P3.4'] }));
    expect(ws.service(id('a'))?.keywords).toEqual([kw(1), kw(3)]);
  });
});

describe('compareSurfacing', () => {
  const snapshot = (services: ServiceFacts[], articles = baseArticles): Map<string, ArticleSurfacing> => {
    const ws = new SurfacingWorkspace(services, [R99], articles);
    return new Map(articles.map((art) => [art.id, ws.surfacing('99', art.id)]));
  };

  it('lists what began and stopped per article, only changed articles', () => {
    const after = [
      { ...a, serviceClasses: ['P1'] }, // stops in y; still in x
      { ...b, publishingStatus: 'Modified' }, // stops in x and y
      ...base.slice(2, 5),
      { ...base[5]!, targetGroups: ['KR2'] }, // stops in z
      newMatching, // begins in x, y and z
    ];
    expect(compareSurfacing(snapshot(base), snapshot(after))).toEqual([
      { articleId: 'x', began: [id('n')], stopped: [id('b')] },
      { articleId: 'y', began: [id('n')], stopped: [id('a'), id('b')] },
      { articleId: 'z', began: [id('n')], stopped: [id('f')] },
    ]);
  });

  it('sorts articles and service ids whatever the input order', () => {
    const map = (entries: [string, string[]][]): Map<string, ArticleSurfacing> =>
      new Map(entries.map(([articleId, ids]) => [articleId, new Map(ids.map((s) => [s, reasons()]))]));
    const before = map([['q', ['s9', 's1', 's5']], ['p', ['s3']], ['same', ['s2', 's1']]]);
    const after = map([['same', ['s1', 's2']], ['q', ['s5']], ['p', ['s8', 's3', 's4']]]);
    expect(compareSurfacing(before, after)).toEqual([
      { articleId: 'p', began: ['s4', 's8'], stopped: [] },
      { articleId: 'q', began: [], stopped: ['s1', 's9'] },
    ]);
  });

  it('a change of reasons alone is not a change', () => {
    const after = [{ ...a, keywords: [kw(1), kw(2)], serviceClasses: ['P3.7', 'P3.2'] }, ...base.slice(1)];
    expect(compareSurfacing(snapshot(base), snapshot(after))).toEqual([]);
  });

  it('identical snapshots give no changes', () => {
    expect(compareSurfacing(snapshot(base), snapshot(base))).toEqual([]);
  });

  it('an article only in one snapshot began or stopped wholesale', () => {
    const withW = [...baseArticles, { id: 'w', rule: rule({ keywords: [kw(2)] }) }];
    const withoutX = baseArticles.filter((art) => art.id !== 'x');
    expect(compareSurfacing(snapshot(base, withoutX), snapshot(base, withW))).toEqual([
      { articleId: 'w', began: [id('d')], stopped: [] },
      { articleId: 'x', began: [id('a'), id('b'), id('f')], stopped: [] },
    ]);
    expect(compareSurfacing(snapshot(base, withW), snapshot(base, withoutX))).toEqual([
      { articleId: 'w', began: [], stopped: [id('d')] },
      { articleId: 'x', began: [], stopped: [id('a'), id('b'), id('f')] },
    ]);
  });
});
