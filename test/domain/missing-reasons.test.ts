/**
 * surfacing.md: a `missing` item's missingReason is the first that applies, in the order
 * not_in_catalogue, not_published, outside_region, blocked, excluded_keyword,
 * criteria_not_met; pins bypass the last two; failed groups go in missingDetail.
 * Checked through the diff over SurfacingWorkspace and through evaluatePair.
 */
import { describe, expect, it } from 'vitest';
import { compileRule } from '../../shared/domain/compiled-rule';
import { evaluatePair } from '../../shared/domain/evaluate-pair';
import { SurfacingWorkspace } from '../../shared/domain/surfacing-workspace';
import type { ArticleRule, CriteriaGroup, MissingReason, ServiceFacts } from '../../shared/domain/types';
import { approvals, area, diffVia, id, kw, region, rule, service } from '../helpers/domain-builders';

const R = region('99', ['018', '407']);
const S = id('s');
const elsewhere = { areaType: 'LimitedType', areas: [area('Municipality', null, ['091'])] };

/** Every later reason applies as well: unpublished, outside, blocked, excluded keyword, no match. */
const worst: Partial<ServiceFacts> = { publishingStatus: 'Draft', ...elsewhere, keywords: [kw(5)] };
const worstRule = rule({ keywords: [kw(1)], excludeKeywords: [kw(5)], blocked: [S] });

interface Case {
  name: string;
  subject: ServiceFacts | null;
  rule: ArticleRule;
  reason: MissingReason | null;
  detail?: CriteriaGroup[];
}

const cases: Case[] = [
  { name: 'not in the catalogue (even when blocked and pinned)', subject: null, rule: rule({ keywords: [kw(1)], pinned: [S], blocked: [S] }), reason: 'not_in_catalogue' },
  { name: 'not published beats all later reasons', subject: service({ id: S, ...worst }), rule: worstRule, reason: 'not_published' },
  { name: 'Modified is not published', subject: service({ id: S, publishingStatus: 'Modified', keywords: [kw(1)] }), rule: rule({ keywords: [kw(1)] }), reason: 'not_published' },
  { name: 'outside the region beats blocked, excluded, criteria', subject: service({ id: S, ...worst, publishingStatus: 'Published' }), rule: worstRule, reason: 'outside_region' },
  { name: 'Åland-excepted service in Åland', subject: service({ id: S, areaType: 'NationwideExceptAlandIslands', keywords: [kw(1)] }), rule: rule({ keywords: [kw(1)] }), reason: 'outside_region' },
  { name: 'unknown area type is outside the region', subject: service({ id: S, areaType: 'Whatever', keywords: [kw(1)] }), rule: rule({ keywords: [kw(1)] }), reason: 'outside_region' },
  { name: 'blocked beats excluded keyword and criteria', subject: service({ id: S, keywords: [kw(5)] }), rule: worstRule, reason: 'blocked' },
  { name: 'blocked beats a pin', subject: service({ id: S, keywords: [kw(1)] }), rule: rule({ keywords: [kw(1)], pinned: [S], blocked: [S] }), reason: 'blocked' },
  { name: 'pinned but outside the region', subject: service({ id: S, ...elsewhere }), rule: rule({ pinned: [S] }), reason: 'outside_region' },
  { name: 'pinned but not published', subject: service({ id: S, publishingStatus: 'Draft' }), rule: rule({ pinned: [S] }), reason: 'not_published' },
  { name: 'excluded keyword beats unmet criteria', subject: service({ id: S, keywords: [kw(5)] }), rule: rule({ keywords: [kw(1)], excludeKeywords: [kw(5)] }), reason: 'excluded_keyword' },
  { name: 'excluded keyword on a matching service', subject: service({ id: S, keywords: [kw(1), kw(5)] }), rule: rule({ keywords: [kw(1)], excludeKeywords: [kw(5)] }), reason: 'excluded_keyword' },
  { name: 'a pin bypasses the excluded keyword', subject: service({ id: S, keywords: [kw(5)] }), rule: rule({ keywords: [kw(1)], excludeKeywords: [kw(5)], pinned: [S] }), reason: null },
  { name: 'a pin bypasses unmet criteria', subject: service({ id: S }), rule: rule({ keywords: [kw(1)], serviceClasses: ['P3'], pinned: [S] }), reason: null },
  { name: 'criteria: the keyword group failed', subject: service({ id: S, keywords: [kw(2)] }), rule: rule({ keywords: [kw(1)] }), reason: 'criteria_not_met', detail: ['keywords'] },
  {
    name: 'criteria: only the class group matched',
    subject: service({ id: S, keywords: [kw(2)], serviceClasses: ['P3.7'], targetGroups: ['KR2'], lifeEvents: ['KE10'] }),
    rule: rule({ keywords: [kw(1)], serviceClasses: ['P3'], targetGroups: ['KR1'], lifeEvents: ['KE1'] }),
    reason: 'criteria_not_met',
    detail: ['keywords', 'targetGroups', 'lifeEvents'],
  },
  {
    name: 'criteria: a too specific class and a missing life event',
    subject: service({ id: S, keywords: [kw(1)], serviceClasses: ['P3'], targetGroups: ['KR1.2'] }),
    rule: rule({ keywords: [kw(1)], serviceClasses: ['P3.7'], targetGroups: ['KR1'], lifeEvents: ['KE1'] }),
    reason: 'criteria_not_met',
    detail: ['serviceClasses', 'lifeEvents'],
  },
  {
    name: 'criteria: nothing matched',
    subject: service({ id: S }),
    rule: rule({ keywords: [kw(1)], serviceClasses: ['P3'], targetGroups: ['KR1'], lifeEvents: ['KE1'] }),
    reason: 'criteria_not_met',
    detail: ['keywords', 'serviceClasses', 'targetGroups', 'lifeEvents'],
  },
  { name: 'criteria: a rule with no group', subject: service({ id: S, keywords: [kw(1)] }), rule: rule({ excludeKeywords: [kw(9)] }), reason: 'criteria_not_met' },
];

