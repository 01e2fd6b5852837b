/** The article's timeline (filled in by the history work). */
export function ArticleHistory(_props: { region: string; articleId: string }) {
  return null;
}
