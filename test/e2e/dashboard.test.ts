/**
 * The progress dashboard in the browser, on the demo county with a few change requests:
 * its charts render (SVG), each chart's "show as table" toggle gives a real table with the
 * same numbers the API answers, the toggles work from the keyboard, drill-down lists open,
 * and axe finds nothing in either view. A participant sees that the figures are scoped.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTransaction } from '../../db/client';
import { insertChangeRequest } from '../../db/queries/change-requests';
import type { ChangeRequestState, Recipient } from '../../shared/domain/change-request';
import { ageBuckets, type DashboardView } from '../../shared/schemas/dashboard-api';
import { launchBrowser } from './helpers/browser';
import { startE2eServer, type E2eAccount, type E2eServer } from './helpers/e2e-server';
import { expectNoViolations } from './helpers/expect-no-violations';
import { signedInPage, type WatchedPage } from './helpers/signed-in-page';

const REGION = '01';
const dayMs = 86_400_000;
let server: E2eServer;
let browser: Browser;

const digifinland: Recipient = { kind: 'digifinland', organizationId: null, name: 'DigiFinland', email: null };
const county: Recipient = { kind: 'county', organizationId: null, name: 'Itä-Uudenmaan hyvinvointialue', email: null };

beforeAll(async () => {
  server = await startE2eServer(async (handle) => {
    const article = handle.sqlite.prepare(`SELECT id FROM articles ORDER BY position LIMIT 1`).pluck().get() as string;
    const add = (state: ChangeRequestState, recipient: Recipient, daysAgo: number) =>
      insertChangeRequest(handle, {
        regionCode: REGION,
        type: recipient.kind === 'digifinland' ? 'rule.block' : 'description.new',
        recipient,
        serviceId: null,
        itemKind: null,
        itemValue: null,
        reason: 'Dashboard-testi',
        details: {},
        state,
        sourceFlagId: null,
        sourceDescriptionRequestId: null,
        sourceProposalId: null,
        baseSnapshotId: null,
        createdBy: 'test',
        createdAt: new Date(Date.now() - daysAgo * dayMs).toISOString(),
        articleIds: [article],
      });
    writeTransaction(handle, () => {
      add('draft', county, 1);
      add('sent', digifinland, 20);
      add('sent', digifinland, 120);
      add('verified', county, 40);
    });
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page of its own signed in as `account`; axe is injected as a script, so the CSP is bypassed. */
function pageAs(account: E2eAccount): Promise<WatchedPage> {
  return signedInPage(browser, server, account, { bypassCSP: true });
}

/** The dashboard as the API gives it to the signed-in page. */
async function apiView(page: Page): Promise<DashboardView> {
  return page.evaluate(async (input) => {
    const response = await fetch(`/trpc/dashboard.overview?input=${encodeURIComponent(JSON.stringify(input))}`);
    return ((await response.json()) as { result: { data: DashboardView } }).result.data;
  }, { region: REGION });
}

/** Body rows of a chart's table: the row heading and the cells, as text. */
async function tableRows(page: Page, chart: string): Promise<string[][]> {
  return page.locator(`[data-testid="chart-${chart}"] table tbody tr`).evaluateAll((rows) =>
    rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim())),
  );
}

/** A chart's drawing (legend icons are small SVGs of their own). */
const chartSvg = 'svg.recharts-surface[role="application"]';
const statusOrder = ['not_started', 'in_review', 'waiting_approval', 'sent_back', 'approved', 'drifted'] as const;

