import type { Page } from 'playwright-core';
import type { E2eAccount } from './e2e-server';

/** The sign-in form's fields, in the default UI language (Finnish). */
export function signInForm(page: Page) {
  return {
    email: page.getByLabel('Sähköposti'),
    password: page.getByLabel('Salasana', { exact: true }),
    submit: page.getByRole('button', { name: 'Kirjaudu', exact: true }),
  };
}

/**
 * Opens `path` (the articles list by default), signs in there as `account` and waits until
 * the page asked for shows as that person. The session cookie stays in the page's context.
 */
export async function signIn(page: Page, baseUrl: string, account: E2eAccount, path = '/?region=01'): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  const form = signInForm(page);
  await form.email.fill(account.email);
  await form.password.fill(account.password);
  await form.submit.click();
  await page.getByRole('button', { name: 'Kirjaudu ulos' }).waitFor();
  await page.locator('header').getByText(account.name).waitFor();
  // The articles list is ready once it says how many it shows (a participant may have none).
  if (path === '/' || path.startsWith('/?')) await page.locator('[data-testid="articles-table"][aria-busy="false"]').waitFor();
}

/** Signs out with the top bar's button and waits for the sign-in page. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
  await signInForm(page).submit.waitFor();
}
