/**
 * Tokenizes Markdown the way VS Code does: VS Code's Markdown grammar (test/grammar/fixtures)
 * with the extension's injection grammars (syntaxes/) injected, on vscode-textmate and the
 * oniguruma WASM build.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import oniguruma from 'vscode-oniguruma';
import textmate from 'vscode-textmate';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const require = createRequire(import.meta.url);

/** The extension's grammars by scope name, as `package.json` contributes them. */
interface ContributedGrammar {
  scopeName: string;
  path: string;
  injectTo?: string[];
}

const manifest = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as {
  contributes: { grammars: ContributedGrammar[] };
};

/** One token of a line: its text and its scopes (outermost first). */
export interface Token {
  text: string;
  start: number;
  end: number;
  scopes: string[];
}

export interface TokenizedLine {
  text: string;
  tokens: Token[];
}

let registry: textmate.Registry | undefined;

async function getRegistry(): Promise<textmate.Registry> {
  if (registry) return registry;
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const files = new Map<string, string>([
    ['text.html.markdown', `${ROOT}test/grammar/fixtures/markdown.tmLanguage.json`],
    ...manifest.contributes.grammars.map((g): [string, string] => [g.scopeName, `${ROOT}${g.path.replace(/^\.\//, '')}`]),
  ]);
  registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName: string) => {
      const path = files.get(scopeName);
      // Other embedded languages (YAML front matter, code blocks) are not needed here.
      return path ? textmate.parseRawGrammar(readFileSync(path, 'utf8'), path) : null;
    },
    getInjections: (scopeName: string) =>
      manifest.contributes.grammars.filter((g) => g.injectTo?.includes(scopeName)).map((g) => g.scopeName),
  });
  return registry;
}

/** Tokenizes a Markdown text line by line. */
export async function tokenize(text: string): Promise<TokenizedLine[]> {
  const grammar = await (await getRegistry()).loadGrammar('text.html.markdown');
  if (!grammar) throw new Error('The Markdown grammar did not load.');
  let stack = textmate.INITIAL;
  return text.split(/\r?\n/).map((line) => {
    const result = grammar.tokenizeLine(line, stack);
    stack = result.ruleStack;
    return {
      text: line,
      tokens: result.tokens.map((t) => ({
        text: line.slice(t.startIndex, t.endIndex),
        start: t.startIndex,
        end: Math.min(t.endIndex, line.length),
        scopes: t.scopes,
      })),
    };
  });
}

/** The scopes at a character of a line. */
export function scopesAt(line: TokenizedLine, index: number): string[] {
  return line.tokens.find((t) => t.start <= index && index < t.end)?.scopes ?? [];
}

/**
 * The spans of a line that carry a scope (adjacent tokens with it merged), as the text they
 * cover: `['Toename']`. Scopes are matched exactly.
 */
export function spansWithScope(line: TokenizedLine, scope: string): string[] {
  const spans: string[] = [];
  let start = -1;
  for (let i = 0; i <= line.text.length; i++) {
    const has = i < line.text.length && scopesAt(line, i).includes(scope);
    if (has && start < 0) start = i;
    if (!has && start >= 0) {
      spans.push(line.text.slice(start, i));
      start = -1;
    }
  }
  return spans;
}

/** Every scope of the extension (`*.programmalint`) that occurs on a line. */
export function programmalintScopes(line: TokenizedLine): string[] {
  return [...new Set(line.tokens.flatMap((t) => t.scopes).filter((s) => s.endsWith('.programmalint')))].sort();
}
