/** The lead's sign-off of the article's link set, and drift since it (filled in by the sign-off work). */
export function SignoffPanel(_props: { region: string; articleId: string }) {
  return null;
}
