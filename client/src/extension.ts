/**
 * The VS Code extension: starts the bundled language server (`dist/server.cjs`) over IPC for
 * Markdown chapters and `.programmalintrc.json`, adds the commands and the status bar item.
 * Everything a chapter needs (diagnostics, completions, hovers, fixes) comes from the server.
 */
import * as vscode from 'vscode';
import {
  DidChangeConfigurationNotification,
  type ExecuteCommandSignature,
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  State,
  TransportKind,
} from 'vscode-languageclient/node';
import { CONFIG_GLOB } from '../../server/src/service/chapter-files.js';
import { asDocumentInfo } from './document-info.js';
import {
  CLIENT_COMMANDS,
  COMMANDS,
  DOCUMENT_INFO_METHOD,
  type DocumentInfo,
  type DocumentInfoParams,
  type ImportTextResult,
  REPORT_METHOD,
  type ReportResult,
  SETTINGS_SECTION,
} from '../../server/src/protocol.js';
import { newChapter } from './new-chapter.js';
import { ReportView } from './report-view.js';
import { StatusBar } from './status.js';
import { ignoredSettings, type InspectedValue, trustedSection, trustedValue } from './trust.js';

let client: LanguageClient | undefined;

/** Activates on Markdown; returns the language client (the end-to-end tests use it). */
export async function activate(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const serverModule = context.asAbsolutePath('dist/server.cjs');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };

  // Throws while the server is not running: the status bar then keeps no answer and asks again
  // when the document's diagnostics arrive.
  const documentInfo = async (document: vscode.TextDocument): Promise<DocumentInfo> => {
    if (client?.state !== State.Running) throw new Error('programmalint: the server is not running');
    const params: DocumentInfoParams = { textDocument: { uri: client.code2ProtocolConverter.asUri(document.uri) } };
    return asDocumentInfo(await client.sendRequest(DOCUMENT_INFO_METHOD, params));
  };
  const status = new StatusBar(documentInfo);
  context.subscriptions.push(status);

  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'file', pattern: CONFIG_GLOB },
    ],
    initializationOptions: { [SETTINGS_SECTION]: plainSettings() },
    diagnosticPullOptions: { onChange: true, onSave: true },
    outputChannelName: 'Programmalint',
    markdown: { isTrusted: false, supportHtml: false },
    middleware: {
      provideDiagnostics: async (document, previousResultId, token, next) => {
        const textDocument =
          document instanceof vscode.Uri
            ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === document.toString())
            : document;
        const version = textDocument?.version;
        const report = await next(document, previousResultId, token);
        if (textDocument && version !== undefined && report && !token.isCancellationRequested) {
          status.diagnosticsReceived(textDocument, version, 'items' in report ? report.items : undefined);
        }
        return report;
      },
      executeCommand: (command, args, next) => runServerCommand(command, args, next),
      workspace: {
        // In an untrusted workspace the server gets only the user's values of the restricted settings.
        configuration: async (params, token, next) => {
          const answer = await next(params, token);
          if (vscode.workspace.isTrusted || !Array.isArray(answer)) return answer;
          return answer.map((value: unknown, i: number) => {
            const item = params.items[i];
            if (item?.section !== SETTINGS_SECTION || typeof value !== 'object' || value === null) return value;
            const scope = item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined;
            return trustedSection(value as Record<string, unknown>, (key) => inspectSetting(key, scope), false);
          });
        },
      },
    },
  };

  client = new LanguageClient('programmalint', 'Programmalint', serverOptions, clientOptions);

  context.subscriptions.push(
    vscode.commands.registerCommand(CLIENT_COMMANDS.restartServer, async () => {
      if (!client) return;
      status.reset();
      if (client.state === State.Running) await client.restart();
      else await client.start();
    }),
    vscode.commands.registerCommand(CLIENT_COMMANDS.newChapter, () => newChapter()),
  );
  const report = new ReportView(async () => {
    if (client?.state !== State.Running) throw new Error(vscode.l10n.t('the language server is not running'));
    return client.sendRequest<ReportResult>(REPORT_METHOD);
  });
  context.subscriptions.push(report, vscode.commands.registerCommand(CLIENT_COMMANDS.showReport, () => report.show()));

  // Trust granted later: the workspace's own values count from now on.
  context.subscriptions.push(
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      if (client?.state === State.Running) void client.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    }),
  );
  const ignored = ignoredSettings((key) => inspectSetting(key, undefined), vscode.workspace.isTrusted);
  if (ignored.length > 0) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Programmalint: this workspace is not trusted, so its values of {0} are ignored.', ignored.join(', ')),
    );
  }

  try {
    await client.start();
  } catch (error) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('Programmalint: the language server did not start: {0}', (error as Error).message ?? String(error)),
    );
  }
  return client;
}

