/** The Markdown report: escaping (the whole form is checked against a golden file in test/cli/report.test.ts). */
import assert from 'node:assert/strict';
import { escapeMarkdown, renderReportMarkdown } from '../../../server/src/service/report/report-markdown.js';
import { chapter } from '../../helpers/service.js';
import { reportOf } from './report-helpers.js';

const HOSTILE = chapter(
  '---',
  'document: rekening',
  'jaar: 2021',
  'programma: 5',
  '---',
  '',
  '# Programma 5: Veiligheid',
  '',
  '## 5.1.1 Toezicht <script>alert(1)</script>',
  '',
  '| Indicator | Behaald 2020 | Beoogd 2021 | Behaald 2021 |',
  '| --- | --- | --- | --- |',
  '| Aantal \\| [klik](javascript:alert(2)) **vet** (I) | 10 | "><img src=x onerror=alert(3)> | 12 |',
  '',
  'I   <iframe src="https://voorbeeld.nl"></iframe> `code` ~~weg~~',
);

describe('report: Markdown', () => {
  it('escapes punctuation that means something, and HTML as entities', () => {
    assert.equal(escapeMarkdown('a | b'), 'a \\| b');
    assert.equal(escapeMarkdown('[x](javascript:y)'), '\\[x\\]\\(javascript:y\\)');
    assert.equal(escapeMarkdown('<img onerror=x> & co'), '&lt;img onerror=x&gt; &amp; co');
    assert.equal(escapeMarkdown('**vet** _schuin_ `code` ~~weg~~\nregel'), '\\*\\*vet\\*\\* \\_schuin\\_ \\`code\\` \\~\\~weg\\~\\~ regel');
  });

  it('no chapter text becomes markup, a link or a table cell of its own', () => {
    const md = renderReportMarkdown(reportOf({ 'rekening-2021.md': HOSTILE }));
    assert.doesNotMatch(md, /<(?!\/)/, 'no raw tag');
    assert.doesNotMatch(md, /\]\(javascript/i);
    assert.ok(md.includes('### 5.1.1 Toezicht &lt;script&gt;alert\\(1\\)&lt;/script&gt;'), md);
    assert.ok(md.includes('#### Aantal \\| \\[klik\\]\\(javascript:alert\\(2\\)\\) \\*\\*vet\\*\\*'), md);
    assert.ok(md.includes('&lt;iframe src="https://voorbeeld.nl"&gt;&lt;/iframe&gt; \\`code\\` \\~\\~weg\\~\\~'), md);
    // Every row of the indicator table has as many cells as its header.
    const table = md.split('\n').filter((l) => l.startsWith('| 20') || l.startsWith('| Jaar'));
    const count = (line: string) => line.replace(/\\\\/g, '').replace(/\\\|/g, '').split('|').length;
    assert.equal(table.length, 3);
    for (const line of table) assert.equal(count(line), count(table[0]), line);
  });
});
