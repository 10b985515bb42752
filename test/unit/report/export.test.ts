/** Exporting a chapter: standalone HTML (read back as a DOM) and Word (its word/document.xml). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { exportDocx } from '../../../server/src/service/export/export-docx.js';
import { exportHtml } from '../../../server/src/service/export/export-html.js';
import { safeUrl } from '../../../server/src/service/export/prepare.js';
import { parseChapter } from '../../../server/src/service/index.js';
import { chapter } from '../../helpers/service.js';
import { cells, dom, text } from './dom.js';

const EXAMPLE = readFileSync(join(process.cwd(), 'examples', 'rekening-2018-4.2.1-ondersteunende-voorzieningen.md'), 'utf8');

const HOSTILE = chapter(
  '---',
  'document: rekening',
  'jaar: 2021',
  'programma: 5',
  'titel: "</title><script>alert(0)</script>"',
  '---',
  '',
  '# Programma 5: Veiligheid',
  '',
  '<script>alert(1)</script>',
  '',
  'Zie [de site](javascript:alert(2)), [het plan](https://voorbeeld.nl/plan) en <img src=x onerror=alert(3)>.',
  '',
  '| Indicator | Behaald 2020 | Beoogd 2021 | Behaald 2021 |',
  '| --- | --- | --- | --- |',
  '| Aantal <b onmouseover=alert(4)>meldingen</b> (I) | 10 | 12 | 14<br>(voorlopig) |',
  '',
  'I   Geteld tot 1 december.',
);

/** The parts of a .docx and its main document as text. */
function unzipDocx(bytes: Uint8Array): { files: string[]; xml: string } {
  const files = unzipSync(bytes);
  return { files: Object.keys(files).sort(), xml: strFromU8(files['word/document.xml']) };
}

