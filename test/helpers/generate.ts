/** Generates large, realistic chapters for robustness tests and benchmarks. */

/** One beleidsveld in the dialect, numbered 4.<m>.<k>, with a table, footnotes and prose. */
export function beleidsveld(m: number, k: number, year = 2018): string {
  return [
    `## 4.${m}.${k} Ondersteunende voorzieningen ${m}-${k}`,
    '',
    `Met de onderstaande indicatoren is de voortgang van dit beleidsveld in ${year} gemeten. Als er geen gegevens beschikbaar zijn/of één maal per twee jaar gemeten worden staat er een streepje.`,
    '',
    `| Prestatie-indicatoren | Behaald ${year - 1} | Beoogd ${year} | Behaald ${year} |`,
    '| --- | --- | --- | --- |',
    '| % bewoners (18 jaar e.o.) dat zegt dat de geboden ondersteuning past bij de hulpvraag (I) | 68% (II) | Toename | 70% (II) |',
    '| % hulpvragen dat door de WIJ-teams is verwezen naar sociale basisvoorzieningen | - | - | 57% (uitdraai op 27-2-19) |',
    '| Aantal geïndiceerde vervoer- en woonvoorzieningen | 14.823 (8.867 pers) | - | 14.134 (8.488 pers.) |',
    '',
    'I   In de voorgaande Begroting en Rekening is deze uitkomstmaat anders (te breed) gedefinieerd, hierdoor waren de destijds opgegeven scoringspercentages ook beduidend lager.',
    '',
    "II  Op het aandeel bewoners dat zegt (wel eens) contact te hebben gehad met WIJ-Groningen én waarbij sprake is geweest van enige vorm van dienstverlening of ondersteuning.",
    '',
    `### Wat wilden we bereiken in ${year}?`,
    '',
    'Met het oog op individuele ondersteuning werkt WIJ Groningen onder meer aan de volgende resultaten: het onderzoek en de daaruit voortkomende ondersteuning is passend bij de ondersteuningsvraag en sluit aan op de eigen kracht van inwoners.',
    '',
    '### Wat hebben we hiervoor gedaan?',
    '',
    'WIJ Groningen heeft gestaag doorgewerkt aan het verbeteren van de dienstverlening op individueel niveau. Er is in toenemende mate aandacht voor het benutten van informele vormen van ondersteuning.',
    '',
    '### Conclusie',
    '',
    'De passendheid van de ondersteuning bij de hulpvraag en de positieve beoordeling kenden een licht positieve stijging.',
    '',
  ].join('\n');
}

/** A rekening chapter of roughly `bytes` bytes: many beleidsvelden under Programma 4. */
export function largeChapter(bytes: number, year = 2018): string {
  const parts = [`---\ndocument: rekening\njaar: ${year}\nprogramma: 4\n---\n\n# Programma 4: Welzijn, gezondheid en zorg\n`];
  let size = parts[0].length;
  for (let i = 0; size < bytes; i++) {
    const part = beleidsveld(1 + Math.floor(i / 9), 1 + (i % 9), year);
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  return parts.join('\n');
}
