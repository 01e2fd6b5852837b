/**
 * surfacing.md "A service S surfaces in article A for region R when": publishing status,
 * code hierarchy, any-of within a group / all-of across groups, excludeKeywords, pins
 * and blocks. Every case runs through SurfacingWorkspace and evaluatePair.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleRule, MissingReason, ServiceFacts, SurfacingReasons } from '../../shared/domain/types';
import { bothEngines, engineSurfacing, id, kw, pairReasons, reasons, region, rule, service } from '../helpers/domain-builders';

const R = region('99', ['018', '407']);
const S = id('s');

interface Case {
  name: string;
  subject: ServiceFacts;
  rule: ArticleRule;
  /** Reasons when it surfaces, else the absence reason evaluatePair must give. */
  expected: SurfacingReasons | MissingReason;
}

function check({ subject, rule: r, expected }: Case): void {
  const { engine, pair } = bothEngines(subject, r, R);
  if (typeof expected === 'string') {
    expect(engine).toBeNull();
    expect(pair.surfaces ? 'surfaces' : pair.absence.reason).toBe(expected);
  } else {
    expect(engine).toEqual(expected);
    expect(pairReasons(pair)).toEqual(expected);
  }
}

describe('publishingStatus', () => {
  const r = rule({ serviceClasses: ['P3'] });
  const cases: Case[] = [
    { name: 'Published surfaces', subject: service({ id: S, serviceClasses: ['P3.7'] }), rule: r, expected: reasons({ serviceClasses: ['P3.7'] }) },
    ...(['Draft', 'Modified', 'Deleted', 'Archived', null] as const).map((status) => ({
      name: `${String(status)} does not surface`,
      subject: service({ id: S, publishingStatus: status, serviceClasses: ['P3.7'] }),
      rule: r,
      expected: 'not_published' as const,
    })),
    {
      name: 'a pinned Draft does not surface',
      subject: service({ id: S, publishingStatus: 'Draft' }),
      rule: rule({ serviceClasses: ['P3'], pinned: [S] }),
      expected: 'not_published',
    },
  ];
  it.each(cases)('$name', check);
});

describe('code hierarchy: a rule code matches itself and the codes below it', () => {
  type Group = 'serviceClasses' | 'targetGroups' | 'lifeEvents';
  const cases: [Group, string[], string[], string[] | null][] = [
    // group, rule codes, service codes, matched service codes (null = no surfacing)
    ['serviceClasses', ['P3'], ['P3'], ['P3']],
    ['serviceClasses', ['P3'], ['P3.7'], ['P3.7']],
    ['serviceClasses', ['P3'], ['P1.1', 'P3.7', 'P3.10'], ['P3.7', 'P3.10']],
    ['serviceClasses', ['P3.7'], ['P3.7'], ['P3.7']],
    ['serviceClasses', ['P3.7'], ['P3'], null],
    ['serviceClasses', ['P3.7'], ['P3.70'], null],
    ['serviceClasses', ['P3.7'], ['P3.8'], null],
    ['serviceClasses', ['P3'], ['P30'], null],
    ['serviceClasses', ['P3', 'P3.7'], ['P3.7'], ['P3.7']],
    ['serviceClasses', ['P1', 'P3.7'], ['P3.7', 'P1.2'], ['P3.7', 'P1.2']],
    ['targetGroups', ['KR1'], ['KR1'], ['KR1']],
    ['targetGroups', ['KR1'], ['KR1.2', 'KR2'], ['KR1.2']],
    ['targetGroups', ['KR1.2'], ['KR1.2'], ['KR1.2']],
    ['targetGroups', ['KR1.2'], ['KR1'], null],
    ['targetGroups', ['KR1.2'], ['KR1.20'], null],
    ['targetGroups', ['KR1'], ['KR10'], null],
    ['lifeEvents', ['KE1'], ['KE1.1'], ['KE1.1']],
    ['lifeEvents', ['KE1'], ['KE1', 'KE10'], ['KE1']],
    ['lifeEvents', ['KE1'], ['KE10', 'KE11'], null],
    ['lifeEvents', ['KE1.1'], ['KE1.1'], ['KE1.1']],
    ['lifeEvents', ['KE1.1'], ['KE1'], null],
    ['lifeEvents', ['KE1.1'], ['KE1.10'], null],
  ];
  it.each(cases)('%s: rule %j, service %j → %j', (group, ruleCodes, serviceCodes, matched) => {
    check({
      name: '',
      subject: service({ id: S, [group]: serviceCodes }),
      rule: rule({ [group]: ruleCodes }),
      expected: matched ? reasons({ [group]: matched }) : 'criteria_not_met',
    });
  });
});

describe('keywords match by equal URI', () => {
  const cases: [string[], string[], string[] | null][] = [
    [[kw(1)], [kw(1)], [kw(1)]],
    [[kw(1), kw(3)], [kw(2), kw(1)], [kw(1)]],
    [[kw(1)], [kw(10)], null],
    [[kw(1)], ['http://www.yso.fi/onto/koko/p1/'], null],
    [[kw(1), kw(2)], [kw(2), kw(1)], [kw(2), kw(1)]],
  ];
  it.each(cases)('rule %j, service %j → %j', (ruleKeywords, serviceKeywords, matched) => {
    check({
      name: '',
      subject: service({ id: S, keywords: serviceKeywords }),
      rule: rule({ keywords: ruleKeywords }),
      expected: matched ? reasons({ keywords: matched }) : 'criteria_not_met',
    });
  });
});

