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
    if (c === "\n" || at - i > 2000) break;
    if (c === '"') straight++;
    else if (c === '“') curly++;
    else if (c === '”') curly--;
    else if (c === '(') parens++;
    else if (c === ')') parens--;
  }
  return straight % 2 === 1 || curly > 0 || parens > 0;
}
