import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './helpers/browser';
import { expectNoViolations } from './helpers/expect-no-violations';
import { startE2eServer, type E2eServer } from './helpers/e2e-server';
import { pageMutation } from './helpers/page-api';
import { signIn, signInForm, signOut } from './helpers/sign-in';
import { newWatchedPage, type WatchedPage } from './helpers/signed-in-page';

const articleId = 'raskauden-seuranta';
const sessionCookie = '__Host-linkkipaja-session';
let server: E2eServer;
let browser: Browser;

beforeAll(async () => {
  server = await startE2eServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh browser profile (no cookies); axe needs the CSP bypassed to inject its script. */
function freshPage(): Promise<WatchedPage> {
  return newWatchedPage(browser, { bypassCSP: true });
}

function approvedDecisions(): { serviceId: string; decision: string; decidedBy: string }[] {
  return server.handle.sqlite
    .prepare(`SELECT service_id AS serviceId, decision, decided_by AS decidedBy FROM decisions WHERE status = 'approved' AND article_id = ? ORDER BY service_id`)
    .all(articleId) as { serviceId: string; decision: string; decidedBy: string }[];
}

function decisionsVersion(): number {
  return (server.handle.sqlite.prepare('SELECT decisions_version AS v FROM articles WHERE id = ?').get(articleId) as { v: number }).v;
}

describe('signing in and out', () => {
  it('shows only the sign-in page to someone not signed in, and it passes the axe scan', async () => {
    const { context, page } = await freshPage();
    await page.goto(`${server.url}/articles/${articleId}?region=01`);
    await signInForm(page).submit.waitFor();
    expect(await page.locator('[data-testid="service-row"], [data-testid="article-row"]').count()).toBe(0);
    expect(await page.locator('nav a').count()).toBe(0);
    await expectNoViolations(page);
    await context.close();
  });

  it('names the sign-in page in the tab title, whatever page was asked for', async () => {
    const { context, page } = await freshPage();
    for (const path of ['/?region=01', `/articles/${articleId}?region=01`, '/catalogue?region=01']) {
      await page.goto(`${server.url}${path}`);
      await signInForm(page).submit.waitFor();
      await expect.poll(() => page.title(), { timeout: 2000 }).toBe('Kirjaudu Linkkipajaan – Linkkipaja');
    }
    await context.close();
  });

  it('refuses a wrong password with a message that does not tell which part was wrong', async () => {
    const { context, page, errors } = await freshPage();
    await page.goto(`${server.url}/?region=01`);
    const form = signInForm(page);
    await form.email.fill(server.accounts.manager.email);
    await form.password.fill(`${server.accounts.manager.password}x`);
    await form.submit.click();
    const alert = page.getByRole('alert');
    await alert.getByText('Sähköposti tai salasana on väärin.').waitFor();
    expect(await page.getByRole('button', { name: 'Kirjaudu ulos' }).count()).toBe(0);
    expect((await context.cookies()).some((c) => c.name === sessionCookie)).toBe(false);
    // An unknown address gets the very same answer.
    await form.email.fill('ei.ole@demo.linkkipaja.fi');
    await form.submit.click();
    await expect.poll(() => alert.textContent()).toBe('Sähköposti tai salasana on väärin.');
    // The browser logs the refused sign-ins (400); nothing else may go wrong in the page.
    expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
    await context.close();
  });

  it('signs in to the page asked for, and after signing out the back button shows no data', async () => {
    const { context, page, errors } = await freshPage();
    await signIn(page, server.url, server.accounts.manager, `/articles/${articleId}?region=01`);
    await page.locator('[data-testid="service-row"]').first().waitFor();
    expect(page.url()).toContain(`/articles/${articleId}`);
    const cookie = (await context.cookies()).find((c) => c.name === sessionCookie);
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/' });

    await page.getByRole('link', { name: 'Palvelut' }).click();
    await page.locator('[data-testid="catalogue-row"]').first().waitFor();
    await signOut(page);
    expect((await context.cookies()).some((c) => c.name === sessionCookie)).toBe(false);

    for (let step = 0; step < 2; step += 1) {
      await page.goBack();
      await signInForm(page).submit.waitFor();
      expect(await page.locator('[data-testid="service-row"], [data-testid="catalogue-row"], [data-testid="article-row"]').count()).toBe(0);
      expect(await page.getByText(server.accounts.manager.name).count()).toBe(0);
    }
    await page.reload();
    await signInForm(page).submit.waitFor();
    expect(await page.locator('[data-testid="service-row"]').count()).toBe(0);

    // The old session ended on the server too: its cookie, put back, opens nothing.
    const again = await browser.newContext();
    await again.addCookies([{ ...cookie!, expires: -1 }]);
    const replay = await again.newPage();
    await replay.goto(`${server.url}/articles/${articleId}?region=01`);
    await signInForm(replay).submit.waitFor();
    expect(await replay.locator('[data-testid="service-row"]').count()).toBe(0);
    await again.close();
    expect(errors.filter((e) => !/status of 401/.test(e))).toEqual([]);
    await context.close();
  });
});

describe('a viewer reads but cannot change anything', () => {
  let page: Page;
  let context: BrowserContext;

  beforeAll(async () => {
    ({ context, page } = await freshPage());
    await signIn(page, server.url, server.accounts.viewer);
  });

  afterAll(async () => {
    await context?.close();
  });

  it('sees the articles and the catalogue, but no flags, requests or users in the menu', async () => {
    const nav = page.getByRole('navigation', { name: /./ }).first();
    await nav.getByRole('link', { name: 'Artikkelit' }).waitFor();
    const links = await nav.getByRole('link').allTextContents();
    expect(links).toContain('Palvelut');
    for (const hidden of ['Liputukset', 'Kuvauspyynnöt', 'Käyttäjät']) expect(links).not.toContain(hidden);
    expect(await page.locator('[data-testid="article-row"]').count()).toBeGreaterThan(0);
    await page.locator('header').getByText('lukija', { exact: true }).waitFor();
  });

  it('sees an article without any control that would change it', async () => {
    await page.goto(`${server.url}/articles/${articleId}?region=01`);
    await page.locator('[data-testid="service-row"]').first().waitFor();
    const main = page.locator('main');
    const writeControls = /^(Kuuluu|Ei kuulu|Kumoa|Liputa|Kommentoi|Lisää kommentti|Ehdota|Pyydä uusi palvelukuvaus|Hyväksy linkit|Palauta)/;
    expect(await main.getByRole('button', { name: writeControls }).count()).toBe(0);
    expect(await main.locator('textarea, input[type="checkbox"]').count()).toBe(0);
    expect(await main.getByText(/kuuluu · .*ei kuulu/).count()).toBe(0);
  });

  it('changes nothing by keyboard shortcuts either: the page does not even try', async () => {
    const before = approvedDecisions();
    const writes: string[] = [];
    const record = (request: Request) => {
      if (request.method() === 'POST' && request.url().includes('/trpc/')) writes.push(request.url());
    };
    page.on('request', record);
    await page.locator('[data-testid="service-row"]').first().focus();
    for (const key of ['i', 'e', 'u', 'x', 'f', 'c']) await page.keyboard.press(key);
    // The help is for everyone: once it is open, the keys before it have had their effect.
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.getByRole('heading').first().textContent()).toBe('Pikanäppäimet');
    expect(await dialog.count()).toBe(1);
    await page.keyboard.press('Escape');
    page.off('request', record);
    expect(writes).toEqual([]);
    expect(approvedDecisions()).toEqual(before);
  });

  it('is refused (403) when the page calls the API directly, and nothing changes', async () => {
    const unreviewed = await page.locator('[data-testid="service-row"][data-category="unreviewed"]').first().getAttribute('data-service-id');
    expect(unreviewed).toBeTruthy();
    const input = { region: '01', articleId, serviceIds: [unreviewed], decision: 'include', baseVersion: decisionsVersion() };
    const post = (target: Page) => pageMutation(target, 'decisions.set', input);
    const before = { decisions: approvedDecisions(), version: decisionsVersion() };
    const refused = await post(page);
    expect(refused.status).toBe(403);
    // Refused by the role check, not by the cross-site guard (which answers 403 as well).
    expect(refused.body.error?.data?.code).toBe('FORBIDDEN');
    expect({ decisions: approvedDecisions(), version: decisionsVersion() }).toEqual(before);

    // The same call from a manager's page goes through: the request itself was a valid one.
    const manager = await freshPage();
    await signIn(manager.page, server.url, server.accounts.manager);
    const accepted = await post(manager.page);
    expect(accepted.status).toBe(200);
    expect(approvedDecisions().find((d) => d.serviceId === unreviewed)).toMatchObject({ decision: 'include', decidedBy: server.accounts.manager.name });
    await manager.context.close();
  });
});

describe('a manager invites a person', () => {
  it('creates an invitation link in the users admin; opened elsewhere, it sets a password and signs in', async () => {
    const manager = await freshPage();
    await signIn(manager.page, server.url, server.accounts.manager);
    await manager.page.locator('nav').getByRole('link', { name: 'Käyttäjät' }).click();
    await manager.page.getByRole('heading', { level: 1, name: 'Käyttäjät' }).waitFor();
    await manager.page.getByRole('button', { name: 'Kutsu henkilö' }).click();
    const dialog = manager.page.getByRole('dialog');
    await dialog.waitFor();
    const invited = { email: 'outi.osallistuja@example.fi', name: 'Outi Osallistuja', password: 'neuvolan kevätaamu ja kahvi' };
    await dialog.getByLabel('Sähköposti').fill(invited.email);
    await dialog.getByLabel('Nimi').fill(invited.name);
    await dialog.getByText('osallistuja', { exact: true }).click();
    await dialog.getByRole('button', { name: 'Luo kutsulinkki' }).click();
    const linkField = dialog.getByLabel(`Kutsulinkki: ${invited.name}`);
    await linkField.waitFor();
    const link = await linkField.inputValue();
    expect(link).toMatch(new RegExp(`^${server.url.replace(/\./g, '\\.')}/invite#.{20,}$`));
    await dialog.getByRole('button', { name: 'Valmis' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = manager.page.getByRole('row', { name: new RegExp(invited.name) });
    await expect.poll(() => row.textContent()).toContain('Kutsu odottaa');

    // The invited person, in their own browser.
    const guest = await freshPage();
    await guest.page.goto(link);
    await guest.page.getByRole('heading', { level: 1, name: `Tervetuloa Linkkipajaan, ${invited.name}` }).waitFor();
    await expectNoViolations(guest.page);
    await guest.page.getByLabel('Uusi salasana', { exact: true }).fill(invited.password);
    await guest.page.getByLabel('Uusi salasana uudelleen').fill(invited.password);
    await guest.page.getByRole('button', { name: 'Aseta salasana ja kirjaudu' }).click();
    await guest.page.locator('header').getByText(invited.name).waitFor();
    await guest.page.locator('header').getByText('osallistuja', { exact: true }).waitFor();
    // The used link is out of the address bar and the back button's reach.
    expect(guest.page.url()).not.toContain('#');
    expect((await guest.context.cookies()).some((c) => c.name === sessionCookie)).toBe(true);

    // A link works once.
    const again = await freshPage();
    await again.page.goto(link);
    await again.page.getByRole('heading', { level: 1, name: 'Kutsulinkki ei toimi' }).waitFor();
    expect(await again.page.getByLabel('Uusi salasana', { exact: true }).count()).toBe(0);

    // The new password signs in from yet another browser.
    await again.page.getByRole('link', { name: 'Siirry kirjautumaan' }).click();
    await signIn(again.page, server.url, invited);
    await manager.page.reload();
    await expect.poll(() => row.textContent()).toContain('Käytössä');
    expect([...manager.errors, ...guest.errors, ...again.errors]).toEqual([]);
    await Promise.all([manager.context.close(), guest.context.close(), again.context.close()]);
  });
});
