import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Timeline } from '../types.ts';
import type { IdTable } from '../timeline/id-table.ts';
import { BUILD_MANIFEST, isBuildManifest } from '../output/build-manifest.ts';
import { readTimelineInput } from './read-timeline-input.ts';

/** The timeline a previous build published, if there is one to read, and a note for the user when there was one that could not be read. */
export interface PreviousTimeline {
  timeline?: Timeline;
  note?: string;
}

/** The ids a previous build published into a site folder: the timeline itself, or the id table a cache kept of it. */
export interface PreviousSiteIds {
  timeline?: Timeline | IdTable;
  note?: string;
}

/** Where the id table of a site's timeline may be kept (the analysis cache: `AnalysisCache.getIdTable`). */
export interface IdTableStore {
  getIdTable(site: string, file: string): Promise<IdTable | undefined>;
}

/** Where a site build leaves its timeline (`timeline.json` at the site's root). */
export const SITE_TIMELINE = 'timeline.json';

/**
 * The timeline published in a site folder that holds a previous build (its manifest): the ids a
 * rebuild into it keeps. A new or empty folder has none; a build whose timeline.json is missing
 * or unreadable gives a note, and the rebuild makes its ids afresh. With `store`, the id table
 * it kept of that very timeline.json is read instead of the file, when it has one.
 */
export async function readPreviousSite(outDir: string, store?: IdTableStore): Promise<PreviousSiteIds> {
  const manifest = await readFile(path.join(outDir, BUILD_MANIFEST), 'utf8').catch(() => null);
  if (manifest === null || !isBuildManifest(manifest)) return {};
  const file = path.join(outDir, SITE_TIMELINE);
  if (!(await isPlainFile(file))) return { note: `the previous build in ${outDir} has no ${SITE_TIMELINE}; ids are made afresh` };
  const table = await store?.getIdTable(outDir, file);
  if (table !== undefined) return { timeline: table };
  return readPreviousFile(file, `the previous build in ${outDir}`);
}

/** A regular file, not a link, a folder or a pipe (reading a pipe would wait for ever). */
async function isPlainFile(file: string): Promise<boolean> {
  return lstat(file).then((s) => s.isFile(), () => false);
}

/** The timeline JSON file `extract --out FILE` is about to replace, if FILE already holds one. */
export async function readPreviousDataFile(file: string): Promise<PreviousTimeline> {
  return (await isPlainFile(file)) ? readPreviousFile(file, file) : {};
}

async function readPreviousFile(file: string, what: string): Promise<PreviousTimeline> {
  const loaded = await readTimelineInput(file);
  if (loaded.ok) return { timeline: loaded.timeline };
  return { note: `${what}: its timeline could not be read (${loaded.message.split('\n')[0]}); ids are made afresh` };
}
