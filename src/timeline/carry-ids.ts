import { createHash } from 'node:crypto';
import type { EventSource, Passage, Timeline, TimelineDocument, TimelineEvent } from '../types.ts';
import { documentPaths, matchEvents } from '../diff/match-events.ts';
import { documentDigest, idTableOf, passageKey, type IdTable, type IdTableDocument, type PreviousEvent } from './id-table.ts';
import { eventIdFor, statementWithoutDate } from '../events/extract-events.ts';
import { passageIdFor } from '../segment/split-passages.ts';
import { orderEvents } from './order-events.ts';
import { alignSequences } from './align-sequences.ts';

/** What the previous build published: its documents (paths, passages) and events, whole or as the id table kept of them (./id-table.ts). */
export type PreviousIds = Pick<Timeline, 'documents' | 'events'> | IdTable;

/** The id table of what the previous build published (a table is one already). */
function tableOf(previous: PreviousIds): IdTable {
  return 'kind' in previous ? previous : idTableOf(previous);
}

/** What carrying renames: passages (in documents, sources and undated mentions), statements and events. */
type CarriedParts = Pick<Timeline, 'documents' | 'events' | 'undated'>;

/**
 * The timeline with the ids a previous build published kept wherever the same thing is still
 * there: content alone cannot keep them (any rule over the new set of statements can be won by
 * the new one), so a rebuild carries them.
 * - Passages and statements of an article with the same path are paired in order, as a line
 *   diff pairs lines (`alignSequences` on their text; a statement's with its date left out):
 *   a paired one keeps its previous id, so of two equal paragraphs the untouched one keeps its
 *   own when its twin is edited.
 * - Events are paired as `timeline diff` pairs them (`matchEvents`: by id, by a shared statement,
 *   by a similar statement of the same article); a paired event keeps the previous event's id
 *   (an article that joins an event does not take its id; a corrected headline keeps it).
 * - Everything else keeps its content id, made unique against the carried ones (the next
 *   occurrence number for passages and statements, a hash of the id and a counter for events).
 * - `formerIds`: the ids a link to the event may still name (its previous event's id, that
 *   event's statements and former ids, and those of a previous event that merged into it) and
 *   that no current event or statement has; the site's alias map follows them.
 * Pure and deterministic: the same timeline and the same previous one give the same result.
 */
export function carryIds<T extends CarriedParts>(published: PreviousIds | undefined, current: T): T {
  if (published === undefined) return current;
  const previous = tableOf(published);
  const previousByPath = new Map(previous.documents.map((d) => [d.path, d]));
  const passageRenames = new Map<string, Map<string, string>>();
  const documents = current.documents.map((document) => {
    const before = previousByPath.get(document.path);
    if (before === undefined) return document;
    const { passages, renamed } = carryPassageIds(before, document);
    passageRenames.set(document.id, renamed);
    return { ...document, passages };
  });
  const renamePassage = <P extends { id: string }>(documentId: string, passage: P): P => {
    const id = passageRenames.get(documentId)?.get(passage.id);
    return id === undefined || id === passage.id ? passage : { ...passage, id };
  };

  const sourceIds = carrySourceIds(previous, current);
  const withSources = current.events.map((event) => {
    const sources = event.sources.map((s) => {
      const id = sourceIds.get(s);
      const passage = renamePassage(s.document, s.passage);
      return id === undefined && passage === s.passage ? s : { ...s, id: id ?? s.id, passage };
    });
    // A content id is its primary statement's id: it follows the statement's carried id.
    const id = event.id === event.sources[0]!.id ? sources[0]!.id! : event.id;
    return { ...event, id, sources };
  });

  const matching = matchEvents(previous.events, withSources, documentPaths(previous), documentPaths(current));
  const claimed = new Set<string>();
  const finalId = new Map<TimelineEvent, string>();
  const pairedWith = new Map<TimelineEvent, PreviousEvent>();
  for (const { before, after } of matching.pairs) {
    if (claimed.has(before.id)) continue;
    claimed.add(before.id);
    finalId.set(after, before.id);
    pairedWith.set(after, before);
  }
  for (const event of withSources) {
    if (finalId.has(event)) continue;
    let id = event.id;
    for (let k = 2; claimed.has(id); k++) id = `e-${createHash('sha1').update(`${event.id}\u0000${k}`).digest('hex').slice(0, 12)}`;
    claimed.add(id);
    finalId.set(event, id);
  }

  const currentIds = new Set<string>();
  for (const event of withSources) {
    currentIds.add(finalId.get(event)!);
    for (const s of event.sources) if (s.id !== undefined) currentIds.add(s.id);
  }
  const former = new Map<TimelineEvent, Set<string>>();
  const addFormer = (event: TimelineEvent, old: PreviousEvent) => {
    let ids = former.get(event);
    if (ids === undefined) former.set(event, (ids = new Set()));
    for (const id of [old.id, ...old.sources.map((s) => s.id), ...(old.formerIds ?? [])]) if (id !== undefined && !currentIds.has(id)) ids.add(id);
  };
  for (const [event, old] of pairedWith) addFormer(event, old);
  // A previous event that found no pair of its own but whose statement is still here merged into that statement's event.
  const eventOfSource = new Map<string, TimelineEvent>();
  for (const event of withSources) for (const s of event.sources) if (s.id !== undefined && !eventOfSource.has(s.id)) eventOfSource.set(s.id, event);
  const paired = new Set(pairedWith.values());
  for (const old of previous.events) {
    if (paired.has(old)) continue;
    const joined = old.sources.map((s) => (s.id === undefined ? undefined : eventOfSource.get(s.id))).find((e) => e !== undefined);
    if (joined !== undefined) addFormer(joined, old);
  }

  const renameEvent = new Map(current.events.map((e, i) => [e.id, finalId.get(withSources[i]!)!]));
  const events = withSources.map((event) => {
    const carried: TimelineEvent = { ...event, id: finalId.get(event)! };
    if (event.conflicts) carried.conflicts = [...new Set(event.conflicts.map((id) => renameEvent.get(id) ?? id))].sort();
    const ids = former.get(event);
    if (ids !== undefined && ids.size > 0) carried.formerIds = [...ids].sort();
    else delete carried.formerIds;
    return carried;
  });
  return {
    ...current,
    documents,
    events: orderEvents(events),
    undated: current.undated.map((u) => {
      const passage = renamePassage(u.document, u.passage);
      return passage === u.passage ? u : { ...u, passage };
    }),
  };
}

