/**
 * The change request list's pure helpers: filters read from the URL, filtering, the states a
 * whole selection may move to, a request's age and when an address gets a mailto link.
 */
import { describe, expect, it } from 'vitest';
import { nextStates, type ChangeRequestState } from '../../shared/domain/change-request';
import type { ChangeRequestView } from '../../shared/schemas/change-requests-api';
import { ageInDays, commonNextStates, filterRequests, looksLikeEmail, readRequestFilters, recipientKey, statesParam, type RequestFilters } from '../../client/src/features/change-requests/request-filters';

function view(fields: Partial<ChangeRequestView> & { id: number; state: ChangeRequestState }): ChangeRequestView {
  return {
    code: `LP-2026-${String(fields.id).padStart(4, '0')}`,
    regionCode: '01',
    type: 'service.removeItem',
    nextStates: [...nextStates(fields.state)],
    recipient: { kind: 'organization', organizationId: 'org-1', name: 'Porvoon kaupunki', email: 'kirjaamo@porvoo.fi' },
    recipientLabel: { fi: 'Porvoon kaupunki', sv: 'Borgå stad' },
    serviceId: 's1',
    serviceName: { fi: 'Perheneuvola', sv: 'Familjerådgivning' },
    serviceOwnerName: { fi: 'Porvoon kaupunki' },
    itemKind: 'keywords',
    itemValue: 'http://www.yso.fi/onto/yso/p1234',
    itemLabel: { fi: 'raskaus', sv: 'graviditet' },
    reason: 'Asiasana nostaa palvelun väärin',
    details: {},
    articles: [{ id: 'a1', title: { fi: 'Synnytys', sv: 'Förlossning' } }],
    verification: null,
    verifiedSnapshotId: null,
    sentAt: null,
    lastExportId: null,
    sourceFlagId: null,
    sourceDescriptionRequestId: null,
    sourceProposalId: null,
    version: 1,
    createdBy: 'Päivi',
    createdAt: '2026-11-01T08:00:00.000Z',
    updatedAt: '2026-11-01T08:00:00.000Z',
    ...fields,
  };
}

describe('filters in the URL', () => {
  it('reads states in the state machine order, the recipient, the type and the text', () => {
    const filters = readRequestFilters(new URLSearchParams('state=sent,draft&to=organization:abc&type=rule.pin&q=perhe'));
    expect(filters).toEqual({ states: ['draft', 'sent'], recipient: 'organization:abc', type: 'rule.pin', query: 'perhe' });
  });

  it('drops unknown states and types from a hand-edited URL', () => {
    expect(readRequestFilters(new URLSearchParams('state=draft,bogus&type=service.explode'))).toEqual({ states: ['draft'], recipient: '', type: '', query: '' });
  });

  it('writes states back in order, and nothing for none', () => {
    expect(statesParam(['verified', 'draft'])).toBe('draft,verified');
    expect(statesParam([])).toBeNull();
  });

  it('keys each organisation separately (by name when its id is unknown), DigiFinland and the county once', () => {
    expect(recipientKey({ kind: 'organization', organizationId: 'abc', name: 'Kunta' })).toBe('organization:abc');
    expect(recipientKey({ kind: 'organization', organizationId: null, name: 'Yhdistys ry' })).not.toBe(recipientKey({ kind: 'organization', organizationId: null, name: 'Toinen ry' }));
    expect(recipientKey({ kind: 'digifinland', organizationId: null, name: 'DigiFinland' })).toBe('digifinland');
    expect(recipientKey({ kind: 'county', organizationId: null, name: 'Itä-Uudenmaan hyvinvointialue' })).toBe('county');
  });
});

describe('filtering', () => {
  const views = [
    view({ id: 1, state: 'draft' }),
    view({ id: 2, state: 'ready', type: 'rule.pin', recipient: { kind: 'digifinland', organizationId: null, name: 'DigiFinland', email: null }, reason: 'Kiinnitä neuvola' }),
    view({ id: 3, state: 'sent', serviceName: { fi: 'Äitiysneuvola', sv: 'Mödrarådgivning' }, articles: [{ id: 'a2', title: { fi: 'Raskausaika', sv: 'Graviditeten' } }] }),
  ];
  const all: RequestFilters = { states: [], recipient: '', type: '', query: '' };
  const ids = (filtered: ChangeRequestView[]) => filtered.map((v) => v.id);

  it('by state, recipient and type', () => {
    expect(ids(filterRequests(views, { ...all, states: ['draft', 'sent'] }))).toEqual([1, 3]);
    expect(ids(filterRequests(views, { ...all, recipient: 'digifinland' }))).toEqual([2]);
    expect(ids(filterRequests(views, { ...all, recipient: 'organization:org-1', type: 'service.removeItem' }))).toEqual([1, 3]);
  });

  it('by every word of the text over code, service (fi and sv), reason and article titles', () => {
    expect(ids(filterRequests(views, { ...all, query: 'lp-2026-0002' }))).toEqual([2]);
    expect(ids(filterRequests(views, { ...all, query: 'mödrarådgivning' }))).toEqual([3]);
    expect(ids(filterRequests(views, { ...all, query: 'graviditeten äitiys' }))).toEqual([3]);
    expect(ids(filterRequests(views, { ...all, query: 'kiinnitä' }))).toEqual([2]);
    expect(ids(filterRequests(views, { ...all, query: 'kiinnitä raskausaika' }))).toEqual([]);
  });
});

