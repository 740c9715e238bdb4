#!/usr/bin/env bash
# Rebuilds every output the refactor (issue 10) must leave unchanged and compares it byte for
# byte with a baseline:
#   timeline extract JSON and a full site of content/ (the seed corpus) and of the TBAQ content
#   corpus (.cache/tbaq-content/, made by scripts/tbaq-to-content.ts); timeline diff in text,
#   markdown and json between content/ and a copy with one date edited; a build --compare-to site.
#   Builds run with --no-cache: cache file names hash every file under src/, so they differ by design.
#
#   scripts/compare-outputs.sh record [DIR]   write the outputs into DIR (see DIR below)
#   scripts/compare-outputs.sh check  [DIR]   rebuild into a temporary folder and diff -r against DIR
#
# DIR defaults to $BASELINE or ../baseline (next to the repository). Exit status: 0 identical,
# 1 differences (printed by diff -r), 2 usage.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
MODE="${1:-check}"
BASE="${2:-${BASELINE:-$ROOT/../baseline}}"
cd "$ROOT"
[ -d .cache/tbaq-content ] || node --import tsx scripts/tbaq-to-content.ts >/dev/null

produce() {
  local out="$1"
  rm -rf "$out"; mkdir -p "$out"
  local tl="node bin/timeline"
  # The edited copy: one event's date in a seed article, "March 2018 invasion", becomes April.
  local edited="$out/.edited-content"
  cp -r content "$edited"
  sed -i 's/March 2018 invasion/April 2018 invasion/' "$edited/canary-turkish-backed-jihadists-link-up-with-daesh.txt"
  $tl extract --content content --out "$out/seed.json" 2>"$out/seed-extract.stderr" || true
  $tl build --no-cache --content content --out "$out/seed-site" 2>"$out/seed-build.stderr" || true
  $tl extract --content .cache/tbaq-content --out "$out/tbaq.json" 2>"$out/tbaq-extract.stderr" || true
  $tl build --no-cache --content .cache/tbaq-content --out "$out/tbaq-site" 2>"$out/tbaq-build.stderr" || true
  for format in text markdown json; do
    $tl diff --format "$format" content "$edited" >"$out/diff.$format" 2>"$out/diff-$format.stderr" || true
  done
  $tl build --no-cache --content "$edited" --out "$out/compare-site" --compare-to content 2>"$out/compare-build.stderr" || true
  rm -rf "$edited"
  # Output folders are named in the build summaries: name them the same way in every run.
  sed -i "s|$out|OUT|g" "$out"/*.stderr
}

case "$MODE" in
  record) produce "$BASE"; echo "recorded into $BASE" ;;
  check)
    [ -d "$BASE" ] || { echo "no baseline at $BASE: run $0 record first" >&2; exit 2; }
    NOW="$(mktemp -d)"
    produce "$NOW"
    if diff -r "$BASE" "$NOW"; then echo "identical to $BASE"; rm -rf "$NOW"; else echo "outputs differ from $BASE (new outputs in $NOW)" >&2; exit 1; fi ;;
  *) echo "usage: $0 record|check [DIR]" >&2; exit 2 ;;
esac
