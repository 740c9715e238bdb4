import { createHash } from 'node:crypto';
import path from 'node:path';
import type { SiteConfig } from '../load/read-site-config.ts';
import type { Timeline, TimelineEvent } from '../types.ts';
import type { EventPieces } from '../timeline/timeline-json.ts';
import type { PageReuse } from './eleventy-plugin.ts';
import type { SiteLinks } from './site-links.ts';

/**
 * The key of an event's piece in each of the site's per-event downloads (`timeline.json`, the
 * feed, TimelineJS, the CSV): a hash of everything those pieces are made of. The site version
 * (tool and templates), the configuration (base URL, title), the event itself as JSON (its
 * date, headline, status, every source with its passage, statement and cues), its page's link
 * (the feed's URL), and of each article it cites the fields the downloads show (title,
 * publisher, URL, publication date). An event whose key is the one the previous site's piece
 * was made of has the same bytes there, so the piece is copied, not made again
 * (src/output/keyed-pieces.ts). One key serves the four files: it hashes what any of them reads.
 */
export function eventPieceKeys(timeline: Timeline, config: SiteConfig, links: SiteLinks, version: string): (event: TimelineEvent) => string {
  const documents = new Map(timeline.documents.map((d) => [d.id, d]));
  const prefix = `download-piece\0${version}\0${JSON.stringify(config)}\0`;
  const keys = new Map<TimelineEvent, string>();
  return (event) => {
    let key = keys.get(event);
    if (key !== undefined) return key;
    const hash = createHash('sha256').update(prefix).update(JSON.stringify(event)).update('\0').update(links.event(event));
    const cited = new Set<string>();
    for (const source of event.sources) {
      if (cited.has(source.document)) continue;
      cited.add(source.document);
      const doc = documents.get(source.document);
      hash.update('\0').update(JSON.stringify(doc === undefined ? [source.document] : [doc.id, doc.title, doc.publisher, doc.url, doc.published]));
    }
    key = hash.digest('base64url');
    keys.set(event, key);
    return key;
  };
}

/** The pieces of the download at `sitePath` (site-root-relative), kept from the previous site by `reuse` (when it holds that file's table) and handed back to it. */
export function downloadPieces(reuse: PageReuse, sitePath: string, keyOf: (event: TimelineEvent) => string): EventPieces {
  const previous = reuse.pieces;
  const pieces = previous?.tables.get(sitePath);
  return {
    keyOf,
    kept: previous === undefined || pieces === undefined ? undefined : { file: path.join(previous.dir, sitePath), pieces },
    done: (table, kept) => reuse.onPieces?.(sitePath, table, kept),
  };
}
