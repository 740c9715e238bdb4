import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_CONFIG, parseSiteConfig, unknownKeyEvents } from '../../src/load/read-site-config.ts';

const FILE = '_timeline.yml';

describe('parseSiteConfig', () => {
  it('reads every field, in the kebab-case keys of the file', () => {
    const { config, diagnostics } = parseSiteConfig(
      FILE,
      [
        'title: Kobani, 2014-2019',
        'description: How the siege of Kobani was reported.',
        'language: en-GB',
        'base-url: https://news.example/kobani',
        'publisher: The Example Times',
        'version-labels:',
        '  git:HEAD~1: the edition of 1 May',
        'key-events: [kobani-siege-began-2014]',
        '',
      ].join('\n'),
    );
    expect(diagnostics).toEqual([]);
    expect(config).toEqual({
      title: 'Kobani, 2014-2019',
      description: 'How the siege of Kobani was reported.',
      language: 'en-GB',
      baseUrl: 'https://news.example/kobani/',
      publisher: 'The Example Times',
      versionLabels: { 'git:HEAD~1': 'the edition of 1 May' },
      keyEvents: ['kobani-siege-began-2014'],
    });
  });

  it('gives the defaults for an empty file', () => {
    expect(parseSiteConfig(FILE, '')).toEqual({ config: DEFAULT_SITE_CONFIG, diagnostics: [], keyEventPlaces: [] });
  });

  it('warns at its place of a key event that no event has', () => {
    const result = parseSiteConfig(FILE, 'title: Kobani\nkey-events:\n  - kobani-siege-began-2014\n  - kobani-sige-typo\n');
    expect(unknownKeyEvents(result, new Set(['kobani-siege-began-2014']))).toEqual([
      { document: FILE, line: 4, column: 5, severity: 'warning', code: 'unknown-key-event', message: expect.stringContaining('"kobani-sige-typo" is no event') },
    ]);
  });

  it.each([
    ['base-url: ftp://news.example/\n', 1, 11, 'invalid-config-field', '"base-url" must be an absolute http or https URL'],
    ['title: Kobani\nbase-url: /timeline/\n', 2, 11, 'invalid-config-field', '"base-url" must be an absolute http or https URL'],
    ['title: [a, b]\n', 1, 8, 'invalid-config-field', '"title" must be text'],
    ['title: "  "\n', 1, 8, 'invalid-config-field', '"title" must be non-empty text'],
    ['language: English\n', 1, 11, 'invalid-config-field', '"language" must be a language tag'],
    ['key-events:\n  - ok-id\n  - 12\n', 3, 5, 'invalid-config-field', '"key-events" 1 must be text'],
    ['version-labels: old\n', 1, 17, 'invalid-config-field', '"version-labels" must be a mapping'],
    ['colour: red\n', 1, 1, 'unknown-config-field', 'unknown configuration field "colour"'],
    ['title: [unclosed\n', 2, 1, 'malformed-config', 'malformed configuration'],
    ['- a list\n', 1, 1, 'malformed-config', 'must be a YAML mapping'],
  ])('%j gives a diagnostic at its place', (source, line, column, code, message) => {
    const { config, diagnostics } = parseSiteConfig(FILE, source);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ document: FILE, line, column, code });
    expect(diagnostics[0]!.message).toContain(message);
    // A bad value falls back to its default.
    expect(config.baseUrl).toBeNull();
    expect(config.language).toBe('en');
  });
});
