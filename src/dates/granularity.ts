import type { Granularity } from '../types.ts';

/** Every granularity of a date value, coarsest first: the one ranking the whole code base uses. */
export const GRANULARITIES = ['century', 'decade', 'year', 'half', 'quarter', 'season', 'month', 'week', 'day', 'time'] as const satisfies readonly Granularity[];

/** How fine a granularity is: 0 for a century, 9 for a clock time. */
export const GRANULARITY_RANK = Object.fromEntries(GRANULARITIES.map((g, i) => [g, i])) as Record<Granularity, number>;