describe('any-of within a group, all-of across groups', () => {
  const full = rule({ keywords: [kw(1), kw(2)], serviceClasses: ['P3'], targetGroups: ['KR1.2'], lifeEvents: ['KE1'] });
  const cases: Case[] = [
    {
      name: 'one keyword of two is enough',
      subject: service({ id: S, keywords: [kw(2)] }),
      rule: rule({ keywords: [kw(1), kw(2)] }),
      expected: reasons({ keywords: [kw(2)] }),
    },
    {
      name: 'a matching keyword without a matching class fails',
      subject: service({ id: S, keywords: [kw(1)], serviceClasses: ['P1'] }),
      rule: rule({ keywords: [kw(1)], serviceClasses: ['P3'] }),
      expected: 'criteria_not_met',
    },
    {
      name: 'keyword and class both matching surfaces',
      subject: service({ id: S, keywords: [kw(1), kw(9)], serviceClasses: ['P3.7', 'P1'] }),
      rule: rule({ keywords: [kw(1)], serviceClasses: ['P3'] }),
      expected: reasons({ keywords: [kw(1)], serviceClasses: ['P3.7'] }),
    },
    {
      name: 'all four groups matching lists every match',
      subject: service({ id: S, keywords: [kw(1)], serviceClasses: ['P3.2'], targetGroups: ['KR1.2'], lifeEvents: ['KE1.1'] }),
      rule: full,
      expected: reasons({ keywords: [kw(1)], serviceClasses: ['P3.2'], targetGroups: ['KR1.2'], lifeEvents: ['KE1.1'] }),
    },
    {
      name: 'three of four groups matching fails',
      subject: service({ id: S, keywords: [kw(1)], serviceClasses: ['P3.2'], targetGroups: ['KR1.2'], lifeEvents: ['KE2'] }),
      rule: full,
      expected: 'criteria_not_met',
    },
    {
      name: 'an empty group is not a criterion',
      subject: service({ id: S, serviceClasses: ['P3.7'], targetGroups: [] }),
      rule: rule({ serviceClasses: ['P3'], targetGroups: [] }),
      expected: reasons({ serviceClasses: ['P3.7'] }),
    },
    { name: 'the empty rule selects nothing', subject: service({ id: S, keywords: [kw(1)] }), rule: rule(), expected: 'criteria_not_met' },
    {
      name: 'a rule with only excludeKeywords selects nothing',
      subject: service({ id: S, keywords: [kw(1)] }),
      rule: rule({ excludeKeywords: [kw(2)] }),
      expected: 'criteria_not_met',
    },
    {
      name: 'a rule with no group still selects its pins',
      subject: service({ id: S }),
      rule: rule({ pinned: [S] }),
      expected: reasons({ pinned: true }),
    },
  ];
  it.each(cases)('$name', check);
});

describe('excludeKeywords, blocked and pinned', () => {
  const matching = service({ id: S, keywords: [kw(1), kw(5)], serviceClasses: ['P3.7'] });
  const cases: Case[] = [
    { name: 'an excluded keyword removes a match', subject: matching, rule: rule({ keywords: [kw(1)], excludeKeywords: [kw(5)] }), expected: 'excluded_keyword' },
    {
      name: 'an exclude keyword the service lacks changes nothing',
      subject: matching,
      rule: rule({ keywords: [kw(1)], excludeKeywords: [kw(6)] }),
      expected: reasons({ keywords: [kw(1)] }),
    },
    { name: 'blocked removes a match', subject: matching, rule: rule({ keywords: [kw(1)], blocked: [S] }), expected: 'blocked' },
    { name: 'blocked beats pinned', subject: matching, rule: rule({ keywords: [kw(1)], pinned: [S], blocked: [S] }), expected: 'blocked' },
    {
      name: 'a pin bypasses unmet criteria, reasons keep what did match',
      subject: matching,
      rule: rule({ keywords: [kw(1)], serviceClasses: ['P1'], pinned: [S] }),
      expected: reasons({ keywords: [kw(1)], pinned: true }),
    },
    {
      name: 'a pin bypasses excludeKeywords',
      subject: matching,
      rule: rule({ keywords: [kw(1)], excludeKeywords: [kw(5)], pinned: [S] }),
      expected: reasons({ keywords: [kw(1)], pinned: true }),
    },
    {
      name: 'a pin does not bypass the area',
      subject: service({ id: S, areaType: 'LimitedType', areas: [{ type: 'Municipality', code: null, municipalities: ['091'] }] }),
      rule: rule({ pinned: [S] }),
      expected: 'outside_region',
    },
    {
      name: 'a matching pinned service says pinned',
      subject: matching,
      rule: rule({ serviceClasses: ['P3'], pinned: [S] }),
      expected: reasons({ serviceClasses: ['P3.7'], pinned: true }),
    },
  ];
  it.each(cases)('$name', check);
});

describe('one article over a catalogue', () => {
  it('surfaces exactly the matching, pinned and unblocked services', () => {
    const services = [
      service({ id: id('a'), serviceClasses: ['P3.7'] }),
      service({ id: id('b'), serviceClasses: ['P3'] }),
      service({ id: id('c'), serviceClasses: ['P1'] }),
      service({ id: id('d'), serviceClasses: ['P3.1'] }),
      service({ id: id('e'), serviceClasses: ['P5'] }),
      service({ id: id('f'), serviceClasses: ['P3.4'], publishingStatus: 'Modified' }),
    ];
    const result = engineSurfacing(services, R, rule({ serviceClasses: ['P3'], blocked: [id('d')], pinned: [id('e'), id('zz')] }));
    expect([...result.keys()].sort()).toEqual([id('a'), id('b'), id('e')]);
    expect(result.get(id('e'))).toEqual(reasons({ pinned: true }));
  });
});
