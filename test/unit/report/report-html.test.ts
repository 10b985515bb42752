/** The HTML report, read back as a DOM (linkedom): rows, statuses, values, links, charts, escaping. */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { renderReportHtml } from '../../../server/src/service/report/report-html.js';
import { chapter } from '../../helpers/service.js';
import { cells, type Doc, dom, type El } from './dom.js';
import { reportOf, workspaceReport } from './report-helpers.js';

/** The article of an indicator by the start of its name. */
function article(doc: Doc, prefix: string): El {
  const found = [...doc.querySelectorAll('article.indicator')].filter((a) => a.querySelector('.name')?.textContent?.startsWith(prefix));
  assert.equal(found.length, 1, prefix);
  return found[0];
}

/** A chapter that tries every way in: markup in names, cells, footnotes, headings, front matter. */
const HOSTILE = chapter(
  '---',
  'document: rekening',
  'jaar: 2021',
  'programma: 5',
  `titel: "<script>alert('titel')</script>"`,
  '---',
  '',
  '# Programma 5: <img src=x onerror=alert(1)> Veiligheid',
  '',
  '## 5.1.1 "><img src=x onerror=alert(2)> Toezicht',
  '',
  'Met deze indicatoren volgen we de voortgang.',
  '',
  '| Indicator | Behaald 2020 | Beoogd 2021 | Behaald 2021 |',
  '| --- | --- | --- | --- |',
  '| <script>alert(3)</script> aantal (I) | 10 | "><img src=x onerror=alert(4)> | 12 (<b onmouseover=alert(5)>x</b>) |',
  `| Aantal ' onclick='alert(6) | 1 | 2 | 3 |`,
  '',
  'I   </textarea><script>alert(7)</script> en <a href="javascript:alert(8)">klik</a>',
);

