/**
 * Code actions: the quick fixes of findings, fix-all, renumbering footnotes, and scaffolding a
 * rekening table from the begroting.
 */
import {
  type CodeAction,
  CodeActionKind,
  type Diagnostic,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-types';
import type { Fix } from '../finding.js';
import { fixChapter } from '../fix-all.js';
import type { ChapterDocument } from '../model.js';
import type { FeatureContext } from './context.js';
import { renumberFootnotesEdit } from './renumber-footnotes.js';
import { scaffoldRekeningTable } from './scaffold-rekening-table.js';
import { localize } from './shared.js';

/** The kind of the fix-all source action. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.programmalint`;

/**
 * What the service needs of a diagnostic: its range and, in `data`, the finding's fixes
 * (`{ rule, fixes }`, the fixes' edits already in ranges). A full LSP `Diagnostic` fits.
 */
export interface DiagnosticLike {
  code?: string | number;
  range: Range;
  data?: unknown;
  /** Present on a full `Diagnostic` (text or markup): the action then lists the diagnostic it fixes. */
  message?: unknown;
}

/**
 * The code actions for a range:
 * - a `quickfix` per fix of every given diagnostic (`isPreferred` for safe fixes);
 * - `source.fixAll.programmalint`, applying every safe fix of the document (as `--fix` does), as one
 *   edit of the changed stretch. Computed when `only` asks for it, or, when `only` is absent, when
 *   a diagnostic in the range has a safe fix (so a cursor move does not lint the chapter again);
 * - `refactor.rewrite` "Voetnoten hernummeren" when the beleidsveld's footnotes are out of order;
 * - `refactor.rewrite` "Rekeningtabel opbouwen uit de begroting Y" where that scaffold applies.
 * @param only the requested kinds (a kind matches itself and its sub-kinds)
 */
export function getCodeActions(
  doc: ChapterDocument,
  range: Range,
  diagnostics: DiagnosticLike[],
  ctx: FeatureContext,
  only?: string[],
): CodeAction[] {
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const requested = (kind: string) => only?.some((o) => kind === o || kind.startsWith(`${o}.`)) ?? false;
  const edit = (edits: TextEdit[]): WorkspaceEdit => ({ changes: { [doc.uri]: edits } });
  const actions: CodeAction[] = [];

  let safeFixInRange = false;
  if (wants(CodeActionKind.QuickFix)) {
    for (const diagnostic of diagnostics) {
      for (const fix of fixesOf(diagnostic)) {
        safeFixInRange ||= fix.safe;
        const action: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix, edit: edit(fix.edits) };
        if (diagnostic.message !== undefined) action.diagnostics = [diagnostic as Diagnostic];
        if (fix.safe) action.isPreferred = true;
        actions.push(action);
      }
    }
  } else {
    safeFixInRange = diagnostics.some((d) => fixesOf(d).some((f) => f.safe));
  }

  if (requested(FIX_ALL_KIND) || (!only && safeFixInRange)) {
    const result = fixChapter(doc, { ...ctx.settings, workspace: ctx.workspace });
    const change = minimalEdit(doc, result.text);
    if (change) {
      actions.push({
        title: localize(ctx, 'Alle veilige correcties toepassen', 'Apply all safe fixes'),
        kind: FIX_ALL_KIND,
        edit: edit([change]),
      });
    }
  }

  if (wants(CodeActionKind.RefactorRewrite)) {
    const renumber = renumberFootnotesEdit(doc, range.start, ctx);
    if (renumber) {
      actions.push({
        title: localize(ctx, 'Voetnoten hernummeren', 'Renumber footnotes'),
        kind: CodeActionKind.RefactorRewrite,
        edit: renumber,
      });
    }
    const scaffold = scaffoldRekeningTable(doc, range.start, ctx);
    if (scaffold) {
      actions.push({
        title: localize(
          ctx,
          `Rekeningtabel opbouwen uit de begroting ${doc.year}`,
          `Build the rekening table from the begroting ${doc.year}`,
        ),
        kind: CodeActionKind.RefactorRewrite,
        edit: scaffold,
      });
    }
  }
  return actions;
}

/** The fixes a diagnostic carries in `data.fixes` (the service's `Fix` objects). */
function fixesOf(diagnostic: DiagnosticLike): Fix[] {
  const data = diagnostic.data as { fixes?: unknown } | undefined;
  if (!data || !Array.isArray(data.fixes)) return [];
  return data.fixes.filter(
    (f): f is Fix =>
      typeof f === 'object' && f !== null && typeof (f as Fix).title === 'string' && Array.isArray((f as Fix).edits),
  ).map((f) => ({ ...f, safe: f.safe === true }));
}

/** One edit replacing the stretch where two texts differ (common start and end left out), or undefined. */
function minimalEdit(doc: ChapterDocument, text: string): TextEdit | undefined {
  const old = doc.text;
  if (old === text) return undefined;
  let start = 0;
  const max = Math.min(old.length, text.length);
  while (start < max && old.charCodeAt(start) === text.charCodeAt(start)) start++;
  // Never split a surrogate pair or a CRLF.
  while (start > 0 && (isHighSurrogate(old.charCodeAt(start - 1)) || old[start - 1] === '\r')) start--;
  let end = 0;
  while (
    end < max - start &&
    old.charCodeAt(old.length - 1 - end) === text.charCodeAt(text.length - 1 - end)
  ) end++;
  while (end > 0 && (isLowSurrogate(old.charCodeAt(old.length - end)) || (old[old.length - end] === '\n' && old[old.length - end - 1] === '\r'))) end--;
  return {
    range: doc.lines.range({ start, end: old.length - end }),
    newText: text.slice(start, text.length - end),
  };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
