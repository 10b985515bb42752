/**
 * Parsing the report's HTML in tests with linkedom. The project compiles without the DOM
 * library, so the few DOM members the tests use are declared here.
 */
import { parseHTML } from 'linkedom';

/** An element as the tests read it. */
export interface El {
  tagName: string;
  textContent: string | null;
  children: Iterable<El>;
  getAttribute(name: string): string | null;
  getAttributeNames(): string[];
  querySelector(selectors: string): El | null;
  querySelectorAll(selectors: string): Iterable<El> & { length: number };
}

/** A parsed page. */
export interface Doc extends El {
  documentElement: El;
}

/** Parses a complete HTML page. */
export function dom(html: string): Doc {
  return (parseHTML(html) as unknown as { document: Doc }).document;
}

/** The cells of a table row as text, whitespace collapsed. */
export function cells(row: El): string[] {
  return [...row.children].map((c) => text(c));
}

/** An element's text, whitespace collapsed. */
export function text(element: El | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
