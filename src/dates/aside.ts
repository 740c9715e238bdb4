/** How far back `insideAside` reads: the window before a position, within its line. */
const ASIDE_REACH = 2000;

/**
 * Whether a position of a text lies inside an aside of its paragraph: a quotation ("...", “...”)
 * or a parenthesis. A quotation speaks from its own moment ("we will withdraw next summer"), a
 * parenthesis often from another thread ("(declassified in 2005)"): neither moves the story's date.
 */
export function insideAside(text: string, at: number): boolean {
  let straight = 0;
  let curly = 0;
  let parens = 0;
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i];
    if (c === "\n" || at - i > ASIDE_REACH) break;
    if (c === '"') straight++;
    else if (c === '“') curly++;
    else if (c === '”') curly--;
    else if (c === '(') parens++;
    else if (c === ')') parens--;
  }
  return straight % 2 === 1 || curly > 0 || parens > 0;
}

/**
 * `insideAside` for increasing positions of one text, in time linear in the text: the counts of
 * quotes and brackets are kept for the window before the last position asked and moved forward
 * (the backward scan from each expression is quadratic in a paragraph with many). A position
 * before the last one asked starts again from the text's start.
 */
export class AsideReader {
  private at = 0;
  /** The window's start: after the last line break before `at`, at most ASIDE_REACH back. */
  private from = 0;
  private straight = 0;
  private curly = 0;
  private parens = 0;

  constructor(private readonly text: string) {}

  inside(at: number): boolean {
    if (at < this.at) this.at = this.from = this.straight = this.curly = this.parens = 0;
    const { text } = this;
    for (; this.at < at; this.at++) {
      const c = text[this.at];
      if (c === '\n') {
        this.from = this.at + 1;
        this.straight = this.curly = this.parens = 0;
      } else this.count(c, 1);
    }
    for (; this.from < at - ASIDE_REACH; this.from++) this.count(text[this.from], -1);
    return this.straight % 2 === 1 || this.curly > 0 || this.parens > 0;
  }

  private count(c: string | undefined, by: number): void {
    if (c === '"') this.straight += by;
    else if (c === '“') this.curly += by;
    else if (c === '”') this.curly -= by;
    else if (c === '(') this.parens += by;
    else if (c === ')') this.parens -= by;
  }
}
