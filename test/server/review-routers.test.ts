/**
 * Every review procedure through createCaller: one valid call that must succeed, and bad input
 * (extra keys, empty or oversized strings, wrong types, unknown ids) answered with the 4xx code
 * the API promises. The tables are checked against the router, so a new procedure needs a row.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTransaction } from '../../db/client';
import { setPasswordHash, updateTotp } from '../../db/queries/users';
import { createAccountWithInvite } from '../../server/auth/accounts';
import { hashPassword } from '../../server/auth/password-hash';
import { newTotpSecret, stepAt, totpCode } from '../../server/auth/totp';
import { totpStateOf } from '../../db/queries/users';
import { appRouter } from '../../server/routers/_app';
import { dumpTables } from '../helpers/temp-db';
import { testAuthSettings } from '../helpers/test-app';
import { CLOCK, K1, K3, REGION, S1, S3, S6, reviewFixture } from './review-fixture';

let f: Awaited<ReturnType<typeof reviewFixture>>;
let flagId: number;
/** The caller (a manager, id 1) signs in with this password; the auth rows change it. */
const password = 'vanha hyvä salasana';
const newPassword = 'uusi vielä parempi salasana';
const riikka = 'riikka.arvioija.manager@test.invalid';
/** An invitation made before the rows run (its account is id 2); the rows look it up and accept it. */
let inviteToken = '';
/** The account users.create makes (id 3), which the other users.* rows then edit. */
const createdUserId = 3;
beforeAll(async () => {
  f = await reviewFixture();
  const caller = f.context.user!;
  expect(caller).toMatchObject({ id: 1, email: riikka });
  const hash = await hashPassword(password, testAuthSettings.scrypt);
  writeTransaction(f.context.handle, () => setPasswordHash(f.context.handle, caller.id, hash));
  const invited = createAccountWithInvite(f.context.handle, f.context.auth, { email: 'kutsuttu@example.fi', name: 'Kutsuttu Käyttäjä', role: 'viewer' }, 'test', CLOCK);
  expect(invited.id).toBe(2);
  inviteToken = invited.token;
  flagId = (await f.caller.flags.create({ region: REGION, articleId: 'a1', serviceId: S1, itemKind: 'keywords', itemValue: K1, target: 'service', reason: 'väärä' })).id;
});
afterAll(() => f.cleanup());

type Input = Record<string, unknown>;
/** The invitation token is only known once beforeAll ran: rows name it with this placeholder. */
const INVITE = '<invite token>';
/** …and the authenticator app's code for the caller's second factor, made when the row runs. */
const TOTP = '<totp code>';
/** …and the id of the job the exports.start row began (known once that row ran). */
const JOB = '<job id>';
let jobId = '';
function currentTotpCode(): string {
  const user = f.context.user!;
  // Starts enrolment as auth.totpBegin does (when no row has yet), then reads the code the app would show now.
  if (!totpStateOf(f.context.handle, user.id).pendingSecret) writeTransaction(f.context.handle, () => updateTotp(f.context.handle, user.id, { pendingSecret: newTotpSecret() }));
  return totpCode(totpStateOf(f.context.handle, user.id).pendingSecret!, stepAt(CLOCK));
}
const withToken = (input: unknown): unknown => {
  if (!input || typeof input !== 'object') return input;
  const fields = input as Input;
  if (fields['token'] === INVITE) return { ...fields, token: inviteToken };
  if (fields['code'] === TOTP) return { ...fields, code: currentTotpCode() };
  if (fields['id'] === JOB) return { ...fields, id: jobId };
  return input;
};
const call = (path: string, input?: unknown): Promise<unknown> => {
  const [group, name] = path.split('.') as [string, string];
  const procedures = (f.caller as unknown as Record<string, Record<string, (input?: unknown) => Promise<unknown>>>)[group]!;
  return procedures[name]!(withToken(input));
};
const long = (n: number) => 'x'.repeat(n);
const bilingual = { fi: 'Nimi', sv: 'Namn' };

