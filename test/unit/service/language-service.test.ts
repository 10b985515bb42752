/**
 * The language-service facade driven as the shells drive it, over an in-memory file system: the
 * CLI (chapters listed and read through the file system, linted, fixed, reported) and the server
 * (documents opened, edited, compared with each other, completed, closed).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createLanguageService,
  type LanguageService,
  type LintSettings,
  rules,
  settingsFromConfig,
} from '../../../server/src/service/index.js';
import { REKENING_2019 } from '../../lsp/chapters.js';
import { MemoryFileSystem } from './memory-file-system.js';

const BEGROTING = readFileSync(join(process.cwd(), 'test', 'fixtures', 'templates', 'begroting.md'), 'utf8');
/** Its Beoogd 2019 differs from the begroting's `> 70%`: one cross-beoogd finding. */
const REKENING_60 = REKENING_2019.replace('> 70% | 72%', '> 60% | 72%');
const BEGROTING_URI = 'file:///ws/begroting-2019.md';
const REKENING_URI = 'file:///ws/rekening-2019.md';
const CROSS_NL = 'Beoogd 2019 is hier "> 60%", maar in de begroting 2019 (begroting-2019.md) "> 70%".';

/** The workspace on "disk". */
function disk(): MemoryFileSystem {
  return new MemoryFileSystem()
    .file('/ws/begroting-2019.md', BEGROTING)
    .file('/ws/rekening-2019.md', REKENING_60)
    .file('/ws/plaatje.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]))
    .file('/ws/node_modules/pakket/README.md', '# Leesmij')
    .file('/ws/notities.txt', 'geen hoofdstuk');
}

/** Lists and reads the chapters of a folder into the service, as the CLI's loader does; returns the refused ones. */
async function load(service: LanguageService, folder: string): Promise<string[]> {
  const refused: string[] = [];
  for (const path of await service.listChapters(folder)) {
    const read = await service.readChapter(path);
    if (read.ok) service.set(`file://${path}`, read.text);
    else refused.push(`${path} ${read.reason}`);
  }
  return refused;
}

/** The editor's documents, for the server-shaped tests. */
class Editor {
  readonly docs = new Map<string, { text: string; version: number }>();
  open(uri: string, text: string): void {
    this.docs.set(uri, { text, version: 1 });
  }
  edit(uri: string, change: (text: string) => string): void {
    const doc = this.docs.get(uri)!;
    this.docs.set(uri, { text: change(doc.text), version: doc.version + 1 });
  }
  get = (uri: string) => this.docs.get(uri);
  uris = () => this.docs.keys();
}

const brief = (service: LanguageService, uri: string) => service.lint(uri).map((f) => `${f.rule} ${f.message}`);

describe('language service facade', () => {
  const dutch: LintSettings = settingsFromConfig(undefined, 'nl');

  describe('as the CLI drives it', () => {
    it('lists and reads chapters through the file system, refusing what is no chapter, and lints them as one workspace', async () => {
      const service = createLanguageService({ fileSystem: disk(), settings: () => dutch });
      assert.deepEqual(await load(service, '/ws'), ['/ws/plaatje.md binary'], 'node_modules and .txt are not listed; the binary file is refused');
      assert.deepEqual(service.workspace.uris().sort(), [BEGROTING_URI, REKENING_URI]);
      assert.deepEqual(brief(service, REKENING_URI), [`cross-beoogd ${CROSS_NL}`]);
      const [finding] = service.lint(REKENING_URI);
      assert.deepEqual(finding.related.map((r) => r.uri), [BEGROTING_URI], 'the related location is the begroting');
      assert.deepEqual(brief(service, BEGROTING_URI), []);
    });

    it('takes the settings of each document from the callback, and runs only the rules it is given', async () => {
      const english = settingsFromConfig({ rules: { 'cross-beoogd': 'info' } }, 'en');
      const service = createLanguageService({ fileSystem: disk(), settings: (uri) => (uri === REKENING_URI ? english : dutch) });
      await load(service, '/ws');
      assert.deepEqual(
        service.lint(REKENING_URI).map((f) => [f.rule, f.severity, f.message]),
        [['cross-beoogd', 'info', 'Beoogd 2019 is "> 60%" here, but "> 70%" in the begroting 2019 (begroting-2019.md).']],
      );
      const noCross = createLanguageService({ fileSystem: disk(), settings: () => dutch, rules: rules.filter((r) => !r.reads) });
      await load(noCross, '/ws');
      assert.deepEqual(brief(noCross, REKENING_URI), [], 'without the cross-document rules nothing is found');
      assert.deepEqual(service.lint(REKENING_URI, { rules: rules.filter((r) => !r.reads) }), [], 'or when lint is asked for other rules only');
    });

    it('fixes a chapter (--fix) and reports the workspace with the same findings', async () => {
      const fileSystem = disk().file('/ws/rekening-2019.md', REKENING_60.replace('| 72% |', '| 72 % |'));
      const service = createLanguageService({ fileSystem, settings: () => dutch });
      await load(service, '/ws');
      assert.deepEqual(brief(service, REKENING_URI).map((f) => f.split(' ')[0]), ['cross-beoogd', 'value-format']);
      const fixed = service.fix(REKENING_URI)!;
      assert.equal(fixed.applied, 1);
      assert.equal(fixed.text, REKENING_60);
      service.set(REKENING_URI, fixed.text, 1);
      assert.deepEqual(brief(service, REKENING_URI), [`cross-beoogd ${CROSS_NL}`]);
      assert.equal(service.fix('file:///ws/onbekend.md'), undefined);

      const report = service.report([BEGROTING_URI, REKENING_URI], { locale: 'nl', file: (uri) => uri.slice('file:///ws/'.length) });
      assert.deepEqual(
        report.documents.map((d) => [d.file, d.errors, d.warnings]).sort(),
        [['begroting-2019.md', 0, 0], ['rekening-2019.md', 0, 1]],
      );
      assert.deepEqual(report.crossFindings.map((f) => `${f.rule} ${f.message}`), [`cross-beoogd ${CROSS_NL}`]);
    });

    it('answers nothing for a document it does not know', () => {
      const service = createLanguageService({ fileSystem: new MemoryFileSystem(), settings: () => dutch });
      const at = { line: 0, character: 0 };
      assert.deepEqual(service.lint('file:///ws/x.md'), []);
      assert.deepEqual(service.getCompletions('file:///ws/x.md', at), []);
      assert.equal(service.getHover('file:///ws/x.md', at), null);
      assert.equal(service.documentInfo('file:///ws/x.md'), null);
      assert.equal(service.renumberFootnotes('file:///ws/x.md'), null);
    });

    it('logs a folder it cannot list and lists nothing', async () => {
      const errors: string[] = [];
      const fileSystem = new MemoryFileSystem();
      fileSystem.glob = () => Promise.reject(Object.assign(new Error('EACCES: /geheim'), { code: 'EACCES' }));
      const logger = { info: () => {}, warn: () => {}, error: (m: string) => errors.push(m) };
      const service = createLanguageService({ fileSystem, logger, settings: () => dutch });
      assert.deepEqual(await service.listChapters('/geheim'), []);
      assert.deepEqual(errors, ['programmalint: cannot list /geheim: EACCES: /geheim']);
    });
  });

  describe('as the server drives it', () => {
    it('opens, edits and lints a document against its counterpart, telling who is affected by an edit', async () => {
      const editor = new Editor();
      const affected: string[][] = [];
      const service = createLanguageService({
        fileSystem: disk(),
        settings: () => dutch,
        documents: editor,
        keepTrees: false,
        onAffected: (uri, uris) => affected.push([uri, ...uris]),
      });
      await load(service, '/ws');
      assert.equal(service.get(BEGROTING_URI)?.tree.children.length, 0, 'a document that is not open keeps no tree');

      editor.open(REKENING_URI, REKENING_60);
      assert.deepEqual(brief(service, REKENING_URI), [`cross-beoogd ${CROSS_NL}`]);
      assert.ok((service.get(REKENING_URI)?.tree.children.length ?? 0) > 0, 'an open document keeps its tree');

      // The begroting is opened and edited in the editor: the rekening sees the editor's text.
      editor.open(BEGROTING_URI, BEGROTING);
      editor.edit(BEGROTING_URI, (t) => t.replace('> 70%', '> 60%'));
      assert.deepEqual(brief(service, REKENING_URI), [], 'the begroting now says > 60% too');
      assert.deepEqual(affected.at(-1), [BEGROTING_URI, BEGROTING_URI, REKENING_URI], 'the edit affects the rekening');

      // The rekening is edited: it is parsed again (incrementally) and linted again.
      editor.edit(REKENING_URI, (t) => t.replace('> 60% | 72%', '> 50% | 72%'));
      assert.deepEqual(brief(service, REKENING_URI), [
        'cross-beoogd Beoogd 2019 is hier "> 50%", maar in de begroting 2019 (begroting-2019.md) "> 60%".',
      ]);
      assert.equal(service.get(REKENING_URI)?.version, 2);
    });

    it('completes and hovers with the counterparts as the editor has them', async () => {
      const editor = new Editor();
      const service = createLanguageService({ fileSystem: disk(), settings: () => dutch, documents: editor, keepTrees: false });
      await load(service, '/ws');
      const row = REKENING_2019.split('\n').findIndex((l) => l.startsWith('| % bewoners'));
      editor.open(REKENING_URI, REKENING_60);
      const labels = () => service.getCompletions(REKENING_URI, { line: row, character: 2 }).map((c) => c.label);
      assert.ok(labels().includes('% bewoners dat zegt dat de geboden ondersteuning past bij de hulpvraag'), labels().join('\n'));

      editor.open(BEGROTING_URI, BEGROTING.replace('% bewoners dat zegt', '% inwoners dat zegt'));
      assert.ok(labels().includes('% inwoners dat zegt dat de geboden ondersteuning past bij de hulpvraag'), labels().join('\n'));
      const hover = service.getHover(REKENING_URI, { line: row - 2, character: 30 });
      assert.match(JSON.stringify(hover), /Behaald 2018/);
      assert.deepEqual(service.documentInfo(REKENING_URI), { kind: 'rekening', year: 2019, inferred: false });
    });

    it('closes a document: back to the text on disk, and its incremental state forgotten', async () => {
      const editor = new Editor();
      const fileSystem = disk();
      const service = createLanguageService({ fileSystem, settings: () => dutch, documents: editor, keepTrees: false });
      await load(service, '/ws');
      editor.open(REKENING_URI, REKENING_2019);
      assert.deepEqual(brief(service, REKENING_URI), [], 'the editor text agrees with the begroting');

      // Closed: the shell takes the document back to what the disk says, as the server does.
      editor.docs.delete(REKENING_URI);
      service.close(REKENING_URI);
      const read = service.readChapterSync('/ws/rekening-2019.md');
      assert.ok(read.ok);
      assert.deepEqual(service.update(REKENING_URI, read.text, 0), [REKENING_URI]);
      assert.deepEqual(brief(service, REKENING_URI), [`cross-beoogd ${CROSS_NL}`]);
      assert.equal(service.get(REKENING_URI)?.tree.children.length, 0, 'closed, it keeps no tree');

      // Deleted from disk: removed, and the documents that compared with it are affected.
      assert.deepEqual(service.remove(BEGROTING_URI), [REKENING_URI]);
      assert.deepEqual(brief(service, REKENING_URI), []);
    });
  });
});
