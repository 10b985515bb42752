/**
 * *Show indicator report*: the report of every chapter in the workspace (the CLI's
 * `programmalint report`) in a webview. The server builds the model (`programmalint/report`);
 * the page is the same self-contained HTML, with a content security policy that allows only its
 * own nonce'd style and script. It refreshes when a chapter changes, and a click on a row or a
 * value opens the chapter at that line.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { CHAPTER_GLOB, isChapterPath } from '../../server/src/service/chapter-files.js';
import type { ReportResult } from '../../server/src/protocol.js';
import type { ReportModel } from '../../server/src/service/report/model.js';
import { escapeHtml, renderReportHtml } from '../../server/src/service/report/report-html.js';


/** How long the chapters must be quiet before the report is built again. */
const REFRESH_DELAY_MS = 400;

/** A message from the page: open a chapter at a line (1-based). */
interface OpenMessage {
  type: 'open';
  uri: string;
  line: number;
  column: number;
}

/** The report panel: one at a time, revealed again when it is open. */
export class ReportView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private timer: NodeJS.Timeout | undefined;
  /** The chapters of the report on show: only these may be opened from the page. */
  private uris = new Set<string>();
  private generation = 0;
  private readonly subscriptions: vscode.Disposable[] = [];

  /** `request` asks the server for the model (it throws while the server is not running). */
  constructor(private readonly request: () => Promise<ReportResult>) {
    const changed = (uri: vscode.Uri) => {
      if (isChapterPath(uri.path)) this.scheduleRefresh();
    };
    const watcher = vscode.workspace.createFileSystemWatcher(CHAPTER_GLOB);
    this.subscriptions.push(
      watcher,
      watcher.onDidChange(changed),
      watcher.onDidCreate(changed),
      watcher.onDidDelete(changed),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.languageId === 'markdown' && e.contentChanges.length > 0) this.scheduleRefresh();
      }),
    );
  }

  /** Opens the panel (or brings it to the front) and builds the report. */
  async show(): Promise<void> {
    if (this.panel) {
      this.panel.reveal();
    } else {
      const panel = vscode.window.createWebviewPanel('programmalint.report', vscode.l10n.t('Indicator report'), vscode.ViewColumn.Beside, {
        enableScripts: true,
        // Nothing is loaded from disk or the network: the page carries everything.
        localResourceRoots: [],
        enableFindWidget: true,
      });
      this.panel = panel;
      panel.onDidDispose(() => {
        if (this.panel === panel) this.panel = undefined;
      }, undefined, this.subscriptions);
      panel.webview.onDidReceiveMessage((message: unknown) => this.open(message), undefined, this.subscriptions);
      panel.webview.html = this.page(escapeHtml(vscode.l10n.t('The report is being made…')));
    }
    await this.refresh();
  }

  /** Builds the report again and shows it (an older answer that arrives late is dropped). */
  async refresh(): Promise<void> {
    const panel = this.panel;
    if (!panel) return;
    const generation = ++this.generation;
    let html: string;
    try {
      const model = await this.request();
      if (!model) throw new Error(vscode.l10n.t('the server gave no answer'));
      this.uris = new Set(reportUris(model));
      html = renderReportHtml(model, { nonce: nonce(), cspSource: panel.webview.cspSource });
    } catch (error) {
      html = this.page(escapeHtml(vscode.l10n.t('The report could not be made: {0}', (error as Error).message ?? String(error))));
    }
    if (generation === this.generation && this.panel === panel) panel.webview.html = html;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.panel?.dispose();
    for (const d of this.subscriptions.splice(0)) d.dispose();
  }

  private scheduleRefresh(): void {
    if (!this.panel) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, REFRESH_DELAY_MS);
  }

  /** A click in the page: open the chapter beside the report, at the line. */
  private async open(message: unknown): Promise<void> {
    if (!isOpenMessage(message) || !this.uris.has(message.uri)) return;
    const position = new vscode.Position(Math.max(0, message.line - 1), Math.max(0, message.column - 1));
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(message.uri));
    await vscode.window.showTextDocument(document, {
      viewColumn: vscode.ViewColumn.One,
      selection: new vscode.Range(position, position),
      preserveFocus: false,
    });
  }

  /** A plain page with one message (while loading, or when the report could not be made). */
  private page(text: string): string {
    return [
      '<!DOCTYPE html><html><head><meta charset="utf-8">',
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'">`,
      `</head><body><p>${text}</p></body></html>`,
    ].join('');
  }
}

/** Every chapter uri the report links to. */
function reportUris(model: ReportModel): string[] {
  const uris = model.documents.map((d) => d.uri);
  for (const f of model.crossFindings) uris.push(f.source.uri, ...f.related.map((r) => r.source.uri));
  return uris;
}

function isOpenMessage(value: unknown): value is OpenMessage {
  const m = value as Partial<OpenMessage> | null;
  return (
    typeof m === 'object' &&
    m !== null &&
    m.type === 'open' &&
    typeof m.uri === 'string' &&
    Number.isInteger(m.line) &&
    Number.isInteger(m.column)
  );
}

function nonce(): string {
  return randomBytes(18).toString('base64');
}
