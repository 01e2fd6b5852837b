import type { DbHandle } from '../client';

export interface CommentRecord {
  id: number;
  articleId: string;
  serviceId: string | null;
  body: string;
  author: string;
  createdAt: string;
}

/** Stores a comment (call inside a write transaction) and returns it. */
export function insertComment(handle: DbHandle, comment: Omit<CommentRecord, 'id'>): CommentRecord {
  const result = handle.sqlite
    .prepare(`INSERT INTO comments (article_id, service_id, body, author, created_at) VALUES (@articleId, @serviceId, @body, @author, @createdAt)`)
    .run(comment);
  return { ...comment, id: Number(result.lastInsertRowid) };
}

/** Every comment on an article and its pairs, oldest first. */
export function listComments(handle: DbHandle, articleId: string): CommentRecord[] {
  return handle.sqlite
    .prepare(`SELECT id, article_id AS articleId, service_id AS serviceId, body, author, created_at AS createdAt FROM comments WHERE article_id = ? ORDER BY id`)
    .all(articleId) as CommentRecord[];
}
