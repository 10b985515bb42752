/** Writes a GFM pipe table. */
import { escapeCell } from './escape.js';

/**
 * Renders a header row and body rows as a GFM table. Cells are escaped here; rows shorter than
 * the header stay short (so a missing value stays visible to `table-row-cells`) unless `pad`.
 */
export function gfmTable(header: string[], rows: string[][], options: { pad?: boolean } = {}): string {
  const width = Math.max(header.length, ...rows.map((r) => r.length));
  const fill = (cells: string[], to: number) => [...cells, ...Array<string>(Math.max(0, to - cells.length)).fill('')];
  const line = (cells: string[]) => `| ${cells.map((c) => escapeCell(c)).join(' | ')} |`;
  const head = options.pad ? fill(header, width) : header;
  const out = [line(head), `| ${head.map(() => '---').join(' | ')} |`];
  for (const row of rows) out.push(line(options.pad ? fill(row, width) : row));
  return out.join('\n');
}
