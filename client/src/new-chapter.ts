/** The command *New chapter from template*: asks kind, year, programme and beleidsveld. */
import * as vscode from 'vscode';
import type { DocumentKind } from '../../server/src/service/model.js';
import { belongsTo, chapterTemplate, splitBeleidsveld, splitProgramme } from './template.js';

/** Asks the answers one by one (Escape cancels) and opens the skeleton as an untitled chapter. */
export async function newChapter(): Promise<void> {
  const title = vscode.l10n.t('New chapter from template');
  const kindPick = await vscode.window.showQuickPick(
    [
      { label: 'rekening', documentKind: 'rekening' as DocumentKind, description: vscode.l10n.t('annual account: Behaald Y-1 | Beoogd Y | Behaald Y') },
      { label: 'begroting', documentKind: 'begroting' as DocumentKind, description: vscode.l10n.t('budget: Beoogd Y') },
    ],
    { title: `${title} (1/4)`, placeHolder: vscode.l10n.t('Kind of document'), ignoreFocusOut: true },
  );
  if (!kindPick) return;
  const kind = kindPick.documentKind;

  const thisYear = new Date().getFullYear();
  const yearText = await vscode.window.showInputBox({
    title: `${title} (2/4)`,
    prompt: kind === 'begroting' ? vscode.l10n.t('The year the budget is for') : vscode.l10n.t('The year the account is about'),
    value: String(kind === 'begroting' ? thisYear + 1 : thisYear - 1),
    ignoreFocusOut: true,
    validateInput: (v) => (/^\s*(19|20|21)\d\d\s*$/.test(v) ? undefined : vscode.l10n.t('A year of four digits, e.g. {0}', thisYear)),
  });
  if (yearText === undefined) return;
  const year = Number(yearText.trim());

  const programmeText = await vscode.window.showInputBox({
    title: `${title} (3/4)`,
    prompt: vscode.l10n.t('Programme: number and title'),
    placeHolder: '4 Welzijn, gezondheid en zorg',
    ignoreFocusOut: true,
    validateInput: (v) => (splitProgramme(v) ? undefined : vscode.l10n.t('Start with the programme number, e.g. 4 Welzijn, gezondheid en zorg')),
  });
  if (programmeText === undefined) return;
  const programme = splitProgramme(programmeText);
  if (!programme) return;

  const beleidsveldText = await vscode.window.showInputBox({
    title: `${title} (4/4)`,
    prompt: vscode.l10n.t('Beleidsveld: number and title'),
    placeHolder: `${programme.number}.1.1 …`,
    value: `${Number(programme.number)}.`,
    ignoreFocusOut: true,
    validateInput: (v) => {
      const field = splitBeleidsveld(v);
      if (!field) return vscode.l10n.t('Start with the beleidsveld number, e.g. {0}.2.1 Ondersteunende voorzieningen', Number(programme.number));
      if (!belongsTo(field.number, programme.number)) {
        return vscode.l10n.t('Beleidsveld {0} does not belong to programme {1}.', field.number, Number(programme.number));
      }
      return undefined;
    },
  });
  if (beleidsveldText === undefined) return;
  const field = splitBeleidsveld(beleidsveldText);
  if (!field) return;

  const { snippet } = chapterTemplate({
    kind,
    year,
    programme: programme.number,
    programmeTitle: programme.title,
    beleidsveld: field.number,
    beleidsveldTitle: field.title,
  });
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(new vscode.SnippetString(snippet));
}
