/**
 * Writes a configuration as JSON with comments (the `.programmalintrc.json` dialect, read back
 * with jsonc-parser): a comment above each key that has one, short lists on one line.
 */

/** Serialises `value` with comments keyed by dotted path (`vocabulary.columns`); `header` lines go on top. */
export function commentedJson(value: unknown, comments: Map<string, string>, header: string[] = []): string {
  const lines = header.map((h) => `// ${h}`);
  lines.push(write(value, '', 0, comments));
  return lines.join('\n') + '\n';
}

function write(value: unknown, path: string, depth: number, comments: Map<string, string>): string {
  const pad = '  '.repeat(depth + 1);
  const close = '  '.repeat(depth);
  if (Array.isArray(value)) {
    const inline = `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
    if (value.every((v) => v === null || typeof v !== 'object') && inline.length <= 100) return inline;
    if (value.every((v) => v && typeof v === 'object' && !Array.isArray(v) && JSON.stringify(v).length <= 90)) {
      return `[\n${value.map((v) => pad + inlineObject(v as Record<string, unknown>)).join(',\n')}\n${close}]`;
    }
    return `[\n${value.map((v, i) => pad + write(v, `${path}.${i}`, depth + 1, comments)).join(',\n')}\n${close}]`;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    const body = entries.map(([key, v]) => {
      const keyPath = path ? `${path}.${key}` : key;
      const comment = comments.get(keyPath);
      const lead = comment ? comment.split('\n').map((c) => `${pad}// ${c}\n`).join('') : '';
      return `${lead}${pad}${JSON.stringify(key)}: ${write(v, keyPath, depth + 1, comments)}`;
    });
    return `{\n${body.join(',\n')}\n${close}}`;
  }
  return JSON.stringify(value);
}

function inlineObject(value: Record<string, unknown>): string {
  return `{ ${Object.entries(value)
    .map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`)
    .join(', ')} }`;
}
