import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDiffReport } from '../../server/engine/region-diff-report';
import { focusedControl, launchBrowser } from './helpers/browser';
import { startE2eServer, type E2eAccount, type E2eServer } from './helpers/e2e-server';
import { expectNoViolations } from './helpers/expect-no-violations';
import { signedInPage } from './helpers/signed-in-page';

/** The demo's workshop (seeded with the demo people) and an article whose sign-off drifted. */
const workshopId = 1;
const driftedArticle = 'synnytykseen-valmistautuminen';
/** The workshop's first article: the demo participants have proposed on it. */
let workshopArticle = '';
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

/** A page of its own signed in as `account`; axe is injected as a script, so the CSP is bypassed. */
async function pageAs(account: E2eAccount): Promise<Page> {
  return (await signedInPage(browser, server, account, { bypassCSP: true })).page;
}

describe('WCAG 2.1 A/AA scan (axe-core) of the people views, as the project manager', () => {
  let page: Page;

  beforeAll(async () => {
    page = await pageAs(server.accounts.manager);
  });

  it('workshops list', async () => {
    await page.goto(`${server.url}/workshops?region=01`);
    await page.getByRole('heading', { level: 1, name: 'Työpajat' }).waitFor();
    await page.locator('.lp-ws-card').first().waitFor();
    await expectNoViolations(page);
  });

  it('a workshop page with its participation', async () => {
    await page.goto(`${server.url}/workshops/${workshopId}?region=01`);
    await page.getByRole('heading', { level: 2, name: 'Artikkelit' }).waitFor();
    await page.getByRole('heading', { name: 'Osallistuminen' }).waitFor();
    const first = (await page.locator('.lp-ws-queue li a').first().getAttribute('href')) ?? '';
    workshopArticle = decodeURIComponent(first.replace(/^\/workshops\/\d+\/articles\//, '').replace(/\?.*$/, ''));
    await expectNoViolations(page);
  });

  it('the workshop edit form', async () => {
    await page.goto(`${server.url}/workshops/${workshopId}/edit?region=01`);
    await page.getByRole('heading', { level: 1, name: 'Muokkaa työpajaa' }).waitFor();
    await expect.poll(() => page.getByLabel('Nimi', { exact: true }).inputValue()).not.toBe('');
    await expectNoViolations(page);
  });

  it('the live screen, before and while it shows an article', async () => {
    await page.goto(`${server.url}/workshops/${workshopId}/live?region=01`);
    const start = page.getByRole('button', { name: 'Aloita ensimmäisestä artikkelista' });
    await start.waitFor();
    await expectNoViolations(page);
    await start.click();
    await page.locator('.lp-ws-live-table tbody tr').first().waitFor();
    await expectNoViolations(page);
    await page.getByRole('button', { name: 'Lopeta yhteinen näyttö' }).click();
    await start.waitFor();
  });

  it('users admin, and its invite dialog (empty, with errors, and for a lead with topics)', async () => {
    await page.goto(`${server.url}/users?region=01`);
    await page.getByRole('heading', { level: 1, name: 'Käyttäjät' }).waitFor();
    await page.locator('table tbody tr').first().waitFor();
    await expectNoViolations(page);
    await page.getByRole('button', { name: 'Kutsu henkilö' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Kutsu henkilö Linkkipajaan' }).waitFor();
    await expectNoViolations(page);
    await dialog.getByRole('button', { name: 'Luo kutsulinkki' }).click();
    await dialog.getByText('Pakollinen tieto').first().waitFor();
    await dialog.getByText('palveluvastaava', { exact: true }).click();
    await dialog.getByText('Aiheet', { exact: true }).first().waitFor();
    await expectNoViolations(page);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('own account with the second-factor section, also while setting it up', async () => {
    await page.goto(`${server.url}/account?region=01`);
    await page.getByRole('heading', { name: 'Kaksivaiheinen tunnistautuminen' }).waitFor();
    await expectNoViolations(page);
    await page.getByLabel('Salasana käyttöönottoa varten').fill(server.accounts.manager.password);
    await page.getByRole('button', { name: 'Ota käyttöön' }).click();
    await page.getByLabel('Vahvistuskoodi').waitFor();
    await expectNoViolations(page);
  });

  it('a drifted article: the sign-off panel with its drift list, and its history', async () => {
    await page.goto(`${server.url}/articles/${driftedArticle}?region=01`);
    await page.locator('[data-testid="service-row"]').first().waitFor();
    await page.locator('[data-testid="signoff-drift"] li').first().waitFor();
    await page.locator('[data-testid="history-timeline"] li').first().waitFor();
    await expectNoViolations(page);
    // The timeline is not collapsible; where it has older events, they are shown too.
    const older = page.getByRole('button', { name: 'Näytä vanhemmat tapahtumat' });
    if ((await older.count()) > 0) {
      const shown = await page.locator('[data-testid="history-timeline"] li').count();
      await older.click();
      await expect.poll(() => page.locator('[data-testid="history-timeline"] li').count()).toBeGreaterThan(shown);
      await expectNoViolations(page);
    }
  });

  it('the send-back dialog of the drifted article, empty and with its missing reason', async () => {
    const panel = page.locator('[data-testid="signoff-panel"]');
    const dialog = page.getByRole('dialog');
    // Services there wait for a decision, so only sending back is possible.
    expect(await panel.getByRole('button', { name: /^Hyväksy linkit/ }).isDisabled()).toBe(true);
    await panel.getByRole('button', { name: 'Palauta', exact: true }).click();
    await dialog.getByRole('heading', { name: 'Palauta artikkelin linkit' }).waitFor();
    await expectNoViolations(page);
    await dialog.getByRole('button', { name: 'Palauta', exact: true }).click();
    await dialog.getByText('Kerro, miksi palautat listan.').waitFor();
    await expectNoViolations(page);
    await dialog.getByRole('button', { name: 'Peruuta' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('the sign-off dialog of a signed-off article that is fully decided', async () => {
    const signedOff = server.handle.sqlite.prepare(`SELECT DISTINCT article_id FROM signoffs WHERE action = 'signed_off' ORDER BY article_id`).pluck().all() as string[];
    const decided = signedOff.find((articleId) => buildDiffReport(server.handle, { region: '01', articleId }).articles[0]?.items.every((i) => i.category !== 'unreviewed'));
    if (!decided) throw new Error('the demo has no signed-off article that is fully decided');
    await page.goto(`${server.url}/articles/${decided}?region=01`);
    const signOff = page.locator('[data-testid="signoff-panel"]').getByRole('button', { name: 'Hyväksy linkit uudelleen' });
    await expect.poll(() => signOff.isEnabled()).toBe(true);
    await signOff.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Hyväksy artikkelin linkit' }).waitFor();
    await expectNoViolations(page);
    await dialog.getByRole('button', { name: 'Peruuta' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it("the workshop's proposals in its first article, one service's proposals opened", async () => {
    await page.goto(`${server.url}/articles/${encodeURIComponent(workshopArticle)}?region=01`);
    const panel = page.locator('section', { has: page.getByRole('heading', { name: 'Työpajojen ehdotukset' }) });
    await panel.locator('details summary').first().click();
    await panel.locator('details[open]').first().waitFor();
    await expectNoViolations(page);
  });
});

describe('WCAG 2.1 A/AA scan (axe-core) of the workshop, as a participant', () => {
  let page: Page;
  let proposalPath = '';

  beforeAll(async () => {
    page = await pageAs(server.accounts.participant);
  });

  it('the workshop queue', async () => {
    await page.goto(`${server.url}/workshops/${workshopId}?region=01`);
    const queue = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Artikkelit' }) });
    await queue.locator('ol li a').first().waitFor();
    proposalPath = (await queue.locator('ol li a').first().getAttribute('href')) ?? '';
    expect(proposalPath).toMatch(new RegExp(`^/workshops/${workshopId}/articles/`));
    await expectNoViolations(page);
  });

  it('a proposal view of the first article in the queue', async () => {
    await page.goto(`${server.url}${proposalPath}`);
    await page.locator('[aria-labelledby^="svc-"]').first().waitFor();
    await page.getByRole('heading', { name: 'Puuttuuko palvelu?' }).waitFor();
    await expectNoViolations(page);
  });

  it('Tab reaches the belongs / does-not-belong buttons of the proposal view, each showing focus', async () => {
    await page.goto(`${server.url}${proposalPath}`);
    await page.locator('[aria-labelledby^="svc-"]').first().waitFor();
    const seen = new Set<string>();
    for (let i = 0; i < 60 && !(seen.has('Kuuluu') && seen.has('Ei kuulu')); i += 1) {
      await page.keyboard.press('Tab');
      const focused = await focusedControl(page);
      if (!focused) continue;
      seen.add(focused.name);
      expect(focused.outline, `visible focus on ${focused.name}`).toBe(true);
    }
    expect([...seen]).toEqual(expect.arrayContaining(['Kuuluu', 'Ei kuulu']));
  });
});
