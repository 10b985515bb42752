/**
 * The status bar item: the active chapter's kind and year and the count of its findings.
 *
 * The counts come from the diagnostics the server answered for a version of the document (the
 * pull results, seen through the client's middleware), not from the diagnostic collection: so
 * the item can tell "checked, nothing found" from "not checked yet" (a spinner while the
 * document has edits the server has not answered for).
 */
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE, type DocumentInfo, SETTINGS_SECTION } from '../../server/src/protocol.js';

/** The id of the item (the workbench shows it as the element id `programmalint.programmalint.status`). */
export const STATUS_ITEM_ID = 'programmalint.status';

interface Counts {
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
}

interface Checked {
  /** The document version the server answered for. */
  version: number;
  counts: Counts;
}

/** Counts the diagnostics of programmalint by severity. */
export function countDiagnostics(diagnostics: readonly vscode.Diagnostic[]): Counts {
  const counts: Counts = { errors: 0, warnings: 0, infos: 0, hints: 0 };
  for (const d of diagnostics) {
    if (d.source !== undefined && d.source !== DIAGNOSTIC_SOURCE) continue;
    if (d.severity === vscode.DiagnosticSeverity.Error) counts.errors++;
    else if (d.severity === vscode.DiagnosticSeverity.Warning) counts.warnings++;
    else if (d.severity === vscode.DiagnosticSeverity.Information) counts.infos++;
    else counts.hints++;
  }
  return counts;
}

export class StatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly checked = new Map<string, Checked>();
  private readonly infos = new Map<string, { version: number; info: DocumentInfo }>();
  private readonly disposables: vscode.Disposable[] = [];

  /**
   * @param documentInfo asks kind and year of a document (of the server)
   */
  constructor(private readonly documentInfo: (document: vscode.TextDocument) => Promise<DocumentInfo>) {
    this.item = vscode.window.createStatusBarItem(STATUS_ITEM_ID, vscode.StatusBarAlignment.Left, 0);
    this.item.name = 'Programmalint';
    this.item.command = 'workbench.actions.view.problems';
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.render();
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.checked.delete(d.uri.toString());
        this.infos.delete(d.uri.toString());
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${SETTINGS_SECTION}.enable`)) this.render();
      }),
    );
    this.refresh();
  }

  /**
   * The server answered the diagnostics of a document version: `items` for a full report,
   * undefined for "unchanged" (the previous counts stand).
   */
  diagnosticsReceived(document: vscode.TextDocument, version: number, items: readonly vscode.Diagnostic[] | undefined): void {
    const key = document.uri.toString();
    const counts = items ? countDiagnostics(items) : this.checked.get(key)?.counts;
    if (!counts) return;
    this.checked.set(key, { version, counts });
    if (document === vscode.window.activeTextEditor?.document) {
      this.render();
      void this.updateInfo(document);
    }
  }

  /** Forgets every result (the server restarted). */
  reset(): void {
    this.checked.clear();
    this.infos.clear();
    this.refresh();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  private refresh(): void {
    this.render();
    const document = vscode.window.activeTextEditor?.document;
    if (document && isMarkdown(document)) void this.updateInfo(document);
  }

  private async updateInfo(document: vscode.TextDocument): Promise<void> {
    const key = document.uri.toString();
    const version = document.version;
    if (this.infos.get(key)?.version === version) return;
    let info: DocumentInfo;
    try {
      info = await this.documentInfo(document);
    } catch {
      return; // no answer (server starting or failing): nothing is kept, the next result asks again
    }
    // Keep the newest answer only.
    const known = this.infos.get(key);
    if (known && known.version > version) return;
    this.infos.set(key, { version, info });
    if (document === vscode.window.activeTextEditor?.document) this.render();
  }

  private render(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isMarkdown(document)) {
      this.item.hide();
      return;
    }
    const key = document.uri.toString();
    const info = this.infos.get(key)?.info;
    const chapter = info?.kind
      ? `${info.kind}${info.year !== null ? ` ${info.year}` : ''}${info.inferred ? ` (${vscode.l10n.t('inferred')})` : ''}`
      : 'Programmalint';
    const enabled = vscode.workspace.getConfiguration(SETTINGS_SECTION, document.uri).get<boolean>('enable', true);
    const checked = this.checked.get(key);

    let icons: string;
    let state: string;
    if (!enabled) {
      icons = '$(circle-slash)';
      state = vscode.l10n.t('checking is off');
    } else if (!checked || checked.version !== document.version) {
      icons = '$(sync~spin)';
      state = vscode.l10n.t('checking…');
    } else {
      const { errors, warnings, infos, hints } = checked.counts;
      const parts: string[] = [];
      if (errors) parts.push(`$(error) ${errors}`);
      if (warnings) parts.push(`$(warning) ${warnings}`);
      if (infos + hints) parts.push(`$(info) ${infos + hints}`);
      icons = parts.length > 0 ? parts.join(' ') : '$(check)';
      state =
        errors + warnings + infos + hints === 0
          ? vscode.l10n.t('no findings')
          : vscode.l10n.t('{0} errors, {1} warnings, {2} information', errors, warnings, infos + hints);
    }
    this.item.text = `${chapter} ${icons}`;
    this.item.accessibilityInformation = { label: `Programmalint: ${chapter}, ${state}` };
    const source = info?.kind
      ? info.inferred
        ? vscode.l10n.t('Kind and year inferred from the columns and headings; add front matter to make them explicit.')
        : vscode.l10n.t('Kind and year from the front matter.')
      : vscode.l10n.t('Kind and year unknown: add front matter (document, jaar, programma).');
    this.item.tooltip = new vscode.MarkdownString(
      `**Programmalint** — ${chapter}\n\n${source}\n\n${state}. ${vscode.l10n.t('Click to open the Problems panel.')}`,
    );
    this.item.show();
  }
}

function isMarkdown(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown' && (document.uri.scheme === 'file' || document.uri.scheme === 'untitled');
}