/** The text of each Word paragraph (`w:p`) of a piece of document XML, in order. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map((m) =>
    [...m[1].matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>|<w:br\/>/g)].map((t) => (t[1] === undefined ? '\n' : unescapeXml(t[1]))).join(''),
  );
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

describe('export', () => {
  describe('HTML', () => {
    const page = dom(exportHtml(parseChapter(EXAMPLE)));

    it('is a standalone page with the chapter’s headings and text', () => {
      assert.equal(text(page.querySelector('title')), 'Programma 4: Welzijn, gezondheid en zorg');
      assert.deepEqual([...page.querySelectorAll('h1, h2, h3')].map((h) => `${h.tagName.toLowerCase()} ${text(h)}`), [
        'h1 Programma 4: Welzijn, gezondheid en zorg',
        'h2 4.2.1 Ondersteunende voorzieningen',
        'h3 Wat wilden we bereiken in 2018?',
        'h3 Wat hebben we hiervoor gedaan?',
        'h3 Conclusie',
      ]);
      assert.equal(page.querySelectorAll('script, link, img').length, 0);
      assert.equal(page.querySelectorAll('style').length, 1);
      assert.equal(page.querySelectorAll('ul li').length, 6);
    });

    it('has the indicator table as a styled table, with the footnote texts under it', () => {
      const table = page.querySelector('table.indicators')!;
      assert.deepEqual(cells(table.querySelector('thead tr')!), ['Prestatie-indicatoren', 'Behaald 2017', 'Beoogd 2018', 'Behaald 2018']);
      const rows = [...table.querySelectorAll('tbody tr')];
      assert.equal(rows.length, 6);
      assert.deepEqual(cells(rows[4]).slice(1), ['- (71% over Q3 t/m Q4) (V)', '-', '68% (67% over Q3 t/m Q4) (V)']);
      const footnotes = [...page.querySelectorAll('p.footnote')].map((p) => text(p).slice(0, 30));
      assert.deepEqual(footnotes, [
        'I In de voorgaande Begroting e',
        'II Op het aandeel bewoners dat',
        'III De toepassing van de termi',
        'IV Het gaat hier over het aand',
        'V Op het moment van publiceren',
      ]);
    });

    it('passes no markup, script or unsafe link of the chapter on; <br> is a line break', () => {
      const html = exportHtml(parseChapter(HOSTILE));
      const hostile = dom(html);
      assert.equal(hostile.querySelectorAll('script, img, b').length, 0);
      assert.equal(text(hostile.querySelector('title')), '</title><script>alert(0)</script>');
      for (const element of hostile.querySelectorAll('*')) {
        for (const name of element.getAttributeNames()) assert.doesNotMatch(name, /^on/i);
      }
      assert.deepEqual([...hostile.querySelectorAll('a')].map((a) => [text(a), a.getAttribute('href')]), [['het plan', 'https://voorbeeld.nl/plan']]);
      assert.match(text(hostile.querySelector('p')), /^Zie de site, het plan en \.$/);
      const cell = [...hostile.querySelectorAll('tbody td')][3];
      assert.equal(cell.querySelectorAll('br').length, 1);
      assert.equal(text(cell), '14 (voorlopig)');
    });

    it('keeps http(s), mailto and relative links, nothing else', () => {
      for (const url of ['https://a.nl', 'http://a.nl', 'mailto:x@a.nl', '#kop', '../rekening.md', 'plan.pdf']) assert.ok(safeUrl(url), url);
      for (const url of ['javascript:alert(1)', 'JAVASCRIPT:x', 'java\tscript:x', ' javascript:x', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd']) {
        assert.ok(!safeUrl(url), url);
      }
    });

    it('never throws, not even on an empty chapter', () => {
      assert.match(exportHtml(parseChapter('')), /<title>chapter<\/title>/);
    });
  });

  describe('Word', () => {
    let xml: string;
    let files: string[];
    before(async () => {
      ({ xml, files } = unzipDocx(await exportDocx(parseChapter(EXAMPLE))));
    });

    it('is a Word document whose headings are Word headings', () => {
      assert.ok(files.includes('word/document.xml') && files.includes('[Content_Types].xml') && files.includes('word/styles.xml'));
      const headings = [...xml.matchAll(/<w:p><w:pPr><w:pStyle w:val="(Heading\d)"\/><\/w:pPr>([\s\S]*?)<\/w:p>/g)].map(
        (m) => `${m[1]} ${paragraphs(`<w:p>${m[2]}</w:p>`)[0]}`,
      );
      assert.deepEqual(headings, [
        'Heading1 Programma 4: Welzijn, gezondheid en zorg',
        'Heading2 4.2.1 Ondersteunende voorzieningen',
        'Heading3 Wat wilden we bereiken in 2018?',
        'Heading3 Wat hebben we hiervoor gedaan?',
        'Heading3 Conclusie',
      ]);
    });

    it('has the indicator table as a real table, its header row repeated on each page', () => {
      const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
      assert.equal(tables.length, 1);
      const rows = [...tables[0].matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
      assert.equal(rows.length, 7);
      assert.match(rows[0], /<w:tblHeader\/>/);
      assert.ok(rows.slice(1).every((r) => !r.includes('w:tblHeader')));
      assert.deepEqual(paragraphs(rows[0]), ['Prestatie-indicatoren', 'Behaald 2017', 'Beoogd 2018', 'Behaald 2018']);
      assert.deepEqual(paragraphs(rows[5]).slice(1), ['- (71% over Q3 t/m Q4) (V)', '-', '68% (67% over Q3 t/m Q4) (V)']);
    });

    it('puts the footnote texts under the table, in a smaller size', () => {
      const after = xml.slice(xml.indexOf('</w:tbl>'));
      const texts = paragraphs(after).filter((p) => /^(I|II|III|IV|V) {3}/.test(p));
      assert.deepEqual(texts.map((t) => t.slice(0, 30)), [
        'I   In de voorgaande Begroting',
        'II   Op het aandeel bewoners d',
        'III   De toepassing van de ter',
        'IV   Het gaat hier over het aa',
        'V   Op het moment van publicer',
      ]);
      assert.match(after, /<w:sz w:val="18"\/>[\s\S]*?In de voorgaande Begroting/);
    });

    it('passes no raw HTML or unsafe link on; <br> is a line break', async () => {
      const hostile = unzipDocx(await exportDocx(parseChapter(HOSTILE))).xml;
      assert.doesNotMatch(hostile, /alert\(1\)|alert\(2\)|onerror|onmouseover/);
      assert.ok(paragraphs(hostile).includes('Zie de site, het plan en .'), paragraphs(hostile).join('\n'));
      assert.ok(paragraphs(hostile).includes('14\n(voorlopig)'));
      assert.ok(paragraphs(hostile).includes('Aantal meldingen (I)'));
    });
  });
});
