/**
 * What a regular expression cannot match without: a set of literal strings (lower-case ASCII) one of
 * which every match contains, read from the pattern's source, or null when none can be read. It
 * lets many cues be tested in one scan of a text (`literal-scanner.ts`): a text that holds none of
 * a cue's literals, in any case, cannot match the cue. Conservative by construction: whatever the
 * reader does not understand (a character class, a group under a quantifier that may skip it, a
 * non-ASCII character, an unknown flag) contributes nothing, and a branch with nothing makes null.
 */

/** A literal set: one of these strings occurs in every match. */
type Literals = string[];

const KNOWN_FLAGS = /^[gimsyd]*$/;

export function requiredLiterals(pattern: RegExp): Literals | null {
  if (!KNOWN_FLAGS.test(pattern.flags)) return null;
  const reader = new SourceReader(pattern.source);
  const literals = reader.alternation();
  return reader.done() ? literals : null;
}

/** The top-level alternatives of `pattern`, each a pattern with its flags: a text matches `pattern`
 *  when it matches one of them. */
export function alternativesOf(pattern: RegExp): RegExp[] {
  const s = pattern.source;
  const out: RegExp[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(s, i);
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(new RegExp(s.slice(from, i), pattern.flags));
      from = i + 1;
    }
  }
  out.push(new RegExp(s.slice(from), pattern.flags));
  return out;
}

/** One element of a sequence: a literal character (lower-case ASCII), or a required set, or nothing known. */
type Atom = { char: string } | { set: Literals | null };

class SourceReader {
  private at = 0;

  constructor(private readonly source: string) {}

  done(): boolean {
    return this.at === this.source.length;
  }

  /** Branches separated by `|`, up to a `)` or the end: the union of the branches' sets. */
  alternation(): Literals | null {
    const branches: Array<Literals | null> = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    if (branches.some((b) => b === null)) return null;
    return [...new Set((branches as Literals[]).flat())];
  }

  /** A sequence of atoms: its best required set (a run of literal characters, or a required group's set). */
  private sequence(): Literals | null {
    const candidates: Literals[] = [];
    let run = '';
    const endRun = () => {
      if (run) candidates.push([run]);
      run = '';
    };
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const atom = this.atom();
      const min = this.quantifier();
      if (min === 0) {
        endRun();
        continue;
      }
      if ('char' in atom) {
        run += atom.char;
        if (min !== 1) endRun(); // "ab+c": "ab" and "bc" are in the match, "abc" may not be
        continue;
      }
      endRun();
      if (atom.set) candidates.push(atom.set);
    }
    endRun();
    return best(candidates);
  }

  /** The minimum count of the quantifier after an atom (1 without one). */
  private quantifier(): number {
    const s = this.source;
    let min = 1;
    const c = s[this.at];
    if (c === '?' || c === '*') {
      min = 0;
      this.at++;
    } else if (c === '+') {
      min = 2; // at least one, maybe more: the atom is required but a run cannot go on through it
      this.at++;
    } else if (c === '{') {
      const m = /^\{(\d+)(,\d*)?\}/.exec(s.slice(this.at));
      if (!m) return 1; // a literal "{"
      min = Number(m[1]) === 0 ? 0 : m[2] === undefined && m[1] === '1' ? 1 : 2;
      this.at += m[0].length;
    } else return 1;
    if (s[this.at] === '?') this.at++; // lazy
    return min;
  }

  private atom(): Atom {
    const s = this.source;
    const c = s[this.at]!;
    if (c === '(') {
      this.at++;
      let lookaround = false;
      if (s.startsWith('?:', this.at)) this.at += 2;
      else if (s.startsWith('?=', this.at) || s.startsWith('?!', this.at)) {
        this.at += 2;
        lookaround = true;
      } else if (s.startsWith('?<=', this.at) || s.startsWith('?<!', this.at)) {
        this.at += 3;
        lookaround = true;
      } else if (s.startsWith('?<', this.at)) this.at = s.indexOf('>', this.at) + 1;
      const inner = this.alternation();
      if (s[this.at] !== ')') throw new Error(`unbalanced group in /${s}/`);
      this.at++;
      return { set: lookaround ? null : inner };
    }
    if (c === '[') {
      const end = classEnd(s, this.at);
      const body = s.slice(this.at + 1, end);
      this.at = end + 1;
      // "[Ss]": one letter in either case is that letter, as far as a case-blind scan goes.
      if (body.length === 2 && /^[A-Za-z]{2}$/.test(body) && body[0]!.toLowerCase() === body[1]!.toLowerCase() && body[0] !== body[1]) return { char: body[0]!.toLowerCase() };
      return { set: null };
    }
    if (c === '\\') {
      const e = s[this.at + 1] ?? '';
      this.at += 2;
      if (/^[./\-'’"#$%&,:;@!?*+()[\]{}|^= <>~`]$/.test(e) && e.charCodeAt(0) < 128) return { char: e };
      if (e === 'u' || e === 'x' || e === 'c' || e === 'p' || e === 'P' || e === 'k') {
        // \uXXXX, \xXX, \cX, \p{..}, \k<..>: skip their argument, know nothing of them.
        const m = /^(?:\{[^}]*\}|<[^>]*>|[0-9A-Fa-f]{1,4}|[A-Za-z])/.exec(s.slice(this.at));
        if (m) this.at += m[0].length;
      }
      return { set: null };
    }
    this.at++;
    if (c === '.' || c === '^' || c === '$' || c.charCodeAt(0) >= 128) return { set: null };
    return { char: c.toLowerCase() };
  }
}

/** The index of the `]` that closes the class opening at `from`. */
function classEnd(s: string, from: number): number {
  let i = from + 1;
  if (s[i] === '^') i++;
  if (s[i] === ']') i++;
  for (; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === ']') return i;
  }
  throw new Error(`unclosed class in /${s}/`);
}

/** The most selective set: the one whose shortest literal is longest, then the smallest. */
function best(candidates: Literals[]): Literals | null {
  let chosen: Literals | null = null;
  let chosenMin = 0;
  for (const set of candidates) {
    const min = Math.min(...set.map((l) => l.length));
    if (chosen === null || min > chosenMin || (min === chosenMin && set.length < chosen.length)) {
      chosen = set;
      chosenMin = min;
    }
  }
  return chosen;
}