/** An article's passages with the ids of the previous version's passages they pair with (by `passageKey`: the same text, whitespace folded); the rest made unique. */
function carryPassageIds(previous: IdTableDocument, document: TimelineDocument): { passages: Passage[]; renamed: Map<string, string> } {
  const before = previous.passages;
  const after = document.passages;
  // The same document as before (its digest): every passage pairs with its own place, as the alignment would pair them.
  const unchanged = before.length === after.length && previous.digest === documentDigest(document);
  const ids: Array<string | undefined> = unchanged ? before.map(([id]) => id) : after.map(() => undefined);
  if (!unchanged) for (const [i, j] of alignSequences(before.map(([, key]) => key), after.map((p) => passageKey(p.text)))) ids[j] = before[i]![0];
  const taken = new Set(ids.filter((id) => id !== undefined));
  const renamed = new Map<string, string>();
  const passages = after.map((passage, j) => {
    let id = ids[j];
    if (id === undefined) {
      id = passage.id;
      for (let n = 1; taken.has(id); n++) id = passageIdFor(passage.text, n);
      taken.add(id);
    }
    renamed.set(passage.id, id);
    return id === passage.id ? passage : { ...passage, id };
  });
  return { passages, renamed };
}

/** A document's statements in text order. */
function statementsOf<S extends PreviousEvent['sources'][number]>(events: ReadonlyArray<{ sources: readonly S[] }>, documentIds: ReadonlySet<string>): Map<string, S[]> {
  const byDocument = new Map<string, S[]>();
  for (const event of events) {
    for (const s of event.sources) {
      if (!documentIds.has(s.document)) continue;
      const list = byDocument.get(s.document);
      if (list) list.push(s);
      else byDocument.set(s.document, [s]);
    }
  }
  for (const list of byDocument.values()) list.sort((a, b) => a.statement.start - b.statement.start || a.mention.start - b.mention.start);
  return byDocument;
}

/** Each current statement whose id changes: the id of the previous statement it pairs with, or its content id made unique. */
function carrySourceIds(previous: IdTable, current: CarriedParts): Map<EventSource, string> {
  const previousDocument = new Map<string, IdTableDocument>(previous.documents.map((d) => [d.path, d]));
  const shared = current.documents.filter((d) => previousDocument.has(d.path));
  const now = statementsOf(current.events, new Set(shared.map((d) => d.id)));
  const then = statementsOf(previous.events, new Set(shared.map((d) => previousDocument.get(d.path)!.id)));
  const carried = new Map<EventSource, string>();
  for (const document of shared) {
    const after = now.get(document.id) ?? [];
    const before = then.get(previousDocument.get(document.path)!.id) ?? [];
    if (after.length === 0 || before.length === 0) continue;
    const key = (s: PreviousEvent['sources'][number]) => statementWithoutDate(s.statement, s.mention);
    const ids: Array<string | undefined> = after.map(() => undefined);
    for (const [i, j] of alignSequences(before.map(key), after.map(key))) ids[j] = before[i]!.id;
    const taken = new Set(ids.filter((id) => id !== undefined));
    after.forEach((s, j) => {
      let id = ids[j];
      if (id === undefined) {
        id = s.id ?? '';
        for (let n = 0; id === '' || taken.has(id); n++) id = eventIdFor(document.path, s.statement, s.mention, n);
        taken.add(id);
      }
      if (id !== s.id) carried.set(s, id);
    });
  }
  return carried;
}
