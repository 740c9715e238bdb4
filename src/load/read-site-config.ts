import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isScalar, parseDocument, type Node as YamlNode } from 'yaml';
import { z } from 'zod';
import { diagnosticAt } from '../diagnostics/diagnostic.ts';
import type { Diagnostic } from '../types.ts';

/**
 * The site's configuration file, a data file in the content folder as Eleventy keeps data
 * beside content (`_data/`): it travels with the corpus it describes (a git revision of the
 * corpus has the labels of its own time), and its leading underscore marks it, as in Eleventy,
 * as no page of its own. It is never read as an article.
 */
export const SITE_CONFIG_FILE = '_timeline.yml';

/** What a newsroom sets for the site it publishes; every field optional. */
export interface SiteConfig {
  title: string;
  description: string | null;
  /** BCP 47 language tag of the site's own words, for `<html lang>`. */
  language: string;
  /** Absolute http(s) URL the site is published at, ending in `/`; null when it is only opened from disk. */
  baseUrl: string | null;
  publisher: string | null;
  /** How a compared version is named on the pages, by what `--compare-to` was given (a path, `git:REV` ...). */
  versionLabels: Record<string, string>;
  /** Event ids marked key by the editor. */
  keyEvents: string[];
}

export const DEFAULT_SITE_CONFIG: SiteConfig = {
  title: 'News timeline',
  description: null,
  language: 'en',
  baseUrl: null,
  publisher: null,
  versionLabels: {},
  keyEvents: [],
};

const text = z.string().trim().min(1, 'must be non-empty text');
const FIELDS = {
  title: text.max(200, 'must be at most 200 characters'),
  description: text.max(2000, 'must be at most 2000 characters'),
  language: z.string().regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as "en" or "en-GB"'),
  baseUrl: z
    .url({ protocol: /^https?$/, error: 'must be an absolute http or https URL such as https://example.org/timeline/' })
    .transform((url) => (url.endsWith('/') ? url : `${url}/`)),
  publisher: text.max(200, 'must be at most 200 characters'),
  versionLabels: z.record(z.string().min(1), text.max(200, 'must be at most 200 characters')),
  keyEvents: z.array(text),
} satisfies { [K in keyof SiteConfig]: z.ZodType<NonNullable<SiteConfig[K]>, unknown> };

type Field = keyof typeof FIELDS;

/** Sets one field to its value when its schema accepts it (FIELDS says, field by field, that each schema gives that field's type). */
function setField<F extends Field>(config: SiteConfig, field: F, schema: z.ZodType<SiteConfig[F]>, value: unknown): z.ZodSafeParseResult<SiteConfig[F]> {
  const parsed = schema.safeParse(value);
  if (parsed.success) config[field] = parsed.data;
  return parsed;
}

/** The file's keys, in the kebab-case the rest of the corpus's YAML uses. */
const KEYS: Record<string, Field> = {
  title: 'title',
  description: 'description',
  language: 'language',
  'base-url': 'baseUrl',
  publisher: 'publisher',
  'version-labels': 'versionLabels',
  'key-events': 'keyEvents',
};

const EXPECTED: Record<string, string> = { string: 'text', array: 'a list', record: 'a mapping', object: 'a mapping' };

export interface SiteConfigResult {
  config: SiteConfig;
  diagnostics: Diagnostic[];
  /** Where each key event id is written, to say so when no event has it (`unknownKeyEvents`). */
  keyEventPlaces: Array<{ id: string; line: number; column: number }>;
}

/** The node a zod issue's path points at, for its place in the file. */
function nodeAt(node: YamlNode | null, issuePath: readonly PropertyKey[]): YamlNode | null {
  let current = node;
  for (const key of issuePath) {
    if (current === null || !('get' in current) || typeof current.get !== 'function') return current;
    const next = (current as { get(key: unknown, keepScalar: true): unknown }).get(key, true);
    if (next === undefined || next === null || typeof next !== 'object') return current;
    current = next as YamlNode;
  }
  return current;
}

/**
 * Parses and validates the configuration file's text. Each bad value is a diagnostic at its
 * place in the file and falls back to its default; the rest is used.
 */
