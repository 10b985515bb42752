/** The one localisation helper: language tags to locales, picking a text, counting. */
import assert from 'node:assert/strict';
import { count, localeFromTag, msg, pick } from '../../server/src/service/localize.js';
import { localeFromEnv } from '../../server/src/cli/locale.js';
import { resolveLocale } from '../../server/src/lsp/settings.js';

describe('localize', () => {
  it('reads a locale from a POSIX or BCP 47 language tag', () => {
    const tags = ['en', 'en-GB', 'en_US.UTF-8', 'EN', 'nl', 'nl-BE', 'nl_NL.UTF-8', 'C.UTF-8', 'de_DE', 'english', '', undefined];
    assert.deepEqual(
      tags.map((tag) => localeFromTag(tag)),
      ['en', 'en', 'en', 'en', 'nl', 'nl', 'nl', undefined, undefined, undefined, undefined, undefined],
    );
  });

  it('CLI and server take the locale from the tag the same way, Dutch when it says nothing', () => {
    assert.equal(localeFromEnv({ LANG: 'en_GB.UTF-8' }), 'en');
    assert.equal(localeFromEnv({ LC_ALL: 'nl_NL.UTF-8', LANG: 'en_GB.UTF-8' }), 'nl');
    assert.equal(localeFromEnv({ LANG: 'C.UTF-8' }), undefined);
    assert.equal(resolveLocale('auto', undefined, 'en-gb'), 'en');
    assert.equal(resolveLocale('auto', undefined, 'de'), 'nl');
    assert.equal(resolveLocale('auto', 'en', 'nl'), 'en');
    assert.equal(resolveLocale('nl', 'en', 'en'), 'nl');
  });

  it('picks the text of a locale and counts in both languages', () => {
    const m = msg('fout', 'error');
    assert.deepEqual(m, { nl: 'fout', en: 'error' });
    assert.equal(pick('nl', m.nl, m.en), 'fout');
    assert.equal(pick('en', m.nl, m.en), 'error');
    assert.equal(count('nl', 1, ['fout', 'fouten'], ['error', 'errors']), '1 fout');
    assert.equal(count('nl', 2, ['fout', 'fouten'], ['error', 'errors']), '2 fouten');
    assert.equal(count('en', 0, ['fout', 'fouten'], ['error', 'errors']), '0 errors');
  });
});
