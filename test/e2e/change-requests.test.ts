import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../db/client';
import { findChangeRequestByCode } from '../../db/queries/change-requests';
import { buildDiffReport } from '../../server/engine/region-diff-report';
import { focusedControl } from './helpers/browser';
import { startE2eServer, type E2eServer } from './helpers/e2e-server';
import { expectNoViolations } from './helpers/expect-no-violations';
import { openSignedInPage } from './helpers/signed-in-page';

const region = '01';
const reason = 'Selaintesti: asiasana ei kuvaa tätä palvelua';
let server: E2eServer;
let browser: Browser;
let page: Page;
let errors: string[];
/** An article and a service in it that surfaces by a keyword nobody has flagged or asked to fix yet. */
let picked = { articleId: '', serviceId: '' };

function pickPair(handle: DbHandle): { articleId: string; serviceId: string } {
  const touched = new Set(handle.sqlite.prepare(`SELECT service_id FROM flags UNION SELECT service_id FROM change_requests WHERE service_id IS NOT NULL`).pluck().all() as string[]);
  for (const article of buildDiffReport(handle, { region }).articles) {
    const item = article.items.find((i) => i.category !== 'missing' && i.category !== 'cleared' && (i.reasons?.keywords.length ?? 0) > 0 && !touched.has(i.serviceId));
    if (item) return { articleId: article.articleId, serviceId: item.serviceId };
  }
  throw new Error('the demo has no service surfacing by a keyword that is not flagged yet');
}

