import { describe, expect, it } from 'vitest';
import { digifinlandRecipient, matchesRecipientFilter, recipientKey, sameFixKey, type Recipient } from '../../shared/domain/change-request';
import {
  countByRecipient,
  descriptionRequestDetails,
  joinsSameFix,
  moveProblem,
  requestFieldProblem,
  requestFromFlag,
  ruleItemMatching,
  type FlagSource,
  type RequestFields,
} from '../../shared/domain/change-request-rules';

const K1 = 'http://www.yso.fi/onto/koko/p1';
const fields = (over: Partial<RequestFields>): RequestFields => ({ type: 'service.removeItem', serviceId: 's1', itemKind: 'keywords', itemValue: K1, details: {}, ...over });
const flag = (over: Partial<FlagSource>): FlagSource => ({ target: 'service', serviceId: 's1', articleId: 'a2', itemKind: 'keywords', itemValue: K1, reason: 'ei kuulu vauvan uneen', ...over });

describe('requestFieldProblem', () => {
  it('accepts each type with the fields it needs', () => {
    expect(requestFieldProblem(fields({}))).toBeNull();
    expect(requestFieldProblem(fields({ type: 'service.addItem', itemKind: 'targetGroups', itemValue: 'KR2' }))).toBeNull();
    expect(requestFieldProblem(fields({ type: 'service.changeArea', itemKind: 'area', itemValue: 'Municipality:018', details: { shouldSurface: false } }))).toBeNull();
    expect(requestFieldProblem(fields({ type: 'service.changeArea', itemKind: null, itemValue: null, details: { shouldSurface: true } }))).toBeNull();
    expect(requestFieldProblem(fields({ type: 'rule.removeItem', serviceId: null }))).toBeNull();
    expect(requestFieldProblem(fields({ type: 'rule.pin', itemKind: null, itemValue: null }))).toBeNull();
    expect(requestFieldProblem(fields({ type: 'description.translate', itemKind: null, itemValue: null }))).toBeNull();
    const texts = { nameFi: 'Perhekeskus', nameSv: 'Familjecenter', summaryFi: '', summarySv: '', descriptionFi: '', descriptionSv: '' };
    expect(requestFieldProblem(fields({ type: 'description.new', serviceId: null, itemKind: null, itemValue: null, details: { texts } }))).toBeNull();
  });

  it('names the missing or wrong field', () => {
    expect(requestFieldProblem(fields({ serviceId: null }))).toMatch(/needs serviceId/);
    expect(requestFieldProblem(fields({ type: 'rule.block', serviceId: null, itemKind: null, itemValue: null }))).toMatch(/rule\.block request needs serviceId/);
    expect(requestFieldProblem(fields({ itemKind: null, itemValue: null }))).toMatch(/needs itemKind and itemValue/);
    expect(requestFieldProblem(fields({ itemValue: null }))).toMatch(/itemKind and itemValue go together/);
    expect(requestFieldProblem(fields({ itemKind: 'area', itemValue: 'Municipality:018' }))).toMatch(/use service\.changeArea/);
    expect(requestFieldProblem(fields({ type: 'service.changeArea', itemKind: 'keywords' }))).toMatch(/takes itemKind "area" or none/);
    expect(requestFieldProblem(fields({ type: 'service.changeArea', itemKind: 'area', itemValue: 'Nationwide' }))).toMatch(/needs details\.shouldSurface/);
    expect(requestFieldProblem(fields({ type: 'rule.pin' }))).toMatch(/rule\.pin request takes no itemKind/);
    expect(requestFieldProblem(fields({ type: 'description.new', serviceId: null, itemKind: null, itemValue: null }))).toMatch(/needs details\.texts/);
  });
});

