/**
 * What the server says when a configuration file changes state while it runs: a line in the log
 * for every change, and a message in the editor (`window/showMessage`) when a file the writer is
 * not editing turns invalid or unreadable, is fixed again, or disappears. A file open in the
 * editor shows its problems as diagnostics on itself, so it gets no pop-ups while it is typed in.
 */
import { relative, sep } from 'node:path';
import type { Locale } from '../service/finding.js';
import type { ConfigChange } from './config-files.js';

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
    const nl = sink.locale() === 'nl';
    const name = sink.display(path);
    if (!current) {
      sink.log('info', `programmalint: ${path} is gone, ${change.replacement ? `${change.replacement} applies` : 'the defaults apply'}.`);
      this.warned.delete(path);
      if (previous === undefined) return;
      const instead = change.replacement
        ? nl
          ? `nu geldt ${sink.display(change.replacement)}`
          : `${sink.display(change.replacement)} applies now`
        : nl
          ? 'nu gelden de standaardinstellingen'
          : 'the default settings apply now';
      sink.show('info', nl ? `Programmalint: ${name} is verwijderd; ${instead}.` : `Programmalint: ${name} was removed; ${instead}.`);
      return;
    }
    if (current.state === 'valid') {
      if (previous === 'invalid' || previous === 'unreadable') sink.log('info', `programmalint: ${path} is valid again.`);
      if (this.warned.delete(path)) {
        sink.show('info', nl ? `Programmalint: ${name} is weer in orde en wordt gebruikt.` : `Programmalint: ${name} is valid again and in use.`);
      }
      return;
    }
    const applies = current.lastValid ? 'its last valid version applies' : 'the defaults apply';
    if (current.state === 'invalid') {
      const problems = current.problems
        .map((p) => `${p.range.start.line + 1}:${p.range.start.character + 1} ${p.message.en}`)
        .join('; ');
      sink.log('error', `programmalint: ${path} is not valid, ${applies}: ${problems}`);
    } else {
      sink.log('error', `programmalint: cannot read ${path} (${current.error}), ${applies}.`);
    }
    // An open file shows its problems on itself; a warning per state, not per keystroke.
    if (current.open || previous === current.state) return;
    this.warned.add(path);
    const until = current.lastValid
      ? nl
        ? 'Tot het bestand hersteld is, blijft de laatste geldige versie gelden.'
        : 'Until it is fixed, its last valid version applies.'
      : nl
        ? 'Tot het bestand hersteld is, gelden de standaardinstellingen.'
        : 'Until it is fixed, the default settings apply.';
    if (current.state === 'invalid') {
      const first = current.problems[0];
      let what: string;
      if (current.text.trim() === '') what = nl ? 'het bestand is leeg' : 'the file is empty';
      else if (!first) what = nl ? 'onbekende fout' : 'unknown error';
      else {
        const line = first.range.start.line + 1;
        // The message ends a sentence of its own; here it sits inside parentheses.
        what = `${nl ? 'regel' : 'line'} ${line}: ${first.message[nl ? 'nl' : 'en'].replace(/\.$/, '')}`;
      }
      sink.show(
        'warning',
        nl
          ? `Programmalint: ${name} is geen geldige configuratie (${what}). ${until}`
          : `Programmalint: ${name} is not a valid configuration (${what}). ${until}`,
      );
    } else {
      const why = readError(current.error, nl);
      sink.show('warning', nl ? `Programmalint kan ${name} niet lezen: ${why}. ${until}` : `Programmalint cannot read ${name}: ${why}. ${until}`);
    }
  }
}

/** A read error in words. */
function readError(code: string | undefined, nl: boolean): string {
  switch (code) {
    case 'EISDIR':
      return nl ? 'het is een map, geen bestand' : 'it is a folder, not a file';
    case 'EACCES':
    case 'EPERM':
      return nl ? 'geen toestemming om het te lezen' : 'no permission to read it';
    case 'ELOOP':
      return nl ? 'het is een snelkoppeling die naar zichzelf verwijst' : 'it is a symbolic link that points to itself';
    case 'ENOENT':
      return nl ? 'het is een snelkoppeling naar een bestand dat niet bestaat' : 'it is a symbolic link to a file that does not exist';
    default:
      return code ?? (nl ? 'onbekende fout' : 'unknown error');
  }
}

/** A path relative to the workspace folder that holds it (the full path outside every folder). */
export function displayPath(path: string, folders: readonly string[]): string {
  const folder = folders.find((f) => path.startsWith(f.endsWith(sep) ? f : f + sep));
  return folder ? relative(folder, path) : path;
}
