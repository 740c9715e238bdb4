#!/usr/bin/env bash
# Build wall time and peak RSS of `timeline build` on a corpus of real news text: the TBAQ
# articles (TimeBank and AQUAINT, ../shared/eval/tbaq) converted, copied under new names until
# the corpus holds N articles (the copies repeat text, so their events merge as corroborated).
# Prints: a cold build (no cache) with --jobs 1 and --jobs 2, a warm build (every analysis
# cached), and a rebuild after one article is edited.
#   bash bench/build-scale.sh [N]      (default 1000)
set -euo pipefail
N=${1:-1000}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TBAQ=$ROOT/../shared/eval/tbaq
[ -d "$TBAQ/TimeBank" ] || { echo "the TBAQ corpus is missing: $TBAQ" >&2; exit 2; }
WORK=$(mktemp -d /tmp/build-scale-XXXXXX)
trap 'rm -rf "$WORK"' EXIT
node --import tsx "$ROOT/scripts/tbaq-to-content.ts" --tbaq "$TBAQ" --out "$WORK/tbaq" >/dev/null
mkdir "$WORK/one"; find "$WORK/tbaq" -name '*.txt' -exec cp {} "$WORK/one/" \;
mkdir "$WORK/content"
i=0; copy=0
while [ $i -lt "$N" ]; do
  for f in "$WORK"/one/*; do
    [ $i -lt "$N" ] || break
    cp "$f" "$WORK/content/c$copy-$(basename "$f")"; i=$((i+1))
  done
  copy=$((copy+1))
done
echo "corpus: $(ls "$WORK/content" | wc -l) articles, $(du -sh "$WORK/content" | cut -f1)"
run() { # label, args...
  local label=$1; shift
  /usr/bin/time -f "%e %M %U %S" -o "$WORK/time" node "$ROOT/bin/timeline" build --quiet --content "$WORK/content" "$@" >/dev/null 2>"$WORK/err" || true
  read -r wall rss user sys <"$WORK/time"
  printf '%-34s %7s s wall  %7s s CPU  peak RSS %5d MB\n' "$label" "$wall" "$(echo "$user + $sys" | bc)" "$((rss / 1024))"
}
run "cold, --jobs 1, no cache" --out "$WORK/site1" --jobs 1 --no-cache
run "cold, --jobs 2 (cache filled)" --out "$WORK/site2" --jobs 2
run "warm: every analysis cached" --out "$WORK/site2" --jobs 2
first=$(ls "$WORK/content" | sed -n 1p)
printf '\nOn 4 May 2001 the council met again, officials said.\n' >>"$WORK/content/$first"
run "one article edited" --out "$WORK/site2" --jobs 2
