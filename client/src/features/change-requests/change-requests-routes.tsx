import { ChangeRequestsPage } from './change-requests-page';
import { RequestDetail } from './request-detail';

/** `/change-requests` (the list) and `/change-requests/:id` (one request). */
export function ChangeRequestsRoutes({ path }: { path: string }) {
  const match = /^\/change-requests\/(\d+)$/.exec(path);
  const id = match ? Number(match[1]) : null;
  if (id !== null && Number.isSafeInteger(id) && id > 0) return <RequestDetail key={id} id={id} />;
  return <ChangeRequestsPage />;
}
