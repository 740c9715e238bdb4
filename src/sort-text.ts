/** Strings by code unit, the same on every machine (no locale). */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
export const distinctSorted = (values: Iterable<string>): string[] => [...new Set(values)].sort(byText);
