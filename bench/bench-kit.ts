/** Pieces the benchmark scripts share: a seeded generator, the median, and the paint timing read in Chromium. */

/** A small deterministic generator (mulberry32): the same output on every run. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** What `PAINT_TIMING` resolves to in the page. */
export interface PaintTiming {
  fcp: number;
  load: number;
  nodes: number;
}

/**
 * First contentful paint, the load event and the page's element count, run in the page as a
 * string (tsx would wrap a function's inner helpers in a `__name` the page does not have).
 */
export const PAINT_TIMING = `new Promise((resolve) => {
  const nav = performance.getEntriesByType('navigation')[0];
  const done = (fcp) => resolve({ fcp, load: nav ? nav.loadEventEnd : NaN, nodes: document.getElementsByTagName('*').length });
  const entry = performance.getEntriesByName('first-contentful-paint')[0];
  if (entry) return done(entry.startTime);
  new PerformanceObserver((list) => {
    const found = list.getEntriesByName('first-contentful-paint')[0];
    if (found) done(found.startTime);
  }).observe({ type: 'paint', buffered: true });
})`;
