/**
 * Automatic verification (issue 5 item 4): after a second catalogue import in which some of the
 * requested fixes happened and some did not, exactly the fixed requests are verified, the rest
 * say what is still wrong, and closed requests are left alone. An articles import verifies rule
 * requests; a failing check never undoes the import it follows.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeTransaction, type DbHandle } from '../../db/client';
import { listSnapshots, snapshotHashes } from '../../db/queries/catalogue';
import { findChangeRequest, insertChangeRequest, type ChangeRequestRecord, type NewChangeRequest } from '../../db/queries/change-requests';
import { listHistory } from '../../db/queries/history';
import type { ChangeRequestState, ChangeRequestType } from '../../shared/domain/change-request';
import { ArraySource } from '../../server/import/array-source';
import { importArticlesData } from '../../server/import/import-articles';
import { importPtv, type ImportProgress, type ImportPtvResult } from '../../server/import/import-ptv';
import { asUser } from '../../server/services/create-context';
import { syntheticService } from '../helpers/synthetic-ptv';
import { reloadUser, userNamed } from '../helpers/test-users';
import { ARTICLES, CLOCK, K1, K2, K3, K4, ORG_NGO, ORG_TOWN, REGION, S1, S2, S5, S6, catalogueRecords, createCaller, importSecondSnapshot, reviewFixture, sid } from './review-fixture';

const LATER = new Date('2026-12-01T08:00:00.000Z');
const F1 = sid(11);
const NEW_SERVICE = sid(7);
const terms = (...uris: string[]) => uris.map((uri) => ({ uri, name: [{ language: 'fi', value: 'termi' }] }));
const texts = (nameFi: string) => ({ nameFi, nameSv: '', summaryFi: '', summarySv: '', descriptionFi: '', descriptionSv: '' });

function addRequest(handle: DbHandle, type: ChangeRequestType, state: ChangeRequestState, fields: Partial<NewChangeRequest>): ChangeRequestRecord {
  return writeTransaction(handle, () =>
    insertChangeRequest(handle, {
      regionCode: REGION,
      type,
      recipient: { kind: 'organization', organizationId: ORG_TOWN, name: 'Esimerkkikunta', email: null },
      serviceId: null,
      itemKind: null,
      itemValue: null,
      reason: 'testipyyntö',
      details: {},
      state,
      sourceFlagId: null,
      sourceDescriptionRequestId: null,
      sourceProposalId: null,
      baseSnapshotId: 1,
      createdBy: 'Riikka Arvioija',
      createdAt: CLOCK.toISOString(),
      articleIds: ['a1'],
      ...fields,
    }),
  );
}

/**
 * The second catalogue: K1 is off S1 (but S6 keeps it), S5 gains K1 (so it surfaces in a1, yet
 * not in a5 whose rule wants K3), S2 gains its Swedish summary and description (the filler F1
 * does not), and two
 * new services: the requested "Lapsiperheiden kotipalvelu" of the town, and a "Vertaistukiryhmä"
 * of the town where the association's was asked for.
 */
function secondCatalogue(): Record<string, unknown>[] {
  return [
    ...catalogueRecords({
      1: { ontologyTerms: terms(K4) },
      2: {
        serviceDescriptions: [
          { language: 'fi', value: 'Kuvaus 2', type: 'Summary' },
          { language: 'sv', value: 'Beskrivning 2', type: 'Summary' },
          { language: 'sv', value: 'Lång beskrivning 2', type: 'Description' },
        ],
      },
      5: { ontologyTerms: terms(K4, K1) },
    }),
    syntheticService(7, { serviceNames: [{ language: 'fi', value: 'Lapsiperheiden Koti-palvelu', type: 'Name' }], areaType: 'LimitedType', areas: [{ type: 'Municipality', code: null, municipalities: [{ code: '018' }] }] }),
    syntheticService(8, { serviceNames: [{ language: 'fi', value: 'Vertaistukiryhmä', type: 'Name' }], areaType: 'LimitedType', areas: [{ type: 'Municipality', code: null, municipalities: [{ code: '018' }] }] }),
  ];
}

