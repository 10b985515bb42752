/**
 * The pieces every part of the HTML report is built from: escaping, links to a chapter's line
 * (each path segment percent-encoded), status badges.
 */
import type { Locale } from '../localize.js';
import { statusLabel, statusSymbol } from './labels.js';
import type { ReportStatus, SourceRef } from './model.js';

/** Escapes text for HTML content and for double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** A link to a chapter's line: the path with every segment percent-encoded, and `#L<line>`. */
export function sourceHref(source: SourceRef): string {
  return `${encodePath(source.file)}#L${source.line}`;
}

/** A path as a relative URL: each segment encoded, so `:` or `?` in a name stays part of the path. */
export function encodePath(path: string): string {
  const absolute = /^[A-Za-z]:\//.test(path) || path.startsWith('/');
  const encoded = path
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
  return absolute ? `file://${path.startsWith('/') ? '' : '/'}${encoded.replace(/^([A-Za-z])%3A/, '$1:')}` : encoded;
}

/** A status with its symbol and its name, coloured by the style. */
export function statusBadge(status: ReportStatus, locale: Locale): string {
  return `<span class="status status-${status}"><span aria-hidden="true">${statusSymbol(status)}</span> ${escapeHtml(statusLabel(status, locale))}</span>`;
}

/** A link to a chapter's line; in a webview the script opens it in the editor instead. */
export function sourceLink(source: SourceRef, text: string, className = 'src', title = `${source.file}:${source.line}`): string {
  return `<a class="${className}" href="${escapeHtml(sourceHref(source))}" ${locationAttrs(source).join(' ')} title="${escapeHtml(title)}">${escapeHtml(text)}</a>`;
}

/** The `data-` attributes the script opens a source with in a webview. */
export function locationAttrs(source: SourceRef): string[] {
  return [`data-uri="${escapeHtml(source.uri)}"`, `data-line="${source.line}"`, `data-column="${source.column}"`];
}

/** The last segment of a path. */
export function baseName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}
