/**
 * The editor features over LSP: each request waits until the document can be answered (the
 * workspace indexed, its settings known), asks the language service by uri and position, and
 * sanitizes the answer (ranges clamped into the document, uris as the client spells them).
 * Every handler is wrapped by the guard, so a failing request is logged and answered.
 */
import type {
  CancellationToken,
  CodeActionParams,
  CompletionParams,
  Connection,
  DefinitionParams,
  DocumentSymbolParams,
  FoldingRangeParams,
  HoverParams,
  PrepareRenameParams,
  ReferenceParams,
  RenameParams,
} from 'vscode-languageserver';
import type { LanguageService } from '../service/language-service.js';
import type { Guard } from './guard.js';
import type { Sanitizer } from './sanitize.js';

/** What the feature handlers need of the server. */
export interface RequestsHost {
  connection: Connection;
  guard: Guard;
  service: LanguageService;
  sanitize: Sanitizer;
  /** The index uri of a chapter a request is about, once it can be answered (else undefined). */
  chapter(clientUri: string, token: CancellationToken | undefined): Promise<string | undefined>;
}

/** Registers the handlers of the editor features. */
export function registerFeatures({ connection, guard, service, sanitize, chapter }: RequestsHost): void {
  /** A handler that asks `answer` for the chapter of `p.textDocument`, or gives `none`. */
  const feature =
    <P extends { textDocument: { uri: string } }, R>(none: R, answer: (uri: string, p: P) => R) =>
    async (p: P, token?: CancellationToken): Promise<R> => {
      const uri = await chapter(p.textDocument.uri, token);
      return uri === undefined ? none : answer(uri, p);
    };

  connection.onCompletion(
    guard('textDocument/completion', feature([], (uri, p: CompletionParams) => sanitize.completions(uri, service.getCompletions(uri, p.position))), []),
  );
  connection.onHover(guard('textDocument/hover', feature(null, (uri, p: HoverParams) => sanitize.hover(uri, service.getHover(uri, p.position))), null));
  connection.onDefinition(
    guard('textDocument/definition', feature([], (uri, p: DefinitionParams) => sanitize.locations(service.getDefinition(uri, p.position))), []),
  );
  connection.onReferences(
    guard(
      'textDocument/references',
      feature([], (uri, p: ReferenceParams) => sanitize.locations(service.getReferences(uri, p.position, p.context.includeDeclaration))),
      [],
    ),
  );
  connection.onPrepareRename(
    guard('textDocument/prepareRename', feature(null, (uri, p: PrepareRenameParams) => sanitize.prepareRename(uri, service.prepareRename(uri, p.position))), null),
  );
  connection.onRenameRequest(
    guard(
      'textDocument/rename',
      feature(null, (uri, p: RenameParams) => sanitize.workspaceEdit(service.getRenameEdits(uri, p.position, p.newName))),
      null,
    ),
  );
  connection.onDocumentSymbol(
    guard('textDocument/documentSymbol', feature([], (uri, _p: DocumentSymbolParams) => sanitize.symbols(uri, service.getDocumentSymbols(uri))), []),
  );
  connection.onFoldingRanges(
    guard('textDocument/foldingRange', feature([], (uri, _p: FoldingRangeParams) => sanitize.foldingRanges(uri, service.getFoldingRanges(uri))), []),
  );
  connection.onCodeAction(
    guard(
      'textDocument/codeAction',
      feature([], (uri, p: CodeActionParams) => {
        // The service needs a diagnostic's code, range and data (the finding's fixes); with a plain
        // message the whole diagnostic goes along, so the quick fix can name the diagnostic it fixes.
        const diagnostics = p.context.diagnostics.map((d) =>
          typeof d.message === 'string' ? { ...d, message: d.message } : { code: d.code, range: d.range, data: d.data },
        );
        return sanitize.codeActions(uri, service.getCodeActions(uri, p.range, diagnostics, p.context.only));
      }),
      [],
    ),
  );
}