describe('report: HTML', () => {
  const html = renderReportHtml(workspaceReport());
  const doc = dom(html);

  it('is one self-contained page: no external script, style, font, image or frame', () => {
    assert.match(html, /^<!DOCTYPE html>\n<html lang="nl">/);
    assert.equal(doc.querySelectorAll('link, img, iframe, object, embed, script[src]').length, 0);
    assert.equal(doc.querySelectorAll('script').length, 1);
    assert.equal(doc.querySelectorAll('style').length, 1);
    assert.doesNotMatch(html, /https?:\/\/(?!www\.w3\.org\/2000\/svg)/, 'no URL but the SVG namespace');
    assert.doesNotMatch(html, /@import|url\(/);
  });

  it('has a content security policy that allows only its own style and script, by hash', () => {
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
    assert.match(csp, /^default-src 'none'; /);
    assert.ok(csp.includes(`script-src ${sha(doc.querySelector('script')!.textContent!)}`), csp);
    assert.ok(csp.includes(`style-src ${sha(doc.querySelector('style')!.textContent!)}`), csp);
    // With a nonce (a webview) the policy names the nonce, and both elements carry it.
    const webview = dom(renderReportHtml(workspaceReport(), { nonce: 'abc123', cspSource: 'vscode-webview:' }));
    const policy = webview.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    assert.ok(policy.includes("script-src 'nonce-abc123'") && policy.includes("style-src 'nonce-abc123' vscode-webview:"), policy);
    assert.equal(webview.querySelector('script')?.getAttribute('nonce'), 'abc123');
    assert.equal(webview.querySelector('style')?.getAttribute('nonce'), 'abc123');
  });

  it('sums up the statuses per programme, in Dutch', () => {
    const rows = [...doc.querySelectorAll('#summary table.counts tr')].map(cells);
    assert.deepEqual(rows, [
      ['Programma', '✓ gehaald', '✗ niet gehaald', '? niet meetbaar', '– geen gegevens'],
      ['Programma 4: Welzijn, gezondheid en zorg', '11', '1', '1', '0'],
      ['Totaal', '11', '1', '1', '0'],
    ]);
    assert.equal(doc.querySelector('#summary tr[data-programme] a')?.getAttribute('href'), '#p4');
  });

  it('lists the cross-document findings with links to both places', () => {
    const items = [...doc.querySelectorAll('ul.cross-findings > li')];
    assert.deepEqual(
      items.map((li) => li.getAttribute('data-rule')),
      ['cross-indicators', 'cross-behaald', 'cross-behaald', 'cross-beoogd', 'cross-indicators'],
    );
    const beoogd = items[3];
    assert.match(beoogd.querySelector('.message')?.textContent ?? '', /^Beoogd 2018 is hier "Gelijk", maar in de begroting 2018/);
    assert.deepEqual(
      [...beoogd.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent]),
      [
        ['rekening-2018-4.2.1.md#L19', 'rekening-2018-4.2.1.md:19'],
        ['begroting-2018-4.2.1.md#L19', 'begroting-2018-4.2.1.md:19'],
      ],
    );
  });

  it('has a row per year with the values as written, the status and a link to the source line', () => {
    const fit = article(doc, '% hulpvragen');
    assert.deepEqual(cells(fit.querySelector('table.years thead tr')!), ['Jaar', 'Beoogd', 'Behaald', 'Status', 'Bron']);
    const rows = [...fit.querySelectorAll('table.years tbody tr')];
    assert.deepEqual(rows.map((r) => [r.getAttribute('data-year'), r.getAttribute('data-status')]), [
      ['2016', null],
      ['2017', null],
      ['2018', 'not-met'],
      ['2019', 'met'],
    ]);
    assert.deepEqual(cells(rows[2]), [
      '2018',
      'Gelijk (elders: toename)',
      '58%',
      '✗ niet gehaald Doel niet gehaald: Beoogd 2018 is Gelijk ten opzichte van 57% (Behaald 2017), Behaald 2018 is 58%.',
      'rekening-2018-4.2.1.md:19',
    ]);
    // The row opens where the status was decided; every value links to its own cell.
    assert.deepEqual([rows[2].getAttribute('data-line'), rows[2].getAttribute('data-uri')?.endsWith('/rekening-2018-4.2.1.md')], ['19', true]);
    const links = [...rows[2].querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    assert.deepEqual(links, [
      ['Gelijk', 'rekening-2018-4.2.1.md#L19'],
      ['toename', 'begroting-2018-4.2.1.md#L19'],
      ['58%', 'rekening-2018-4.2.1.md#L19'],
      ['rekening-2018-4.2.1.md:19', 'rekening-2018-4.2.1.md#L19'],
    ]);
    assert.equal(rows[1].querySelector('td[data-role="realised"]')?.textContent, '55% (elders: 57% (III))');
    assert.equal(fit.getAttribute('data-statuses'), 'not-met met');
  });

  it('shows footnotes, and the findings of the indicator', () => {
    const fit = article(doc, '% hulpvragen');
    assert.deepEqual(
      [...fit.querySelectorAll('.footnotes li')].map((li) => [li.querySelector('.numeral')?.textContent, li.querySelector('.text')?.textContent]),
      [['III', 'De rekening 2017 telde de verwijzingen van december niet mee; dit is gecorrigeerd.']],
    );
    assert.deepEqual([...fit.querySelectorAll('.indicator-findings li')].map((li) => li.getAttribute('data-rule')), ['cross-behaald', 'cross-beoogd']);
  });

  it('draws a chart of the realised numbers with the targets marked', () => {
    const svg = article(doc, '% bewoners dat zegt dat de geboden').querySelector('svg.chart')!;
    assert.deepEqual([svg.getAttribute('data-min'), svg.getAttribute('data-max'), svg.getAttribute('data-unit')], ['0', '100', '%']);
    const points = [...svg.querySelectorAll('circle.point')];
    assert.deepEqual(points.map((c) => `${c.getAttribute('data-year')}:${c.getAttribute('data-value')}`), [
      '2016:66',
      '2017:68',
      '2018:71',
      '2019:72',
      '2020:69',
      '2021:74',
    ]);
    // Higher values are drawn higher: 74% in 2021 above 66% in 2016, left to right by year.
    const y = (c: El) => Number(c.getAttribute('cy'));
    const x = (c: El) => Number(c.getAttribute('cx'));
    assert.ok(y(points[5]) < y(points[0]) && x(points[0]) < x(points[5]));
    assert.equal(svg.querySelector('polyline.line')?.getAttribute('points')?.split(' ').length, 6);
    assert.deepEqual(
      [...svg.querySelectorAll('.target')].map((t) => `${t.getAttribute('data-year')}:${t.getAttribute('data-value') ?? t.getAttribute('data-direction')}`),
      ['2017:up', '2018:70', '2019:70', '2021:up'],
    );
    // 0–100 for every %-indicator: the same height means the same percentage.
    const other = article(doc, '% bewoners dat zegt dat de kwaliteit').querySelector('svg.chart')!;
    assert.deepEqual([other.getAttribute('data-min'), other.getAttribute('data-max')], ['0', '100']);
  });

  it('offers filters on programme and status, and sorting, as form controls', () => {
    assert.deepEqual([...doc.querySelectorAll('#filter-programme option')].map((o) => o.getAttribute('value')), ['', 'p4']);
    assert.deepEqual([...doc.querySelectorAll('#filter-status option')].map((o) => o.getAttribute('value')), [
      '',
      'met',
      'not-met',
      'not-measurable',
      'no-data',
    ]);
    assert.deepEqual([...doc.querySelectorAll('#sort option')].map((o) => o.getAttribute('value')), ['order', 'name', 'status']);
    const orders = [...doc.querySelectorAll('article.indicator')].map((a) => Number(a.getAttribute('data-order')));
    assert.deepEqual(orders, orders.map((_, i) => i + 1));
  });

  it('speaks English with --lang en', () => {
    const en = dom(renderReportHtml(workspaceReport('en')));
    assert.equal(en.documentElement.getAttribute('lang'), 'en');
    assert.equal(en.querySelector('h1')?.textContent, 'Indicator report');
    assert.deepEqual(cells(article(en, '% hulpvragen').querySelector('table.years thead tr')!), ['Year', 'Target (Beoogd)', 'Result (Behaald)', 'Status', 'Source']);
    assert.equal(article(en, '% hulpvragen').querySelector('tr[data-status="not-met"] .status')?.textContent, '✗ not met');
  });

  describe('escaping', () => {
    const model = reportOf({ '"><svg onload=alert(9)>.md': HOSTILE });
    const page = renderReportHtml(model);
    const hostile = dom(page);

    it('no chapter text becomes an element, an attribute or a script', () => {
      assert.equal(hostile.querySelectorAll('script').length, 1);
      assert.doesNotMatch(hostile.querySelector('script')!.textContent!, /alert/);
      assert.equal(hostile.querySelectorAll('img, b, textarea, svg[onload]').length, 0);
      for (const element of hostile.querySelectorAll('*')) {
        for (const name of element.getAttributeNames()) assert.doesNotMatch(name, /^on/i, `${element.tagName} has ${name}`);
      }
      for (const a of hostile.querySelectorAll('a[href]')) assert.doesNotMatch(a.getAttribute('href')!, /^\s*javascript:/i);
    });

    it('shows the hostile text as text', () => {
      const name = hostile.querySelector('article.indicator .name')?.textContent;
      assert.equal(name, '<script>alert(3)</script> aantal');
      const row = hostile.querySelector('tr[data-year="2021"]')!;
      assert.equal(row.querySelector('td[data-role="target"]')?.textContent, '"><img src=x onerror=alert(4)>');
      assert.equal(row.querySelector('td[data-role="realised"]')?.textContent, '12 (<b onmouseover=alert(5)>x</b>)');
      assert.match(hostile.querySelector('.footnotes .text')?.textContent ?? '', /^<\/textarea><script>alert\(7\)<\/script>/);
      assert.equal(hostile.querySelector('section.programme h2')?.textContent, 'Programma 5: <img src=x onerror=alert(1)> Veiligheid');
      assert.equal(article(hostile, 'Aantal').querySelector('.name')?.textContent, "Aantal ' onclick='alert(6)");
      // The file name is a path segment of the link, percent-encoded.
      assert.equal(hostile.querySelector('article .name-src')?.getAttribute('href'), '%22%3E%3Csvg%20onload%3Dalert%289%29%3E.md#L16');
      assert.equal(hostile.querySelector('article .name-src')?.textContent, '"><svg onload=alert(9)>.md:16');
    });
  });
});