/** A valid input per procedure that takes one; `check` says what the result must show. */
const valid: Record<string, { input: Input; check: (result: never) => void }> = {
  'articles.list': { input: { region: REGION, compareSnapshot: 1 }, check: (r: { articles: unknown[] }) => expect(r.articles).toHaveLength(5) },
  'articles.diff': { input: { region: REGION, articleId: 'a4' }, check: (r: { items: { serviceId: string }[] }) => expect(r.items.map((i) => i.serviceId)).toEqual([S1]) },
  'decisions.set': { input: { region: REGION, articleId: 'a5', serviceIds: [S3], decision: 'exclude', note: null, baseVersion: 0 }, check: (r) => expect(r).toEqual({ version: 1, changed: 1 }) },
  'decisions.clear': { input: { region: REGION, articleId: 'a5', serviceIds: [S3], baseVersion: 1 }, check: (r) => expect(r).toEqual({ version: 2, changed: 1, removed: 1 }) },
  // Undoes the clear just above: the exclusion is back.
  'decisions.undoLast': { input: { region: REGION }, check: (r) => expect(r).toEqual({ version: 3, changed: 1, articleId: 'a5' }) },
  'flags.coverage': { input: { region: REGION, articleId: 'a4', serviceId: S1, itemKind: 'serviceClasses', itemValue: 'P9.1', target: 'service' }, check: (r: { id: string }[]) => expect(r.map((a) => a.id)).toEqual(['a4']) },
  'flags.create': { input: { region: REGION, articleId: 'a4', serviceId: S1, itemKind: 'serviceClasses', itemValue: 'P9.1', target: 'rule', reason: 'luokka väärin' }, check: (r) => expect(r).toMatchObject({ created: true, target: 'rule' }) },
  'flags.list': { input: { region: REGION, articleId: 'a3', serviceId: null }, check: (r: { id: number }[]) => expect(r.map((x) => x.id)).toContain(flagId) },
  'flags.withdraw': { input: { id: 1 }, check: (r) => expect(r).toEqual({ id: 1, status: 'withdrawn' }) },
  'descriptionRequests.create': {
    input: { region: REGION, name: bilingual, summary: bilingual, description: bilingual, organizationName: 'Kunta', keywords: [], serviceClasses: [], targetGroups: [], articleIds: ['a5'] },
    check: (r: { id: number }) => expect(r.id).toBeGreaterThan(0),
  },
  'descriptionRequests.list': { input: { region: REGION, articleId: 'a5' }, check: (r: unknown[]) => expect(r).toHaveLength(1) },
  'comments.add': { input: { articleId: 'a5', serviceId: null, body: 'hei' }, check: (r) => expect(r).toMatchObject({ articleId: 'a5', body: 'hei' }) },
  'comments.list': { input: { articleId: 'a5' }, check: (r: unknown[]) => expect(r).toHaveLength(1) },
  'services.search': { input: { region: REGION, query: 'perheneuvola' }, check: (r: { total: number }) => expect(r.total).toBe(1) },
  'services.detail': { input: { region: REGION, serviceId: S1 }, check: (r: { articles: unknown[] }) => expect(r.articles).toHaveLength(4) },
  'services.explain': { input: { region: REGION, articleId: 'a1', serviceId: S3 }, check: (r) => expect(r).toMatchObject({ absence: { reason: 'outside_region' } }) },
  'history.list': {
    input: { articleId: 'a5', limit: 10 },
    check: (r: { events: { kind: string }[] }) => expect(r.events.map((e) => e.kind)).toEqual(['comment.added', 'request.created', 'decision.undone', 'decision.cleared', 'decision.set']),
  },
  'auth.signIn': { input: { email: riikka, password }, check: (r) => expect(r).toMatchObject({ id: 1, role: 'manager' }) },
  'auth.changePassword': { input: { current: password, next: newPassword }, check: (r) => expect(r).toEqual({ ok: true }) },
  'auth.invite': { input: { token: INVITE }, check: (r) => expect(r).toEqual({ email: 'kutsuttu@example.fi', name: 'Kutsuttu Käyttäjä' }) },
  'auth.acceptInvite': { input: { token: INVITE, password: 'kutsutun oma salasana' }, check: (r) => expect(r).toMatchObject({ id: 2, role: 'viewer' }) },
  'users.create': {
    input: { email: 'uusi.kayttaja@example.fi', name: 'Uusi Käyttäjä', role: 'lead', topics: ['vauva'] },
    check: (r: { id: number }) => expect(r.id).toBe(createdUserId),
  },
  'users.update': { input: { id: createdUserId, version: 1, name: 'Uusi Vetäjä', role: 'lead', topics: ['tuki'] }, check: (r) => expect(r).toMatchObject({ id: createdUserId, name: 'Uusi Vetäjä', topics: ['tuki'] }) },
  'users.reinvite': { input: { id: createdUserId }, check: (r: { id: number }) => expect(r.id).toBe(createdUserId) },
  'users.deactivate': { input: { id: createdUserId }, check: (r) => expect(r).toMatchObject({ id: createdUserId, active: false }) },
  'users.reactivate': { input: { id: createdUserId }, check: (r) => expect(r).toMatchObject({ id: createdUserId, active: true }) },
  'rules.get': { input: { articleId: 'a5' }, check: (r) => expect(r).toMatchObject({ articleId: 'a5', version: 1, rule: { keywords: [K3] } }) },
  'rules.update': { input: { articleId: 'a5', version: 1, rule: { keywords: [K3, K1] } }, check: (r) => expect(r).toEqual({ version: 2, changed: true }) },
  // After auth.changePassword above: the caller's password is now newPassword.
  'auth.totpBegin': { input: { password: newPassword }, check: (r) => expect(r).toMatchObject({ secret: expect.stringMatching(/^[A-Z2-7]{32}$/) }) },
  'auth.totpConfirm': { input: { code: TOTP }, check: (r) => expect(r).toEqual({ ok: true }) },
  'auth.totpDisable': { input: { password: newPassword }, check: (r) => expect(r).toEqual({ ok: true }) },
  'workshops.create': {
    input: { name: 'Vauvaiän työpaja', topics: ['vauva'], date: '2026-12-01', deadline: '2026-12-15', mode: 'async', facilitatorId: null, region: REGION, articleIds: ['a1', 'a2'], participantIds: [2] },
    check: (r) => expect(r).toEqual({ id: 1, version: 1, articles: 2 }),
  },
  'workshops.get': { input: { id: 1 }, check: (r: { name: string; articles: { id: string }[] }) => expect([r.name, r.articles.map((a) => a.id)]).toEqual(['Vauvaiän työpaja', ['a1', 'a2']]) },
  'workshops.update': {
    input: { id: 1, version: 1, name: 'Vauvaiän työpaja (live)', topics: ['vauva'], date: '2026-12-01', deadline: null, mode: 'live', facilitatorId: 1, region: REGION, articleIds: ['a1', 'a2'], participantIds: [2] },
    check: (r) => expect(r).toEqual({ id: 1, version: 2, articles: 2 }),
  },
  'workshops.stats': { input: { id: 1 }, check: (r: { totals: { articles: number; participants: number } }) => expect(r.totals).toMatchObject({ articles: 2, participants: 1 }) },
  'workshops.moveLive': { input: { id: 1, articleId: 'a1' }, check: (r) => expect(r).toEqual({ id: 1, liveArticleId: 'a1' }) },
  'proposals.set': { input: { articleId: 'a1', serviceId: S1, kind: 'belongs', comment: 'kuuluu' }, check: (r) => expect(r).toMatchObject({ id: 1, serviceId: S1, kind: 'belongs', mine: true }) },
  'proposals.forArticle': { input: { region: REGION, articleId: 'a1' }, check: (r: { services: { serviceId: string }[] }) => expect(r.services.map((x) => x.serviceId)).toEqual([S1]) },
  'proposals.withdraw': { input: { id: 1 }, check: (r) => expect(r).toEqual({ id: 1, withdrawn: true }) },
  // Decides every service surfacing in a1, so the sign-off below is possible.
  'proposals.accept': {
    input: { region: REGION, articleId: 'a1', decisions: [{ serviceId: S1, decision: 'include' }, { serviceId: S6, decision: 'exclude' }], baseVersion: 0 },
    check: (r) => expect(r).toMatchObject({ version: 1 }),
  },
  'signoffs.signOff': { input: { region: REGION, articleId: 'a1', baseVersion: 1, comment: null }, check: (r) => expect(r).toMatchObject({ action: 'signed_off' }) },
  'signoffs.state': { input: { region: REGION, articleId: 'a1' }, check: (r: { latest: unknown; unreviewed: number }) => expect(r).toMatchObject({ latest: { action: 'signed_off' }, unreviewed: 0 }) },
  'signoffs.drifted': { input: { region: REGION }, check: (r) => expect(r).toEqual({ snapshot: 1, articles: [] }) },
  'signoffs.sendBack': { input: { region: REGION, articleId: 'a1', comment: 'Tarkista vielä perheneuvola' }, check: (r) => expect(r).toMatchObject({ action: 'sent_back' }) },
  'dashboard.overview': { input: { region: REGION }, check: (r) => expect(r).toMatchObject({ region: REGION, scoped: false, progress: { articles: 5 } }) },
  // Checks the region's open requests (those earlier rows made, if any) against the latest snapshot.
  'verification.verifyNow': {
    input: { region: REGION },
    check: (r: { trigger: string; checked: number } | null) => {
      const open = f.context.handle.sqlite.prepare(`SELECT count(*) FROM change_requests WHERE region_code = ? AND state IN ('draft', 'ready', 'sent', 'done')`).pluck().get(REGION) as number;
      expect(r === null ? 0 : r.checked).toBe(open);
      if (r) expect(r.trigger).toBe('manual');
    },
  },
  'verification.runs': {
    input: { region: REGION, limit: 5 },
    check: (r: { id: number }[]) => expect(r.map((run) => run.id)).toEqual(f.context.handle.sqlite.prepare(`SELECT id FROM verification_runs WHERE region_code = ? ORDER BY id DESC LIMIT 5`).pluck().all(REGION)),
  },
  // Change requests, in order: ids 1–4 are made here (flag 2 is the rule flag on a4, description request 1 names a5).
  'changeRequests.fromFlag': {
    input: { region: REGION, flagId: 2 },
    check: (r) => expect(r).toMatchObject({ merged: false, request: { id: 1, type: 'rule.removeItem', itemValue: 'P9', recipient: { kind: 'digifinland' }, articles: [{ id: 'a4' }] } }),
  },
  'changeRequests.create': {
    input: { region: REGION, type: 'service.removeItem', serviceId: S1, itemKind: 'keywords', itemValue: K1, articleIds: ['a1'], reason: 'asiasana väärin' },
    check: (r) => expect(r).toMatchObject({ id: 2, merged: false, state: 'draft', recipient: { kind: 'organization', name: 'Esimerkkikunta' } }),
  },
  'changeRequests.fromDescriptionRequest': { input: { region: REGION, descriptionRequestId: 1 }, check: (r) => expect(r).toMatchObject({ merged: false, request: { id: 3, type: 'description.new', recipient: { kind: 'county' } } }) },
  'changeRequests.fromMissing': {
    input: { region: REGION, articleId: 'a5', serviceId: S1, type: 'rule.pin', reason: 'kuuluu tähän', proposalId: null },
    check: (r) => expect(r).toMatchObject({ merged: false, request: { id: 4, type: 'rule.pin', serviceId: S1 } }),
  },
  'changeRequests.update': { input: { region: REGION, id: 2, baseVersion: 1, reason: 'tarkennettu perustelu' }, check: (r) => expect(r).toMatchObject({ id: 2, version: 2, reason: 'tarkennettu perustelu' }) },
  'changeRequests.move': {
    input: { region: REGION, to: 'ready', requests: [{ id: 2, baseVersion: 2 }, { id: 1, baseVersion: 1 }], note: null },
    check: (r: { requests: { id: number; state: string }[] }) => expect(r.requests.map((x) => [x.id, x.state])).toEqual([[2, 'ready'], [1, 'ready']]),
  },
  'changeRequests.list': { input: { region: REGION, states: ['ready'] }, check: (r: { requests: { id: number }[] }) => expect(r.requests.map((x) => x.id)).toEqual([1, 2]) },
  'changeRequests.get': {
    input: { region: REGION, id: 2 },
    check: (r: { history: { kind: string }[] }) => expect(r.history.map((e) => e.kind)).toEqual(['changeRequest.moved', 'changeRequest.changed', 'changeRequest.created']),
  },
  // Starts an export job; it selects no request (none is verified), so it ends failed without
  // writing anything, whenever it runs (exports-create.test.ts follows a job that writes).
  'exports.start': {
    input: { region: REGION, format: 'csv', language: 'fi', recipient: null, states: ['verified'], ids: null, csvSeparator: ',', markSent: false },
    check: (r: { id: string; kind: string; status: string }) => {
      expect(r).toMatchObject({ kind: 'export.requests', status: 'running' });
      jobId = r.id;
    },
  },
  'jobs.get': { input: { id: JOB }, check: (r) => expect(r).toMatchObject({ kind: 'export.requests', userId: 1 }) },
  'exports.list': { input: { region: REGION }, check: (r) => expect(r).toEqual([]) },
};
const withoutInput = [
  'catalogue.snapshots',
  'catalogue.regions',
  'catalogue.organizations',
  'catalogue.codeLabels',
  'catalogue.municipalities',
  'catalogue.topics',
  'auth.methods',
  'auth.me',
  'auth.signOut',
  'users.list',
  'users.account',
  'workshops.list',
  'workshops.people',
];

