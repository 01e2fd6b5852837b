import { ruleSpec, type DemoTopic } from './article-rules';
import { childhoodTopics } from './articles-childhood';
import { earlyYearsTopics } from './articles-early-years';
import { familyLifeTopics } from './articles-family-life';
import { supportTopics } from './articles-support';
import { stableGuid } from './seeded-random';
import type { ArticleFileEntry } from '../../shared/schemas/articles-file';

/** One article as written to the articles file (surfacing.md "Articles file"). */
export type DemoArticle = ArticleFileEntry;

/** Every demo topic, in the order the site lists them. */
export const demoTopics: readonly DemoTopic[] = [...earlyYearsTopics, ...childhoodTopics, ...familyLifeTopics, ...supportTopics];

/**
 * The demo articles with their rules; pinned and blocked service keys become service ids.
 * Throws when an id repeats or a pin names a service the catalogue does not have.
 */
export function buildArticles(serviceKeys: ReadonlySet<string>): DemoArticle[] {
  const seen = new Set<string>();
  const toId = (key: string): string => {
    if (!serviceKeys.has(key)) throw new Error(`demo article rule: pinned or blocked service "${key}" is not in the catalogue`);
    return stableGuid(`service:${key}`);
  };
  return demoTopics.flatMap(({ topic, slug, articles }) =>
    articles.map(([id, fi, sv, preset, extra]) => {
      if (seen.has(id)) throw new Error(`demo article "${id}" appears twice`);
      seen.add(id);
      const spec = ruleSpec(preset, extra);
      return {
        id,
        title: { fi, sv },
        topic,
        url: `https://www.omaperhe.fi/${slug}/${id}`,
        rule: {
          keywords: spec.keywords,
          serviceClasses: spec.serviceClasses,
          targetGroups: spec.targetGroups,
          lifeEvents: spec.lifeEvents,
          excludeKeywords: spec.excludeKeywords,
          pinned: spec.pinnedKeys.map(toId),
          blocked: spec.blockedKeys.map(toId),
        },
      };
    }),
  );
}
