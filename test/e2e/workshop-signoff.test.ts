import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTransaction, type DbHandle } from '../../db/client';
import { insertWorkshop } from '../../db/queries/workshops';
import { buildDiffReport } from '../../server/engine/region-diff-report';
import { launchBrowser } from './helpers/browser';
import { importDrift } from './helpers/catalogue-drift';
import { startE2eServer, type E2eAccount, type E2eServer } from './helpers/e2e-server';
import { pageMutation } from './helpers/page-api';
import { signedInPage } from './helpers/signed-in-page';

const region = '01';
const workshopName = 'Raskausajan palvelut (selaintesti)';
let server: E2eServer;
let browser: Browser;
/** The article the workshop goes through: chosen from the demo when the server starts. */
let articleId = '';
/** Services of it that nobody has decided yet: the participants propose on the first three. */
let unreviewedIds: string[] = [];
let workshopId = 0;
const contexts: BrowserContext[] = [];
/** Each person's page errors, by name. */
const errors = new Map<string, string[]>();

/**
 * A pregnancy article nobody has proposed on or signed off yet, with a few services still
 * unreviewed (so the lead can decide the rest by hand) and one that surfaces by keyword.
 */
function pickArticle(handle: DbHandle): { articleId: string; unreviewed: string[] } {
  const taken = new Set(handle.sqlite.prepare(`SELECT article_id FROM proposals UNION SELECT article_id FROM signoffs`).pluck().all() as string[]);
  const topics = new Map((handle.sqlite.prepare(`SELECT id, topic FROM articles`).all() as { id: string; topic: string }[]).map((a) => [a.id, a.topic]));
  const fit = buildDiffReport(handle, { region }).articles.find((a) => {
    if (topics.get(a.articleId) !== 'raskaus' || taken.has(a.articleId)) return false;
    const unreviewed = a.items.filter((i) => i.category === 'unreviewed');
    const byKeyword = a.items.filter((i) => i.category !== 'missing' && i.category !== 'cleared' && (i.reasons?.keywords.length ?? 0) > 0);
    return unreviewed.length >= 3 && unreviewed.length <= 10 && byKeyword.length >= 1 && a.items.length >= 5;
  });
  if (!fit) throw new Error('the demo has no pregnancy article with 3 to 10 unreviewed services left for this test');
  return { articleId: fit.articleId, unreviewed: fit.items.filter((i) => i.category === 'unreviewed').map((i) => i.serviceId) };
}

async function addWorkshop(handle: DbHandle): Promise<void> {
  ({ articleId, unreviewed: unreviewedIds } = pickArticle(handle));
  const participants = handle.sqlite.prepare(`SELECT id FROM users WHERE role = 'participant' ORDER BY id`).pluck().all() as number[];
  const lead = handle.sqlite.prepare(`SELECT id FROM users WHERE role = 'lead' ORDER BY id`).pluck().get() as number;
  const today = new Date().toISOString().slice(0, 10);
  const inTwoWeeks = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  workshopId = writeTransaction(handle, () =>
    insertWorkshop(
      handle,
      { name: workshopName, topics: ['raskaus'], date: today, deadline: inTwoWeeks, mode: 'async', facilitatorId: lead, regionCode: region, articleIds: [articleId], participantIds: participants },
      'selaintesti',
      new Date().toISOString(),
    ),
  );
}