describe('the states a whole selection may move to', () => {
  it('is what every selected request allows, in the state machine order', () => {
    expect(commonNextStates([view({ id: 1, state: 'draft' })])).toEqual(['ready', 'withdrawn']);
    expect(commonNextStates([view({ id: 1, state: 'draft' }), view({ id: 2, state: 'ready' })])).toEqual(['withdrawn']);
    expect(commonNextStates([view({ id: 1, state: 'sent' }), view({ id: 2, state: 'done' })])).toEqual(['verified', 'rejected', 'withdrawn']);
    expect(commonNextStates([view({ id: 1, state: 'verified' }), view({ id: 2, state: 'draft' })])).toEqual([]);
  });

  it('is nothing for an empty selection', () => {
    expect(commonNextStates([])).toEqual([]);
  });
});

describe('age and addresses', () => {
  it('counts whole days since the request was made', () => {
    expect(ageInDays('2026-11-01T08:00:00.000Z', new Date('2026-11-01T20:00:00.000Z'))).toBe(0);
    expect(ageInDays('2026-11-01T08:00:00.000Z', new Date('2026-11-11T08:00:00.000Z'))).toBe(10);
    expect(ageInDays('not a date', new Date())).toBeNull();
  });

  it('links an address only when it looks like one', () => {
    expect(looksLikeEmail('kirjaamo@porvoo.fi')).toBe(true);
    expect(looksLikeEmail('  kirjaamo@porvoo.fi ')).toBe(true);
    expect(looksLikeEmail('Kirjaamo')).toBe(false);
    expect(looksLikeEmail('a@b')).toBe(false);
    expect(looksLikeEmail('x@y.fi?subject=<script>')).toBe(false);
    expect(looksLikeEmail('a b@c.fi')).toBe(false);
    expect(looksLikeEmail(null)).toBe(false);
  });
});

describe('the export dialog asks the server for the recipient it shows', () => {
  it('turns a recipient key into the export filter, and a selection into ids', async () => {
    const { exportInput, defaultChoices } = await import('../../client/src/features/exports/export-input');
    const org = recipientKey({ kind: 'organization', organizationId: 'org-1', name: 'Kunta' });
    expect(exportInput('01', { ...defaultChoices([]), recipient: org }).recipient).toEqual({ kind: 'organization', organizationId: 'org-1' });
    expect(exportInput('01', { ...defaultChoices([]), recipient: 'digifinland' }).recipient).toEqual({ kind: 'digifinland' });
    expect(exportInput('01', { ...defaultChoices([]), recipient: 'all' }).recipient).toBeNull();
    const selected = exportInput('01', defaultChoices([4, 7]));
    expect(selected).toMatchObject({ recipient: null, ids: [4, 7], markSent: true });
  });
});

describe('whether an export marks its requests sent', () => {
  it('marks sent by default for what goes to the recipient (letters, workbook), not for CSV or JSON', async () => {
    const { markSentByDefault } = await import('../../client/src/features/exports/export-input');
    expect(['xlsx', 'html', 'pdf'].map((f) => markSentByDefault(f as 'xlsx'))).toEqual([true, true, true]);
    expect(['csv', 'json'].map((f) => markSentByDefault(f as 'csv'))).toEqual([false, false]);
  });

  it('counts the ready requests the export would move to sent', async () => {
    const { readyToMark, defaultChoices } = await import('../../client/src/features/exports/export-input');
    const groups = [{ key: 'digifinland', ready: 2 }, { key: 'county', ready: 3 }];
    expect(readyToMark(defaultChoices([]), 0, groups)).toBe(5);
    expect(readyToMark({ ...defaultChoices([]), recipient: 'county' }, 0, groups)).toBe(3);
    expect(readyToMark({ ...defaultChoices([]), states: ['sent'] }, 0, groups)).toBe(0);
    expect(readyToMark({ ...defaultChoices([]), markSent: false }, 0, groups)).toBe(0);
    expect(readyToMark(defaultChoices([4, 7]), 1, groups)).toBe(1);
  });
});

describe('moves on the detail page', () => {
  it('tells forward moves from reopening and closing', async () => {
    const { moveKind } = await import('../../client/src/features/change-requests/request-moves');
    expect(moveKind('sent', 'done')).toBe('forward');
    expect(moveKind('draft', 'ready')).toBe('forward');
    expect(moveKind('verified', 'sent')).toBe('back');
    expect(moveKind('ready', 'draft')).toBe('back');
    expect(moveKind('rejected', 'draft')).toBe('back');
    expect(moveKind('done', 'rejected')).toBe('close');
    expect(moveKind('draft', 'withdrawn')).toBe('close');
  });
});
