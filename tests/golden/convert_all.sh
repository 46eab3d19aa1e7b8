#!/bin/sh
# Converts every fixture paper into OUT/<set>/<file>.json (e.g. dev/m01.pdf.json).
# With VALGRIND=1 each conversion runs under valgrind and a leak fails it.
set -u
minutes=${BUILD:-build}/minutes
out=$1
status=0
for dir in fixtures/seeds fixtures/dev; do
  set_name=$(basename "$dir")
  mkdir -p "$out/$set_name"
  for f in "$dir"/*.txt "$dir"/*.pdf "$dir"/*.docx; do
    [ -e "$f" ] || continue
    name=$(basename "$f")
    if [ "${VALGRIND:-}" = 1 ]; then
      valgrind -q --leak-check=full --errors-for-leak-kinds=definite,indirect \
        --error-exitcode=99 --suppressions=tests/valgrind.supp \
        "$minutes" convert -o "$out/$set_name/$name.json" "$f" 2>>"$out/valgrind.log" || {
          echo "# valgrind: $f failed (see $out/valgrind.log)"; status=1; }
    else
      "$minutes" convert -o "$out/$set_name/$name.json" "$f" || status=1
    fi
  done
done
exit $status
