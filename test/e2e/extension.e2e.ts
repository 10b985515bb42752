/**
 * End to end: the packaged extension (.vsix) in a real VS Code (code-server 4.99.4 = VS Code
 * 1.99.3), driven through its UI in Chromium. One workbench for the whole suite; the steps run
 * in order and each waits for a DOM state. Screenshots of every step go to test-results/e2e/.
 *
 * Needs: bash test/e2e/setup.sh (code-server, Chromium, the .vsix). Run: npm run test:e2e.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { CodeServer, ROOT } from './code-server.js';
import { STEP_TIMEOUT, Workbench } from './workbench.js';

const CHROMIUM = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';

/** The planted mistakes of examples/with-errors (file, line, rule). */
const PLANTS = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/with-errors.expected.json'), 'utf8')) as {
  file: string;
  line: number;
  rule: string;
}[];

describe('end to end: the extension in VS Code (code-server)', function () {
  this.timeout(120_000);

  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let wb: Workbench;

  before(async function () {
    this.timeout(240_000);
    assert.ok(existsSync(CHROMIUM), `Chromium is not installed at ${CHROMIUM}: run bash test/e2e/setup.sh`);
    server = await CodeServer.start();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    page.setDefaultTimeout(STEP_TIMEOUT);
    wb = await Workbench.on(page);
    await wb.open(server.url);
    await wb.screenshot('workbench');
  });

  let logShown = false;
  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) {
      await wb.screenshot(`failed-${this.currentTest.title}`).catch(() => undefined);
      if (server && !logShown) process.stderr.write(`--- code-server log ---\n${server.log.slice(-4000)}\n`);
      logShown = true;
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

  it('lists the findings of a chapter with errors in the Problems panel, with their rule codes', async () => {
    await wb.openFile('with-errors/rekening-2018-voetnoten.md');
    // The status bar shows kind and year, and the counts once the server has answered.
    await wb.waitForStatus(/^Programmalint: rekening 2018, 3 errors, 2 warnings, 2 information$/);
    await wb.showProblems();
    await wb.waitForProblem('footnote-unused');
    await wb.screenshot('problems-with-errors');

    const rows = await wb.problemRows();
    const found = rows
      .map((row) => /programmalint([a-z-]+)\[Ln (\d+), Col \d+\]$/.exec(row))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => `${m[2]} ${m[1]}`)
      .sort();
    const planted = PLANTS.filter((p) => p.file === 'examples/with-errors/rekening-2018-voetnoten.md').map((p) => `${p.line} ${p.rule}`);
    // And the target-attainment information the original chapter has (examples/README.md).
    const expected = [...planted, '21 target-attainment', '22 target-attainment'].sort();
    assert.deepEqual(found, expected);
  });

  it('shows no findings for a clean chapter', async () => {
    await wb.closeActiveEditor('rekening-2018-voetnoten.md');
    await wb.openFile('begroting-2019-4.2.1-ondersteunende-voorzieningen.md');
    await wb.waitForStatus(/^Programmalint: begroting 2019, no findings$/);
    await wb.showProblems();
    await wb.waitForNoProblems();
    await wb.screenshot('problems-clean');
    assert.deepEqual(await wb.problemRows(), []);
  });

  it('colours footnote markers and definitions, trend words and percentages (the injection grammars)', async () => {
    await wb.openFile('rekening-2018-4.2.1-ondersteunende-voorzieningen.md');
    await wb.waitForStatus(/^Programmalint: rekening 2018, 0 errors, 0 warnings, 2 information$/);
    // Line 21: `| % bewoners … bij de hulpvraag (I) | 68% (II) | Toename | 68% (II) |`; line 28: `I   In de voorgaande …`.
    const plain = await wb.colorOf(21, 'bewoners');
    const marker = await wb.colorOf(21, 'I) |');
    const definition = await wb.colorOf(28, 'I   In');
    const trend = await wb.colorOf(21, 'Toename');
    const percentage = await wb.colorOf(21, '68%');
    await wb.screenshot('grammar-colours');
    for (const [what, colour] of Object.entries({ marker, definition, trend, percentage })) {
      assert.notEqual(colour, plain, `${what} is coloured`);
    }
    assert.equal(definition, marker, 'a definition is coloured like its markers');
    assert.equal(await wb.colorOf(28, 'In de voorgaande'), plain, 'the text of a definition is not');
  });

  it('hovering a footnote marker shows the footnote', async () => {
    // Line 21: `| % bewoners (18 jaar e.o.) … bij de hulpvraag (I) | 68% (II) | Toename | 68% (II) |`
    await wb.hoverOver(21, '(I)');
    const hover = page.locator('.monaco-hover:visible', { hasText: 'In de voorgaande Begroting en Rekening (2017)' });
    await hover.waitFor({ timeout: STEP_TIMEOUT });
    await wb.screenshot('hover-footnote');
    const text = (await hover.textContent()) ?? '';
    assert.match(text, /\bI\b/);
    assert.match(text, /is deze uitkomstmaat anders \(te breed\) gedefinieerd/);
    await wb.moveMouseAway();
    await hover.waitFor({ state: 'hidden', timeout: STEP_TIMEOUT });
  });

  it('completion in a header cell offers the year columns', async () => {
    // Line 19: `| Prestatie-indicatoren | Behaald 2017 | Beoogd 2018 | Behaald 2018 |`; a new cell after it.
    await wb.clickAfter(19, 'Behaald 2018 |');
    await page.keyboard.type(' ');
    await page.keyboard.press('Control+Space');
    const suggestions = page.locator('.suggest-widget.visible .monaco-list-row');
    await suggestions.first().waitFor({ timeout: STEP_TIMEOUT });
    await page.locator('.suggest-widget.visible .monaco-list-row', { hasText: 'Behaald 2017' }).waitFor({ timeout: STEP_TIMEOUT });
    await wb.screenshot('completion-header');
    // The server's items, not the Markdown snippets VS Code adds to the list.
    const fromServer = page.locator('.suggest-widget.visible .monaco-list-row:not(:has(.codicon-symbol-snippet)) .label-name');
    const labels = (await fromServer.allTextContents()).map((l) => l.trim());
    assert.deepEqual(labels, ['Behaald 2017', 'Beoogd 2018', 'Behaald 2018']);
    await page.keyboard.press('Escape');
    await suggestions.first().waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
  });

  it('applying a quick fix changes the text as expected', async () => {
    await wb.openFile('with-errors/rekening-2018-tabel.md');
    await wb.waitForStatus(/^Programmalint: rekening 2018, 3 errors, 2 warnings, 2 information$/);
    const before =
      '| % hulpvragen dat door de WIJ-teams is toegeleid naar specialistische zorgvoorzieningen (IV) | - (71% over Q3 t/m Q4) (V) | - | 68 % (67% over Q3 t/m Q4) (V) |';
    assert.equal(await wb.lineText(25), before);
    await wb.clickInside(25, '68 %');
    await page.keyboard.press('Control+Period');
    await page.locator('.action-widget .monaco-list-row', { hasText: "Replace with '68%'" }).waitFor({ timeout: STEP_TIMEOUT });
    await wb.screenshot('quick-fix-menu');
    await wb.chooseAction("Replace with '68%'");
    await wb.waitForLine(25, before.replace('68 % (67%', '68% (67%'));
    // The value-format warning is gone once the server has checked the new text.
    await wb.waitForStatus(/^Programmalint: rekening 2018, 3 errors, 1 warnings, 2 information$/);
    await wb.screenshot('quick-fix-applied');
  });

  it('a cross-document finding appears when the begroting counterpart is edited', async () => {
    await wb.openFile('sport/rekening-2021-6.1.1-sportdeelname.md');
    await wb.waitForStatus(/^Programmalint: rekening 2021, no findings$/);
    await wb.openFile('sport/begroting-2021-6.1.1-sportdeelname.md');
    await wb.waitForStatus(/^Programmalint: begroting 2021, no findings$/);
    await wb.showProblems();
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'cross-beoogd' }).waitFor({ state: 'detached' });

    // Line 15: `| % inwoners dat wekelijks sport | > 60% |` → `> 65%` in the begroting (not saved).
    await wb.clickAfter(15, '> 60');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('5');
    await wb.waitForLine(15, '| % inwoners dat wekelijks sport | > 65% |');
    await wb.waitForProblem('cross-beoogd');
    await wb.screenshot('cross-document-problem');
    const row = (await page.locator('.markers-panel .monaco-list-row', { hasText: 'cross-beoogd' }).first().textContent()) ?? '';
    assert.match(row, /Beoogd 2021 is "> 60%" here, but "> 65%" in the begroting 2021 \(begroting-2021-6\.1\.1-sportdeelname\.md\)/);
    assert.match(row, /\[Ln 15, Col 42\]$/);

    await wb.selectTab('rekening-2021-6.1.1-sportdeelname.md');
    await wb.waitForStatus(/^Programmalint: rekening 2021, 0 errors, 1 warnings, 0 information$/);
    await wb.screenshot('cross-document-status');
  });
});