type Code = 'BAD_REQUEST' | 'NOT_FOUND' | 'CONFLICT';
const with_ = (path: string, fields: Input): Input => ({ ...valid[path]!.input, ...fields });
/** [procedure, what is wrong, input, code]; every procedure with input also gets an extra-key row. */
const bad: [string, string, Input, Code][] = [
  ...Object.keys(valid).map((path): [string, string, Input, Code] => [path, 'an extra key', with_(path, { extra: 1 }), 'BAD_REQUEST']),
  ['articles.list', 'an empty region', { region: '   ' }, 'BAD_REQUEST'],
  ['articles.list', 'an oversized region', { region: long(21) }, 'BAD_REQUEST'],
  ['articles.list', 'an unknown region', { region: 'zz' }, 'BAD_REQUEST'],
  ['articles.list', 'a snapshot id that is not a positive integer', { region: REGION, compareSnapshot: 1.5 }, 'BAD_REQUEST'],
  ['articles.list', 'no input at all', {}, 'BAD_REQUEST'],
  // Unknown articles are NOT_FOUND since sign-in landed: the access check looks the article up first.
  ['articles.diff', 'an unknown article', with_('articles.diff', { articleId: 'nope' }), 'NOT_FOUND'],
  ['articles.diff', 'an oversized article id', with_('articles.diff', { articleId: long(201) }), 'BAD_REQUEST'],
  ['decisions.set', 'no services', with_('decisions.set', { serviceIds: [] }), 'BAD_REQUEST'],
  ['decisions.set', 'more than 500 services', with_('decisions.set', { serviceIds: Array.from({ length: 501 }, (_, i) => `s${i}`) }), 'BAD_REQUEST'],
  ['decisions.set', 'an oversized service id', with_('decisions.set', { serviceIds: [long(101)] }), 'BAD_REQUEST'],
  ['decisions.set', 'an unknown decision', with_('decisions.set', { decision: 'maybe' }), 'BAD_REQUEST'],
  ['decisions.set', 'an oversized note', with_('decisions.set', { note: long(2001) }), 'BAD_REQUEST'],
  ['decisions.set', 'an unknown article', with_('decisions.set', { articleId: 'nope' }), 'NOT_FOUND'],
  ['decisions.set', 'an unknown region', with_('decisions.set', { region: 'zz' }), 'BAD_REQUEST'],
  ['decisions.set', 'no base version', { ...with_('decisions.set', {}), baseVersion: undefined }, 'BAD_REQUEST'],
  ['decisions.set', 'a negative base version', with_('decisions.set', { baseVersion: -1 }), 'BAD_REQUEST'],
  ['decisions.set', 'a base version from the future', with_('decisions.set', { baseVersion: 99 }), 'CONFLICT'],
  ['decisions.clear', 'an empty article id', with_('decisions.clear', { articleId: '' }), 'BAD_REQUEST'],
  ['decisions.clear', 'a service id that is not a string', with_('decisions.clear', { serviceIds: [5] }), 'BAD_REQUEST'],
  ['decisions.clear', 'no region', { ...with_('decisions.clear', {}), region: undefined }, 'BAD_REQUEST'],
  ['decisions.clear', 'an unknown article', with_('decisions.clear', { articleId: 'nope' }), 'NOT_FOUND'],
  ['decisions.undoLast', 'an empty region', { region: '' }, 'BAD_REQUEST'],
  ['decisions.undoLast', 'an oversized region', { region: long(21) }, 'BAD_REQUEST'],
  ['flags.coverage', 'an unknown item kind', with_('flags.coverage', { itemKind: 'colour' }), 'BAD_REQUEST'],
  ['flags.coverage', 'an unknown target', with_('flags.coverage', { target: 'everyone' }), 'BAD_REQUEST'],
  // Elsewhere an unknown region is BAD_REQUEST (or an empty list); here it is NOT_FOUND, from the workspace.
  ['flags.coverage', 'an unknown region', with_('flags.coverage', { region: 'zz' }), 'NOT_FOUND'],
  ['flags.create', 'an empty item value', with_('flags.create', { itemValue: ' ' }), 'BAD_REQUEST'],
  ['flags.create', 'an oversized reason', with_('flags.create', { reason: long(2001) }), 'BAD_REQUEST'],
  ['flags.create', 'a service that does not surface there', with_('flags.create', { serviceId: S3 }), 'BAD_REQUEST'],
  ['flags.list', 'an empty region', { region: '' }, 'BAD_REQUEST'],
  ['flags.withdraw', 'id zero', { id: 0 }, 'BAD_REQUEST'],
  ['flags.withdraw', 'an id as a string', { id: '1' }, 'BAD_REQUEST'],
  ['flags.withdraw', 'an unknown flag', { id: 987654 }, 'NOT_FOUND'],
  ['descriptionRequests.create', 'no Swedish description', with_('descriptionRequests.create', { description: { fi: 'Kuvaus' } }), 'BAD_REQUEST'],
  ['descriptionRequests.create', 'an extra language', with_('descriptionRequests.create', { name: { ...bilingual, en: 'Name' } }), 'BAD_REQUEST'],
  ['descriptionRequests.create', 'an oversized description', with_('descriptionRequests.create', { description: { fi: long(5001), sv: 'x' } }), 'BAD_REQUEST'],
  ['descriptionRequests.create', 'more than 50 keywords', with_('descriptionRequests.create', { keywords: Array.from({ length: 51 }, (_, i) => `k${i}`) }), 'BAD_REQUEST'],
  ['descriptionRequests.create', 'an unknown article', with_('descriptionRequests.create', { articleIds: ['nope'] }), 'BAD_REQUEST'],
  ['descriptionRequests.list', 'an oversized article id', { region: REGION, articleId: long(201) }, 'BAD_REQUEST'],
  ['comments.list', 'an empty article id', { articleId: '' }, 'BAD_REQUEST'],
  ['comments.add', 'an empty body', with_('comments.add', { body: '' }), 'BAD_REQUEST'],
  ['comments.add', 'an unknown article', with_('comments.add', { articleId: 'nope' }), 'NOT_FOUND'],
  ['services.search', 'a zero limit', with_('services.search', { limit: 0 }), 'BAD_REQUEST'],
  ['services.search', 'a limit over 500', with_('services.search', { limit: 501 }), 'BAD_REQUEST'],
  ['services.search', 'a negative offset', with_('services.search', { offset: -1 }), 'BAD_REQUEST'],
  ['services.search', 'an oversized query', with_('services.search', { query: long(201) }), 'BAD_REQUEST'],
  ['services.search', 'an unknown area', with_('services.search', { areas: ['local'] }), 'BAD_REQUEST'],
  ['services.search', 'an unknown language state', with_('services.search', { languages: ['en'] }), 'BAD_REQUEST'],
  ['services.search', 'an unknown region', with_('services.search', { region: 'zz' }), 'BAD_REQUEST'],
  ['services.detail', 'an empty service id', with_('services.detail', { serviceId: '' }), 'BAD_REQUEST'],
  ['services.detail', 'a service not in the snapshot', with_('services.detail', { serviceId: 'nope' }), 'NOT_FOUND'],
  ['services.explain', 'an unknown article', with_('services.explain', { articleId: 'nope' }), 'NOT_FOUND'],
  ['services.explain', 'an unknown region', with_('services.explain', { region: 'zz' }), 'BAD_REQUEST'],
  ['history.list', 'a zero limit', { limit: 0 }, 'BAD_REQUEST'],
  ['history.list', 'a limit over 200', { limit: 201 }, 'BAD_REQUEST'],
  ['history.list', 'a fractional cursor', { beforeId: 1.5 }, 'BAD_REQUEST'],
  ['history.list', 'an unknown article', { articleId: 'nope' }, 'NOT_FOUND'],
  ['auth.signIn', 'an empty email', with_('auth.signIn', { email: ' ' }), 'BAD_REQUEST'],
  ['auth.signIn', 'an oversized password', with_('auth.signIn', { password: long(513) }), 'BAD_REQUEST'],
  ['auth.signIn', 'a wrong password', with_('auth.signIn', { password: 'ei tämä ainakaan' }), 'BAD_REQUEST'],
  ['auth.changePassword', 'a wrong current password', with_('auth.changePassword', { current: 'ei tämä ainakaan' }), 'BAD_REQUEST'],
  ['auth.changePassword', 'an empty new password', with_('auth.changePassword', { next: '' }), 'BAD_REQUEST'],
  ['auth.changePassword', 'a common new password', { current: newPassword, next: 'salasana123' }, 'BAD_REQUEST'],
  ['auth.invite', 'an empty token', { token: '' }, 'BAD_REQUEST'],
  ['auth.invite', 'an oversized token', { token: long(101) }, 'BAD_REQUEST'],
  ['auth.acceptInvite', 'a used invitation', with_('auth.acceptInvite', { password: 'vielä yksi salasana' }), 'BAD_REQUEST'],
  ['auth.acceptInvite', 'an unknown invitation', with_('auth.acceptInvite', { token: 'A'.repeat(43) }), 'BAD_REQUEST'],
  ['auth.acceptInvite', 'a too short password', with_('auth.acceptInvite', { password: 'lyhyt' }), 'BAD_REQUEST'],
  ['users.create', 'an email that is taken', with_('users.create', {}), 'BAD_REQUEST'],
  ['users.create', 'an unknown role', with_('users.create', { email: 'toinen@example.fi', role: 'admin' }), 'BAD_REQUEST'],
  ['users.create', 'an unknown topic', with_('users.create', { email: 'toinen@example.fi', topics: ['ei-ole'] }), 'BAD_REQUEST'],
  ['users.create', 'a name of control characters only', with_('users.create', { email: 'toinen@example.fi', name: '\r\n' }), 'BAD_REQUEST'],
  ['users.update', 'a stale version', with_('users.update', { version: 1 }), 'CONFLICT'],
  ['users.update', 'an unknown account', with_('users.update', { id: 987654 }), 'NOT_FOUND'],
  ['users.deactivate', 'their own account', { id: 1 }, 'BAD_REQUEST'],
  ['users.deactivate', 'an unknown account', { id: 987654 }, 'NOT_FOUND'],
  ['users.reactivate', 'id zero', { id: 0 }, 'BAD_REQUEST'],
  ['users.reactivate', 'an unknown account', { id: 987654 }, 'NOT_FOUND'],
  ['users.reinvite', 'their own account', { id: 1 }, 'BAD_REQUEST'],
  ['users.reinvite', 'an unknown account', { id: 987654 }, 'NOT_FOUND'],
  ['rules.get', 'an unknown article', { articleId: 'nope' }, 'NOT_FOUND'],
  ['rules.get', 'an oversized article id', { articleId: long(201) }, 'BAD_REQUEST'],
  ['rules.update', 'a stale version', with_('rules.update', { version: 1 }), 'CONFLICT'],
  ['rules.update', 'a rule field that does not exist', with_('rules.update', { version: 2, rule: { colour: ['red'] } }), 'BAD_REQUEST'],
  ['rules.update', 'an unknown article', with_('rules.update', { articleId: 'nope' }), 'NOT_FOUND'],
  ['auth.totpBegin', 'a wrong password', { password: 'ei tämä ainakaan' }, 'BAD_REQUEST'],
  ['auth.totpBegin', 'no password', {}, 'BAD_REQUEST'],
  ['auth.totpConfirm', 'an empty code', { code: '' }, 'BAD_REQUEST'],
  ['auth.totpConfirm', 'a code with nothing to confirm', { code: '000000' }, 'BAD_REQUEST'],
  ['auth.totpDisable', 'a wrong password', { password: 'ei tämä ainakaan' }, 'BAD_REQUEST'],
  ['auth.totpDisable', 'an empty password', { password: '' }, 'BAD_REQUEST'],
  ['workshops.create', 'an asynchronous workshop without a deadline', with_('workshops.create', { deadline: null }), 'BAD_REQUEST'],
  ['workshops.create', 'a date that is not YYYY-MM-DD', with_('workshops.create', { date: '1.12.2026' }), 'BAD_REQUEST'],
  ['workshops.create', 'an unknown mode', with_('workshops.create', { mode: 'hybrid' }), 'BAD_REQUEST'],
  ['workshops.get', 'id zero', { id: 0 }, 'BAD_REQUEST'],
  ['workshops.get', 'an unknown workshop', { id: 987654 }, 'NOT_FOUND'],
  ['workshops.update', 'a stale version', with_('workshops.update', { version: 1 }), 'CONFLICT'],
  ['workshops.update', 'an unknown workshop', with_('workshops.update', { id: 987654 }), 'NOT_FOUND'],
  ['workshops.stats', 'an id as a string', { id: '1' }, 'BAD_REQUEST'],
  ['workshops.stats', 'an unknown workshop', { id: 987654 }, 'NOT_FOUND'],
  ['workshops.moveLive', 'an article not in the workshop', with_('workshops.moveLive', { articleId: 'a5' }), 'BAD_REQUEST'],
  ['workshops.moveLive', 'an unknown workshop', with_('workshops.moveLive', { id: 987654 }), 'NOT_FOUND'],
  ['proposals.set', 'neither a service nor words', with_('proposals.set', { serviceId: null }), 'BAD_REQUEST'],
  ['proposals.set', 'an unknown kind', with_('proposals.set', { kind: 'maybe' }), 'BAD_REQUEST'],
  ['proposals.set', 'a service not in the catalogue', with_('proposals.set', { serviceId: '99999999-9999-4999-8999-999999999999' }), 'BAD_REQUEST'],
  ['proposals.set', 'an unknown article', with_('proposals.set', { articleId: 'nope' }), 'NOT_FOUND'],
  ['proposals.withdraw', 'a proposal already withdrawn', { id: 1 }, 'NOT_FOUND'],
  ['proposals.withdraw', 'id zero', { id: 0 }, 'BAD_REQUEST'],
  ['proposals.forArticle', 'an unknown article', with_('proposals.forArticle', { articleId: 'nope' }), 'NOT_FOUND'],
  ['proposals.forArticle', 'an empty region', with_('proposals.forArticle', { region: '' }), 'BAD_REQUEST'],
  ['proposals.accept', 'no decisions', with_('proposals.accept', { decisions: [] }), 'BAD_REQUEST'],
  ['proposals.accept', 'two different decisions for one service', with_('proposals.accept', { decisions: [{ serviceId: S1, decision: 'include' }, { serviceId: S1, decision: 'exclude' }] }), 'BAD_REQUEST'],
  ['proposals.accept', 'a base version from the future', with_('proposals.accept', { baseVersion: 99 }), 'CONFLICT'],
  ['signoffs.signOff', 'a stale base version', with_('signoffs.signOff', { baseVersion: 0 }), 'CONFLICT'],
  ['signoffs.signOff', 'an unknown article', with_('signoffs.signOff', { articleId: 'nope' }), 'NOT_FOUND'],
  ['signoffs.sendBack', 'an empty comment', with_('signoffs.sendBack', { comment: ' ' }), 'BAD_REQUEST'],
  ['signoffs.sendBack', 'an unknown article', with_('signoffs.sendBack', { articleId: 'nope' }), 'NOT_FOUND'],
  ['signoffs.state', 'an unknown article', with_('signoffs.state', { articleId: 'nope' }), 'NOT_FOUND'],
  ['signoffs.state', 'an empty region', with_('signoffs.state', { region: '' }), 'BAD_REQUEST'],
  ['signoffs.drifted', 'an empty region', { region: '' }, 'BAD_REQUEST'],
  ['dashboard.overview', 'an empty region', { region: '' }, 'BAD_REQUEST'],
  ['dashboard.overview', 'an unknown region', { region: 'zz' }, 'BAD_REQUEST'],
  ['dashboard.overview', 'an extra field', { region: REGION, topic: 'vauva' }, 'BAD_REQUEST'],
  ['verification.runs', 'an empty region', { region: '' }, 'BAD_REQUEST'],
  ['verification.runs', 'an unknown region', { region: 'zz' }, 'BAD_REQUEST'],
  ['verification.runs', 'a limit over 100', { region: REGION, limit: 101 }, 'BAD_REQUEST'],
  ['verification.verifyNow', 'an empty region', { region: '' }, 'BAD_REQUEST'],
  ['verification.verifyNow', 'an unknown region', { region: 'zz' }, 'BAD_REQUEST'],
  ['changeRequests.list', 'an empty region', { region: '' }, 'BAD_REQUEST'],
  ['changeRequests.list', 'an unknown region', { region: 'zz' }, 'BAD_REQUEST'],
  ['changeRequests.list', 'an unknown state', { region: REGION, states: ['lost'] }, 'BAD_REQUEST'],
  ['changeRequests.get', 'an unknown request', { region: REGION, id: 987654 }, 'NOT_FOUND'],
  ['changeRequests.get', 'id zero', { region: REGION, id: 0 }, 'BAD_REQUEST'],
  ['changeRequests.create', 'a service fix without the service', with_('changeRequests.create', { serviceId: null }), 'BAD_REQUEST'],
  ['changeRequests.create', 'an unknown article', with_('changeRequests.create', { articleIds: ['nope'] }), 'BAD_REQUEST'],
  ['changeRequests.create', 'no articles', with_('changeRequests.create', { articleIds: [] }), 'BAD_REQUEST'],
  ['changeRequests.create', 'an unknown type', with_('changeRequests.create', { type: 'service.delete' }), 'BAD_REQUEST'],
  ['changeRequests.fromFlag', 'an unknown flag', { region: REGION, flagId: 987654 }, 'NOT_FOUND'],
  ['changeRequests.fromFlag', 'a withdrawn flag', { region: REGION, flagId: 1 }, 'BAD_REQUEST'],
  ['changeRequests.fromDescriptionRequest', 'an unknown description request', { region: REGION, descriptionRequestId: 987654 }, 'NOT_FOUND'],
  ['changeRequests.fromDescriptionRequest', 'an id as a string', { region: REGION, descriptionRequestId: '1' }, 'BAD_REQUEST'],
  ['changeRequests.fromMissing', 'a type it does not make', with_('changeRequests.fromMissing', { type: 'rule.block' }), 'BAD_REQUEST'],
  ['changeRequests.fromMissing', 'an item request without the item', with_('changeRequests.fromMissing', { type: 'service.addItem' }), 'BAD_REQUEST'],
  ['changeRequests.fromMissing', 'an unknown proposal', with_('changeRequests.fromMissing', { proposalId: 987654 }), 'NOT_FOUND'],
  ['changeRequests.update', 'a stale version', with_('changeRequests.update', { baseVersion: 1 }), 'CONFLICT'],
  ['changeRequests.update', 'an unknown request', with_('changeRequests.update', { id: 987654 }), 'NOT_FOUND'],
  ['changeRequests.update', 'an oversized reason', with_('changeRequests.update', { reason: long(2001) }), 'BAD_REQUEST'],
  ['changeRequests.move', 'no requests', { region: REGION, to: 'ready', requests: [] }, 'BAD_REQUEST'],
  ['changeRequests.move', 'an unknown state', { region: REGION, to: 'lost', requests: [{ id: 1, baseVersion: 1 }] }, 'BAD_REQUEST'],
  ['changeRequests.move', 'an unknown request', { region: REGION, to: 'withdrawn', requests: [{ id: 987654, baseVersion: 1 }] }, 'NOT_FOUND'],
  ['exports.start', 'an unknown format', with_('exports.start', { format: 'docx' }), 'BAD_REQUEST'],
  ['exports.start', 'an unknown region', with_('exports.start', { region: 'zz' }), 'BAD_REQUEST'],
  ['exports.start', 'too many ids', with_('exports.start', { ids: Array.from({ length: 5001 }, (_, i) => i + 1) }), 'BAD_REQUEST'],
  ['exports.list', 'an empty region', { region: '' }, 'BAD_REQUEST'],
  ['exports.list', 'an unknown region', { region: 'zz' }, 'BAD_REQUEST'],
  ['jobs.get', 'an unknown job', { id: 'no-such-job' }, 'NOT_FOUND'],
  ['jobs.get', 'an empty id', { id: ' ' }, 'BAD_REQUEST'],
];

