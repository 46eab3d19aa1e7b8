#!/bin/sh
# make score: converts the seeds and every shown set of SHARED/corpus with
# BUILD/minutes, then prints each set's score per input format (score.py)
# and the share of its papers' words that reach the output (coverage.py).
# Needs ../shared (not part of the project); reads it in place.
set -u
M=${BUILD:-build}/minutes
SHARED=${SHARED:-../shared}
OUT=${BUILD:-build}/score
C=$SHARED/corpus
[ -d "$C" ] || { echo "score: $C not found"; exit 1; }
rm -rf "$OUT" && mkdir -p "$OUT/seeds"
for f in "$SHARED"/seeds/*.txt; do
  "$M" convert -q -o "$OUT/seeds/$(basename "$f" .txt).json" "$f" 2>/dev/null || true
done
echo "== seeds"
python3 "$C/score.py" "$C/seeds" "$OUT/seeds" | tail -n 4
for set in dev systems real exports; do
  [ -d "$C/$set" ] || continue
  mkdir -p "$OUT/$set"
  pairs=
  for f in "$C/$set"/*; do
    case $f in *.expected.json|*.md) continue ;; esac
    case $f in *.pdf|*.docx|*.txt|*.html|*.xml|*.json) ;; *) continue ;; esac
    o="$OUT/$set/$(basename "$f").json"
    "$M" convert -q -o "$o" "$f" 2>/dev/null || true
    case $f in *.pdf|*.docx|*.txt|*.html) [ -f "$o" ] && pairs="$pairs $f $o" ;; esac
  done
  echo "== $set"
  python3 "$C/score.py" "$C/$set" "$OUT/$set" --by-format | sed -n '/^format  *meeting/,$p'
  # shellcheck disable=SC2086
  if [ -n "$pairs" ] && command -v pdftotext >/dev/null; then
    python3 "$C/coverage.py" $pairs | tail -n 1
  fi
done
