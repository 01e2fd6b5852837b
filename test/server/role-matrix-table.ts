/**
 * The role matrix (product.md "Users and what each does", shared/domain/permissions.ts) as a
 * table: for every procedure of the router, a valid input on the review fixture's article
 * a1 (topic "vauva") and who may call it. role-matrix.test.ts fails when a procedure has no
 * row here, so a new procedure must be added, with the roles it is meant for.
 */
import { K1, REGION, S1 } from './review-fixture';

/** The people the matrix calls as (see role-matrix.test.ts for how each is set up). */
export type MatrixActor =
  | 'anonymous'
  | 'manager'
  /** A lead of topic "vauva", a1's topic. */
  | 'lead'
  /** A lead of another topic ("tuki"). */
  | 'otherLead'
  /** A participant of a workshop that has a1. */
  | 'participant'
  /** A participant of another workshop only (one that has a5). */
  | 'outsider'
  | 'viewer';

export const matrixActors: readonly MatrixActor[] = ['anonymous', 'manager', 'lead', 'otherLead', 'participant', 'outsider', 'viewer'];

/** Ids the inputs need, known once the fixture is made. */
export interface MatrixIds {
  /** The workshop with a1 and the participant. */
  workshopId: number;
  /** The viewer's account (users.* rows act on it). */
  viewerId: number;
  /** An open flag on a1 (raised by a manager). */
  flagId: number;
  /** The participant's own open proposal on a1. */
  proposalId: number;
  /** A draft change request made from the flag (covers a1–a3). */
  changeRequestId: number;
}

export interface MatrixRow {
  type: 'query' | 'mutation';
  input: (ids: MatrixIds) => unknown;
  /** Who gets past the sign-in and role checks; everyone else must be refused. */
  allowed: readonly MatrixActor[];
  /**
   * What the first allowed caller's call answers when it is not a success (the input is
   * valid, but the fixture's state refuses it, e.g. a wrong password). Left out: success.
   */
  outcome?: 'BAD_REQUEST' | 'NOT_FOUND';
}

const everyone = matrixActors;
const signedIn: readonly MatrixActor[] = ['manager', 'lead', 'otherLead', 'participant', 'outsider', 'viewer'];
/** Who may read a1: all signed in except a participant whose workshops do not have it. */
const readersOfA1: readonly MatrixActor[] = ['manager', 'lead', 'otherLead', 'participant', 'viewer'];
/** Who may decide, flag, request descriptions and sign off in a1: managers and the topic's lead. */
const deciders: readonly MatrixActor[] = ['manager', 'lead'];
const managers: readonly MatrixActor[] = ['manager'];

const bilingual = { fi: 'Perhevalmennus', sv: 'Familjeträning' };
const workshopFields = { name: 'Vauvaiän työpaja', topics: ['vauva'], date: '2026-12-01', deadline: '2026-12-15', mode: 'async', facilitatorId: null, region: REGION, articleIds: ['a1'] };
const flagOnA1 = { region: REGION, articleId: 'a1', serviceId: S1, itemKind: 'keywords', itemValue: K1, target: 'service' };
const strongPassword = 'riittävän pitkä salasana';
const unknownToken = 'A'.repeat(43);

