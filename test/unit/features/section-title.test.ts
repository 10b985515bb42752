/** Rendering standard section headings from the vocabulary's patterns. */
import assert from 'node:assert/strict';
import { sectionTitle } from '../../../server/src/service/features/index.js';
import { defaultVocabulary } from '../../../server/src/service/index.js';

describe('features: sectionTitle', () => {
  it('renders the default sections with the year', () => {
    assert.deepEqual(
      defaultVocabulary.sections('begroting').map((s) => sectionTitle(s, 2019)),
      ['Wat willen we bereiken in 2019?', 'Wat gaan we hiervoor doen?', 'Wat mag het kosten in 2019?', 'Hoe staan we ervoor?'],
    );
    assert.deepEqual(
      defaultVocabulary.sections('rekening').map((s) => sectionTitle(s, 2018)),
      ['Wat wilden we bereiken in 2018?', 'Wat hebben we hiervoor gedaan?', 'Wat heeft het gekost in 2018?', 'Conclusie'],
    );
  });

  it('leaves optional year parts out without a year', () => {
    assert.deepEqual(
      defaultVocabulary.sections('rekening').map((s) => sectionTitle(s, undefined)),
      ['Wat wilden we bereiken?', 'Wat hebben we hiervoor gedaan?', 'Wat heeft het gekost?', 'Conclusie'],
    );
  });

  it('renders configured patterns: non-capturing groups, escapes, optional words, a required year', () => {
    const spec = (heading: string) => ({ id: 'x', headings: [heading] });
    assert.equal(sectionTitle(spec('(?:Wat|Welke) resultaten (zijn|werden) behaald\\?'), 2020), 'Wat resultaten zijn behaald?');
    assert.equal(sectionTitle(spec('Resultaten {jaar}'), 2020), 'Resultaten 2020');
    assert.equal(sectionTitle(spec('Financiën( en risico.s)?'), 2020), 'Financiën');
    assert.equal(sectionTitle(spec('Toelichting\\s+op de cijfers'), 2020), 'Toelichting op de cijfers');
    assert.equal(sectionTitle(spec('Hoe gaat het( nu)?'), 2020), 'Hoe gaat het?');
    assert.equal(sectionTitle(spec('Wat hebben we (daarvoor|hiervoor) gedaan( in {jaar})?'), 2018), 'Wat hebben we daarvoor gedaan in 2018?');
    assert.equal(sectionTitle({ id: 'leeg', headings: [] }, 2020), 'leeg');
  });
});
