/**
 * The extension manifest (package.json) against the code it describes: settings the server
 * reads, commands it executes, rules it has, translations of every title and message.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { COMMANDS as SERVER_COMMANDS } from '../../server/src/lsp/server.js';
import { CLIENT_COMMANDS, COMMANDS } from '../../server/src/protocol.js';
import { DEFAULT_DEBOUNCE_MS, defaultClientSettings } from '../../server/src/lsp/settings.js';
import { rules } from '../../server/src/rules/index.js';
import { GENERATED_FILES, generate } from '../../scripts/generated-files.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const json = (path: string): any => JSON.parse(readFileSync(`${ROOT}${path}`, 'utf8'));

interface Setting {
  type: string;
  default: unknown;
  scope: string;
  markdownDescription: string;
  enum?: string[];
  enumDescriptions?: string[];
  properties?: Record<string, Setting>;
}

describe('client: extension manifest', () => {
  const pkg = json('package.json');
  const settings = pkg.contributes.configuration.properties as Record<string, Setting>;
  const en = json('package.nls.json') as Record<string, string>;
  const nl = json('package.nls.nl.json') as Record<string, string>;

  it('is a VS Code extension whose entry point is the client bundle', () => {
    assert.equal(pkg.main, './dist/extension.cjs');
    assert.equal(pkg.publisher, 'programmalint');
    assert.equal(pkg.engines.vscode, '^1.91.0');
    assert.ok(existsSync(`${ROOT}${pkg.icon}`), 'the icon exists');
    assert.ok(pkg.activationEvents.includes('onLanguage:markdown'));
  });

  it('has a setting for every client setting of the server, with the same defaults', () => {
    const names = Object.keys(settings).filter((k) => k !== 'programmalint.trace.server');
    assert.deepEqual(names.map((k) => k.replace('programmalint.', '')).sort(), Object.keys(defaultClientSettings).sort());
    assert.equal(settings['programmalint.enable'].default, defaultClientSettings.enable);
    assert.equal(settings['programmalint.locale'].default, defaultClientSettings.locale);
    assert.deepEqual(settings['programmalint.rules'].default, {});
    assert.equal(settings['programmalint.run'].default, defaultClientSettings.run);
    assert.equal(settings['programmalint.debounce'].default, DEFAULT_DEBOUNCE_MS);
  });

  it('describes every setting and every enum value, with a scope', () => {
    for (const [name, setting] of Object.entries(settings)) {
      assert.match(setting.markdownDescription, /^%.+%$/, name);
      assert.ok(setting.scope, `${name} has a scope`);
      if (setting.enum) assert.equal(setting.enumDescriptions?.length, setting.enum.length, name);
    }
  });

  it('offers a severity for exactly the rules of the registry', () => {
    const ruleSettings = settings['programmalint.rules'].properties ?? {};
    assert.deepEqual(Object.keys(ruleSettings), rules.map((r) => r.id));
    const schema = json('schemas/config.schema.json');
    assert.deepEqual(Object.keys(ruleSettings).sort(), [...schema.properties.rules.propertyNames.enum].sort());
    for (const setting of Object.values(ruleSettings)) {
      assert.deepEqual(setting.enum, schema.properties.rules.additionalProperties.enum);
    }
  });

  it("gives each rule's setting the rule's default severity, description and documentation link", () => {
    const ruleSettings = settings['programmalint.rules'].properties ?? {};
    for (const rule of rules) {
      const setting = ruleSettings[rule.id];
      assert.equal(setting.default, rule.defaultSeverity, rule.id);
      const key = `config.rules.${rule.id}`;
      assert.equal(setting.markdownDescription, `%${key}%`);
      assert.equal(en[key], `${rule.description.en} Default: \`${rule.defaultSeverity}\`. [Documentation](${rule.docsUrl})`);
      assert.equal(nl[key], `${rule.description.nl} Standaard: \`${rule.defaultSeverity}\`. [Documentatie](${rule.docsUrl})`);
    }
  });

  for (const file of GENERATED_FILES) {
    it(`${file} is as npm run generate writes it from the rule registry`, () => {
      const text = readFileSync(`${ROOT}${file}`, 'utf8');
      assert.equal(text, generate(file, text), `${file} is stale: run npm run generate`);
    });
  }

  it('contributes exactly the commands of the protocol: those the server executes and those of the client', () => {
    const contributed = pkg.contributes.commands as { command: string; title: string; category: string }[];
    assert.deepEqual(
      contributed.map((c) => c.command).sort(),
      [...Object.values(COMMANDS), ...Object.values(CLIENT_COMMANDS)].sort(),
    );
    assert.deepEqual(Object.values(COMMANDS), Object.values(SERVER_COMMANDS), 'the server module exports the protocol commands');
    assert.ok(contributed.every((c) => c.category === 'Programmalint' && /^%command\.[A-Za-z]+%$/.test(c.title)));
    for (const entry of pkg.contributes.menus.commandPalette as { command: string }[]) {
      assert.ok(contributed.some((c) => c.command === entry.command), entry.command);
    }
  });

  it('the client registers each of its commands under the protocol id, and names no command id itself', () => {
    const sources = readdirSync(`${ROOT}client/src`)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(`${ROOT}client/src/${f}`, 'utf8'))
      .join('\n');
    const registered = [...sources.matchAll(/registerCommand\(\s*CLIENT_COMMANDS\.(\w+)/g)].map((m) => m[1]);
    assert.deepEqual(registered.sort(), Object.keys(CLIENT_COMMANDS).sort());
    assert.deepEqual([...sources.matchAll(/registerCommand\(\s*['"`]/g)], [], 'no command id as a literal');
    const commands = (pkg.contributes.commands as { command: string }[]).map((c) => c.command);
    const literals = [...sources.matchAll(/['"](programmalint[./][A-Za-z]+)['"]/g)].map((m) => m[1]);
    assert.ok(literals.length > 0, 'the client names settings and views as literals');
    assert.deepEqual(literals.filter((id) => commands.includes(id) || id.startsWith('programmalint/')), []);
  });

  it('points at files that exist', () => {
    for (const g of pkg.contributes.grammars) assert.ok(existsSync(`${ROOT}${g.path}`), g.path);
    for (const s of pkg.contributes.snippets) assert.ok(existsSync(`${ROOT}${s.path}`), s.path);
    for (const v of pkg.contributes.jsonValidation) assert.ok(existsSync(`${ROOT}${v.url}`), v.url);
  });

  it('has an English and a Dutch text for every %key% of the manifest, and no others', () => {
    const used = new Set([...JSON.stringify(pkg).matchAll(/"%([^"%]+)%"/g)].map((m) => m[1]));
    assert.deepEqual(Object.keys(en).sort(), [...used].sort());
    assert.deepEqual(Object.keys(nl).sort(), [...used].sort());
    for (const key of used) {
      assert.ok(en[key].trim() && nl[key].trim(), key);
      assert.notEqual(en[key], nl[key], `${key} is translated`);
    }
  });

  it('has a Dutch translation of every message of the client, and no others', () => {
    const bundle = json('client/l10n/bundle.l10n.nl.json') as Record<string, string>;
    const sources = readdirSync(`${ROOT}client/src`)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(`${ROOT}client/src/${f}`, 'utf8'))
      .join('\n');
    const messages = new Set([...sources.matchAll(/l10n\.t\(\s*'((?:\\'|[^'])*)'/g)].map((m) => m[1].replace(/\\'/g, "'")));
    assert.ok(messages.size > 10);
    assert.deepEqual(Object.keys(bundle).sort(), [...messages].sort());
    for (const [message, translation] of Object.entries(bundle)) {
      const placeholders = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
      assert.deepEqual(placeholders(translation), placeholders(message), message);
    }
  });
});
