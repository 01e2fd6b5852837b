/**
 * shared/domain/request-verification.ts: a request is verified only when everything it asks for
 * is true in the new snapshot; otherwise it says what is still wrong, article by article.
 */
import { describe, expect, it } from 'vitest';
import { normalizeRule } from '../../shared/domain/article-rule';
import type { ChangeRequestType } from '../../shared/domain/change-request';
import {
  describeReasons,
  sameDescriptionName,
  verifyRequest,
  type ArticleEvidence,
  type DescriptionCandidate,
  type ServiceEvidence,
  type VerifiableRequest,
  type VerificationEvidence,
} from '../../shared/domain/request-verification';
import type { ArticleRule } from '../../shared/domain/types';
import { kw, reasons as anyReasons } from '../helpers/domain-builders';

const SERVICE = '00000000-0000-4000-8000-0000000000a1';
const AT = '2026-11-20T10:00:00.000Z';
const ORG = '11111111-1111-4111-8111-111111111111';
const OTHER_ORG = '22222222-2222-4222-8222-222222222222';

function request(type: ChangeRequestType, fields: Partial<VerifiableRequest> = {}): VerifiableRequest {
  return { type, serviceId: SERVICE, itemKind: 'keywords', itemValue: kw(1), details: {}, articleIds: ['a1', 'a2'], ...fields };
}

function service(fields: Partial<ServiceEvidence['service']> = {}, extra: Partial<Omit<ServiceEvidence, 'service'>> = {}): ServiceEvidence {
  return {
    service: {
      id: SERVICE,
      name: { fi: 'Perheneuvola', sv: 'Familjerådgivning' },
      summary: { fi: 'Tukea', sv: 'Stöd' },
      description: { fi: 'Tukea perheille', sv: 'Stöd för familjer' },
      keywords: [], serviceClasses: [], targetGroups: [], lifeEvents: [], ...fields },
    hash: 'hash-2',
    availability: { kind: 'regional', via: 'Municipality:018' },
    ...extra,
  };
}

/** Reasons of a service available in the region through municipality 018. */
const reasons = (fields: Parameters<typeof anyReasons>[0] = {}) => anyReasons({ area: 'regional', areaVia: 'Municipality:018', ...fields });
const rule = (fields: Partial<Record<keyof ArticleRule, string[]>> = {}): ArticleRule => normalizeRule({ keywords: [kw(1)], ...fields });
/** The service surfacing in an article (by keyword 1 unless other reasons are given). */
const surfacing = (articleId: string, why = reasons({ keywords: [kw(1)] }), ruleNow = rule()): ArticleEvidence => ({ articleId, rule: ruleNow, reasons: why, absence: null });
const absent = (articleId: string, ruleNow = rule()): ArticleEvidence => ({ articleId, rule: ruleNow, reasons: null, absence: 'criteria_not_met' });
const gone = (articleId: string): ArticleEvidence => ({ articleId, rule: null, reasons: null, absence: null });

function evidence(fields: Partial<VerificationEvidence>): VerificationEvidence {
  return { snapshotId: 2, at: AT, service: service(), articles: [absent('a1'), absent('a2')], candidates: [], servicesAtRequest: null, ...fields };
}

