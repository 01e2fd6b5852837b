import { LiveScreen } from './live-screen';
import { ProposalView } from './proposal-view';
import { WorkshopForm } from './workshop-form';
import { WorkshopPage } from './workshop-page';
import { WorkshopsList } from './workshops-list';

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/**
 * The workshop views by path: /workshops, /workshops/new, /workshops/:id, /workshops/:id/edit,
 * /workshops/:id/live and /workshops/:id/articles/:articleId.
 */
export function WorkshopsRoutes({ path }: { path: string }) {
  if (path === '/workshops/new') return <WorkshopForm />;
  const match = /^\/workshops\/(\d{1,10})(?:\/(edit|live|articles\/(.+)))?\/?$/.exec(path);
  if (!match) return <WorkshopsList />;
  const id = Number(match[1]);
  if (match[2] === 'edit') return <WorkshopForm key={id} id={id} />;
  if (match[2] === 'live') return <LiveScreen key={id} id={id} />;
  if (match[3]) {
    const articleId = safeDecode(match[3]);
    return <ProposalView key={`${id}:${articleId}`} workshopId={id} articleId={articleId} />;
  }
  return <WorkshopPage key={id} id={id} />;
}
