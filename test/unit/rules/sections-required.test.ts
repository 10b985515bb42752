import assert from 'node:assert/strict';
import type { Config, Finding } from '../../../server/src/service/index.js';
import { brief, chapter, findingsOf, lint, ruleFindings } from '../../helpers/service.js';

const RULE = 'sections-required';

const REKENING = ['---', 'document: rekening', 'jaar: 2018', 'programma: 4', '---', '', '## 4.2.1 Ondersteunende voorzieningen', ''];
const BEGROTING = ['---', 'document: begroting', 'jaar: 2019', 'programma: 4', '---', '', '## 4.2.1 Ondersteunende voorzieningen', ''];

const only = (text: string, options: Parameters<typeof lint>[1] = {}) => ruleFindings(RULE, text, options);

function at(line: number, character: number) {
  return { start: { line, character }, end: { line, character } };
}

function relatedOf(finding: Finding): [string, string][] {
  return finding.related.map((r) => [
    `${r.range.start.line + 1}:${r.range.start.character + 1}-${r.range.end.line + 1}:${r.range.end.character + 1}`,
    r.message,
  ]);
}

describe('sections-required', () => {
  it('accepts the standard rekening sections, written as in the seeds', () => {
    const text = chapter(...REKENING, '### Wat wilden we bereiken in 2018?', '', '### Wat hebben we hier voor gedaan?', '', '### Conclusie');
    assert.deepEqual(findingsOf(RULE, text), []);
    const other = chapter(...REKENING, '### Wat hebben we bereikt?', '', '### Wat hebben we ervoor gedaan?', '', '### Wat heeft het gekost?');
    assert.deepEqual(findingsOf(RULE, other), []);
  });

  it('accepts a begroting that opens with Hoe staan we ervoor? (optional sections are not ordered)', () => {
    const text = chapter(
      ...BEGROTING,
      '### Prestatie-indicatoren',
      '',
      '### Hoe staan we ervoor?',
      '',
      '### Wat willen we bereiken in 2019?',
      '',
      '### Wat gaan we hiervoor doen?',
      '',
      '### Wat mag het kosten?',
    );
    assert.deepEqual(findingsOf(RULE, text), []);
  });

  it('reports a missing section once, at the beleidsveld heading, with a fix that inserts it in order', () => {
    const text = chapter(...REKENING, '### Wat wilden we bereiken in 2018?', '', 'Tekst.', '', '### Conclusie', '', 'Goed.');
    const findings = only(text);
    assert.deepEqual(findings.map((f) => brief(f, true)), [
      {
        rule: RULE,
        range: '7:4-7:38',
        message: 'Beleidsveld 4.2.1 mist de verplichte kop ‘Wat hebben we hiervoor gedaan?’.',
        severity: 'warning',
      },
    ]);
    assert.deepEqual(findings[0].fixes, [
      {
        title: 'Voeg de kop ‘Wat hebben we hiervoor gedaan?’ toe',
        safe: false,
        edits: [{ range: at(12, 0), newText: '### Wat hebben we hiervoor gedaan?\n\n' }],
      },
    ]);
  });

  it('names every missing section in one finding, and inserts them at the end of the beleidsveld', () => {
    const text = chapter(...REKENING, 'Tekst.', '', '## 4.2.2 Specialistische zorg', '', '### Wat wilden we bereiken?', '', '### Wat hebben we daarvoor gedaan?');
    const findings = only(text);
    assert.deepEqual(findings.map((f) => brief(f)), [
      {
        rule: RULE,
        range: '7:4-7:38',
        message:
          'Beleidsveld 4.2.1 mist de verplichte koppen ‘Wat wilden we bereiken in 2018?’ en ‘Wat hebben we hiervoor gedaan?’.',
      },
    ]);
    assert.deepEqual(findings[0].fixes[0].title, 'Voeg de ontbrekende koppen toe');
    assert.deepEqual(findings[0].fixes[0].edits, [
      { range: at(10, 0), newText: '### Wat wilden we bereiken in 2018?\n\n### Wat hebben we hiervoor gedaan?\n\n' },
    ]);
  });

  it('inserts at the end of the file on a line of its own', () => {
    const text = [...REKENING, '### Wat wilden we bereiken in 2018?', '', 'Tekst zonder regeleinde'].join('\n');
    assert.deepEqual(only(text)[0].fixes[0].edits, [
      { range: at(10, 23), newText: '\n\n### Wat hebben we hiervoor gedaan?\n' },
    ]);
  });

  it('reports a required section out of order at the misplaced heading', () => {
    const text = chapter(...BEGROTING, '### Wat gaan we hiervoor doen?', '', '### Wat willen we bereiken in 2019?');
    const findings = only(text);
    assert.deepEqual(findings.map((f) => brief(f)), [
      {
        rule: RULE,
        range: '11:5-11:36',
        message: '‘Wat willen we bereiken in 2019?’ hoort vóór ‘Wat gaan we hiervoor doen?’ te staan.',
      },
    ]);
    assert.deepEqual(relatedOf(findings[0]), [['9:5-9:31', 'De kop ‘Wat gaan we hiervoor doen?’']]);
  });

  it('reports the one heading that breaks the order, saying after which heading it belongs', () => {
    const config: Config = {
      vocabulary: { sections: { rekening: [{ id: 'meten', required: true, headings: ['Hoe gaan we dit meten'] }] } },
    };
    const text = chapter(
      ...REKENING,
      '### Hoe gaan we dit meten?',
      '',
      '### Wat wilden we bereiken in 2018?',
      '',
      '### Wat hebben we hiervoor gedaan?',
    );
    assert.deepEqual(findingsOf(RULE, text, { config }), [
      { rule: RULE, range: '9:5-9:27', message: '‘Hoe gaan we dit meten?’ hoort na ‘Wat hebben we hiervoor gedaan?’ te staan.' },
    ]);
  });

  it('follows sections added through configuration', () => {
    const config: Config = {
      vocabulary: { sections: { rekening: [{ id: 'meten', required: true, headings: ['Hoe gaan we dit meten'] }] } },
    };
    const without = chapter(...REKENING, '### Wat wilden we bereiken in 2018?', '', '### Wat hebben we hiervoor gedaan?');
    assert.deepEqual(findingsOf(RULE, without), []);
    assert.deepEqual(findingsOf(RULE, without, { config }), [
      { rule: RULE, range: '7:4-7:38', message: 'Beleidsveld 4.2.1 mist de verplichte kop ‘Hoe gaan we dit meten?’.' },
    ]);
    const withIt = chapter(...REKENING, '### Wat wilden we bereiken in 2018?', '', '### Wat hebben we hiervoor gedaan?', '', '### Hoe gaan we dit meten?');
    assert.deepEqual(findingsOf(RULE, withIt, { config }), []);
  });

  it('lets configuration replace a default section by its id', () => {
    const config: Config = {
      vocabulary: { sections: { rekening: [{ id: 'bereiken', required: true, headings: ['Doelen {jaar}'] }] } },
    };
    const text = chapter(...REKENING, '### Wat wilden we bereiken in 2018?', '', '### Wat hebben we hiervoor gedaan?');
    assert.deepEqual(findingsOf(RULE, text, { config }), [
      { rule: RULE, range: '7:4-7:38', message: 'Beleidsveld 4.2.1 mist de verplichte kop ‘Doelen 2018’.' },
    ]);
    const renamed = chapter(...REKENING, '### Doelen 2018', '', '### Wat hebben we hiervoor gedaan?');
    assert.deepEqual(findingsOf(RULE, renamed, { config }), []);
  });

  it('makes an optional section required through configuration', () => {
    const config: Config = {
      vocabulary: { sections: { rekening: [{ id: 'conclusie', required: true, headings: ['Conclusie'] }] } },
    };
    const text = chapter(...REKENING, '### Wat wilden we bereiken in 2018?', '', '### Wat hebben we hiervoor gedaan?');
    assert.deepEqual(findingsOf(RULE, text, { config }).map((f) => f.message), [
      'Beleidsveld 4.2.1 mist de verplichte kop ‘Conclusie’.',
    ]);
  });

  it('checks each beleidsveld on its own, and not the text before the first one', () => {
    const text = chapter(
      '---',
      'document: rekening',
      'jaar: 2018',
      'programma: 4',
      '---',
      '',
      '# Programma 4: Welzijn',
      '',
      '### Inleiding',
      '',
      '## 4.2.1 Ondersteunende voorzieningen',
      '',
      '### Wat wilden we bereiken in 2018?',
      '',
      '### Wat hebben we hiervoor gedaan?',
      '',
      '## 4.2.2 Specialistische zorg',
      '',
      '### Wat wilden we bereiken in 2018?',
    );
    assert.deepEqual(findingsOf(RULE, text), [
      { rule: RULE, range: '17:4-17:30', message: 'Beleidsveld 4.2.2 mist de verplichte kop ‘Wat hebben we hiervoor gedaan?’.' },
    ]);
  });

  it('does not count the other kind’s questions', () => {
    const text = chapter(...REKENING, '### Wat willen we bereiken in 2018?', '', '### Wat hebben we hiervoor gedaan?');
    assert.deepEqual(findingsOf(RULE, text).map((f) => f.range), ['7:4-7:38']);
  });

  it('says it in English when asked', () => {
    const text = chapter(...BEGROTING, 'Tekst.');
    assert.deepEqual(findingsOf(RULE, text, { locale: 'en' }).map((f) => f.message), [
      'Beleidsveld 4.2.1 lacks the required headings ‘Wat willen we bereiken in 2019?’ and ‘Wat gaan we hiervoor doen?’.',
    ]);
    const swapped = chapter(...BEGROTING, '### Wat gaan we hiervoor doen?', '', '### Wat willen we bereiken in 2019?');
    assert.deepEqual(findingsOf(RULE, swapped, { locale: 'en' }).map((f) => f.message), [
      '‘Wat willen we bereiken in 2019?’ belongs before ‘Wat gaan we hiervoor doen?’.',
    ]);
  });

  it('says nothing when the kind is unknown', () => {
    assert.deepEqual(findingsOf(RULE, chapter('## 4.2.1 Iets', '', 'Tekst.')), []);
  });
});