describe('the tables cover the router', () => {
  it('has a valid call and bad-input rows for every procedure that takes input', () => {
    const procedures = Object.keys(appRouter._def.procedures).sort();
    expect([...Object.keys(valid), ...withoutInput].sort()).toEqual(procedures);
    for (const path of Object.keys(valid)) expect(bad.filter(([p]) => p === path).length, path).toBeGreaterThanOrEqual(2);
  });
});

describe('valid calls', () => {
  // In order: later rows read what earlier rows wrote (the flag withdrawn, the request listed).
  it.each(Object.entries(valid))('%s', async (path, { input, check }) => {
    check((await call(path, input)) as never);
  });

  it.each(withoutInput)('%s answers without input', async (path) => {
    expect(await call(path)).toBeTruthy();
  });
});

describe('bad input', () => {
  it.each(bad)('%s rejects %s', async (path, _label, input, code) => {
    await expect(call(path, input)).rejects.toMatchObject({ name: 'TRPCError', code });
  });

  it('changes nothing in the database when a mutation is rejected', async () => {
    const mutations = new Set(Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>).filter(([, p]) => p._def.type === 'mutation').map(([path]) => path));
    const before = dumpTables(f.context.handle);
    for (const [path, , input] of bad.filter(([p]) => mutations.has(p))) await call(path, input).catch(() => undefined);
    expect(dumpTables(f.context.handle)).toEqual(before);
  });
});
