import { writeTransaction, type DbHandle } from '../../db/client';
import { loadArticleDecisions } from '../../db/queries/decisions';
import { recordHistory } from '../../db/queries/history';
import { saveProposal } from '../../db/queries/proposals';
import { loadRegions } from '../../db/queries/regions';
import { insertWorkshop } from '../../db/queries/workshops';
import type { ProposalKind } from '../../shared/domain/proposal-tally';
import { dayInFinland } from '../../shared/domain/workshop-deadline';
import { loadWorkspace } from '../engine/load-workspace';
import { demoCountyName } from './demo-geography';
import type { DemoAccount } from './demo-people';

const dayMs = 86_400_000;

/** Who says what on the n-th candidate service of the n-th article: some agree, some do not. */
const plannedProposals: readonly { article: number; service: number; who: 'pekka' | 'sanna'; kind: ProposalKind; comment?: string; hoursAgo: number }[] = [
  { article: 0, service: 0, who: 'pekka', kind: 'belongs', hoursAgo: 50 },
  { article: 0, service: 0, who: 'sanna', kind: 'belongs', comment: 'Ohjaamme perheitä tähän neuvolasta usein.', hoursAgo: 26 },
  { article: 0, service: 1, who: 'pekka', kind: 'belongs', hoursAgo: 50 },
  { article: 0, service: 1, who: 'sanna', kind: 'not_belongs', comment: 'Kohderyhmä on eri kuin tässä artikkelissa.', hoursAgo: 26 },
  { article: 0, service: 2, who: 'sanna', kind: 'not_belongs', comment: 'Ei mielestäni kuulu tähän artikkeliin.', hoursAgo: 25 },
  { article: 1, service: 0, who: 'pekka', kind: 'not_belongs', comment: 'Ei liity tämän artikkelin aiheeseen.', hoursAgo: 49 },
  { article: 1, service: 0, who: 'sanna', kind: 'not_belongs', hoursAgo: 24 },
  { article: 1, service: 1, who: 'pekka', kind: 'belongs', hoursAgo: 49 },
  { article: 2, service: 0, who: 'pekka', kind: 'belongs', comment: 'Hyödyllinen monelle perheelle.', hoursAgo: 48 },
];

const missingInWords = {
  article: 1,
  who: 'sanna' as const,
  text: 'Porvoon vauvaperheiden vertaistukiryhmä (seurakunta): kuvaus puuttuu palvelutietovarannosta.',
  comment: 'Ryhmä kokoontuu torstaisin; pyydetään seurakuntaa kuvaamaan palvelu.',
};

/**
 * The demo's asynchronous workshop on baby and toddler articles (facilitated by the lead,
 * Pekka and Sanna taking part, open for two weeks) and their first proposals on three of
 * its articles, so the lead sees counted proposals on first start. Content is fixed; only
 * the dates follow today.
 */
export function seedDemoWorkshops(handle: DbHandle, accounts: readonly DemoAccount[], now: Date = new Date()): { workshopId: number; proposals: number } {
  const person = (role: DemoAccount['role'], first?: string) => {
    const found = accounts.find((a) => a.role === role && (!first || a.name.startsWith(first)));
    if (!found) throw new Error(`demo workshop: no ${role} ${first ?? ''} among the demo accounts`);
    return found;
  };
  const manager = person('manager');
  const lead = person('lead');
  const people = { pekka: person('participant', 'Pekka'), sanna: person('participant', 'Sanna') };
  const region = loadRegions(handle.db).find((r) => r.name.fi === demoCountyName);
  if (!region) throw new Error(`demo workshop: region ${demoCountyName} is missing`);
  const loaded = loadWorkspace(handle);
  const topics = ['vauva', 'taapero'];
  const articleIds = topics.flatMap((topic) => loaded.articles.filter((a) => a.topic === topic).slice(0, 4).map((a) => a.id));
  // Services nobody has decided yet come first: those are what the lead takes proposals on.
  const candidates = (articleId: string) => {
    const decided = loadArticleDecisions(handle, articleId);
    const surfacing = [...loaded.workspace.surfacing(region.code, articleId).keys()].sort();
    return [...surfacing.filter((id) => !decided.has(id)), ...surfacing.filter((id) => decided.has(id))];
  };
  const today = dayInFinland(now);
  const deadline = dayInFinland(new Date(now.getTime() + 14 * dayMs));
  const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * 3_600_000).toISOString();
  return writeTransaction(handle, () => {
    const fields = { name: 'Vauva- ja taaperoikäisten palvelut', topics, date: today, deadline, mode: 'async' as const, facilitatorId: lead.id, regionCode: region.code, articleIds, participantIds: [people.pekka.id, people.sanna.id] };
    const workshopId = insertWorkshop(handle, fields, manager.name, at(72));
    recordHistory(handle, { userId: manager.id, userName: manager.name }, at(72), [
      { kind: 'workshop.created', workshopId, regionCode: region.code, data: { name: fields.name, articles: articleIds.length, participants: 2 } },
    ]);
    let count = 0;
    const propose = (who: 'pekka' | 'sanna', articleId: string, serviceId: string | null, kind: ProposalKind, when: string, comment: string | null, text: string | null) => {
      const author = people[who];
      const { saved } = saveProposal(handle, { articleId, serviceId, kind, comment, missingText: text, userId: author.id, userName: author.name, workshopId }, when);
      recordHistory(handle, { userId: author.id, userName: author.name }, when, [{ kind: 'proposal.set', articleId, serviceId, workshopId, data: { proposalId: saved.id, kind, comment, missingText: text, before: null } }]);
      count += 1;
    };
    for (const plan of plannedProposals) {
      const articleId = articleIds[plan.article];
      const serviceId = articleId ? candidates(articleId)[plan.service] : undefined;
      if (articleId && serviceId) propose(plan.who, articleId, serviceId, plan.kind, at(plan.hoursAgo), plan.comment ?? null, null);
    }
    const missingArticle = articleIds[missingInWords.article];
    if (missingArticle) propose(missingInWords.who, missingArticle, null, 'missing', at(23), missingInWords.comment, missingInWords.text);
    return { workshopId, proposals: count };
  });
}
