/**
 * End to end: *Programmalint: Show Indicator Report* in VS Code (code-server). The report opens
 * in a webview, refreshes when a chapter changes in the editor, and a click on a row opens the
 * chapter at that line. Screenshots go to test-results/e2e/.
 *
 * Needs: bash test/e2e/setup.sh (code-server, Chromium, the .vsix). Run: npm run test:e2e.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { type Browser, chromium, type FrameLocator, type Page } from 'playwright-core';
import { CodeServer } from './code-server.js';
import { STEP_TIMEOUT, Workbench } from './workbench.js';

const CHROMIUM = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';

describe('end to end: the indicator report in a VS Code webview', function () {
  this.timeout(180_000);

  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let wb: Workbench;
  /** The report page inside the webview's two frames. */
  let report: FrameLocator;

  before(async function () {
    this.timeout(240_000);
    assert.ok(existsSync(CHROMIUM), `Chromium is not installed at ${CHROMIUM}: run bash test/e2e/setup.sh`);
    server = await CodeServer.start();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'] });
    page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    page.setDefaultTimeout(STEP_TIMEOUT);
    wb = await Workbench.on(page);
    await wb.open(server.url);
    report = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) {
      await wb.screenshot(`report-failed-${this.currentTest.title}`).catch(() => undefined);
      if (server) process.stderr.write(`--- code-server log ---\n${server.log.slice(-4000)}\n`);
    }
  });

  after(async function () {
    this.timeout(60_000);
    try {
      await browser?.close();
    } finally {
      await server?.stop();
    }
  });

  /** The article of an indicator in the report. */
  const article = (name: string) => report.locator('article.indicator', { has: report.locator(`.name:text-is("${name}")`) });

  it('opens the report of the workspace from the command palette', async () => {
    await wb.openFile('sport/rekening-2021-6.1.1-sportdeelname.md');
    await wb.waitForStatus(/^Programmalint: rekening 2021, no findings$/);
    await page.keyboard.press('F1');
    await page.keyboard.type('Programmalint: Show Indicator Report');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Show Indicator Report' }).first().waitFor();
    await page.keyboard.press('Enter');

    await report.locator('h1', { hasText: 'Indicator report' }).or(report.locator('h1', { hasText: 'Indicatorenrapport' })).waitFor();
    await report.locator('#filter-programme').selectOption('p6');
    const names = await report.locator('article.indicator:visible .name').allTextContents();
    assert.deepEqual(names, ['% inwoners dat wekelijks sport', 'Aantal leden van sportverenigingen', '% kinderen met een zwemdiploma']);
    const row = article('% inwoners dat wekelijks sport').locator('tr[data-year="2021"]');
    assert.equal(await row.getAttribute('data-status'), 'met');
    assert.equal(await row.locator('td[data-role="realised"]').textContent(), '62%');
    await wb.screenshot('report-webview');
  });

  it('refreshes when a chapter changes in the editor', async () => {
    // Line 15: `| % inwoners dat wekelijks sport | 58% | > 60% | 62% |` → 52% (not saved).
    await wb.selectTab('rekening-2021-6.1.1-sportdeelname.md');
    await wb.clickAfter(15, '| 62');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('52');
    await wb.waitForLine(15, '| % inwoners dat wekelijks sport | 58% | > 60% | 52% |');
    const row = article('% inwoners dat wekelijks sport').locator('tr[data-year="2021"][data-status="not-met"]');
    await row.waitFor();
    assert.equal(await row.locator('td[data-role="realised"]').textContent(), '52%');
    // The filter survived the refresh.
    assert.equal(await report.locator('#filter-programme').inputValue(), 'p6');
    await wb.screenshot('report-webview-refreshed');
  });

  it('a click on a row opens the chapter at its line', async () => {
    await wb.selectTab('rekening-2021-6.1.1-sportdeelname.md');
    await wb.clickAfter(1, '---');
    await page.keyboard.press('Control+Home');
    const selection = page.locator('.statusbar-item[id="status.editor.selection"]');
    await selection.filter({ hasText: /^Ln 1, Col 1$/ }).waitFor();
    await article('% inwoners dat wekelijks sport').locator('tr[data-year="2021"] th').click();
    await selection.filter({ hasText: /^Ln 15, Col \d+$/ }).waitFor();
    await wb.activeEditor('sport/rekening-2021-6.1.1-sportdeelname.md').waitFor();
    await wb.screenshot('report-webview-opened');
  });
});
