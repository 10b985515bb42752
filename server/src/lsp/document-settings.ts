/**
 * The settings of each document: the client's `programmalint.*` settings (asked once per
 * document with `workspace/configuration`, else those pushed or given at initialize) over the
 * configuration file that applies (the one resolver of service/config-resolver.ts, which reads
 * the editor's text of an open configuration file before the disk's).
 */
import type { ClientCapabilities, Connection, InitializeParams } from 'vscode-languageserver';
import { MessageType, ShowMessageNotification } from 'vscode-languageserver';
import { SETTINGS_SECTION } from '../protocol.js';
import { settingsFromConfig } from '../service/config.js';
import { ConfigResolver, type LoadedConfig } from '../service/config-resolver.js';
import type { Locale } from '../service/finding.js';
import type { LintSettings } from '../service/lint.js';
import { resolveLocale } from '../service/localize.js';
import { nodeFileSystem } from '../node-file-system.js';
import { ConfigReporter, displayPath } from './config-watch.js';
import type { EditorDocuments } from './documents.js';
import { type ClientSettings, normalizeSettings, settingsSection } from './settings.js';
import { uriToPath } from './uris.js';

/** What the settings need of the server. */
export interface SettingsHost {
  connection: Connection;
  documents: EditorDocuments;
  capabilities(): ClientCapabilities;
  folders(): readonly string[];
}

export class DocumentSettings {
  /** Settings pushed by the client (or given at initialize); used when it cannot be asked. */
  private global: ClientSettings = normalizeSettings(undefined);
  /** The client's UI locale (`initialize`). */
  private clientLocale: string | undefined;
  private readonly requests = new Map<string, Promise<ClientSettings>>();
  /** The last settings received per document, for the synchronous {@link lintSettings}. */
  private readonly byUri = new Map<string, ClientSettings>();
  /** Bumped on every configuration change, so an answer to an older request is not cached. */
  private generation = 0;
  readonly configs: ConfigResolver;

  constructor(private readonly host: SettingsHost) {
    const { connection } = host;
    const reporter = new ConfigReporter({
      log: (type, message) => (type === 'error' ? connection.console.error(message) : connection.console.info(message)),
      // A notification, not window/showMessageRequest: nothing to answer, nothing that can fail.
      show: (type, message) =>
        void connection.sendNotification(ShowMessageNotification.type, {
          type: type === 'warning' ? MessageType.Warning : MessageType.Info,
          message,
        }),
      locale: () => this.locale(),
      display: (path) => displayPath(path, host.folders()),
    });
    this.configs = new ConfigResolver({
      fileSystem: nodeFileSystem,
      openText: (path) => host.documents.textOf(path),
      onChange: (change) => reporter.report(change),
    });
  }

  /** Takes the client's locale and the settings given at initialize. */
  initialize(params: InitializeParams): void {
    this.clientLocale = params.locale;
    const initial = settingsSection(params.initializationOptions);
    if (initial !== undefined) this.global = normalizeSettings(initial);
  }

  /** The settings changed (`workspace/didChangeConfiguration`): forgets every answer. */
  changed(settings: unknown): void {
    const section = settingsSection(settings);
    if (section !== undefined && section !== null) this.global = normalizeSettings(section);
    this.generation++;
    this.requests.clear();
    this.byUri.clear();
  }

  /** A document was closed. */
  forget(uri: string): void {
    this.requests.delete(uri);
    this.byUri.delete(uri);
  }

  /** The locale of the server's own messages (of `client` settings): the client setting, else the client's UI locale. */
  locale(client: ClientSettings = this.global): Locale {
    return resolveLocale(client.locale, undefined, this.clientLocale);
  }

  /** The client settings of a document, asked once per document (until the configuration changes). */
  clientSettings(uri: string): Promise<ClientSettings> {
    if (!this.host.capabilities().workspace?.configuration) return Promise.resolve(this.global);
    let request = this.requests.get(uri);
    if (!request) {
      const generation = this.generation;
      const open = this.host.documents.isOpen(uri);
      request = this.host.connection.workspace
        .getConfiguration({ scopeUri: this.host.documents.clientUri(uri), section: SETTINGS_SECTION })
        .then(
          (raw: unknown) => (raw === null || raw === undefined ? this.global : normalizeSettings(raw)),
          (error: unknown) => {
            this.host.connection.console.error(`programmalint: workspace/configuration failed: ${(error as Error).message}`);
            return this.global;
          },
        )
        .then((settings) => {
          if (generation === this.generation && this.host.documents.isOpen(uri)) this.byUri.set(uri, settings);
          return settings;
        });
      if (open) this.requests.set(uri, request);
    }
    return request;
  }

  /** The client settings known now (synchronous): the document's, else the global ones. */
  settingsOf(uri: string): ClientSettings {
    return this.byUri.get(uri) ?? this.global;
  }

  /** The lint settings of a document: its configuration file, then the client's overrides. */
  lintSettings(uri: string): LintSettings {
    const loaded = this.configFor(uri);
    const client = this.settingsOf(uri);
    const settings = settingsFromConfig(loaded?.config, resolveLocale(client.locale, loaded?.config?.locale, this.clientLocale));
    settings.severities = { ...settings.severities, ...client.rules };
    return settings;
  }

  /** The lint settings of a document, or (without one) the defaults in the server's locale. */
  lintSettingsOrDefaults(uri: string | undefined): LintSettings {
    return uri !== undefined ? this.lintSettings(uri) : settingsFromConfig(undefined, this.locale());
  }

  /** The configuration file that applies to a document, if any. */
  configFor(uri: string): LoadedConfig | undefined {
    const path = uriToPath(uri);
    return path ? this.configs.forDocument(path) : undefined;
  }
}
