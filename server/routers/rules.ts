import { recordHistory } from '../../db/queries/history';
import { DomainError } from '../../shared/domain/domain-error';
import { normalizeRule } from '../../shared/domain/article-rule';
import type { ArticleRule } from '../../shared/domain/types';
import { updateRuleInputSchema } from '../../shared/schemas/people-api';
import { ruleOfArticleInputSchema } from '../../shared/schemas/rules-api';
import type { Context } from '../context';
import { parseArticleRule } from '../import/import-articles';
import { requireArticle } from '../services/access';
import { historyActor } from '../services/history-actor';
import { trackedWrite } from '../services/tracked-write';
import { procedureFor, router } from '../trpc';

interface StoredRule {
  articleId: string;
  rule: ArticleRule;
  /** The article's version: the base of the next edit. */
  version: number;
  /** Who last changed the article (a person, or the import that wrote it), and when. */
  updatedBy: string;
  updatedAt: string;
}

// An article written by an import without a name was changed by "import".
const byImport = 'import';

function storedRule(ctx: Pick<Context, 'handle'>, articleId: string): StoredRule {
  const row = ctx.handle.sqlite.prepare(`SELECT rule, version, updated_by AS updatedBy, updated_at AS updatedAt FROM articles WHERE id = ?`).get(articleId) as
    | { rule: string; version: number; updatedBy: string | null; updatedAt: string }
    | undefined;
  if (!row) throw new DomainError('NOT_FOUND', `unknown article "${articleId}"`);
  return { articleId, rule: normalizeRule(JSON.parse(row.rule) as Partial<ArticleRule>), version: row.version, updatedBy: row.updatedBy ?? byImport, updatedAt: row.updatedAt };
}

export const rulesRouter = router({
  /** An article's rule as stored now, with the version an edit must name. */
  get: procedureFor('read')
    .input(ruleOfArticleInputSchema)
    .query(({ ctx, input }) => {
      requireArticle(ctx, 'read', input.articleId);
      return storedRule(ctx, input.articleId);
    }),
  /**
   * Replaces an article's rule (managers). The rule is checked as the articles importer checks
   * it; `version` is the one the editor loaded, and a change by anyone (person or import)
   * since then is refused with CONFLICT naming who and when, never overwritten. Surfacing
   * follows at once: the catalogue cache reloads when an article's version moves.
   */
  update: procedureFor('editRule')
    .input(updateRuleInputSchema)
    .mutation(({ ctx, input }) => {
      requireArticle(ctx, 'editRule', input.articleId);
      const rule = parseArticleRule(`rule of article "${input.articleId}"`, input.rule);
      const at = ctx.now().toISOString();
      // No approved decision changes, so no article's review needs patching: the catalogue reload redoes the diffs.
      const result = trackedWrite(ctx, [], () => {
        const before = storedRule(ctx, input.articleId);
        if (before.version !== input.version) {
          throw new DomainError('CONFLICT', `${before.updatedBy} changed article "${input.articleId}" at ${before.updatedAt} (version ${before.version}, not ${input.version}); reload it`, {
            changes: [{ by: before.updatedBy, at: before.updatedAt, what: 'rule.changed' }],
          });
        }
        if (JSON.stringify(before.rule) === JSON.stringify(rule)) return { version: before.version, changed: false };
        const version = ctx.handle.sqlite
          .prepare(`UPDATE articles SET rule = ?, version = version + 1, updated_at = ?, updated_by = ? WHERE id = ? AND version = ? RETURNING version`)
          .pluck()
          .get(JSON.stringify(rule), at, ctx.actor, input.articleId, input.version) as number | undefined;
        if (version === undefined) throw new DomainError('INVARIANT', `article "${input.articleId}" changed inside its own write transaction`);
        recordHistory(ctx.handle, historyActor(ctx), at, [{ kind: 'rule.changed', articleId: input.articleId, data: { version, before: before.rule, after: rule } }]);
        return { version, changed: true };
      });
      ctx.log.info({ userId: ctx.user.id, articleId: input.articleId, version: result.version, changed: result.changed }, 'rule updated');
      return result;
    }),
});
