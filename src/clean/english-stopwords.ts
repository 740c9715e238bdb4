/**
 * English function words. Prose has many of them (about 40% of its words), menus, share bars
 * and link lists have few: jusText (Pomikálek 2011) classifies paragraphs by this density.
 */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all am an and any are as at be because been before being below
  between both but by can could did do does doing down during each few for from further had has have
  having he her here hers herself him himself his how i if in into is it its itself just me more most
  my myself no nor not now of off on once only or other our ours ourselves out over own same she
  should so some such than that the their theirs them themselves then there these they this those
  through to too under until up very was we were what when where which while who whom why will with
  would you your yours yourself yourselves also may might must shall since upon whether though although
  yet still even ever many much another every either neither one two three its it's there's he's
  she's they're we're i'm don't doesn't didn't isn't wasn't weren't won't can't couldn't said says
  told according like well already again around across along among within without`
    .split(/\s+/)
    .filter(Boolean),
);
