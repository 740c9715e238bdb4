/**
 * Finds, in one pass over a text, which groups of literal strings occur in it, ASCII letters in
 * any case (an Aho-Corasick automaton over lower-case ASCII). Twenty cue patterns tested one by one
 * scan a text twenty times, each a few nanoseconds a character; this scans it once.
 */
const ALPHABET = 128;

export class LiteralScanner {
  /** goto[state * ALPHABET + code]: the next state, failure links folded in. */
  private readonly next: Int32Array;
  /** The groups each state completes, as indices into `groups`. */
  private readonly output: number[][];
  /** accepting[state] is 1 when the state completes some group: most states complete none, and
   *  the scan reads only this byte for them. */
  private readonly accepting: Uint8Array;

  /** `groups[i]`: the literals of group i (lower-case ASCII, non-empty). */
  constructor(readonly groups: readonly (readonly string[])[]) {
    const trie: Array<Map<number, number>> = [new Map()];
    const output: number[][] = [[]];
    groups.forEach((literals, group) => {
      for (const literal of literals) {
        if (literal === '' || !/^[\x00-\x7f]+$/.test(literal) || literal !== literal.toLowerCase()) throw new Error(`not a lower-case ASCII literal: ${JSON.stringify(literal)}`);
        let state = 0;
        for (let i = 0; i < literal.length; i++) {
          const code = literal.charCodeAt(i);
          let to = trie[state]!.get(code);
          if (to === undefined) {
            to = trie.length;
            trie.push(new Map());
            output.push([]);
            trie[state]!.set(code, to);
          }
          state = to;
        }
        if (!output[state]!.includes(group)) output[state]!.push(group);
      }
    });
    const next = new Int32Array(trie.length * ALPHABET);
    const fail = new Int32Array(trie.length);
    // Breadth first: a state's failure link is a shorter state, already complete.
    const queue: number[] = [];
    for (let code = 0; code < ALPHABET; code++) {
      const to = trie[0]!.get(code);
      if (to !== undefined) {
        next[code] = to;
        queue.push(to);
      }
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (const g of output[fail[state]!]!) if (!output[state]!.includes(g)) output[state]!.push(g);
      for (let code = 0; code < ALPHABET; code++) {
        const to = trie[state]!.get(code);
        if (to === undefined) next[state * ALPHABET + code] = next[fail[state]! * ALPHABET + code]!;
        else {
          fail[to] = next[fail[state]! * ALPHABET + code]!;
          next[state * ALPHABET + code] = to;
          queue.push(to);
        }
      }
    }
    this.next = next;
    this.output = output;
    this.accepting = Uint8Array.from(output, (groups) => (groups.length > 0 ? 1 : 0));
  }

  /** found[i] is 1 when some literal of group i occurs in `text` (ASCII letters compared case-blind). */
  scan(text: string): Uint8Array {
    const found = new Uint8Array(this.groups.length);
    const { next, output, accepting } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      let code = text.charCodeAt(i);
      if (code >= ALPHABET) {
        state = 0; // no literal holds a non-ASCII character
        continue;
      }
      if (code >= 65 && code <= 90) code += 32;
      state = next[state * ALPHABET + code]!;
      if (accepting[state] === 0) continue;
      const groups = output[state]!;
      for (let g = 0; g < groups.length; g++) found[groups[g]!] = 1;
    }
    return found;
  }
}