describe('verification after a second catalogue import', () => {
  let f: Awaited<ReturnType<typeof reviewFixture>>;
  let handle: DbHandle;
  let imported: ImportPtvResult;
  const phases: ImportProgress['phase'][] = [];
  const r = {} as Record<string, ChangeRequestRecord>;
  const now = (key: string) => findChangeRequest(handle, r[key]!.id)!;

  beforeAll(async () => {
    f = await reviewFixture();
    handle = f.context.handle;
    const s1Hash = snapshotHashes(handle, 1).get(S1)!;
    const s6Hash = snapshotHashes(handle, 1).get(S6)!;
    r['keywordOffS1'] = addRequest(handle, 'service.removeItem', 'sent', { serviceId: S1, itemKind: 'keywords', itemValue: K1, articleIds: ['a1', 'a2', 'a3'] });
    r['keywordOffS6'] = addRequest(handle, 'service.removeItem', 'sent', { serviceId: S6, itemKind: 'keywords', itemValue: K1, articleIds: ['a1', 'a2', 'a3'] });
    r['newDescription'] = addRequest(handle, 'description.new', 'ready', { recipient: { kind: 'county', organizationId: null, name: 'Itä-Uusimaa', email: null }, details: { texts: texts('Lapsiperheiden kotipalvelu'), organizationId: ORG_TOWN } });
    r['newDescriptionElsewhere'] = addRequest(handle, 'description.new', 'ready', { details: { texts: texts('Vertaistukiryhmä'), organizationId: ORG_NGO } });
    r['swedishS2'] = addRequest(handle, 'description.translate', 'done', { serviceId: S2, articleIds: ['a2'] });
    r['swedishF1'] = addRequest(handle, 'description.translate', 'sent', { serviceId: F1 });
    r['keywordOnS5'] = addRequest(handle, 'service.addItem', 'draft', { serviceId: S5, itemKind: 'keywords', itemValue: K1, articleIds: ['a1', 'a5'] });
    r['fixS1'] = addRequest(handle, 'description.fix', 'sent', { serviceId: S1, details: { baseServiceHash: s1Hash } });
    r['fixS6'] = addRequest(handle, 'description.fix', 'sent', { serviceId: S6, details: { baseServiceHash: s6Hash } });
    r['ruleWithoutK1'] = addRequest(handle, 'rule.removeItem', 'sent', { recipient: { kind: 'digifinland', organizationId: null, name: 'DigiFinland', email: null }, itemKind: 'keywords', itemValue: K1, articleIds: ['a3'] });
    // Closed requests whose fix did happen: the check must not touch them.
    r['rejected'] = addRequest(handle, 'service.removeItem', 'rejected', { serviceId: S1, itemKind: 'keywords', itemValue: K1 });
    r['withdrawn'] = addRequest(handle, 'description.translate', 'withdrawn', { serviceId: S2, articleIds: ['a2'] });
    r['verifiedBefore'] = addRequest(handle, 'service.removeItem', 'verified', { serviceId: S1, itemKind: 'keywords', itemValue: K1 });
    imported = await importPtv(handle, new ArraySource('second', secondCatalogue()), { now: () => LATER, onProgress: (p) => phases.push(p.phase) });
  });
  afterAll(() => f.cleanup());

  it('reports what the check verified in the import result (the CLI prints it) after a verify phase', () => {
    expect(imported.snapshotId).toBe(2);
    expect(imported.verificationError).toBeUndefined();
    expect(imported.verification).toEqual([
      {
        region: REGION,
        checked: 10,
        verified: [r['keywordOffS1']!.code, r['newDescription']!.code, r['swedishS2']!.code],
        stillOpen: ['keywordOffS6', 'newDescriptionElsewhere', 'swedishF1', 'keywordOnS5', 'fixS1', 'fixS6', 'ruleWithoutK1'].map((k) => r[k]!.code),
      },
    ]);
    expect(phases.slice(-2)).toEqual(['write', 'verify']);
  });

  it('verifies a removed keyword once the service surfaces in none of the articles', () => {
    expect(now('keywordOffS1')).toMatchObject({ state: 'verified', verifiedSnapshotId: 2, verification: { snapshotId: 2, at: LATER.toISOString(), fixed: true, problems: [] } });
  });

  it('keeps a request open whose keyword is still on the service, naming every article it still lets the service into', () => {
    const still = now('keywordOffS6');
    expect(still.state).toBe('sent');
    expect(still.verifiedSnapshotId).toBeNull();
    expect(still.verification?.problems).toEqual([
      { code: 'itemStillOnService', serviceId: S6, detail: K1 },
      ...['a1', 'a2', 'a3'].map((articleId) => ({ code: 'stillSurfaces', articleId, serviceId: S6, detail: `keywords:${K1} area:Municipality:434` })),
    ]);
  });

  it('finds the new description of that organisation by its name, written differently', () => {
    expect(now('newDescription')).toMatchObject({ state: 'verified', verification: { fixed: true, foundServiceId: NEW_SERVICE } });
  });

  it("does not take another organisation's service of the requested name for the new description", () => {
    expect(now('newDescriptionElsewhere')).toMatchObject({ state: 'ready', verification: { fixed: false, problems: [{ code: 'noSuchDescription', detail: 'Vertaistukiryhmä' }] } });
  });

  it('verifies the translation that arrived and names what is missing of the one that did not', () => {
    expect(now('swedishS2').state).toBe('verified');
    expect(now('swedishF1')).toMatchObject({ state: 'sent', verification: { fixed: false, problems: [{ code: 'swedishMissing', serviceId: F1, detail: 'summary,description' }] } });
  });

  it('a keyword added where only some of the articles now show the service is partly fixed', () => {
    const partly = now('keywordOnS5');
    expect(partly.state).toBe('draft');
    expect(partly.verification?.problems).toEqual([{ code: 'doesNotSurface', articleId: 'a5', serviceId: S5, detail: 'criteria_not_met' }]);
  });

  it('never verifies a description fix by itself: a changed service asks for a look, an unchanged one is not fixed yet', () => {
    expect(now('fixS1')).toMatchObject({ state: 'sent', verification: { fixed: false, problems: [{ code: 'changedNeedsLook', serviceId: S1 }] } });
    expect(now('fixS6')).toMatchObject({ state: 'sent', verification: { fixed: false, problems: [{ code: 'notChangedYet', serviceId: S6 }] } });
  });

  it('leaves rejected, withdrawn and already verified requests untouched', () => {
    for (const key of ['rejected', 'withdrawn', 'verifiedBefore']) expect(now(key), key).toEqual(r[key]);
  });

  it('stores one verification run for the region with the ids it verified and left open', () => {
    const runs = handle.sqlite.prepare(`SELECT region_code, snapshot_id, trigger, checked, verified_ids, still_open_ids, at FROM verification_runs`).all();
    expect(runs).toEqual([
      {
        region_code: REGION,
        snapshot_id: 2,
        trigger: 'catalogue',
        checked: 10,
        verified_ids: JSON.stringify([r['keywordOffS1']!.id, r['newDescription']!.id, r['swedishS2']!.id]),
        still_open_ids: JSON.stringify(['keywordOffS6', 'newDescriptionElsewhere', 'swedishF1', 'keywordOnS5', 'fixS1', 'fixS6', 'ruleWithoutK1'].map((k) => r[k]!.id)),
        at: LATER.toISOString(),
      },
    ]);
  });

  it('records a verified event per request and one summary of the run, by the automatic check', () => {
    const verified = listHistory(handle, { kinds: ['changeRequest.verified'], limit: 50 }).reverse();
    expect(verified.map((e) => [e.changeRequestId, e.userName, e.userId, e.data['from']])).toEqual([
      [r['keywordOffS1']!.id, 'verification', null, 'sent'],
      [r['newDescription']!.id, 'verification', null, 'ready'],
      [r['swedishS2']!.id, 'verification', null, 'done'],
    ]);
    expect(verified[1]?.data).toMatchObject({ code: r['newDescription']!.code, snapshotId: 2, trigger: 'catalogue', foundServiceId: NEW_SERVICE });
    const checked = listHistory(handle, { kinds: ['changeRequest.checked'], limit: 50 });
    expect(checked).toHaveLength(1);
    expect(checked[0]).toMatchObject({ regionCode: REGION, at: LATER.toISOString(), data: { trigger: 'catalogue', snapshotId: 2, checked: 10, stillOpen: 7 } });
  });

  it('shows the run with request codes; a participant sees only the requests of their workshops', async () => {
    const [run] = await f.caller.verification.runs({ region: REGION });
    expect(run).toMatchObject({ snapshotId: 2, trigger: 'catalogue', checked: 10, verified: [{ id: r['keywordOffS1']!.id, code: r['keywordOffS1']!.code }, { code: r['newDescription']!.code }, { code: r['swedishS2']!.code }] });
    const participant = userNamed(handle, 'Pekka Osallistuja', 'participant');
    writeTransaction(handle, () => {
      const id = Number(handle.sqlite.prepare(`INSERT INTO workshops (name, topics, date, deadline, mode, facilitator_id, region_code, created_by, created_at, version) VALUES ('Tuki', '[]', '2026-11-20', '2026-12-31', 'async', NULL, ?, 'test', ?, 1)`).run(REGION, CLOCK.toISOString()).lastInsertRowid);
      handle.sqlite.prepare(`INSERT INTO workshop_articles (workshop_id, article_id, position) VALUES (?, 'a5', 0)`).run(id);
      handle.sqlite.prepare(`INSERT INTO workshop_participants (workshop_id, user_id) VALUES (?, ?)`).run(id, participant.id);
    });
    const asParticipant = createCaller({ ...asUser(f.context, reloadUser(handle, participant)), now: () => LATER });
    expect(await asParticipant.verification.runs({ region: REGION })).toEqual([
      { id: run!.id, snapshotId: 2, trigger: 'catalogue', at: LATER.toISOString(), checked: 1, verified: [], stillOpen: [{ id: r['keywordOnS5']!.id, code: r['keywordOnS5']!.code }] },
    ]);
  });

  it('a manager can check again by hand: nothing new is verified, the run is recorded in their name', async () => {
    const manual = await f.as('Maija Manageri', LATER).verification.verifyNow({ region: REGION });
    expect(manual).toMatchObject({ snapshotId: 2, trigger: 'manual', checked: 7, verified: [] });
    expect(listHistory(handle, { kinds: ['changeRequest.checked'], limit: 1 })[0]).toMatchObject({ userName: 'Maija Manageri', data: { trigger: 'manual' } });
    expect((await f.caller.verification.runs({ region: REGION, limit: 1 })).map((run) => run.trigger)).toEqual(['manual']);
  });

  it('an articles import verifies a rule request whose keyword the rule no longer has', () => {
    const rules = ARTICLES.map((a) => (a.id === 'a3' ? { ...a, rule: { keywords: [K2, K3] } } : a));
    const result = importArticlesData(handle, { articles: rules }, 'articles-2', { now: () => LATER });
    expect(result.verification).toEqual([expect.objectContaining({ region: REGION, verified: [r['ruleWithoutK1']!.code] })]);
    expect(now('ruleWithoutK1')).toMatchObject({ state: 'verified', verifiedSnapshotId: 2, verification: { fixed: true } });
    const [run] = handle.sqlite.prepare(`SELECT trigger, snapshot_id AS snapshotId FROM verification_runs ORDER BY id DESC LIMIT 1`).all();
    expect(run).toEqual({ trigger: 'articles', snapshotId: 2 });
  });
});