describe('requestFromFlag', () => {
  it('turns a service keyword flag into one removal covering every article the keyword lets the service into', () => {
    expect(requestFromFlag(flag({}), ['a1', 'a2', 'a3'], {})).toEqual({
      type: 'service.removeItem',
      serviceId: 's1',
      itemKind: 'keywords',
      itemValue: K1,
      details: {},
      articleIds: ['a1', 'a2', 'a3'],
      reason: 'ei kuulu vauvan uneen',
    });
  });

  it('keeps the flag article when the service no longer surfaces anywhere because of the item', () => {
    expect(requestFromFlag(flag({}), [], {}).articleIds).toEqual(['a2']);
  });

  it('asks for an area change, not a removal, when the flag is on the area', () => {
    expect(requestFromFlag(flag({ itemKind: 'area', itemValue: 'Municipality:018' }), ['a1'], {})).toMatchObject({
      type: 'service.changeArea',
      itemKind: 'area',
      itemValue: 'Municipality:018',
      details: { shouldSurface: false },
      articleIds: ['a1'],
    });
  });

  it('asks DigiFinland to fix only the flagged article, removing the rule code that matched', () => {
    const draft = requestFromFlag(flag({ target: 'rule', itemKind: 'serviceClasses', itemValue: 'P9.1.2' }), ['a1', 'a2'], { serviceClasses: ['P9'] });
    expect(draft).toMatchObject({ type: 'rule.removeItem', serviceId: 's1', itemKind: 'serviceClasses', itemValue: 'P9', articleIds: ['a2'] });
  });

  it('asks to block the service in the article when a rule flag is on the area (a rule has no area to remove)', () => {
    expect(requestFromFlag(flag({ target: 'rule', itemKind: 'area', itemValue: 'Nationwide' }), ['a2'], {})).toMatchObject({
      type: 'rule.block',
      serviceId: 's1',
      itemKind: null,
      itemValue: null,
      articleIds: ['a2'],
    });
  });
});

describe('ruleItemMatching', () => {
  it('is the keyword itself, the rule code at or above a service code, or the service code when the rule has none', () => {
    expect(ruleItemMatching([], 'keywords', K1)).toBe(K1);
    expect(ruleItemMatching(['P3', 'P9.1'], 'serviceClasses', 'P9.1.4')).toBe('P9.1');
    expect(ruleItemMatching(['KR2'], 'targetGroups', 'KR2')).toBe('KR2');
    expect(ruleItemMatching(['P3'], 'serviceClasses', 'P9.1')).toBe('P9.1');
  });
});

describe('descriptionRequestDetails', () => {
  it('carries the Finnish and Swedish texts, the owner and the suggested codes', () => {
    const details = descriptionRequestDetails({
      name: { fi: 'Perhekeskus', sv: 'Familjecenter' },
      summary: { fi: 'Tiivistelmä', sv: 'Sammanfattning' },
      description: { fi: 'Kuvaus', sv: 'Beskrivning' },
      organizationId: 'org-1',
      organizationName: 'Itä-Uusimaa',
      keywords: [K1],
      serviceClasses: ['P3.1'],
      targetGroups: ['KR2'],
    });
    expect(details).toEqual({
      texts: { nameFi: 'Perhekeskus', nameSv: 'Familjecenter', summaryFi: 'Tiivistelmä', summarySv: 'Sammanfattning', descriptionFi: 'Kuvaus', descriptionSv: 'Beskrivning' },
      organizationId: 'org-1',
      organizationName: 'Itä-Uusimaa',
      keywords: [K1],
      serviceClasses: ['P3.1'],
      targetGroups: ['KR2'],
    });
  });
});

describe('moveProblem', () => {
  it('allows the state machine moves and names the code and both states otherwise', () => {
    expect(moveProblem({ code: 'LP-2026-0001', state: 'draft' }, 'ready')).toBeNull();
    expect(moveProblem({ code: 'LP-2026-0001', state: 'verified' }, 'sent')).toBeNull();
    expect(moveProblem({ code: 'LP-2026-0001', state: 'draft' }, 'sent')).toBe('LP-2026-0001 cannot move from draft to sent');
    expect(moveProblem({ code: 'LP-2026-0002', state: 'withdrawn' }, 'verified')).toBe('LP-2026-0002 cannot move from withdrawn to verified');
    expect(moveProblem({ code: 'LP-2026-0003', state: 'ready' }, 'ready')).toBe('LP-2026-0003 is already ready');
  });
});

describe('joinsSameFix', () => {
  it('lets every fix of an existing service join, but keeps each new description its own', () => {
    expect(joinsSameFix('service.removeItem')).toBe(true);
    expect(joinsSameFix('rule.pin')).toBe(true);
    expect(joinsSameFix('description.new')).toBe(false);
  });
});