beforeAll(async () => {
  server = await startE2eServer(async (handle) => {
    picked = pickPair(handle);
  });
  ({ browser, page, errors } = await openSignedInPage(server, server.accounts.manager, { bypassCSP: true }));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('from a flag to a change request, as the project manager', () => {
  let code = '';

  it('flags a wrong keyword in an article', async () => {
    await page.goto(`${server.url}/articles/${encodeURIComponent(picked.articleId)}?region=${region}`);
    const row = page.locator(`[data-testid="service-row"][data-service-id="${picked.serviceId}"]`);
    await row.waitFor();
    await row.getByRole('button', { name: /^Liputa: / }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    // The first item offered is the service's first keyword; the owner must fix it.
    expect(await dialog.getByRole('radio').first().isChecked()).toBe(true);
    await dialog.getByLabel('Perustelu (pakollinen)').fill(reason);
    await dialog.getByRole('button', { name: 'Tallenna liputus' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => row.textContent()).toContain(reason);
  });

  it('makes a change request of it on the flags page, and follows the link to it', async () => {
    await page.locator('nav').getByRole('link', { name: 'Liputukset' }).click();
    const card = page.locator('[data-testid="flags-list"] > li', { hasText: reason });
    await card.waitFor();
    await card.getByRole('button', { name: 'Tee muutospyyntö' }).click();
    const made = card.locator('[data-testid="request-made"]');
    await made.waitFor();
    const text = (await made.textContent()) ?? '';
    expect(text).toMatch(/^Muutospyyntö LP-\d{4}-\d{4} tehty\./);
    code = /LP-\d{4}-\d{4}/.exec(text)![0];
    // The button is gone: focus moved to the link that replaced it, not to the page.
    await expect.poll(async () => (await focusedControl(page))?.name).toBe(`Avaa ${code}`);
    await card.getByRole('link', { name: `Avaa ${code}` }).click();
    await page.getByRole('heading', { level: 1, name: code }).waitFor();
    await expect.poll(() => page.title()).toBe(`${code} – Linkkipaja`);
  });

  it('shows it in the list with its recipient, the owning organisation', async () => {
    const stored = findChangeRequestByCode(server.handle, code);
    expect(stored?.recipient.kind).toBe('organization');
    await page.locator('nav').getByRole('link', { name: 'Muutospyynnöt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Muutospyynnöt' }).waitFor();
    await page.locator('[data-testid="requests-table"][aria-busy="false"]').waitFor();
    await page.getByRole('searchbox', { name: /Hae tunnuksella/ }).fill(code);
    await page.waitForURL(new RegExp(`q=${code}`));
    const row = page.locator(`[data-testid="request-row"][data-code="${code}"]`);
    await row.waitFor();
    expect(await page.locator('[data-testid="request-row"]').count()).toBe(1);
    expect(await row.textContent()).toContain(stored!.recipient.name);
    expect(await row.textContent()).toContain('Luonnos');
    expect(await row.textContent()).toContain('Poista tieto palvelusta');
    // The recipient is counted in the summary too.
    expect(await page.locator('[data-testid="recipient-counts"]').textContent()).toContain(stored!.recipient.name);
  });

  it('moves it to ready with the bulk action, and says so', async () => {
    const row = page.locator(`[data-testid="request-row"][data-code="${code}"]`);
    await row.getByRole('checkbox', { name: `Valitse ${code}` }).check();
    await page.getByText('1 valittuna').waitFor();
    await page.getByRole('button', { name: /Siirrä tilaan/ }).click();
    await page.getByRole('option', { name: 'Valmis lähetettäväksi' }).click();
    await page.getByRole('button', { name: 'Siirrä valitut' }).click();
    await expect.poll(() => page.locator('[data-testid="cr-announcement"]').textContent()).toBe('1 muutospyyntö siirretty tilaan Valmis lähetettäväksi.');
    await expect.poll(() => row.textContent()).toContain('Valmis lähetettäväksi');
    expect(findChangeRequestByCode(server.handle, code)?.state).toBe('ready');
  });

  it('list page: no WCAG A/AA violations', async () => {
    await page.goto(`${server.url}/change-requests?region=${region}`);
    await page.locator('[data-testid="request-row"]').first().waitFor();
    await page.locator('[data-testid="verification-runs"]').getByRole('button', { name: 'Tarkista nyt' }).waitFor();
    await expectNoViolations(page);
  });

  it('the new change request dialog: no WCAG A/AA violations, also with its errors and the description texts', async () => {
    await page.getByRole('button', { name: 'Uusi muutospyyntö' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Uusi muutospyyntö' }).waitFor();
    await expectNoViolations(page);
    await dialog.getByRole('button', { name: 'Tallenna muutospyyntö' }).click();
    await dialog.getByText('Kirjoita perustelu (vähintään 3 merkkiä).').waitFor();
    await dialog.getByText('Valitse palvelu.').waitFor();
    await expectNoViolations(page);
    await dialog.getByRole('button', { name: /Mitä pyydetään/ }).click();
    await page.getByRole('option', { name: 'Uusi palvelukuvaus' }).click();
    await dialog.getByRole('group', { name: 'Palvelukuvauksen tekstit' }).waitFor();
    await expectNoViolations(page);
    await dialog.getByRole('button', { name: 'Peruuta' }).click();
    await dialog.waitFor({ state: 'hidden' });
    // Closing gives focus back to the button that opened the dialog.
    await expect.poll(async () => (await focusedControl(page))?.name).toBe('Uusi muutospyyntö');
  });

  it('the detail page shows the history of the request, and has no WCAG A/AA violations', async () => {
    const id = findChangeRequestByCode(server.handle, code)!.id;
    await page.goto(`${server.url}/change-requests/${id}?region=${region}`);
    await page.getByRole('heading', { level: 1, name: code }).waitFor();
    const history = page.locator('[data-testid="request-history"]');
    await history.getByText(`laati muutospyynnön ${code}`).waitFor();
    expect(await history.textContent()).toContain(`siirsi muutospyynnön ${code} tilaan Valmis lähetettäväksi`);
    expect(await page.locator('[data-testid="cr-recipient"]').textContent()).toContain(findChangeRequestByCode(server.handle, code)!.recipient.name);
    // Managers may move it on from ready: to sent, back to draft, or withdraw it.
    await page.getByRole('button', { name: 'Siirrä: Lähetetty' }).waitFor();
    await page.getByRole('button', { name: 'Avaa uudelleen (Luonnos)' }).waitFor();
    await expectNoViolations(page);
    // Withdrawing asks for the reason first; without one nothing moves.
    await page.getByRole('button', { name: 'Siirrä: Peruttu' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Siirrä tilaan Peruttu' }).click();
    await dialog.getByText('Kirjoita perustelu.').waitFor();
    await expectNoViolations(page);
    await dialog.getByRole('button', { name: 'Peruuta' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(findChangeRequestByCode(server.handle, code)?.state).toBe('ready');
  });

  it('asks for the fix of a missing service from the article view, and lists it there', async () => {
    const missing = buildDiffReport(server.handle, { region })
      .articles.flatMap((a) => a.items.filter((i) => i.category === 'missing' && i.missingReason !== 'not_in_catalogue').map((i) => ({ articleId: a.articleId, serviceId: i.serviceId })))
      .at(0);
    if (!missing) throw new Error('the demo has no article with an approved service missing from it');
    await page.goto(`${server.url}/articles/${encodeURIComponent(missing.articleId)}?region=${region}`);
    const row = page.locator(`[data-testid="service-row"][data-service-id="${missing.serviceId}"]`);
    await row.getByRole('button', { name: /^Pyydä korjausta: / }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Kiinnitä palvelu artikkelin sääntöön (DigiFinland)').click();
    await dialog.getByLabel('Perustelu (pakollinen)').fill('Selaintesti: hyväksytty palvelu puuttuu artikkelista');
    await dialog.getByRole('button', { name: 'Tee muutospyyntö' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const notice = page.locator('[data-testid="announcement"]');
    await expect.poll(() => notice.textContent()).toMatch(/^(Muutospyyntö LP-\d{4}-\d{4} tehty\.|Lisätty muutospyyntöön LP-\d{4}-\d{4}\.)$/);
    const made = /LP-\d{4}-\d{4}/.exec((await notice.textContent()) ?? '')![0];
    await page.locator('[data-testid="article-requests"]').getByRole('link', { name: made }).waitFor();
    const stored = findChangeRequestByCode(server.handle, made)!;
    expect(stored.type).toBe('rule.pin');
    expect(stored.recipient.kind).toBe('digifinland');
  });

  it('raised no errors in the page', () => {
    expect(errors).toEqual([]);
  });
});