describe('service.removeItem', () => {
  it('is verified when the keyword is gone and the service surfaces in none of the articles', () => {
    expect(verifyRequest(request('service.removeItem'), evidence({}))).toEqual({ snapshotId: 2, at: AT, fixed: true, problems: [] });
  });

  it('is not verified while the keyword is still on the service', () => {
    const result = verifyRequest(request('service.removeItem'), evidence({ service: service({ keywords: [kw(1)] }), articles: [surfacing('a1'), surfacing('a2')] }));
    expect(result.fixed).toBe(false);
    expect(result.problems).toEqual([
      { code: 'itemStillOnService', serviceId: SERVICE, detail: kw(1) },
      { code: 'stillSurfaces', articleId: 'a1', serviceId: SERVICE, detail: `keywords:${kw(1)} area:Municipality:018` },
      { code: 'stillSurfaces', articleId: 'a2', serviceId: SERVICE, detail: `keywords:${kw(1)} area:Municipality:018` },
    ]);
  });

  it('is verified when the keyword is gone though another keyword rightly keeps the service in an article', () => {
    const result = verifyRequest(request('service.removeItem'), evidence({ articles: [absent('a1'), surfacing('a2', reasons({ keywords: [kw(2)] }))] }));
    expect(result).toEqual({ snapshotId: 2, at: AT, fixed: true, problems: [] });
  });

  it('names only the articles the removed item still lets the service into', () => {
    const result = verifyRequest(
      request('service.removeItem'),
      evidence({ service: service({ keywords: [kw(1), kw(2)] }), articles: [surfacing('a1', reasons({ keywords: [kw(2)] })), surfacing('a2', reasons({ keywords: [kw(1), kw(2)] }))] }),
    );
    expect(result.problems).toEqual([
      { code: 'itemStillOnService', serviceId: SERVICE, detail: kw(1) },
      { code: 'stillSurfaces', articleId: 'a2', serviceId: SERVICE, detail: `keywords:${kw(1)} keywords:${kw(2)} area:Municipality:018` },
    ]);
  });

  it.each([
    ['a narrower code under the removed one', 'P3.7.1', false],
    ['a broader code above it', 'P3', false],
    ['an unrelated code', 'P9.1', true],
    ['a sibling with a common prefix only', 'P3.70', true],
  ])('a removed class still counts through %s (%s)', (_label, left, fixed) => {
    const classRequest = request('service.removeItem', { itemKind: 'serviceClasses', itemValue: 'P3.7' });
    const result = verifyRequest(classRequest, evidence({ service: service({ serviceClasses: [left] }), articles: [surfacing('a1', reasons({ serviceClasses: [left] })), absent('a2')] }));
    expect(result.fixed).toBe(fixed);
    if (!fixed) expect(result.problems).toEqual([{ code: 'stillSurfaces', articleId: 'a1', serviceId: SERVICE, detail: `serviceClasses:${left} area:Municipality:018` }]);
  });

  it('a removed area still counts only while it is the area that lets the service in', () => {
    const areaRequest = request('service.removeItem', { itemKind: 'area', itemValue: 'Municipality:018' });
    const elsewhere = service({}, { availability: { kind: 'regional', via: 'Municipality:020' } });
    expect(verifyRequest(areaRequest, evidence({ service: elsewhere, articles: [surfacing('a1', reasons({ keywords: [kw(1)], areaVia: 'Municipality:020' }))] })).fixed).toBe(true);
    expect(verifyRequest(areaRequest, evidence({ articles: [surfacing('a1')] })).problems.map((p) => p.code)).toEqual(['itemStillOnService', 'stillSurfaces']);
  });

  it('a service gone from the catalogue surfaces nowhere, so the removal is done', () => {
    expect(verifyRequest(request('service.removeItem'), evidence({ service: null, articles: [absent('a1')] })).fixed).toBe(true);
  });

  it('an article that no longer exists does not hold the removal back', () => {
    expect(verifyRequest(request('service.removeItem'), evidence({ articles: [gone('a1'), absent('a2')] })).fixed).toBe(true);
  });

  it('an area item is judged by the area that makes the service available in the region', () => {
    const areaRequest = request('service.removeItem', { itemKind: 'area', itemValue: 'Municipality:018' });
    expect(verifyRequest(areaRequest, evidence({})).problems).toEqual([{ code: 'itemStillOnService', serviceId: SERVICE, detail: 'Municipality:018' }]);
    expect(verifyRequest(areaRequest, evidence({ service: service({}, { availability: null }) })).fixed).toBe(true);
  });

  it('a class or target group is looked for in its own list', () => {
    const classRequest = request('service.removeItem', { itemKind: 'serviceClasses', itemValue: 'P9.1' });
    expect(verifyRequest(classRequest, evidence({ service: service({ keywords: ['P9.1'] }) })).fixed).toBe(true);
    expect(verifyRequest(classRequest, evidence({ service: service({ serviceClasses: ['P9.1'] }) })).problems.map((p) => p.code)).toEqual(['itemStillOnService']);
  });
});

