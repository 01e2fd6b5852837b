/**
 * Who may do what (product.md "Users and what each does"), in one place for the server's
 * checks and the UI's hiding. Deny by default: an action not listed for a role is refused.
 */
export type Role = 'manager' | 'lead' | 'participant' | 'viewer';
export const roles: readonly Role[] = ['manager', 'lead', 'participant', 'viewer'];

export interface Actor {
  id: number;
  role: Role;
  /** Topics a lead approves. */
  topics: readonly string[];
  /** Workshops a participant (or anyone) takes part in. */
  workshopIds: readonly number[];
}

export type Action =
  /** Read the workbench: articles, catalogue, flags, requests, history. */
  | 'read'
  /** Include/exclude in the approved list, accept proposals. */
  | 'decide'
  /** Sign off or send back an article's link set. */
  | 'signOff'
  /** Propose belongs / does not belong / missing. */
  | 'propose'
  | 'comment'
  | 'flag'
  | 'requestDescription'
  | 'editRule'
  | 'manageUsers'
  | 'manageWorkshops'
  /** Write, move and export change requests (the county's letters go out under the manager). */
  | 'manageRequests'
  /** Import a catalogue snapshot or article rules. */
  | 'importCatalogue';

/** What an article needs to be judged: its topic, and the workshops it is in. */
export interface ArticleScope {
  topic: string;
  workshopIds: readonly number[];
}

const inTopic = (actor: Actor, article: ArticleScope | undefined) => article !== undefined && actor.topics.includes(article.topic);
const inWorkshop = (actor: Actor, article: ArticleScope | undefined) => article !== undefined && article.workshopIds.some((id) => actor.workshopIds.includes(id));

/**
 * Whether `actor` may do `action`, on `article` when the action concerns one. Without an
 * article, the answer is whether the role may do it anywhere (for menus and buttons).
 */
export function can(actor: Actor | null, action: Action, article?: ArticleScope): boolean {
  if (!actor) return false;
  const anywhere = article === undefined;
  switch (actor.role) {
    case 'manager':
      return true;
    case 'lead':
      if (action === 'read' || action === 'comment') return true;
      if (action === 'decide' || action === 'signOff' || action === 'flag' || action === 'requestDescription' || action === 'propose') return anywhere ? actor.topics.length > 0 : inTopic(actor, article);
      return false;
    case 'participant':
      if (action === 'read' || action === 'propose' || action === 'comment') return anywhere ? actor.workshopIds.length > 0 || action === 'read' : inWorkshop(actor, article);
      return false;
    case 'viewer':
      return action === 'read';
  }
}

/** Whether the role sees every article, or only those of its workshops. */
export function seesAllArticles(actor: Actor): boolean {
  return actor.role !== 'participant';
}