describe('verification judges what the request asked for, not more', () => {
  let f: Awaited<ReturnType<typeof reviewFixture>>;
  beforeEach(async () => {
    f = await reviewFixture();
  });
  afterEach(() => f.cleanup());

  it('verifies a removed keyword although another keyword rightly keeps the service in one of the articles', async () => {
    // S1 had K1 and K2; the flag on K1 covered a1–a3, and a2's rule also wants K2.
    await importSecondSnapshot(f.context, { 1: { ontologyTerms: terms(K1, K2) } });
    const request = addRequest(f.context.handle, 'service.removeItem', 'sent', { serviceId: S1, itemKind: 'keywords', itemValue: K1, articleIds: ['a1', 'a2', 'a3'], baseSnapshotId: 2 });
    await importSecondSnapshot(f.context, { 1: { ontologyTerms: terms(K2) } });
    expect(findChangeRequest(f.context.handle, request.id)).toMatchObject({ state: 'verified', verifiedSnapshotId: 3, verification: { fixed: true, problems: [] } });
  });

  it('does not take a service that was already there for a new description, of any or of the named organisation', async () => {
    const texts = { nameFi: 'Perheneuvola', nameSv: '', summaryFi: '', summarySv: '', descriptionFi: '', descriptionSv: '' };
    const anyOwner = await f.caller.changeRequests.create({ region: REGION, type: 'description.new', articleIds: ['a1'], reason: 'uusi kuvaus', details: { texts } });
    const named = await f.caller.changeRequests.create({ region: REGION, type: 'description.new', articleIds: ['a2'], reason: 'uusi kuvaus', details: { texts, organizationId: ORG_TOWN } });
    // Imported from a file: no snapshot of its own, so the one newest when it was written.
    const imported = addRequest(f.context.handle, 'description.new', 'sent', { details: { texts }, baseSnapshotId: null, createdAt: LATER.toISOString() });
    await f.as('Maija Manageri', LATER).verification.verifyNow({ region: REGION });
    await importSecondSnapshot(f.context, {});
    const notFound = { fixed: false, problems: [{ code: 'noSuchDescription', detail: 'Perheneuvola' }] };
    expect(findChangeRequest(f.context.handle, anyOwner.id)).toMatchObject({ state: 'draft', verification: notFound });
    expect(findChangeRequest(f.context.handle, named.id)).toMatchObject({ state: 'draft', verification: notFound });
    expect(findChangeRequest(f.context.handle, imported.id)).toMatchObject({ state: 'sent', verification: notFound });
  });
});

