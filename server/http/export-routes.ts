import express, { type Router } from 'express';
import { can } from '../../shared/domain/permissions';
import { readSessionCookie } from '../auth/session-cookie';
import type { Context } from '../context';
import { attachmentDisposition } from '../export/content-disposition';
import { findExportFile } from '../export/export-store';
import { actorOf } from '../services/access';

/**
 * GET /api/exports/:id/file: the exact file an export stored, for managers (exports may
 * hold every request of the county). Always a download (attachment, nosniff), never cached.
 */
export function exportRoutes(context: Context): Router {
  const router = express.Router();
  router.get('/:id/file', (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    const user = context.auth.resolve(readSessionCookie(req.headers.cookie), context.now())?.user ?? null;
    if (!user) return void res.status(401).json({ error: 'sign in first' });
    if (!can(actorOf(user), 'manageRequests')) {
      context.log.warn({ event: 'authz_denied', userId: user.id, role: user.role, action: 'manageRequests', path: req.path }, 'forbidden');
      return void res.status(403).json({ error: 'your role may not download exports' });
    }
    const id = /^\d{1,10}$/.test(req.params.id) ? Number(req.params.id) : NaN;
    const file = Number.isSafeInteger(id) ? findExportFile(context.handle, id) : undefined;
    if (!file) return void res.status(404).json({ error: 'no such export' });
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Disposition', attachmentDisposition(file.fileName));
    res.setHeader('Content-Length', String(file.body.length));
    res.end(file.body);
  });
  return router;
}