export function parseSiteConfig(document: string, source: string): SiteConfigResult {
  const diagnostics: Diagnostic[] = [];
  const at = (offset: number, severity: Diagnostic['severity'], code: string, message: string): void => {
    diagnostics.push(diagnosticAt(document, source, offset, severity, code, message));
  };
  const config: SiteConfig = { ...DEFAULT_SITE_CONFIG, versionLabels: {}, keyEvents: [] };
  const keyEventPlaces: SiteConfigResult['keyEventPlaces'] = [];
  const yaml = parseDocument(source, { prettyErrors: false, uniqueKeys: true });
  if (yaml.errors.length > 0) {
    for (const error of yaml.errors) at(error.pos[0], 'error', 'malformed-config', `malformed configuration: ${error.message.split('\n')[0]}`);
    return { config, diagnostics, keyEventPlaces };
  }
  if (yaml.contents === null) return { config, diagnostics, keyEventPlaces };
  if (!isMap(yaml.contents)) {
    at(0, 'error', 'malformed-config', `the configuration must be a YAML mapping of fields (${Object.keys(KEYS).join(', ')})`);
    return { config, diagnostics, keyEventPlaces };
  }
  for (const pair of yaml.contents.items) {
    const keyNode = pair.key as YamlNode | null;
    const key = isScalar(keyNode) ? String(keyNode.value) : '';
    const field = KEYS[key];
    if (field === undefined) {
      at(keyNode?.range?.[0] ?? 0, 'warning', 'unknown-config-field', `unknown configuration field "${key}" is ignored (known: ${Object.keys(KEYS).join(', ')})`);
      continue;
    }
    const valueNode = pair.value as YamlNode | null;
    const parsed = setField(config, field, FIELDS[field], valueNode === null ? null : valueNode.toJSON());
    if (parsed.success) {
      if (field === 'keyEvents') {
        config.keyEvents.forEach((id, i) => {
          const { line, column } = diagnosticAt(document, source, nodeAt(valueNode, [i])?.range?.[0] ?? 0, 'info', '', '');
          keyEventPlaces.push({ id, line, column });
        });
      }
      continue;
    }
    for (const issue of parsed.error.issues) {
      const node = nodeAt(valueNode, issue.path) ?? keyNode;
      const where = issue.path.length > 0 ? `"${key}" ${issue.path.map(String).join('.')}` : `"${key}"`;
      const message = issue.code === 'invalid_type' ? `must be ${EXPECTED[issue.expected] ?? issue.expected}` : issue.message;
      at(node?.range?.[0] ?? 0, 'error', 'invalid-config-field', `${where} ${message}; the default is used`);
    }
  }
  return { config, diagnostics, keyEventPlaces };
}

/** Reads `_timeline.yml` from the content folder; without one, the defaults. */
export async function readSiteConfig(contentDir: string): Promise<SiteConfigResult> {
  let source: string;
  try {
    source = await readFile(path.join(contentDir, SITE_CONFIG_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { config: { ...DEFAULT_SITE_CONFIG }, diagnostics: [], keyEventPlaces: [] };
    return {
      config: { ...DEFAULT_SITE_CONFIG },
      keyEventPlaces: [],
      diagnostics: [{ document: SITE_CONFIG_FILE, line: 1, column: 1, severity: 'error', code: 'unreadable-config',
        message: `cannot read the configuration: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` }],
    };
  }
  return parseSiteConfig(SITE_CONFIG_FILE, source);
}

/** A warning for each configured key event that no event of the timeline has (a typo, or an id that changed). */
export function unknownKeyEvents(result: Pick<SiteConfigResult, 'keyEventPlaces'>, eventIds: ReadonlySet<string>): Diagnostic[] {
  return result.keyEventPlaces
    .filter((place) => !eventIds.has(place.id))
    .map((place) => ({ document: SITE_CONFIG_FILE, line: place.line, column: place.column, severity: 'warning', code: 'unknown-key-event',
      message: `key event "${place.id}" is no event of the timeline ("timeline extract" lists the event ids)` }));
}
