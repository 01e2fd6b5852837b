/**
 * shared/domain/flag-coverage.ts: a flag names one reason a service surfaces; it covers every
 * article where that same reason lets the service in.
 */
import { describe, expect, it } from 'vitest';
import { articlesSurfacingBecauseOf, reasonsInclude, type FlaggedItem } from '../../shared/domain/flag-coverage';
import type { SurfacingReasons } from '../../shared/domain/types';
import { kw, reasons } from '../helpers/domain-builders';

const surfacing = reasons({
  keywords: [kw(1), kw(2)],
  serviceClasses: ['P3.7'],
  targetGroups: ['KR1.2'],
  lifeEvents: ['KE4'],
  area: 'regional',
  areaVia: 'Municipality:018',
});

describe('reasonsInclude', () => {
  const table: [string, FlaggedItem, boolean][] = [
    ['a matched keyword', { kind: 'keywords', value: kw(2) }, true],
    ['a keyword the service does not match by', { kind: 'keywords', value: kw(3) }, false],
    ['the matched class code', { kind: 'serviceClasses', value: 'P3.7' }, true],
    // Reasons hold the service's own codes, not the rule's broader code.
    ['the rule-side parent class', { kind: 'serviceClasses', value: 'P3' }, false],
    ['the matched target group', { kind: 'targetGroups', value: 'KR1.2' }, true],
    ['a keyword URI asked as a class', { kind: 'serviceClasses', value: kw(1) }, false],
    ['the matched life event', { kind: 'lifeEvents', value: 'KE4' }, true],
    ['the area that let it in', { kind: 'area', value: 'Municipality:018' }, true],
    ['another municipality', { kind: 'area', value: 'Municipality:407' }, false],
    ['the area kind is not the area', { kind: 'area', value: 'regional' }, false],
    ['values are compared exactly', { kind: 'keywords', value: kw(1).toUpperCase() }, false],
  ];
  it.each(table)('%s → %s', (_label, item, expected) => {
    expect(reasonsInclude(surfacing, item)).toBe(expected);
  });

  it('matches a Nationwide area by its areaVia', () => {
    expect(reasonsInclude(reasons(), { kind: 'area', value: 'Nationwide' })).toBe(true);
    expect(reasonsInclude(reasons(), { kind: 'keywords', value: 'Nationwide' })).toBe(false);
  });
});

describe('articlesSurfacingBecauseOf', () => {
  const byArticle: Record<string, SurfacingReasons | undefined> = {
    uni: reasons({ keywords: [kw(1)] }),
    unikoulu: reasons({ keywords: [kw(1), kw(2)] }),
    perhetyo: reasons({ serviceClasses: ['P3.7'] }), // surfaces, but not because of kw(1)
    tyhja: undefined, // does not surface at all
    valvominen: reasons({ keywords: [kw(1)], pinned: true }),
  };
  const ids = Object.keys(byArticle);
  const of = (articleId: string) => byArticle[articleId];

  it('keeps the articles where the item is a reason, in the order given', () => {
    expect(articlesSurfacingBecauseOf(ids, { kind: 'keywords', value: kw(1) }, of)).toEqual(['uni', 'unikoulu', 'valvominen']);
    expect(articlesSurfacingBecauseOf([...ids].reverse(), { kind: 'keywords', value: kw(1) }, of)).toEqual(['valvominen', 'unikoulu', 'uni']);
  });

  it('covers only where that item counts', () => {
    expect(articlesSurfacingBecauseOf(ids, { kind: 'keywords', value: kw(2) }, of)).toEqual(['unikoulu']);
    expect(articlesSurfacingBecauseOf(ids, { kind: 'serviceClasses', value: 'P3.7' }, of)).toEqual(['perhetyo']);
    expect(articlesSurfacingBecauseOf(ids, { kind: 'area', value: 'Nationwide' }, of)).toEqual(['uni', 'unikoulu', 'perhetyo', 'valvominen']);
  });

  it('covers nothing when the item is no reason anywhere or no article is asked', () => {
    expect(articlesSurfacingBecauseOf(ids, { kind: 'targetGroups', value: 'KR9' }, of)).toEqual([]);
    expect(articlesSurfacingBecauseOf([], { kind: 'keywords', value: kw(1) }, of)).toEqual([]);
  });
});
