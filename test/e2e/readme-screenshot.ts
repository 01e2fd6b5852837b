/**
 * Makes the README's screenshot of the article view on the demo data:
 * `npx tsx test/e2e/readme-screenshot.ts` (needs the built client and Chromium).
 */
import { launchBrowser } from './helpers/browser';
import { startE2eServer } from './helpers/e2e-server';
import { signIn } from './helpers/sign-in';

const out = process.argv[2] ?? 'docs/article-view.png';
const server = await startE2eServer();
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1150 } });
  await signIn(page, server.url, server.accounts.manager);
  await page.goto(`${server.url}/articles/raskauden-seuranta?region=01&compare=1`);
  await page.locator('[data-testid="service-row"]').first().waitFor();
  await page.keyboard.press('j');
  await page.keyboard.press('i');
  await page.waitForTimeout(800);
  // The keys moved focus (and the page) down; the picture starts from the top bar.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: out });
  process.stdout.write(`wrote ${out}\n`);
} finally {
  await browser.close();
  await server.close();
}
