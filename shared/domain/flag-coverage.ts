import type { CriteriaGroup, SurfacingReasons } from './types';

/** The item a flag says is wrong: one matched keyword, class, target group, life event, or the area. */
export interface FlaggedItem {
  kind: CriteriaGroup | 'area';
  value: string;
}

/** True when `item` is one of the reasons that let the service in. */
export function reasonsInclude(reasons: SurfacingReasons, item: FlaggedItem): boolean {
  if (item.kind === 'area') return reasons.areaVia === item.value;
  return reasons[item.kind].includes(item.value);
}

/**
 * The articles where a service surfaces because of `item`: one flag on a service keyword
 * covers every one of them. `surfacingOf` answers the service's reasons in an article.
 */
export function articlesSurfacingBecauseOf(
  articleIds: readonly string[],
  item: FlaggedItem,
  reasonsIn: (articleId: string) => SurfacingReasons | undefined,
): string[] {
  return articleIds.filter((articleId) => {
    const reasons = reasonsIn(articleId);
    return reasons !== undefined && reasonsInclude(reasons, item);
  });
}