export const roleMatrix: Record<string, MatrixRow> = {
  // Signing in and the own account: open to anyone, or to anyone signed in.
  'auth.methods': { type: 'query', input: () => undefined, allowed: everyone },
  'auth.me': { type: 'query', input: () => undefined, allowed: everyone },
  'auth.signIn': { type: 'mutation', input: () => ({ email: 'ei.ketaan@example.fi', password: strongPassword }), allowed: everyone, outcome: 'BAD_REQUEST' },
  'auth.invite': { type: 'mutation', input: () => ({ token: unknownToken }), allowed: everyone },
  'auth.acceptInvite': { type: 'mutation', input: () => ({ token: unknownToken, password: strongPassword }), allowed: everyone, outcome: 'BAD_REQUEST' },
  'auth.signOut': { type: 'mutation', input: () => undefined, allowed: signedIn },
  // The matrix's people have no password: the current one is always wrong.
  'auth.changePassword': { type: 'mutation', input: () => ({ current: strongPassword, next: `${strongPassword} 2` }), allowed: signedIn, outcome: 'BAD_REQUEST' },
  'auth.totpBegin': { type: 'mutation', input: () => ({ password: strongPassword }), allowed: signedIn, outcome: 'BAD_REQUEST' },
  'auth.totpConfirm': { type: 'mutation', input: () => ({ code: '123456' }), allowed: signedIn, outcome: 'BAD_REQUEST' },
  'auth.totpDisable': { type: 'mutation', input: () => ({ password: strongPassword }), allowed: signedIn, outcome: 'BAD_REQUEST' },
  'users.account': { type: 'query', input: () => undefined, allowed: signedIn },

  // Reading the catalogue and the review: anyone signed in; one article only for those who may read it.
  'catalogue.snapshots': { type: 'query', input: () => undefined, allowed: signedIn },
  'catalogue.regions': { type: 'query', input: () => undefined, allowed: signedIn },
  'catalogue.organizations': { type: 'query', input: () => undefined, allowed: signedIn },
  'catalogue.municipalities': { type: 'query', input: () => undefined, allowed: signedIn },
  'catalogue.codeLabels': { type: 'query', input: () => undefined, allowed: signedIn },
  'catalogue.topics': { type: 'query', input: () => undefined, allowed: signedIn },
  'articles.list': { type: 'query', input: () => ({ region: REGION }), allowed: signedIn },
  'articles.diff': { type: 'query', input: () => ({ region: REGION, articleId: 'a1' }), allowed: readersOfA1 },
  'flags.list': { type: 'query', input: () => ({ region: REGION }), allowed: signedIn },
  'descriptionRequests.list': { type: 'query', input: () => ({ region: REGION }), allowed: signedIn },
  'comments.list': { type: 'query', input: () => ({ articleId: 'a1' }), allowed: readersOfA1 },
  'services.search': { type: 'query', input: () => ({ region: REGION, query: 'perhe' }), allowed: signedIn },
  'services.detail': { type: 'query', input: () => ({ region: REGION, serviceId: S1 }), allowed: signedIn },
  'services.explain': { type: 'query', input: () => ({ region: REGION, articleId: 'a1', serviceId: S1 }), allowed: readersOfA1 },
  'history.list': { type: 'query', input: () => ({ articleId: 'a1' }), allowed: readersOfA1 },
  'signoffs.state': { type: 'query', input: () => ({ region: REGION, articleId: 'a1' }), allowed: readersOfA1 },
  'signoffs.drifted': { type: 'query', input: () => ({ region: REGION }), allowed: signedIn },
  'verification.runs': { type: 'query', input: () => ({ region: REGION }), allowed: signedIn },
  'dashboard.overview': { type: 'query', input: () => ({ region: REGION }), allowed: signedIn },
  'rules.get': { type: 'query', input: () => ({ articleId: 'a1' }), allowed: readersOfA1 },
  'proposals.forArticle': { type: 'query', input: () => ({ region: REGION, articleId: 'a1' }), allowed: readersOfA1 },

  // Deciding the approved list: managers, and leads in their topics.
  'decisions.set': { type: 'mutation', input: () => ({ region: REGION, articleId: 'a1', serviceIds: [S1], decision: 'include', baseVersion: 0 }), allowed: deciders },
  'decisions.clear': { type: 'mutation', input: () => ({ region: REGION, articleId: 'a1', serviceIds: [S1], baseVersion: 0 }), allowed: deciders },
  // Not tied to one article in its input: any lead may ask (and has nothing to undo here).
  'decisions.undoLast': { type: 'mutation', input: () => ({ region: REGION }), allowed: ['manager', 'lead', 'otherLead'], outcome: 'NOT_FOUND' },
  'proposals.accept': { type: 'mutation', input: () => ({ region: REGION, articleId: 'a1', decisions: [{ serviceId: S1, decision: 'include' }], baseVersion: 0 }), allowed: deciders },
  'flags.coverage': { type: 'query', input: () => flagOnA1, allowed: deciders },
  'flags.create': { type: 'mutation', input: () => ({ ...flagOnA1, reason: 'väärä asiasana' }), allowed: deciders },
  'flags.withdraw': { type: 'mutation', input: (ids) => ({ id: ids.flagId }), allowed: deciders },
  'descriptionRequests.create': {
    type: 'mutation',
    input: () => ({ region: REGION, name: bilingual, summary: bilingual, description: bilingual, organizationName: 'Kunta', keywords: [], serviceClasses: [], targetGroups: [], articleIds: ['a1'] }),
    allowed: deciders,
  },
  // a1 still has undecided services, so a sign-off is refused after the role check.
  'signoffs.signOff': { type: 'mutation', input: () => ({ region: REGION, articleId: 'a1', baseVersion: 0 }), allowed: deciders, outcome: 'BAD_REQUEST' },
  'signoffs.sendBack': { type: 'mutation', input: () => ({ region: REGION, articleId: 'a1', comment: 'Tarkista vielä' }), allowed: deciders },

  // Commenting: managers, leads anywhere, participants in their workshops' articles.
  'comments.add': { type: 'mutation', input: () => ({ articleId: 'a1', body: 'Kuuluuko tämä?' }), allowed: ['manager', 'lead', 'otherLead', 'participant'] },

  // Proposing: managers, leads in their topics, participants in their workshops' articles.
  'proposals.set': { type: 'mutation', input: () => ({ articleId: 'a1', serviceId: S1, kind: 'belongs', comment: 'kuuluu' }), allowed: ['manager', 'lead', 'participant'] },
  // Only one's own proposal, whatever the role: a manager cannot withdraw the participant's.
  'proposals.withdraw': { type: 'mutation', input: (ids) => ({ id: ids.proposalId }), allowed: ['participant'] },

  // Article rules: managers only.
  'rules.update': { type: 'mutation', input: () => ({ articleId: 'a1', version: 1, rule: { keywords: [K1], serviceClasses: ['P3'] } }), allowed: managers },

  // Checking open change requests against the catalogue by hand: managers only.
  'verification.verifyNow': { type: 'mutation', input: () => ({ region: REGION }), allowed: managers },

  // Change requests: everyone reads (a participant those on their workshops' articles); managers write, move and export.
  'changeRequests.list': { type: 'query', input: () => ({ region: REGION }), allowed: signedIn },
  'changeRequests.get': { type: 'query', input: (ids) => ({ region: REGION, id: ids.changeRequestId }), allowed: readersOfA1 },
  'changeRequests.create': { type: 'mutation', input: () => ({ region: REGION, type: 'rule.pin', serviceId: S1, articleIds: ['a1'], reason: 'kiinnitä palvelu' }), allowed: managers },
  'changeRequests.fromFlag': { type: 'mutation', input: (ids) => ({ region: REGION, flagId: ids.flagId }), allowed: managers },
  // The matrix has no description request: the role check passes, then the id is not found.
  'changeRequests.fromDescriptionRequest': { type: 'mutation', input: () => ({ region: REGION, descriptionRequestId: 987654 }), allowed: managers, outcome: 'NOT_FOUND' },
  'changeRequests.fromMissing': { type: 'mutation', input: () => ({ region: REGION, articleId: 'a1', serviceId: S1, type: 'rule.pin', reason: 'kiinnitä palvelu' }), allowed: managers },
  'changeRequests.update': { type: 'mutation', input: (ids) => ({ region: REGION, id: ids.changeRequestId, baseVersion: 1, reason: 'tarkennettu perustelu' }), allowed: managers },
  'changeRequests.move': { type: 'mutation', input: (ids) => ({ region: REGION, to: 'ready', requests: [{ id: ids.changeRequestId, baseVersion: 1 }] }), allowed: managers },

  // Exports may hold every request of the county: managers only. A job is read by its starter or a manager (unknown: NOT_FOUND).
  'exports.start': { type: 'mutation', input: () => ({ region: REGION, format: 'csv', language: 'fi', markSent: false }), allowed: managers },
  'exports.list': { type: 'query', input: () => ({ region: REGION }), allowed: managers },
  'jobs.get': { type: 'query', input: () => ({ id: 'no-such-job' }), allowed: signedIn, outcome: 'NOT_FOUND' },

  // Accounts: managers only.
  'users.list': { type: 'query', input: () => undefined, allowed: managers },
  'users.create': { type: 'mutation', input: () => ({ email: 'uusi.ihminen@example.fi', name: 'Uusi Ihminen', role: 'viewer', topics: [] }), allowed: managers },
  'users.update': { type: 'mutation', input: (ids) => ({ id: ids.viewerId, version: 1, name: 'Ville Katselija', role: 'viewer', topics: [] }), allowed: managers },
  'users.deactivate': { type: 'mutation', input: (ids) => ({ id: ids.viewerId }), allowed: managers },
  'users.reactivate': { type: 'mutation', input: (ids) => ({ id: ids.viewerId }), allowed: managers },
  'users.reinvite': { type: 'mutation', input: (ids) => ({ id: ids.viewerId }), allowed: managers },

  // Workshops: managers run them; everyone reads those they may see; participation figures for managers, leads and the facilitator.
  'workshops.list': { type: 'query', input: () => undefined, allowed: signedIn },
  'workshops.get': { type: 'query', input: (ids) => ({ id: ids.workshopId }), allowed: readersOfA1 },
  'workshops.stats': { type: 'query', input: (ids) => ({ id: ids.workshopId }), allowed: ['manager', 'lead', 'otherLead'] },
  'workshops.people': { type: 'query', input: () => undefined, allowed: managers },
  'workshops.create': { type: 'mutation', input: () => ({ ...workshopFields, participantIds: [] }), allowed: managers },
  'workshops.update': { type: 'mutation', input: (ids) => ({ ...workshopFields, id: ids.workshopId, version: 1, participantIds: [] }), allowed: managers },
  'workshops.moveLive': { type: 'mutation', input: (ids) => ({ id: ids.workshopId, articleId: 'a1' }), allowed: managers },
};
