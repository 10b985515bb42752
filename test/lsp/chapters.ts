/** Chapters the protocol tests open, next to the templates (begroting 2019, rekening 2018). */

/** Lines joined with newlines, ending in one. */
export function lines(...l: string[]): string {
  return l.join('\n') + '\n';
}

/**
 * A rekening 2019 of beleidsveld 4.2.1 that agrees with the templates: its Beoogd 2019 is the
 * begroting 2019's, its Behaald 2018 the rekening 2018's. Clean with every rule.
 */
export const REKENING_2019 = lines(
  '---',
  'document: rekening',
  'jaar: 2019',
  'programma: 4',
  '---',
  '',
  '# Programma 4: Welzijn, gezondheid en zorg',
  '',
  '## 4.2.1 Ondersteunende voorzieningen',
  '',
  'Met de onderstaande indicatoren is de voortgang van dit beleidsveld in 2019 gemeten. Als er geen gegevens beschikbaar zijn/of één maal per twee jaar gemeten worden staat er een streepje.',
  '',
  '### Prestatie-indicatoren',
  '',
  '| Prestatie-indicatoren | Behaald 2018 | Beoogd 2019 | Behaald 2019 |',
  '| --- | --- | --- | --- |',
  '| % bewoners dat zegt dat de geboden ondersteuning past bij de hulpvraag | 70% | > 70% | 72% |',
  '| % hulpvragen dat is verwezen naar sociale basisvoorzieningen | 57% | Toename | 60% |',
  '| Aantal geïndiceerde vervoer- en woonvoorzieningen | 14.134 | - | 14.000 |',
  '',
  '### Wat wilden we bereiken in 2019?',
  '',
  'Passende ondersteuning.',
  '',
  '### Wat hebben we hiervoor gedaan?',
  '',
  'Veel.',
  '',
  '### Conclusie',
  '',
  'Goed.',
);

/** A rekening 2018 of `fields` beleidsvelden (23 lines each): a document of about 10,000 lines for 435. */
export function bigChapter(fields: number): string {
  const out = ['---', 'document: rekening', 'jaar: 2018', 'programma: 4', '---', '', '# Programma 4: Welzijn, gezondheid en zorg', ''];
  for (let i = 1; i <= fields; i++) {
    out.push(
      `## 4.2.${i} Beleidsveld ${i}`,
      '',
      'Als er geen gegevens beschikbaar zijn/of één maal per twee jaar gemeten worden staat er een streepje.',
      '',
      '### Prestatie-indicatoren',
      '',
      '| Prestatie-indicatoren | Behaald 2017 | Beoogd 2018 | Behaald 2018 |',
      '| --- | --- | --- | --- |',
      `| % bewoners in gebied ${i} dat tevreden is (I) | 68% | Toename | 70% |`,
      `| Aantal voorzieningen in gebied ${i} | 14.823 | - | 14.134 |`,
      '',
      'I   Gemeten in de bewonersenquête.',
      '',
      '### Wat wilden we bereiken in 2018?',
      '',
      'Passende ondersteuning.',
      '',
      '### Wat hebben we hiervoor gedaan?',
      '',
      'Veel.',
      '',
      '### Conclusie',
      '',
    );
  }
  return out.join('\n') + '\n';
}
