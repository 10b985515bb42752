/**
 * The one conversion point between source offsets (what the parser and the model use)
 * and line/character ranges (what findings, the LSP and the CLI use).
 * Characters are UTF-16 code units, as in JavaScript strings and the LSP.
 */

/**
 * The 1-based lines and columns of a 0-based range, as every output writes them (the CLI's formats,
 * the configuration errors, init's summary, the server's log, the report's source links, line
 * numbers in messages): the one place that adds the 1.
 */
export function oneBased(range: Range): { line: number; column: number; endLine: number; endColumn: number } {
  return {
    line: range.start.line + 1,
    column: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

/** A half-open range of UTF-16 offsets into a document's text. */
export interface Span {
  start: number;
  end: number;
}

/** A zero-based line/character position, as in the LSP. */
export interface Position {
  line: number;
  character: number;
}

/** A zero-based range, as in the LSP. */
export interface Range {
  start: Position;
  end: Position;
}

/** Maps offsets to positions and back for one text, in O(log lines). */
export class LineIndex {
  /** Offset of the first character of each line. */
  readonly lineStarts: number[];

  /** @param lineStarts the line starts when the caller has them already (an incremental parse). */
  constructor(
    readonly text: string,
    lineStarts?: number[],
  ) {
    if (lineStarts) {
      this.lineStarts = lineStarts;
      return;
    }
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (ch === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Position of an offset; offsets outside the text are clamped into it. */
  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    // An offset between the \r and \n of a line break stays at the end of its line.
    return { line: low, character: Math.min(clamped, this.lineEnd(low)) - this.lineStarts[low] };
  }

  /** Offset of a position; positions outside the text are clamped into it. */
  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line];
    const end = this.lineEnd(position.line);
    return Math.max(start, Math.min(start + position.character, end));
  }

  /** Offset just past the last character of a line, before its line break. */
  lineEnd(line: number): number {
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length;
    let end = next;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** The text of a line without its line break. */
  lineText(line: number): string {
    return this.text.slice(this.lineStarts[line], this.lineEnd(line));
  }

  /** Range of a span. */
  range(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }

  /** Span of a range. */
  span(range: Range): Span {
    return { start: this.offsetAt(range.start), end: this.offsetAt(range.end) };
  }
}

/** A span from a unist node's position (remark reports offsets). */
export function spanOfNode(node: { position?: { start: { offset?: number }; end: { offset?: number } } }): Span {
  return { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
}

/** True when `inner` lies within `outer`. */
export function spanContains(outer: Span, offset: number): boolean {
  return offset >= outer.start && offset <= outer.end;
}
