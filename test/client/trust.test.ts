/** Workspace trust: the classification of every setting, the manifest's declaration, and the filter of untrusted values. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ignoredSettings, type InspectedValue, restrictedSettings, SETTING_REACH, trustedSection, trustedValue } from '../../client/src/trust.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8'));

describe('client: workspace trust', () => {
  it('classifies every setting of the manifest, and only those', () => {
    assert.deepEqual(Object.keys(SETTING_REACH).sort(), Object.keys(pkg.contributes.configuration.properties).sort());
    for (const [key, reach] of Object.entries(SETTING_REACH)) assert.ok(reach.why.length > 0, key);
  });

  it('declares in the manifest exactly the settings it restricts', () => {
    const declared = pkg.capabilities.untrustedWorkspaces;
    const restricted = restrictedSettings();
    if (restricted.length === 0) assert.deepEqual(declared, { supported: true });
    else {
      assert.equal(declared.supported, 'limited');
      assert.deepEqual([...declared.restrictedConfigurations].sort(), restricted.sort());
    }
  });

  // A setting that would name folders to read, to see the filter at work.
  const restricted = ['programmalint.extraFolders', 'programmalint.trace.server'];
  const inspected: Record<string, InspectedValue> = {
    'programmalint.extraFolders': { defaultValue: [], globalValue: ['/home/ik/hoofdstukken'], workspaceValue: ['/etc', '/'] },
    'programmalint.trace.server': { defaultValue: 'off', workspaceFolderValue: 'verbose' },
    'programmalint.rules': { defaultValue: {}, workspaceValue: { 'value-format': 'off' } },
  };
  const inspect = (key: string) => inspected[key];

  it('an untrusted workspace gets the user’s value or the default of a restricted setting, the effective value of the others', () => {
    assert.deepEqual(trustedValue('programmalint.extraFolders', ['/etc', '/'], inspect('programmalint.extraFolders'), false, restricted), ['/home/ik/hoofdstukken']);
    assert.equal(trustedValue('programmalint.trace.server', 'verbose', inspect('programmalint.trace.server'), false, restricted), 'off');
    assert.deepEqual(trustedValue('programmalint.rules', { 'value-format': 'off' }, inspect('programmalint.rules'), false, restricted), { 'value-format': 'off' });
    assert.deepEqual(trustedValue('programmalint.extraFolders', ['/etc'], inspect('programmalint.extraFolders'), true, restricted), ['/etc']);
    assert.equal(trustedValue('programmalint.extraFolders', ['/etc'], undefined, false, restricted), undefined);
  });

  it('filters the section the server asks for, nested keys too, without touching the original', () => {
    const section = { enable: true, extraFolders: ['/etc', '/'], trace: { server: 'verbose' }, rules: { 'value-format': 'off' } };
    const copy = structuredClone(section);
    assert.deepEqual(trustedSection(section, inspect, false, restricted), {
      enable: true,
      extraFolders: ['/home/ik/hoofdstukken'],
      trace: { server: 'off' },
      rules: { 'value-format': 'off' },
    });
    assert.deepEqual(section, copy);
    assert.equal(trustedSection(section, inspect, true, restricted), section);
    assert.deepEqual(trustedSection({ enable: true }, () => undefined, false, ['programmalint.extraFolders']), { enable: true });
  });

  it('names the restricted settings an untrusted workspace tried to set', () => {
    assert.deepEqual(ignoredSettings(inspect, false, restricted), ['programmalint.extraFolders', 'programmalint.trace.server']);
    assert.deepEqual(ignoredSettings(inspect, true, restricted), []);
    assert.deepEqual(ignoredSettings(inspect, false, ['programmalint.rules', 'programmalint.locale']), ['programmalint.rules']);
  });
});