describe('a failing verification', () => {
  it('does not undo the catalogue import it follows, and tells the browser no internals', async () => {
    const f = await reviewFixture();
    const { handle } = f.context;
    const logged: unknown[] = [];
    try {
      const request = addRequest(handle, 'service.removeItem', 'sent', { serviceId: S1, itemKind: 'keywords', itemValue: K1 });
      // A request the check cannot read makes the whole check fail.
      handle.sqlite.prepare(`UPDATE change_requests SET details = '{broken' WHERE id = ?`).run(request.id);
      const result = await importPtv(handle, new ArraySource('second', secondCatalogue()), { now: () => LATER, onVerificationError: (error) => logged.push(error) });
      expect(result.snapshotId).toBe(2);
      expect(result.verification).toBeUndefined();
      expect(result.verificationError).toBe('checking the open change requests failed (see the server log); they are checked again at the next import or by hand');
      expect(logged).toEqual([expect.any(SyntaxError)]);
      expect(String(logged[0])).toMatch(/JSON/);
      expect(listSnapshots(handle).map((s) => s.id).sort()).toEqual([1, 2]);
      expect(listHistory(handle, { kinds: ['import.catalogue'], limit: 5 }).map((e) => e.data['snapshotId'])).toEqual([2, 1]);
      expect(handle.sqlite.prepare(`SELECT state, verification FROM change_requests WHERE id = ?`).get(request.id)).toEqual({ state: 'sent', verification: null });
      expect(handle.sqlite.prepare(`SELECT count(*) FROM verification_runs`).pluck().get()).toBe(0);
    } finally {
      f.cleanup();
    }
  });

  it('from the command line, writes what failed to standard error', async () => {
    const f = await reviewFixture();
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const request = addRequest(f.context.handle, 'service.removeItem', 'sent', { serviceId: S1, itemKind: 'keywords', itemValue: K1 });
      f.context.handle.sqlite.prepare(`UPDATE change_requests SET details = '{broken' WHERE id = ?`).run(request.id);
      const result = importArticlesData(f.context.handle, { articles: ARTICLES }, 'articles-2', { now: () => LATER });
      expect(result.verificationError).not.toMatch(/JSON/);
      expect(stderr).toHaveBeenCalledWith(expect.stringMatching(/^verification after the articles import failed: SyntaxError: .*JSON/));
    } finally {
      stderr.mockRestore();
      f.cleanup();
    }
  });
});
