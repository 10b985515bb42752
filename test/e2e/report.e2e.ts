/**
 * End to end: the HTML report (`programmalint report`) opened from disk in headless Chromium.
 * It renders without console errors, its filters and sorting work without a server, and a
 * chapter full of markup runs nothing. Screenshots go to test-results/report/.
 *
 * Needs: Chromium (bash test/e2e/setup.sh) and the built CLI (npm run test:e2e builds it).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { ROOT } from './code-server.js';

const CHROMIUM = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
const ARTIFACTS = join(ROOT, 'test-results', 'report');
const BIN = join(ROOT, 'bin', 'programmalint.cjs');

/** Runs `programmalint report` and returns the path of the HTML it wrote. */
function report(args: string[], out: string, cwd = ROOT): string {
  const r = spawnSync(process.execPath, [BIN, 'report', ...args, '-o', out], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, LANG: 'C.UTF-8' } });
  assert.equal(r.status, 0, r.stderr);
  return out;
}

/** What a page said on its console and what it threw, and the dialogs it tried to open. */
function watch(page: Page): { errors: string[]; dialogs: string[] } {
  const seen = { errors: [] as string[], dialogs: [] as string[] };
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') seen.errors.push(m.text());
  });
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  page.on('dialog', (d) => {
    seen.dialogs.push(d.message());
    void d.dismiss();
  });
  return seen;
}

describe('end to end: the HTML report in Chromium', function () {
  this.timeout(120_000);
  let browser: Browser | undefined;
  let dir: string;

  before(async () => {
    assert.ok(existsSync(CHROMIUM), `Chromium is not installed at ${CHROMIUM}: run bash test/e2e/setup.sh`);
    mkdirSync(ARTIFACTS, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'programmalint-report-'));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  });

  after(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('renders the test workspace with no console errors; the filters and the sorting work', async () => {
    const file = report(['test/fixtures/workspace', 'examples/rekening-2020-4.2.2-specialistische-zorgvoorzieningen.md'], join(ARTIFACTS, 'report.html'));
    const page = await browser!.newPage({ viewport: { width: 1280, height: 1600 } });
    const seen = watch(page);
    await page.goto(pathToFileURL(file).href);
    await page.locator('article.indicator').first().waitFor();
    const visible = () => page.locator('article.indicator:visible .name').allTextContents();
    const all = await page.locator('article.indicator').count();
    assert.equal(all, 17);
    assert.equal((await visible()).length, all);
    await page.screenshot({ path: join(ARTIFACTS, '01-report.png'), fullPage: true });

    // Status "niet gehaald": only the indicator with a target not met, its other years dimmed.
    await page.selectOption('#filter-status', 'not-met');
    assert.deepEqual(await visible(), ['% hulpvragen dat is verwezen naar sociale basisvoorzieningen']);
    assert.equal(await page.locator('article.indicator:visible tr.year.dimmed').count(), 3);
    assert.equal(await page.locator('section.beleidsveld:visible').count(), 1);
    await page.screenshot({ path: join(ARTIFACTS, '02-filter-not-met.png'), fullPage: true });

    // "geen gegevens": nothing in this workspace; the page says so.
    await page.selectOption('#filter-status', 'no-data');
    assert.deepEqual(await visible(), []);
    assert.equal(await page.locator('#no-match').isVisible(), true);
    await page.selectOption('#filter-status', '');

    // Sorting by name, then back to the chapters' order.
    const inOrder = await visible();
    await page.selectOption('#sort', 'name');
    const byName = await page.locator('section.beleidsveld').first().locator('article.indicator .name').allTextContents();
    assert.deepEqual(byName, [...byName].sort((a, b) => a.localeCompare(b, 'nl')));
    await page.selectOption('#sort', 'order');
    assert.deepEqual(await visible(), inOrder);

    // A link to a source line is a relative file link.
    const href = await page.locator('article.indicator .name-src').first().getAttribute('href');
    assert.match(href ?? '', /^\.\.\/\.\.\/test\/fixtures\/workspace\/rekening-2021-4\.2\.1\.md#L17$/);
    assert.deepEqual(seen, { errors: [], dialogs: [] });
    await page.close();
  });

  it('a chapter full of markup runs nothing and breaks nothing', async () => {
    const chapters = join(dir, 'hoofdstukken');
    mkdirSync(chapters);
    writeFileSync(
      join(chapters, 'rekening-2021.md'),
      [
        '---',
        'document: rekening',
        'jaar: 2021',
        'programma: 5',
        '---',
        '',
        '# Programma 5: <img src=x onerror=alert(1)> Veiligheid',
        '',
        '## 5.1.1 "><svg onload=alert(2)> Toezicht',
        '',
        '| Indicator | Behaald 2020 | Beoogd 2021 | Behaald 2021 |',
        '| --- | --- | --- | --- |',
        '| <script>alert(3)</script> aantal (I) | 10 | "><img src=x onerror=alert(4)> | 12 |',
        `| Aantal ' onfocus='alert(5)' autofocus=' | 1 | 2 | 3 |`,
        '',
        'I   </style><script>alert(6)</script>',
        '',
      ].join('\n'),
    );
    const file = report(['hoofdstukken'], join(dir, 'rapport.html'), dir);
    const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
    const seen = watch(page);
    await page.goto(pathToFileURL(file).href);
    await page.locator('article.indicator').first().waitFor();
    assert.equal(await page.locator('article.indicator .name').first().textContent(), '<script>alert(3)</script> aantal');
    assert.equal(await page.locator('img').count(), 0);
    await page.screenshot({ path: join(ARTIFACTS, '03-hostile.png'), fullPage: true });
    assert.deepEqual(seen, { errors: [], dialogs: [] });
    await page.close();
  });
});