export async function deactivate(): Promise<void> {
  if (client && client.state !== State.Stopped) await client.stop();
  client = undefined;
}

/**
 * Runs a server command ({@link COMMANDS}). From the palette (no arguments) it acts on the active chapter at the
 * cursor: `[uri, position]`, as the server expects. When the server had nothing to change it
 * answers null, and the writer is told why.
 */
async function runServerCommand(command: string, args: unknown[], next: ExecuteCommandSignature): Promise<unknown> {
  if (!client || !(Object.values(COMMANDS) as string[]).includes(command)) return next(command, args);
  if (command === COMMANDS.importText && args.length === 0) return importText(next);
  let fromPalette = false;
  if (args.length === 0 || args[0] instanceof vscode.Uri) {
    const editor = vscode.window.activeTextEditor;
    const uri = args[0] instanceof vscode.Uri ? args[0] : editor?.document.uri;
    if (!uri || (editor && editor.document.uri.toString() === uri.toString() && editor.document.languageId !== 'markdown')) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Open a chapter (a Markdown file) first.'));
      return null;
    }
    const position = editor && editor.document.uri.toString() === uri.toString() ? editor.selection.active : undefined;
    args = [client.code2ProtocolConverter.asUri(uri)];
    if (position) args.push(client.code2ProtocolConverter.asPosition(position));
    fromPalette = true;
  }
  const result = await next(command, args);
  if (fromPalette && (result === null || result === undefined)) {
    const message =
      command === COMMANDS.renumberFootnotes
        ? vscode.l10n.t('The footnotes are already numbered in order of use.')
        : vscode.l10n.t(
            'No table to scaffold here. Put the cursor in a beleidsveld of a rekening that has no indicator rows yet, with the begroting of the same year in the workspace.',
          );
    void vscode.window.showInformationMessage(message);
  }
  return result;
}

/**
 * *Import chapter from copied text*: the selection, else the whole active plain-text document,
 * else the clipboard, converted by the server; the Markdown opens as a new untitled chapter and
 * the conversion's problems go to the output channel.
 */
async function importText(next: ExecuteCommandSignature): Promise<unknown> {
  const editor = vscode.window.activeTextEditor;
  let text = editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection) : '';
  if (!text && editor && editor.document.languageId === 'plaintext') text = editor.document.getText();
  if (!text) text = await vscode.env.clipboard.readText();
  if (!text.trim()) {
    void vscode.window.showWarningMessage(
      vscode.l10n.t('Select the copied chapter text (or open it as a text file), or copy it to the clipboard first.'),
    );
    return null;
  }
  // The configuration that applies (its vocabulary) is looked up from a place in the workspace.
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const place = editor?.document.uri.scheme === 'file' ? editor.document.uri : folder ? vscode.Uri.joinPath(folder, 'chapter.md') : undefined;
  const args: unknown[] = [text];
  if (client && place) args.push(client.code2ProtocolConverter.asUri(place));
  const result = (await next(COMMANDS.importText, args)) as ImportTextResult | null | undefined;
  if (!result) return null;
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: result.markdown });
  await vscode.window.showTextDocument(document);
  if (result.problems.length > 0 && client) {
    const channel = client.outputChannel;
    channel.appendLine(vscode.l10n.t('Import: {0} problems', result.problems.length));
    for (const p of result.problems) channel.appendLine(`  ${vscode.l10n.t('line {0}', p.line)}: ${p.message}`);
    const show = vscode.l10n.t('Show');
    const answer = await vscode.window.showWarningMessage(
      vscode.l10n.t('The chapter is imported; {0} lines need a look (see the Programmalint output).', result.problems.length),
      show,
    );
    if (answer === show) channel.show(true);
  }
  return result;
}

/** The `programmalint.*` settings as plain JSON (sent with `initialize`); see {@link trustedValue}. */
function plainSettings(): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  const value = (name: string) => trustedValue(`${SETTINGS_SECTION}.${name}`, config.get(name), config.inspect(name), vscode.workspace.isTrusted);
  return {
    enable: value('enable'),
    locale: value('locale'),
    rules: value('rules'),
    run: value('run'),
    debounce: value('debounce'),
  };
}

/** What VS Code knows of a setting (`programmalint.x.y`) at a scope. */
function inspectSetting(key: string, scope: vscode.Uri | undefined): InspectedValue | undefined {
  return vscode.workspace.getConfiguration(undefined, scope).inspect(key);
}