describe('sameFixKey', () => {
  const key = (over: Partial<Parameters<typeof sameFixKey>[0]>) =>
    sameFixKey({ regionCode: '01', type: 'service.removeItem', serviceId: 's1', itemKind: 'keywords', itemValue: K1, details: {}, articleIds: ['a1'], ...over });

  it('is one fix of a service item whichever articles it covers', () => {
    expect(key({ articleIds: ['a3', 'a5'] })).toBe(key({ articleIds: ['a1'] }));
    expect(key({ itemValue: 'http://www.yso.fi/onto/koko/p2' })).not.toBe(key({}));
  });

  it('tells an area change that should let the service in from one that should keep it out', () => {
    const area = { type: 'service.changeArea', itemKind: 'area', itemValue: 'Municipality:018' };
    expect(key({ ...area, details: { shouldSurface: true } })).not.toBe(key({ ...area, details: { shouldSurface: false } }));
    expect(key({ ...area, details: { shouldSurface: false }, articleIds: ['a5'] })).toBe(key({ ...area, details: { shouldSurface: false } }));
  });

  it('keeps a rule fix to its own articles: a pin in a1 and a pin in a5 are two fixes', () => {
    const pin = { type: 'rule.pin', itemKind: null, itemValue: null };
    expect(key({ ...pin, articleIds: ['a5'] })).not.toBe(key({ ...pin, articleIds: ['a1'] }));
    expect(key({ ...pin, articleIds: ['a5', 'a1', 'a1'] })).toBe(key({ ...pin, articleIds: ['a1', 'a5'] }));
  });
});

describe('countByRecipient', () => {
  const town = (email: string | null): Recipient => ({ kind: 'organization', organizationId: 'org-town', name: 'Esimerkkikunta', email });
  const ngo: Recipient = { kind: 'organization', organizationId: 'org-ngo', name: 'Aapinen ry', email: null };
  const county: Recipient = { kind: 'county', organizationId: null, name: 'Itä-Uusimaan hyvinvointialue', email: null };

  it('groups every organisation apart, DigiFinland and the county once each, and counts states', () => {
    const { recipients, byState } = countByRecipient([
      { recipient: town(null), state: 'draft' },
      { recipient: ngo, state: 'sent' },
      { recipient: digifinlandRecipient, state: 'draft' },
      { recipient: town('kirjaamo@kunta.fi'), state: 'sent' },
      { recipient: county, state: 'verified' },
      { recipient: digifinlandRecipient, state: 'draft' },
    ]);
    expect(recipients).toEqual([
      { recipient: digifinlandRecipient, total: 2, byState: { draft: 2 } },
      { recipient: county, total: 1, byState: { verified: 1 } },
      { recipient: ngo, total: 1, byState: { sent: 1 } },
      // Named as the newest request names it: the e-mail added later.
      { recipient: town('kirjaamo@kunta.fi'), total: 2, byState: { draft: 1, sent: 1 } },
    ]);
    expect(byState).toEqual({ draft: 3, sent: 2, verified: 1 });
  });

  it('keys organisations by id (by name when the id is unknown), the others by kind', () => {
    expect(recipientKey(ngo)).toBe('organization:org-ngo');
    expect(recipientKey({ kind: 'organization', organizationId: null, name: 'A ry' })).not.toBe(recipientKey({ kind: 'organization', organizationId: null, name: 'B ry' }));
    expect(recipientKey(digifinlandRecipient)).toBe('digifinland');
    expect(recipientKey(county)).toBe('county');
  });

  it('a recipient filter picks one organisation by id, any organisation without one, or one kind', () => {
    expect(matchesRecipientFilter(ngo, { kind: 'organization', organizationId: 'org-ngo' })).toBe(true);
    expect(matchesRecipientFilter(ngo, { kind: 'organization', organizationId: 'other' })).toBe(false);
    expect(matchesRecipientFilter(ngo, { kind: 'organization' })).toBe(true);
    expect(matchesRecipientFilter(ngo, { kind: 'county' })).toBe(false);
    expect(matchesRecipientFilter(county, null)).toBe(true);
  });
});
