/** The one configuration resolver of the CLI and the server, over an in-memory file system. */
import assert from 'node:assert/strict';
import { type ConfigChange, configProblems, ConfigResolver } from '../../../server/src/service/config-resolver.js';
import { MemoryFileSystem } from './memory-file-system.js';

const CONFIG = '.programmalintrc.json';
const unreadable = (why: string) => ({
  key: '',
  range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  message: { nl: `Kan het configuratiebestand niet lezen: ${why.split(' | ')[0]}.`, en: `Cannot read the configuration file: ${why.split(' | ')[1]}.` },
});

describe('configuration resolver', () => {
  it('takes the nearest file from the folder upwards, reading each file once until invalidated', () => {
    const fileSystem = new MemoryFileSystem()
      .file(`/ws/${CONFIG}`, '{ "locale": "en" }')
      .file(`/ws/sub/${CONFIG}`, '{ "rules": { "value-format": "off" } }')
      .file('/ws/sub/deep/r.md', '');
    const resolver = new ConfigResolver({ fileSystem });
    assert.equal(resolver.forDocument('/ws/sub/deep/r.md')?.path, `/ws/sub/${CONFIG}`);
    assert.deepEqual(resolver.forDocument('/ws/sub/r.md')?.config, { rules: { 'value-format': 'off' } });
    assert.deepEqual(resolver.forDocument('/ws/r.md')?.config, { locale: 'en' });
    assert.equal(resolver.forDocument('/elders/r.md'), undefined, 'none up to the root');
    assert.deepEqual(fileSystem.reads, [`/ws/sub/${CONFIG}`, `/ws/${CONFIG}`]);

    fileSystem.remove(`/ws/sub/${CONFIG}`);
    assert.equal(resolver.forDocument('/ws/sub/r.md')?.path, `/ws/sub/${CONFIG}`, 'cached');
    resolver.invalidate();
    assert.equal(resolver.forDocument('/ws/sub/r.md')?.path, `/ws/${CONFIG}`, 'looked up again');
  });

  it('--config: one file for every document, and a missing one says so', () => {
    const fileSystem = new MemoryFileSystem().file('/ws/strict.json', '{ "rules": { "value-format": "error" } }').file(`/ws/${CONFIG}`, '{}');
    const explicit = new ConfigResolver({ fileSystem, explicit: '/ws/strict.json' });
    assert.equal(explicit.forDocument('/ws/a/b/r.md')?.path, '/ws/strict.json');
    const missing = new ConfigResolver({ fileSystem, explicit: '/ws/ontbreekt.json' }).forDocument('/ws/r.md')!;
    assert.equal(missing.state, 'unreadable');
    assert.deepEqual(configProblems(missing), [unreadable('het bestand bestaat niet | the file does not exist')]);
  });

  it('a folder, a FIFO, a link loop, a dangling link or a file it may not read is a configuration that cannot be read, with the reason', () => {
    const fileSystem = new MemoryFileSystem()
      .directory(`/map/${CONFIG}`)
      .fifo(`/pijp/${CONFIG}`)
      .link(`/lus/${CONFIG}`, `/lus/${CONFIG}`)
      .link(`/weg/${CONFIG}`, '/weg/nergens.json')
      .denied(`/geheim/${CONFIG}`);
    const resolver = new ConfigResolver({ fileSystem });
    const problems = (folder: string) => {
      const loaded = resolver.forDocument(`${folder}/r.md`)!;
      assert.equal(loaded.state, 'unreadable', folder);
      assert.equal(loaded.config, undefined, 'the defaults apply');
      return configProblems(loaded);
    };
    assert.deepEqual(problems('/map'), [unreadable('het is een map, geen bestand | it is a folder, not a file')]);
    assert.deepEqual(problems('/pijp'), [unreadable('het is geen gewoon bestand (een pipe, socket of apparaat) | it is not a regular file (a pipe, socket or device)')]);
    assert.deepEqual(problems('/lus'), [unreadable('het is een snelkoppeling die naar zichzelf verwijst | it is a symbolic link that points to itself')]);
    assert.deepEqual(problems('/weg'), [unreadable('het is een snelkoppeling naar een bestand dat niet bestaat | it is a symbolic link to a file that does not exist')]);
    assert.deepEqual(problems('/geheim'), [unreadable('geen toestemming om het te lezen | no permission to read it')]);
  });

  it('an invalid file: its problems with their places; its last valid version stays in force, and every change is told', () => {
    const changes: string[] = [];
    const onChange = (c: ConfigChange) => changes.push(`${c.previous ?? '-'} → ${c.current?.state ?? 'absent'}${c.replacement ? ` (${c.replacement})` : ''}`);
    const fileSystem = new MemoryFileSystem().file(`/ws/${CONFIG}`, '{ "locale": "en" }').file(`/${CONFIG}`, '{}');
    const resolver = new ConfigResolver({ fileSystem, onChange });
    assert.equal(resolver.forDocument('/ws/r.md')?.state, 'valid');

    fileSystem.file(`/ws/${CONFIG}`, '{\n  "rules": { "value-format": "fatal" }\n}');
    resolver.invalidate();
    const broken = resolver.forDocument('/ws/r.md')!;
    assert.equal(broken.state, 'invalid');
    assert.deepEqual(broken.config, { locale: 'en' }, 'the last valid version');
    assert.equal(broken.lastValid, true);
    assert.deepEqual(
      configProblems(broken).map((p) => [p.key, p.range.start, p.message.en]),
      [['rules.value-format', { line: 1, character: 29 }, "'rules.value-format' has an invalid value; choose one of: error, warning, info, hint, off."]],
    );

    fileSystem.remove(`/ws/${CONFIG}`);
    resolver.invalidate();
    assert.equal(resolver.forDocument('/ws/r.md')?.path, `/${CONFIG}`);
    assert.deepEqual(changes, ['- → valid', 'valid → invalid', `invalid → absent (/${CONFIG})`, '- → valid']);
  });

  it('the editor text of an open configuration file goes before the disk', () => {
    const fileSystem = new MemoryFileSystem().file(`/ws/${CONFIG}`, '{ "locale": "en" }');
    const open = new Map([[`/ws/${CONFIG}`, '{ "locale": "nl" }'], [`/nieuw/${CONFIG}`, '{ "ignore": ["concepten/**"] }']]);
    const resolver = new ConfigResolver({ fileSystem, openText: (path) => open.get(path) });
    const loaded = resolver.forDocument('/ws/r.md')!;
    assert.deepEqual([loaded.config, loaded.open], [{ locale: 'nl' }, true]);
    assert.equal(resolver.forDocument('/nieuw/r.md')?.path, `/nieuw/${CONFIG}`, 'a file not yet saved counts');
    assert.deepEqual(fileSystem.reads, []);
  });

  it('ignore globs are relative to the configuration file', () => {
    const fileSystem = new MemoryFileSystem().file(`/ws/${CONFIG}`, '{ "ignore": ["concepten/**", "*.oud.md"] }');
    const loaded = new ConfigResolver({ fileSystem }).forDocument('/ws/a/r.md')!;
    assert.deepEqual(
      ['/ws/concepten/r.md', '/ws/a/concepten/r.md', '/ws/r.oud.md', '/ws/a/r.md'].map((p) => loaded.ignores(p)),
      [true, false, true, false],
    );
  });

  it('knows a configuration file by its name', () => {
    assert.deepEqual(
      [`/ws/${CONFIG}`, `C:\\ws\\${CONFIG}`, CONFIG, '/ws/programmalintrc.json', `/ws/${CONFIG}.bak`].map((p) => ConfigResolver.isConfigPath(p)),
      [true, true, true, false, false],
    );
  });
});
