/**
 * What the server says when a configuration file changes state while it runs: a line in the log
 * for every change, and a message in the editor (`window/showMessage`) when a file the writer is
 * not editing turns invalid or unreadable, is fixed again, or disappears. A file open in the
 * editor shows its problems as diagnostics on itself, so it gets no pop-ups while it is typed in.
 */
import { relative } from 'node:path';
import { type ConfigChange, configProblems, unreadableReason } from '../service/config-resolver.js';
import type { Locale } from '../service/finding.js';
import { pick } from '../service/localize.js';
import { oneBased } from '../cli/formatters/report.js';
import { folderOf } from './uris.js';

/** Where the reporter writes. */
export interface ConfigReportSink {
  /** The server's log (the client's output channel). */
  log(type: 'error' | 'info', message: string): void;
  /** A message in the editor. */
  show(type: 'warning' | 'info', message: string): void;
  /** The language of the messages in the editor. */
  locale(): Locale;
  /** How a path is shown to the writer (relative to its workspace folder). */
  display(path: string): string;
}

/** Turns {@link ConfigChange}s into log lines and editor messages. */
export class ConfigReporter {
  /** Files with a warning in the editor that is not yet followed by "fixed" or "gone". */
  private readonly warned = new Set<string>();

  constructor(private readonly sink: ConfigReportSink) {}

  /** Reports one change (pass it as `ConfigSource.onChange`). */
  report(change: ConfigChange): void {
    const { sink } = this;
    const { path, current, previous } = change;
    const locale = sink.locale();
    const say = (nl: string, en: string) => pick(locale, nl, en);
    const name = sink.display(path);
    if (!current) {
      sink.log('info', `programmalint: ${path} is gone, ${change.replacement ? `${change.replacement} applies` : 'the defaults apply'}.`);
      this.warned.delete(path);
      if (previous === undefined) return;
      const instead = change.replacement
        ? say(`nu geldt ${sink.display(change.replacement)}`, `${sink.display(change.replacement)} applies now`)
        : say('nu gelden de standaardinstellingen', 'the default settings apply now');
      sink.show('info', say(`Programmalint: ${name} is verwijderd; ${instead}.`, `Programmalint: ${name} was removed; ${instead}.`));
      return;
    }
    if (current.state === 'valid') {
      if (previous === 'invalid' || previous === 'unreadable') sink.log('info', `programmalint: ${path} is valid again.`);
      if (this.warned.delete(path)) {
        sink.show('info', say(`Programmalint: ${name} is weer in orde en wordt gebruikt.`, `Programmalint: ${name} is valid again and in use.`));
      }
      return;
    }
    // The same problems, with their places, as the CLI prints when it stops on this file.
    const applies = current.lastValid ? 'its last valid version applies' : 'the defaults apply';
    const problems = configProblems(current)
      .map((p) => {
        const { line, column } = oneBased(p.range);
        return `${line}:${column} ${p.message.en}`;
      })
      .join('; ');
    const what = current.state === 'invalid' ? 'is not valid' : `cannot be read (${current.error})`;
    sink.log('error', `programmalint: ${path} ${what}, ${applies}: ${problems}`);
    // An open file shows its problems on itself; a warning per state, not per keystroke.
    if (current.open || previous === current.state) return;
    this.warned.add(path);
    const until = current.lastValid
      ? say('Tot het bestand hersteld is, blijft de laatste geldige versie gelden.', 'Until it is fixed, its last valid version applies.')
      : say('Tot het bestand hersteld is, gelden de standaardinstellingen.', 'Until it is fixed, the default settings apply.');
    if (current.state === 'invalid') {
      const first = current.problems[0];
      let what: string;
      if (current.text.trim() === '') what = say('het bestand is leeg', 'the file is empty');
      else if (!first) what = say('onbekende fout', 'unknown error');
      else {
        // The message ends a sentence of its own; here it sits inside parentheses.
        what = `${say('regel', 'line')} ${oneBased(first.range).line}: ${first.message[locale].replace(/\.$/, '')}`;
      }
      sink.show(
        'warning',
        say(`Programmalint: ${name} is geen geldige configuratie (${what}). ${until}`, `Programmalint: ${name} is not a valid configuration (${what}). ${until}`),
      );
    } else {
      const why = unreadableReason(current.error)[locale];
      sink.show('warning', say(`Programmalint kan ${name} niet lezen: ${why}. ${until}`, `Programmalint cannot read ${name}: ${why}. ${until}`));
    }
  }
}

/** A path relative to the workspace folder that holds it (the full path outside every folder). */
export function displayPath(path: string, folders: readonly string[]): string {
  const folder = folderOf(path, folders);
  return folder ? relative(folder, path) : path;
}
