/** Workshop proposals on this article, counted per service (filled in by the workshops work). */
export function ProposalsPanel(_props: { region: string; articleId: string }) {
  return null;
}
