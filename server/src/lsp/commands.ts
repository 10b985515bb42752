/**
 * The server's commands (`workspace/executeCommand`: renumber footnotes, scaffold a rekening
 * table, import text) and custom requests (the indicator report, a chapter's kind and year).
 */
import { sep } from 'node:path';
import type { CancellationToken, Connection, ExecuteCommandParams, Position } from 'vscode-languageserver';
import { importChapter } from '../import/import-chapter.js';
import { COMMANDS, type DocumentInfo, type ImportTextResult, type ReportResult } from '../protocol.js';
import type { LanguageService } from '../service/language-service.js';
import { pick } from '../service/localize.js';
import type { DocumentSettings } from './document-settings.js';
import { checkCancelled } from './guard.js';
import type { Sanitizer } from './sanitize.js';
import { folderOf, indexUri, uriToPath } from './uris.js';
import type { Workspace } from './workspace.js';

/** What the commands need of the server. */
export interface CommandsHost {
  connection: Connection;
  service: LanguageService;
  settings: DocumentSettings;
  sanitize: Sanitizer;
  workspace: Workspace;
  /** The index uri of a chapter a request is about, once it can be answered (else undefined). */
  chapter(clientUri: string, token: CancellationToken | undefined): Promise<string | undefined>;
}

export class Commands {
  constructor(private readonly host: CommandsHost) {}

  /** `workspace/executeCommand`: the edit goes to the client with `workspace/applyEdit`. */
  async execute(params: ExecuteCommandParams, token?: CancellationToken): Promise<unknown> {
    const { connection, service } = this.host;
    if (params.command === COMMANDS.importText) return this.importText(params.arguments);
    const target = commandTarget(params.arguments);
    if (!target) {
      connection.console.error(`programmalint: ${params.command} needs a document uri.`);
      return null;
    }
    const uri = await this.host.chapter(target.uri, token);
    if (uri === undefined) return null;
    const locale = service.settings(uri).locale;
    let edit;
    let label: string;
    switch (params.command) {
      case COMMANDS.renumberFootnotes:
        edit = service.renumberFootnotes(uri, target.position);
        label = pick(locale, 'Voetnoten hernummeren', 'Renumber footnotes');
        break;
      case COMMANDS.scaffoldRekeningTable: {
        if (!target.position) {
          connection.console.error(`programmalint: ${params.command} needs a position in a beleidsveld.`);
          return null;
        }
        edit = service.scaffoldRekeningTable(uri, target.position);
        const year = service.get(uri)?.year;
        label = pick(locale, `Rekeningtabel opbouwen uit de begroting ${year}`, `Build the rekening table from the begroting ${year}`);
        break;
      }
      default:
        connection.console.error(`programmalint: unknown command ${params.command}.`);
        return null;
    }
    const clean = this.host.sanitize.workspaceEdit(edit);
    if (!clean) return null;
    checkCancelled(token);
    return connection.workspace.applyEdit({ label, edit: clean });
  }

  /**
   * `programmalint.importText [text, uri?]`: a chapter copied from the website or a PDF, converted
   * to the dialect with the vocabulary of the configuration that applies to `uri`. Returns the
   * Markdown and the problems (1-based input lines, messages in the document's language); the
   * client decides where the text goes.
   */
  importText(args: unknown[] | undefined): ImportTextResult | null {
    const [text, uri] = args ?? [];
    if (typeof text !== 'string') {
      this.host.connection.console.error(`programmalint: ${COMMANDS.importText} needs the text to convert.`);
      return null;
    }
    const settings = this.host.settings.lintSettingsOrDefaults(typeof uri === 'string' ? indexUri(uri) : undefined);
    const result = importChapter(text, { vocabulary: settings.vocabulary });
    return {
      markdown: result.markdown,
      problems: result.problems.map((p) => ({ line: p.line, message: p.message[settings.locale] })),
    };
  }

  /** `programmalint/report`: every chapter of the workspace, named relative to its folder. */
  async report(token?: CancellationToken): Promise<ReportResult> {
    const { service, workspace } = this.host;
    await workspace.indexed();
    checkCancelled(token);
    service.sync();
    const file = (uri: string) => {
      const path = uriToPath(uri);
      const folder = path ? folderOf(path, workspace.folders) : undefined;
      return path && folder ? path.slice(folder.length).replace(/^[\\/]+/, '').split(sep).join('/') : (path ?? uri);
    };
    return service.report(service.workspace.uris().sort(), { locale: this.host.settings.locale(), file });
  }

  /** `programmalint/documentInfo`: kind and year of a chapter, for the status bar. */
  async documentInfo(clientUri: string, token?: CancellationToken): Promise<DocumentInfo | null> {
    const uri = await this.host.chapter(clientUri, token);
    return uri === undefined ? null : this.host.service.documentInfo(uri);
  }
}

/**
 * The document and position a command acts on: `[uri, position?]` or `[{ uri | textDocument, position? }]`.
 * Without a position, renumbering covers every beleidsveld.
 */
function commandTarget(args: unknown[] | undefined): { uri: string; position: Position | undefined } | undefined {
  const [first, second] = args ?? [];
  if (typeof first === 'string') return { uri: first, position: isPosition(second) ? second : undefined };
  if (typeof first === 'object' && first !== null) {
    const o = first as { uri?: unknown; textDocument?: { uri?: unknown }; position?: unknown };
    const uri = typeof o.uri === 'string' ? o.uri : o.textDocument?.uri;
    if (typeof uri === 'string') return { uri, position: isPosition(o.position) ? o.position : undefined };
  }
  return undefined;
}

function isPosition(value: unknown): value is Position {
  const p = value as Position | undefined;
  return typeof p?.line === 'number' && typeof p.character === 'number';
}