describe('service.addItem', () => {
  const add = request('service.addItem', { itemKind: 'targetGroups', itemValue: 'KR1.2' });

  it('is verified when the item is on the service and it surfaces in every article', () => {
    expect(verifyRequest(add, evidence({ service: service({ targetGroups: ['KR1.2'] }), articles: [surfacing('a1'), surfacing('a2')] })).fixed).toBe(true);
  });

  it('says the item is missing and where the service still does not surface, with why', () => {
    expect(verifyRequest(add, evidence({ articles: [surfacing('a1'), absent('a2')] })).problems).toEqual([
      { code: 'itemMissingFromService', serviceId: SERVICE, detail: 'KR1.2' },
      { code: 'doesNotSurface', articleId: 'a2', serviceId: SERVICE, detail: 'criteria_not_met' },
    ]);
  });

  it('partly fixed: the item was added but the service surfaces in one article only', () => {
    const result = verifyRequest(add, evidence({ service: service({ targetGroups: ['KR1.2'] }), articles: [surfacing('a1'), absent('a2')] }));
    expect(result.problems.map((p) => [p.code, p.articleId])).toEqual([['doesNotSurface', 'a2']]);
  });

  it('cannot be done on a service gone from the catalogue', () => {
    expect(verifyRequest(add, evidence({ service: null })).problems).toEqual([{ code: 'serviceGone', serviceId: SERVICE }]);
  });

  it('an article gone cannot show the service', () => {
    const result = verifyRequest(add, evidence({ service: service({ targetGroups: ['KR1.2'] }), articles: [surfacing('a1'), gone('a2')] }));
    expect(result.problems).toEqual([{ code: 'articleGone', articleId: 'a2' }]);
  });
});

describe('service.changeArea', () => {
  const stop = request('service.changeArea', { itemKind: 'area', itemValue: 'Municipality:018', details: { shouldSurface: false } });
  const start = request('service.changeArea', { itemKind: 'area', itemValue: null, details: { shouldSurface: true } });

  it('shouldSurface false: verified once the service surfaces in none of the articles', () => {
    expect(verifyRequest(stop, evidence({})).fixed).toBe(true);
    expect(verifyRequest(stop, evidence({ articles: [absent('a1'), surfacing('a2')] })).problems.map((p) => [p.code, p.articleId])).toEqual([['stillSurfaces', 'a2']]);
  });

  it('no shouldSurface means the area lets the service in where it should not (the usual flag)', () => {
    expect(verifyRequest({ ...stop, details: {} }, evidence({ articles: [surfacing('a1'), absent('a2')] })).problems.map((p) => p.code)).toEqual(['stillSurfaces']);
  });

  it('shouldSurface true: verified once it surfaces in every article', () => {
    expect(verifyRequest(start, evidence({ articles: [surfacing('a1'), surfacing('a2')] })).fixed).toBe(true);
    expect(verifyRequest(start, evidence({ articles: [surfacing('a1'), absent('a2')] })).problems).toEqual([{ code: 'doesNotSurface', articleId: 'a2', serviceId: SERVICE, detail: 'criteria_not_met' }]);
  });

  it('a service gone surfaces nowhere: done when it should not, not done when it should', () => {
    expect(verifyRequest(stop, evidence({ service: null })).fixed).toBe(true);
    expect(verifyRequest(start, evidence({ service: null })).problems.map((p) => p.code)).toEqual(['serviceGone']);
  });
});