beforeAll(async () => {
  server = await startE2eServer(addWorkshop);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function pageAs(account: E2eAccount, path?: string): Promise<Page> {
  const opened = await signedInPage(browser, server, account, { path });
  contexts.push(opened.context);
  errors.set(account.name, opened.errors);
  return opened.page;
}

function person(name: string): E2eAccount {
  const found = server.people.find((p) => p.name.startsWith(name));
  if (!found) throw new Error(`no demo person ${name}`);
  return found;
}

describe('from workshop proposals to a signed-off link set, and its drift after an import', () => {
  /** Three services of the article: A belongs, B does not, C is split. */
  const picked = { a: '', b: '', c: '' };
  const names = new Map<string, string>();
  let pekka: Page;
  let lead: Page;

  const proposalOf = (page: Page, serviceId: string) => page.locator(`[aria-labelledby="svc-${serviceId}"]`);

  /** The article's status in the articles list, found there by its title. */
  const listStatus = async () => {
    const title = (await lead.getByRole('heading', { level: 1 }).textContent()) ?? '';
    await lead.goto(`${server.url}/?region=${region}&q=${encodeURIComponent(title)}`);
    const row = lead.locator('[data-testid="article-row"]', { has: lead.locator(`a[href^="/articles/${articleId}"]`) });
    await row.waitFor();
    return row.locator('.lp-status').textContent();
  };

  it('a participant proposes in the workshop, with comments, and finds them after a reload', async () => {
    pekka = await pageAs(person('Pekka'));
    await pekka.locator('nav').getByRole('link', { name: 'Työpajat' }).click();
    await pekka.getByRole('link', { name: workshopName }).click();
    await pekka.getByRole('heading', { level: 1, name: workshopName }).waitFor();
    const queue = pekka.locator('section', { has: pekka.getByRole('heading', { name: 'Artikkelit' }) });
    await queue.getByText('ei vielä käyty läpi').waitFor();
    await queue.getByRole('link').first().click();
    await pekka.waitForURL(new RegExp(`/workshops/${workshopId}/articles/${articleId}`));

    const services = pekka.locator('[aria-labelledby^="svc-"]');
    await services.first().waitFor();
    const ids = await services.evaluateAll((items) => items.map((li) => (li.getAttribute('aria-labelledby') ?? '').replace(/^svc-/, '')));
    // Every service that surfaces is offered, the undecided ones among them.
    expect(ids).toEqual(expect.arrayContaining(unreviewedIds));
    [picked.a, picked.b, picked.c] = unreviewedIds as [string, string, string];
    for (const id of Object.values(picked)) names.set(id, (await pekka.locator(`[id="svc-${id}"]`).textContent()) ?? id);

    const propose = async (serviceId: string, kind: 'Kuuluu' | 'Ei kuulu', comment?: string) => {
      const item = proposalOf(pekka, serviceId);
      if (comment) await item.getByRole('textbox').fill(comment);
      await item.getByRole('button', { name: kind, exact: true }).click();
      await item.getByText(`Tallennettu: ${kind}`).waitFor();
    };
    await propose(picked.a, 'Kuuluu', 'Neuvolasta ohjataan tänne usein.');
    await propose(picked.b, 'Ei kuulu', 'Palvelu on tarkoitettu kouluikäisille.');
    await propose(picked.c, 'Ei kuulu');

    await pekka.reload();
    await proposalOf(pekka, picked.c).getByText('Tallennettu: Ei kuulu').waitFor();
    const pressed = (serviceId: string, kind: string) => proposalOf(pekka, serviceId).getByRole('button', { name: kind, exact: true }).getAttribute('aria-pressed');
    await expect.poll(() => pressed(picked.a, 'Kuuluu')).toBe('true');
    expect(await pressed(picked.a, 'Ei kuulu')).toBe('false');
    expect(await pressed(picked.b, 'Ei kuulu')).toBe('true');
    expect(await pressed(picked.c, 'Ei kuulu')).toBe('true');
    expect(await proposalOf(pekka, picked.a).getByRole('textbox').inputValue()).toBe('Neuvolasta ohjataan tänne usein.');
    expect(await proposalOf(pekka, picked.b).getByRole('textbox').inputValue()).toBe('Palvelu on tarkoitettu kouluikäisille.');

    await pekka.getByRole('link', { name: `← ${workshopName}` }).click();
    await queue.getByText('käyty läpi (3 ehdotusta)').waitFor();
  });

  it('the lead sees the proposals counted side by side, accepts the clear majorities and decides the rest', async () => {
    // A second participant agrees on A and disagrees on C (from her own browser, through the API the UI uses).
    const sanna = await pageAs(person('Sanna'));
    for (const [serviceId, kind] of [[picked.a, 'belongs'], [picked.c, 'belongs']] as const) {
      const answer = await pageMutation(sanna, 'proposals.set', { articleId, serviceId, kind, workshopId });
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    }

    lead = await pageAs(server.accounts.lead, `/articles/${articleId}?region=${region}`);
    const panel = lead.locator('section', { has: lead.getByRole('heading', { name: 'Työpajojen ehdotukset' }) });
    const row = (serviceId: string) => panel.getByRole('listitem').filter({ has: lead.locator('summary strong', { hasText: names.get(serviceId)! }) }).first();
    await row(picked.a).waitFor();
    expect(await row(picked.a).locator('summary').textContent()).toContain('2 kuuluu');
    expect(await row(picked.a).locator('summary').textContent()).not.toContain('ei kuulu');
    expect(await row(picked.b).locator('summary').textContent()).toContain('1 ei kuulu');
    expect(await row(picked.c).locator('summary').textContent()).toContain('1 kuuluu · 1 ei kuulu');
    expect(await row(picked.c).textContent()).toContain('ei selvää enemmistöä');
    // Opening a service shows each person's say and comment.
    await row(picked.a).locator('summary').click();
    await row(picked.a).getByText('Neuvolasta ohjataan tänne usein.').waitFor();
    expect(await row(picked.a).textContent()).toContain('Sanna Terveydenhoitaja');

    await panel.getByRole('button', { name: 'Hyväksy kaikki selvät enemmistöt (2 palvelua)' }).click();
    const serviceRow = (id: string) => lead.locator(`[data-testid="service-row"][data-service-id="${id}"]`);
    await expect.poll(() => serviceRow(picked.a).getAttribute('data-category')).toBe('ok');
    await expect.poll(() => serviceRow(picked.b).getAttribute('data-category')).toBe('unwanted');
    expect(await serviceRow(picked.c).getAttribute('data-category')).toBe('unreviewed');

    // The rest, C among them, the lead decides herself.
    const signOffButton = lead.getByRole('button', { name: 'Hyväksy linkit', exact: true });
    expect(await signOffButton.isDisabled()).toBe(true);
    const unreviewed = lead.locator('[data-testid="service-row"][data-category="unreviewed"]');
    for (let left = await unreviewed.count(); left > 0; left = await unreviewed.count()) {
      const id = (await unreviewed.first().getAttribute('data-service-id'))!;
      await unreviewed.first().getByRole('button', { name: /^Kuuluu: / }).click();
      await expect.poll(() => serviceRow(id).getAttribute('data-category')).toBe('ok');
    }
    expect(await serviceRow(picked.a).textContent()).toContain(server.accounts.lead.name);
  });

  it('the lead signs the link set off, and the article is approved', async () => {
    const signOffButton = lead.getByRole('button', { name: 'Hyväksy linkit', exact: true });
    await expect.poll(() => signOffButton.isDisabled()).toBe(false);
    await signOffButton.click();
    const dialog = lead.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Hyväksy artikkelin linkit' }).waitFor();
    await dialog.getByRole('textbox').fill('Käyty läpi työpajan ehdotusten pohjalta.');
    await dialog.getByRole('button', { name: 'Hyväksy', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    const panel = lead.locator('[data-testid="signoff-panel"]');
    await expect.poll(() => panel.textContent()).toContain(`– ${server.accounts.lead.name}`);
    expect(await panel.textContent()).toContain('Käyty läpi työpajan ehdotusten pohjalta.');
    expect(await lead.getByRole('button', { name: 'Hyväksy linkit uudelleen' }).count()).toBe(1);
    expect(await listStatus()).toBe('Hyväksytty');
    await lead.goBack();
    await expect.poll(() => lead.locator('[data-testid="article-status"]').textContent()).toBe('Tila: Hyväksytty');
  });

  it('a new catalogue import drifts the article, and the panel lists exactly what changed', async () => {
    const signoff = server.handle.sqlite.prepare(`SELECT surfacing FROM signoffs WHERE article_id = ? ORDER BY id DESC LIMIT 1`).get(articleId) as { surfacing: string };
    const surfacedAtSignoff = (JSON.parse(signoff.surfacing) as [string, string | null][]).map(([id]) => id);
    await lead.goto(`${server.url}/articles/${articleId}?region=${region}`);
    await lead.locator('[data-testid="service-row"]').first().waitFor();
    const drift = await importDrift(server.handle, region, articleId, surfacedAtSignoff);
    const nameOf = async (id: string) => (await lead.locator(`[data-testid="service-row"][data-service-id="${id}"] strong`).first().textContent()) ?? id;
    const stoppedName = await nameOf(drift.stopped);
    const changedName = await nameOf(drift.contentChanged);

    await lead.reload();
    const list = lead.locator('[data-testid="signoff-drift"]');
    await list.waitFor();
    expect(await list.getByRole('heading').allTextContents()).toEqual(['Lakkasi nousemasta artikkeliin (1)', 'Palvelukuvaus muuttunut (1)']);
    expect(await list.getByRole('listitem').allTextContents()).toEqual([stoppedName, changedName]);
    expect(await lead.locator('[data-testid="signoff-panel"]').textContent()).toContain('Muuttunut hyväksynnän jälkeen');
    expect(await listStatus()).toBe('Muuttunut hyväksynnän jälkeen');
    await lead.goBack();
    await expect.poll(() => lead.locator('[data-testid="article-status"]').textContent()).toBe('Tila: Muuttunut hyväksynnän jälkeen');
  });

  it('raised no errors in the pages', async () => {
    await Promise.all(contexts.map((c) => c.close()));
    expect(Object.fromEntries(errors)).toEqual(Object.fromEntries([...errors.keys()].map((name) => [name, []])));
  });
});
