/** The SARIF output of examples/with-errors is valid against the official SARIF 2.1.0 JSON schema. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { runBin } from './run-cli.js';

const SCHEMA_FILE = 'test/fixtures/sarif/sarif-schema-2.1.0.json';

/** The draft-04 schema as Ajv (draft-07) reads it: only the root's `id` and `$schema` differ. */
function sarifSchema(): Record<string, unknown> {
  const { $schema, id, ...rest } = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
  assert.equal($schema, 'http://json-schema.org/draft-04/schema#');
  return { $id: id, ...rest };
}

describe('SARIF output against the official SARIF 2.1.0 schema', () => {
  // The schema's `language` pattern has a stray `]`, valid only without the u flag (as in draft-04 tools).
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false });
  const validate = ajv.compile(sarifSchema());
  let log: { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[]; relatedLocations?: { physicalLocation: { artifactLocation: { uri: string } } }[] }[]; originalUriBaseIds: Record<string, { uri: string }> }[] };

  before(() => {
    const r = runBin(['--format', 'sarif', 'examples/with-errors']);
    assert.equal(r.code, 1, r.stderr);
    log = JSON.parse(r.stdout);
  });

  it('validates examples/with-errors', () => {
    const ok = validate(log);
    assert.deepEqual(validate.errors ?? [], [], 'schema errors');
    assert.equal(ok, true);
    assert.ok(log.runs[0].results.length >= 20, `results: ${log.runs[0].results.length}`);
  });

  it('writes URIs the schema calls uri: absolute base, relative artifact URIs that resolve against it', () => {
    const base = new URL(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri);
    assert.equal(base.protocol, 'file:');
    assert.ok(base.href.endsWith('/'));
    for (const result of log.runs[0].results) {
      for (const loc of [...result.locations, ...(result.relatedLocations ?? [])]) {
        const uri = loc.physicalLocation.artifactLocation.uri;
        assert.doesNotThrow(() => new URL(uri, base), uri);
        assert.doesNotMatch(uri, /[\s\\]/, uri);
      }
    }
  });

  it('rejects a log that breaks the schema (the check can fail)', () => {
    const broken = structuredClone(log) as unknown as { runs: { results: Record<string, unknown>[] }[] };
    broken.runs[0].results[0].level = 'fatal';
    delete broken.runs[0].results[1].message;
    assert.equal(validate(broken), false);
    const where = (validate.errors ?? []).map((e) => e.instancePath);
    assert.ok(where.includes('/runs/0/results/0/level'), where.join(' '));
  });
});