describe('description.new', () => {
  const texts = { nameFi: 'Perhe-neuvola  Itä', nameSv: 'Familjerådgivning Öst', summaryFi: '', summarySv: '', descriptionFi: '', descriptionSv: '' };
  const wanted = (organizationId: string | null) => request('description.new', { serviceId: null, itemKind: null, itemValue: null, articleIds: ['a1'], details: { texts, organizationId } });
  const candidate = (id: string, name: DescriptionCandidate['name'], organizationIds = [ORG]): DescriptionCandidate => ({ id, name, organizationIds });

  it('finds a service of that organisation whose name matches, ignoring case, spaces and dashes', () => {
    const candidates = [candidate('other', { fi: 'Perheneuvola' }), candidate('found', { fi: 'PERHENEUVOLA – itä' })];
    expect(verifyRequest(wanted(ORG), evidence({ service: null, candidates }))).toEqual({ snapshotId: 2, at: AT, fixed: true, problems: [], foundServiceId: 'found' });
  });

  it('matches the Swedish name as well', () => {
    expect(verifyRequest(wanted(ORG), evidence({ service: null, candidates: [candidate('sv', { fi: 'Jotain muuta', sv: 'familjerådgivning öst' })] })).foundServiceId).toBe('sv');
  });

  it("another organisation's service of that name does not count", () => {
    const result = verifyRequest(wanted(ORG), evidence({ service: null, candidates: [candidate('theirs', { fi: 'Perheneuvola Itä' }, [OTHER_ORG])] }));
    expect(result).toEqual({ snapshotId: 2, at: AT, fixed: false, problems: [{ code: 'noSuchDescription', detail: 'Perhe-neuvola  Itä / Familjerådgivning Öst' }] });
  });

  it('with no organisation named, any organisation will do', () => {
    expect(verifyRequest(wanted(null), evidence({ service: null, candidates: [candidate('theirs', { fi: 'Perheneuvola Itä' }, [OTHER_ORG])] })).fixed).toBe(true);
  });

  it('a service already in the catalogue when the request was written is not the new one', () => {
    const candidates = [candidate('old', { fi: 'Perheneuvola Itä' }), candidate('new', { fi: 'Perheneuvola itä' })];
    const result = verifyRequest(wanted(ORG), evidence({ service: null, candidates, servicesAtRequest: new Set(['old']) }));
    expect(result.foundServiceId).toBe('new');
    expect(verifyRequest(wanted(null), evidence({ service: null, candidates: [candidates[0]!], servicesAtRequest: new Set(['old']) })).problems.map((p) => p.code)).toEqual([
      'noSuchDescription',
    ]);
  });

  it('compares service and organisation ids in lowercase', () => {
    const candidates = [candidate('OLD', { fi: 'Perheneuvola Itä' }), candidate('NEW', { fi: 'Perheneuvola Itä' })];
    expect(verifyRequest(wanted(ORG.toUpperCase()), evidence({ service: null, candidates, servicesAtRequest: new Set(['old']) })).foundServiceId).toBe('NEW');
  });

  it('a request without a name finds nothing', () => {
    const nameless = request('description.new', { serviceId: null, details: { texts: { ...texts, nameFi: '', nameSv: ' ' } } });
    expect(verifyRequest(nameless, evidence({ service: null, candidates: [candidate('x', { fi: '' })] })).problems).toEqual([{ code: 'noSuchDescription' }]);
  });
});

describe('description.translate', () => {
  const translate = request('description.translate', { itemKind: null, itemValue: null });

  it('is verified when the service has a Swedish name, summary and description', () => {
    expect(verifyRequest(translate, evidence({})).fixed).toBe(true);
  });

  it.each([
    ['the summary', { summary: { fi: 'Tukea' } }, 'summary'],
    ['both (blank counts as missing)', { name: { fi: 'Perheneuvola', sv: '  ' }, summary: { fi: 'Tukea' } }, 'name,summary'],
    ['the name only', { name: { fi: 'Perheneuvola' } }, 'name'],
    ['the description', { description: { fi: 'Tukea perheille', sv: '' } }, 'description'],
    ['all three', { name: { fi: 'Perheneuvola' }, summary: { fi: 'Tukea' }, description: { fi: 'Tukea perheille' } }, 'name,summary,description'],
  ])('names the missing Swedish fields: %s', (_label, fields, detail) => {
    expect(verifyRequest(translate, evidence({ service: service(fields) })).problems).toEqual([{ code: 'swedishMissing', serviceId: SERVICE, detail }]);
  });

  it('cannot be done on a service gone from the catalogue', () => {
    expect(verifyRequest(translate, evidence({ service: null })).problems.map((p) => p.code)).toEqual(['serviceGone']);
  });
});

describe('description.fix is never verified by itself', () => {
  const fix = (baseServiceHash?: string) => request('description.fix', { itemKind: null, itemValue: null, details: baseServiceHash ? { baseServiceHash } : {} });

  it('an unchanged service has not been fixed yet', () => {
    expect(verifyRequest(fix('hash-2'), evidence({}))).toMatchObject({ fixed: false, problems: [{ code: 'notChangedYet', serviceId: SERVICE }] });
  });

  it('a changed service needs a person to look', () => {
    expect(verifyRequest(fix('hash-1'), evidence({}))).toMatchObject({ fixed: false, problems: [{ code: 'changedNeedsLook', serviceId: SERVICE }] });
  });

  it('without the version it was written against, no change can be seen', () => {
    expect(verifyRequest(fix(), evidence({})).problems.map((p) => p.code)).toEqual(['notChangedYet']);
  });

  it('a service gone from the catalogue', () => {
    expect(verifyRequest(fix('hash-1'), evidence({ service: null })).problems.map((p) => p.code)).toEqual(['serviceGone']);
  });
});

