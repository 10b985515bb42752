/**
 * What the language server and the VS Code client say to each other beyond LSP: the custom
 * requests, the command ids and what they answer. The server and `client/src/` import these
 * names from here, so the two sides cannot drift apart; the manifest test checks them against
 * `package.json`. Type imports only: the client bundle takes nothing else with it.
 */
import type { ReportModel } from './service/report/model.js';

/** The section of the client settings (`programmalint.*`), asked with `workspace/configuration`. */
export const SETTINGS_SECTION = 'programmalint';

/** The `source` of every diagnostic the server publishes (the client counts these). */
export const DIAGNOSTIC_SOURCE = 'programmalint';

/** The `code` of a diagnostic on a configuration file (a problem of `.programmalintrc.json`). */
export const CONFIG_DIAGNOSTIC_CODE = 'config';

/** Custom request: kind and year of a chapter (the client's status bar). */
export const DOCUMENT_INFO_METHOD = 'programmalint/documentInfo';

/** Params of {@link DOCUMENT_INFO_METHOD}. */
export interface DocumentInfoParams {
  textDocument: { uri: string };
}

/** What {@link DOCUMENT_INFO_METHOD} answers: `inferred` is true when the front matter did not say. */
export interface DocumentInfo {
  kind: 'begroting' | 'rekening' | null;
  year: number | null;
  inferred: boolean;
}

/** Custom request: the indicator report of every chapter of the workspace (`ReportModel`, docs/report.md). */
export const REPORT_METHOD = 'programmalint/report';

/** What {@link REPORT_METHOD} answers (null when the server could not build it). */
export type ReportResult = ReportModel | null;

/** The commands the server executes (`workspace/executeCommand`). */
export const COMMANDS = {
  renumberFootnotes: 'programmalint.renumberFootnotes',
  scaffoldRekeningTable: 'programmalint.scaffoldRekeningTable',
  importText: 'programmalint.importText',
} as const;

/** The commands the client runs itself. */
export const CLIENT_COMMANDS = {
  restartServer: 'programmalint.restartServer',
  newChapter: 'programmalint.newChapter',
  showReport: 'programmalint.showReport',
} as const;

/** What {@link COMMANDS.importText} answers: the Markdown and the lines that need a look. */
export interface ImportTextResult {
  markdown: string;
  problems: { line: number; message: string }[];
}
