/** Items cut into runs whose weights fit `room`; an item larger than `room` has a run of its own. Never no run. */
export function cutRuns<T>(items: readonly T[], weight: (item: T) => number, room: number): T[][] {
  const runs: T[][] = [];
  let run: T[] = [];
  let used = 0;
  for (const item of items) {
    const cost = weight(item);
    if (run.length > 0 && used + cost > room) {
      runs.push(run);
      run = [];
      used = 0;
    }
    run.push(item);
    used += cost;
  }
  runs.push(run);
  return runs;
}