describe('article rules', () => {
  const removeFromRule = request('rule.removeItem', { serviceId: null, itemKind: 'keywords', itemValue: kw(1) });
  const addToRule = request('rule.addItem', { serviceId: null, itemKind: 'serviceClasses', itemValue: 'P3' });

  it('rule.removeItem: verified when no article rule has the keyword; partly fixed names the article still having it', () => {
    const without = rule({ keywords: [kw(2)] });
    expect(verifyRequest(removeFromRule, evidence({ service: null, articles: [absent('a1', without), absent('a2', without)] })).fixed).toBe(true);
    expect(verifyRequest(removeFromRule, evidence({ service: null, articles: [absent('a1', without), absent('a2')] })).problems).toEqual([{ code: 'ruleStillHasItem', articleId: 'a2', detail: kw(1) }]);
  });

  it('rule.addItem: verified when every article rule has the class', () => {
    const withClass = rule({ serviceClasses: ['P3'] });
    expect(verifyRequest(addToRule, evidence({ service: null, articles: [absent('a1', withClass), absent('a2', withClass)] })).fixed).toBe(true);
    expect(verifyRequest(addToRule, evidence({ service: null, articles: [absent('a1'), absent('a2', withClass)] })).problems).toEqual([{ code: 'ruleLacksItem', articleId: 'a1', detail: 'P3' }]);
  });

  it('a rule request whose articles are all gone cannot be verified', () => {
    expect(verifyRequest(addToRule, evidence({ service: null, articles: [] })).problems).toEqual([{ code: 'articleGone' }]);
    expect(verifyRequest(removeFromRule, evidence({ service: null, articles: [gone('a1')] })).problems).toEqual([{ code: 'articleGone', articleId: 'a1' }]);
  });

  it('rule.pin: verified when every article pins the service (ids compared in lowercase)', () => {
    const pin = request('rule.pin', { serviceId: SERVICE.toUpperCase(), itemKind: null, itemValue: null });
    const pinned = rule({ pinned: [SERVICE] });
    expect(verifyRequest(pin, evidence({ articles: [surfacing('a1', reasons(), pinned), surfacing('a2', reasons(), pinned)] })).fixed).toBe(true);
    expect(verifyRequest(pin, evidence({ articles: [surfacing('a1', reasons(), pinned), absent('a2')] })).problems).toEqual([{ code: 'notPinned', articleId: 'a2', serviceId: SERVICE }]);
    expect(verifyRequest(pin, evidence({ service: null, articles: [absent('a1', pinned)] })).problems.map((p) => p.code)).toEqual(['serviceGone']);
  });

  it('rule.block: verified when every article blocks the service; blocking a service gone is moot', () => {
    const block = request('rule.block', { itemKind: null, itemValue: null, articleIds: ['a1'] });
    expect(verifyRequest(block, evidence({ articles: [absent('a1', rule({ blocked: [SERVICE] }))] })).fixed).toBe(true);
    expect(verifyRequest(block, evidence({ articles: [surfacing('a1')] })).problems).toEqual([{ code: 'notBlocked', articleId: 'a1', serviceId: SERVICE }]);
    expect(verifyRequest(block, evidence({ service: null, articles: [surfacing('a1')] })).fixed).toBe(true);
  });
});

describe('sameDescriptionName', () => {
  it.each([
    ['Perheneuvola', 'perheneuvola', true],
    ['Perhe-neuvola', 'Perheneuvola', true],
    ['Perhe – neuvola', 'perhe neuvola', true],
    ['  Perheneuvola\t', 'Perheneuvola', true],
    ['Ääkkösneuvola', 'ääkkösneuvola', true],
    ['Perheneuvola', 'Perheneuvolat', false],
    ['', '', false],
    [' - ', '', false],
  ])('%j = %j → %s', (a, b, expected) => {
    expect(sameDescriptionName(a, b)).toBe(expected);
  });
});

describe('describeReasons', () => {
  it('puts the requested item first, then the rest, and the area last', () => {
    const why = reasons({ keywords: [kw(1), kw(2)], serviceClasses: ['P9.1'], pinned: true });
    expect(describeReasons(why, { itemKind: 'keywords', itemValue: kw(2) })).toBe(`keywords:${kw(2)} pinned keywords:${kw(1)} serviceClasses:P9.1 area:Municipality:018`);
  });
});
