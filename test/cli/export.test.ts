/** `programmalint export`: the real binary writes HTML and Word; a chapter with errors still exports. */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { dom, text } from '../unit/report/dom.js';
import { ROOT, runBin, template, tempDir } from './run-cli.js';

const WITH_ERRORS = readFileSync(join(ROOT, 'examples', 'with-errors', 'rekening-2018-tabel.md'), 'utf8');

describe('CLI: export', function () {
  this.timeout(60_000);

  it('HTML next to the chapter by default; quiet and exit 0 for a clean chapter', () => {
    const t = tempDir({ 'hoofdstukken/rekening-2018.md': template('rekening') });
    try {
      const r = runBin(['export', 'hoofdstukken/rekening-2018.md'], { cwd: t.dir });
      assert.deepEqual(r, { code: 0, stdout: '', stderr: '' });
      const page = dom(readFileSync(join(t.dir, 'hoofdstukken', 'rekening-2018.html'), 'utf8'));
      assert.ok(page.querySelector('table.indicators thead th'));
      assert.equal(text(page.querySelector('h1')), text(page.querySelector('title')));
    } finally {
      t.cleanup();
    }
  });

  it('HTML to stdout with -o -', () => {
    const t = tempDir({ 'rekening.md': template('rekening') });
    try {
      const r = runBin(['export', 'rekening.md', '-o', '-'], { cwd: t.dir });
      assert.equal(r.code, 0);
      assert.match(r.stdout, /^<!DOCTYPE html>\n<html lang="nl">/);
      assert.equal(existsSync(join(t.dir, 'rekening.html')), false);
    } finally {
      t.cleanup();
    }
  });

  it('Word with --format docx: headings, the table with its cells and a repeated header, the footnote texts', () => {
    const t = tempDir({ 'rekening.md': readFileSync(join(ROOT, 'examples', 'rekening-2020-4.2.2-specialistische-zorgvoorzieningen.md'), 'utf8') });
    try {
      const r = runBin(['export', 'rekening.md', '--format', 'docx', '-o', 'uit/../rekening-2020.docx'], { cwd: t.dir });
      assert.deepEqual(r, { code: 0, stdout: '', stderr: '' });
      const xml = strFromU8(unzipSync(readFileSync(join(t.dir, 'rekening-2020.docx')))['word/document.xml']);
      assert.match(xml, /<w:pStyle w:val="Heading1"\/><\/w:pPr><w:r><w:t xml:space="preserve">Programma 4: Welzijn, gezondheid en zorg<\/w:t>/);
      assert.match(xml, /<w:tblHeader\/>/);
      const table = xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>'));
      for (const cell of ['Indicatoren', 'Behaald 2019', 'Beoogd 2020', 'Behaald 2020']) assert.ok(table.includes(`>${cell}</w:t>`), cell);
      const after = xml.slice(xml.indexOf('</w:tbl>'));
      assert.match(after, /In 2020 is, als gevolg van corona, op een alternatieve wijze onderzoek gedaan/);
    } finally {
      t.cleanup();
    }
  });

  it('a chapter with errors still exports, with a warning on stderr', () => {
    const t = tempDir({ 'rekening-2018-tabel.md': WITH_ERRORS });
    try {
      const r = runBin(['export', 'rekening-2018-tabel.md', '--format', 'docx'], { cwd: t.dir });
      assert.equal(r.code, 0);
      assert.equal(
        r.stderr,
        'programmalint: rekening-2018-tabel.md heeft 3 fouten (zie programmalint rekening-2018-tabel.md); het hoofdstuk is toch geëxporteerd.\n',
      );
      assert.ok(existsSync(join(t.dir, 'rekening-2018-tabel.docx')));
      const en = runBin(['export', 'rekening-2018-tabel.md', '--lang', 'en'], { cwd: t.dir });
      assert.equal(en.stderr, 'programmalint: rekening-2018-tabel.md has 3 errors (see programmalint rekening-2018-tabel.md); the chapter was exported all the same.\n');
    } finally {
      t.cleanup();
    }
  });

  it('refuses a folder, Word on stdout, and a chapter that is not there (exit 2)', () => {
    const t = tempDir({ 'map/rekening.md': template('rekening') });
    try {
      assert.deepEqual(runBin(['export', 'map'], { cwd: t.dir }), {
        code: 2,
        stdout: '',
        stderr: "programmalint: export neemt één hoofdstuk, geen map: 'map'.\n",
      });
      const docx = runBin(['export', 'map/rekening.md', '--format', 'docx', '-o', '-'], { cwd: t.dir });
      assert.deepEqual([docx.code, docx.stdout], [2, '']);
      assert.match(docx.stderr, /een Word-bestand kan niet naar de standaarduitvoer/);
      assert.deepEqual(runBin(['export', 'weg.md'], { cwd: t.dir }), { code: 2, stdout: '', stderr: "programmalint: niets gevonden voor 'weg.md'.\n" });
      assert.equal(runBin(['export', 'map/rekening.md', '-o', 'map/rekening.md'], { cwd: t.dir }).code, 2);
    } finally {
      t.cleanup();
    }
  });
});
