import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Timeline } from '../types.ts';
import { BUILD_MANIFEST, isBuildManifest } from '../output/build-manifest.ts';
import { readTimelineInput } from './read-timeline-input.ts';

/** The timeline a previous build published, if there is one to read, and a note for the user when there was one that could not be read. */
export interface PreviousTimeline {
  timeline?: Timeline;
  note?: string;
}

/** Where a site build leaves its timeline (`timeline.json` at the site's root). */
export const SITE_TIMELINE = 'timeline.json';

/**
 * The timeline published in a site folder that holds a previous build (its manifest): the ids a
 * rebuild into it keeps. A new or empty folder has none; a build whose timeline.json is missing
 * or unreadable gives a note, and the rebuild makes its ids afresh.
 */
export async function readPreviousSite(outDir: string): Promise<PreviousTimeline> {
  const manifest = await readFile(path.join(outDir, BUILD_MANIFEST), 'utf8').catch(() => null);
  if (manifest === null || !isBuildManifest(manifest)) return {};
  return readPreviousFile(path.join(outDir, SITE_TIMELINE), `the previous build in ${outDir}`);
}

/** The timeline JSON file `extract --out FILE` is about to replace, if FILE already holds one. */
export async function readPreviousDataFile(file: string): Promise<PreviousTimeline> {
  const exists = await stat(file).then((s) => s.isFile(), () => false);
  return exists ? readPreviousFile(file, file) : {};
}

async function readPreviousFile(file: string, what: string): Promise<PreviousTimeline> {
  const loaded = await readTimelineInput(file);
  if (loaded.ok) return { timeline: loaded.timeline };
  return { note: `${what}: its timeline could not be read (${loaded.message.split('\n')[0]}); ids are made afresh` };
}