describe('missingReason precedence', () => {
  it.each(cases)('$name', ({ subject, rule: r, reason, detail }) => {
    const regionHere = subject?.areaType === 'NationwideExceptAlandIslands' ? region('21', ['478'], { alandIslands: true }) : R;
    const ws = new SurfacingWorkspace(subject ? [subject] : [], [regionHere], [{ id: 'a', rule: r }]);
    const diff = diffVia(ws, regionHere.code, 'a', approvals([[S, 'include']]));
    expect(diff.items).toHaveLength(1);
    const item = diff.items[0]!;
    expect(item.category).toBe(reason ? 'missing' : 'ok');
    expect(item.missingReason).toBe(reason);
    if (detail) expect(item.missingDetail).toEqual(detail);
    if (reason !== 'criteria_not_met') expect(item.missingDetail ?? []).toEqual([]);

    const outcome = evaluatePair(subject ?? undefined, compileRule(r), regionHere);
    expect(outcome.surfaces ? null : outcome.absence.reason).toBe(reason);
    if (detail && !outcome.surfaces) expect(outcome.absence.detail).toEqual(detail);
  });
});

describe('missing items of one article', () => {
  it('each approved service says its own reason', () => {
    const ws = new SurfacingWorkspace(
      [
        service({ id: id('1'), publishingStatus: 'Draft', keywords: [kw(1)] }),
        service({ id: id('2'), ...elsewhere, keywords: [kw(1)] }),
        service({ id: id('3'), keywords: [kw(1)] }),
        service({ id: id('4'), keywords: [kw(1), kw(5)] }),
        service({ id: id('5'), keywords: [kw(1)], targetGroups: ['KR2'] }),
      ],
      [R],
      [{ id: 'a', rule: rule({ keywords: [kw(1)], targetGroups: ['KR1'], excludeKeywords: [kw(5)], blocked: [id('3')] }) }],
    );
    const approved = approvals(['0', '1', '2', '3', '4', '5'].map((n) => [id(n), 'include'] as [string, 'include']));
    const diff = diffVia(ws, '99', 'a', approved);
    expect(diff.counts.missing).toBe(6);
    expect(Object.fromEntries(diff.items.map((i) => [i.serviceId, [i.missingReason, i.missingDetail ?? []]]))).toEqual({
      [id('0')]: ['not_in_catalogue', []],
      [id('1')]: ['not_published', []],
      [id('2')]: ['outside_region', []],
      [id('3')]: ['blocked', []],
      [id('4')]: ['excluded_keyword', []],
      [id('5')]: ['criteria_not_met', ['targetGroups']],
    });
  });
});