describe('the progress dashboard, as the project manager', () => {
  let page: Page;
  let errors: string[];
  let view: DashboardView;

  beforeAll(async () => {
    ({ page, errors } = await pageAs(server.accounts.manager));
    await page.getByRole('link', { name: 'Tilannekuva' }).click();
    await page.getByRole('heading', { level: 1, name: 'Työn tilannekuva' }).waitFor();
    await page.locator(`[data-testid="chart-topics"] ${chartSvg}`).waitFor();
    view = await apiView(page);
  });

  it('draws a chart for each figure', async () => {
    for (const chart of ['topics', 'people', 'timeline', 'request-states', 'request-recipients', 'request-ages', 'coverage', 'effort-people', 'effort-topics']) {
      const card = page.locator(`[data-testid="chart-${chart}"]`);
      await card.getByRole('heading').waitFor();
      // A chart, or (without data yet) a sentence saying so: the demo has no decision history.
      const drawn = (await card.locator(chartSvg).count()) + (await card.locator('p.lp-muted').count());
      expect(drawn, chart).toBeGreaterThan(0);
    }
    expect(await page.locator('[data-testid="chart-topics"] .recharts-bar-rectangle').count()).toBeGreaterThan(0);
    expect(await page.locator(`[data-testid="chart-request-states"] ${chartSvg}`).count()).toBe(1);
    await expect.poll(() => page.getByTestId('effort-method').textContent()).toContain('15 minuutin');
    expect(errors).toEqual([]);
  });

  it('is clean to axe with the charts showing', async () => {
    await expectNoViolations(page);
  });

  it('names the county by its name, not its code', async () => {
    await page.getByText(/^Itä-Uudenmaan hyvinvointialue, tilanne /).waitFor();
  });

  it('shows the statuses per topic as a table with the numbers of the API', async () => {
    const card = page.locator('[data-testid="chart-topics"]');
    await card.getByRole('button', { name: 'Näytä taulukkona' }).click();
    // The toggle now names the way back.
    await card.getByRole('button', { name: 'Näytä kaaviona' }).waitFor();
    const table = page.locator('[data-testid="chart-topics"] table');
    await table.waitFor();
    expect(await table.locator('caption').textContent()).toBe('Artikkelit tiloittain aiheen mukaan');
    expect(await table.locator('thead th[scope="col"]').count()).toBe(8);
    const rows = await tableRows(page, 'topics');
    // Topics capitalised as names ("arjen tuki" → "Arjen tuki").
    const topicName = (topic: string) => topic.charAt(0).toLocaleUpperCase('fi') + topic.slice(1);
    expect(rows).toEqual(view.progress.byTopic.map((t) => [topicName(t.topic), ...statusOrder.map((s) => String(t.counts[s])), String(t.total)]));
    expect(await table.locator('tbody th[scope="row"]').count()).toBe(view.progress.byTopic.length);
  });

  it('shows change requests by state and age as tables with the numbers of the API, toggled from the keyboard', async () => {
    // The four added here, on top of whatever requests the demo itself seeds.
    expect(view.requests.total).toBeGreaterThanOrEqual(4);
    expect(view.requests.age.over90).toBeGreaterThanOrEqual(1);
    const states = page.locator('[data-testid="chart-request-states"]').getByRole('button', { name: 'Näytä taulukkona' });
    await states.focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="chart-request-states"] table').waitFor();
    const rows = await tableRows(page, 'request-states');
    expect(rows.map(([, count]) => Number(count))).toEqual(['draft', 'ready', 'sent', 'done', 'verified', 'rejected', 'withdrawn'].map((s) => view.requests.byState[s as ChangeRequestState]));
    // The states in the words of the change request list.
    expect(rows.map(([name]) => name)).toEqual(['Luonnos', 'Valmis lähetettäväksi', 'Lähetetty', 'Ilmoitettu tehdyksi', 'Todennettu', 'Hylätty', 'Peruttu']);

    const recipients = page.locator('[data-testid="chart-request-recipients"]');
    await recipients.getByRole('button', { name: 'Näytä taulukkona' }).click();
    await recipients.locator('table').waitFor();
    // The county as the request list names it, its requests (two added here, maybe more from the demo) on one row.
    const countyCount = view.requests.byRecipient.find((r) => r.key === 'county');
    expect(countyCount?.total).toBeGreaterThanOrEqual(2);
    const countyRow = (await tableRows(page, 'request-recipients')).find(([name]) => name === 'Itä-Uudenmaan hyvinvointialue (uudet palvelukuvaukset)');
    expect(countyRow?.slice(1)).toEqual([countyCount!.open, countyCount!.total - countyCount!.open, countyCount!.total].map(String));

    const ages = page.locator('[data-testid="chart-request-ages"]').getByRole('button', { name: 'Näytä taulukkona' });
    await ages.focus();
    await page.keyboard.press('Space');
    await page.locator('[data-testid="chart-request-ages"] table').waitFor();
    expect((await tableRows(page, 'request-ages')).map(([, count]) => Number(count))).toEqual(ageBuckets.map((b) => view.requests.age[b]));
    // And back to the chart.
    await page.keyboard.press('Enter');
    await page.locator(`[data-testid="chart-request-ages"] ${chartSvg}`).waitFor();
  });

  it('opens a coverage drill-down with the first items of the gap', async () => {
    const drill = page.getByTestId('coverage-lists').locator('summary', { hasText: 'ruotsinkielistä' });
    await drill.click();
    const items = page.getByTestId('coverage-lists').locator('details[open] li');
    await items.first().waitFor();
    expect(await items.count()).toBe(Math.min(50, view.coverage.missingSwedish.count));
    expect(await drill.textContent()).toContain(String(view.coverage.missingSwedish.count));
  });

  it('is clean to axe with tables and a drill-down open', async () => {
    await expectNoViolations(page);
    expect(errors).toEqual([]);
  });
});

describe('the progress dashboard, as a participant', () => {
  it('says the figures cover only the articles of their workshops', async () => {
    const { page } = await pageAs(server.accounts.participant);
    await page.goto(`${server.url}/dashboard?region=${REGION}`);
    await page.getByText('vain työpajojesi artikkelit').waitFor();
    const view = await apiView(page);
    expect(view.scoped).toBe(true);
    expect(view.coverage.unlinkedRegional).toBeNull();
    await page.getByText('Mihinkään artikkeliin liittämättömät palvelut näkyvät').waitFor();
  });
});
