/** The file a site build leaves in its folder: it marks the folder as one the tool may replace. */
export const BUILD_MANIFEST = '.timeline-build.json';

/** The same bytes every build: the output stays byte-identical for the same corpus. */
export const BUILD_MANIFEST_TEXT = `${JSON.stringify({ builtBy: 'news-timeline', kind: 'site' })}\n`;

export function isBuildManifest(text: string): boolean {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && (parsed as { builtBy?: unknown }).builtBy === 'news-timeline';
  } catch {
    return false;
  }
}

/** In the head of every page (headMeta), so a single-file output can be told from any other file. */
export const SINGLE_FILE_MARK = '<meta name="generator" content="news-timeline">';
