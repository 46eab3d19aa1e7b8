#!/bin/sh
# The man page renders with its sections; the bash completion completes.
# TAP.
set -u
cd "$(dirname "$0")/../.." || exit 1
B=${BUILD:-build}
n=0
fail=0
ok () { n=$((n + 1)); if [ "$1" = 0 ]; then echo "ok $n - $2"; else fail=1; echo "not ok $n - $2"; fi; }

if [ -f "$B/minutes.1" ] && command -v man >/dev/null; then
  page=$(MANWIDTH=80 man -l "$B/minutes.1" 2>/dev/null)
  for s in NAME SYNOPSIS OPTIONS "EXIT STATUS" ENVIRONMENT EXAMPLES; do
    echo "$page" | grep -q "^$s" ; ok $? "man -l minutes.1 has the section $s"
  done
  echo "$page" | grep -q "minutes plugins" && echo "$page" | grep -q "minutes search" && echo "$page" | grep -q "minutes batch" ; ok $? "the page covers every subcommand"
  echo "$page" | grep -Eq "^ *21 +batch: a worker crashed" ; ok $? "and the exit codes up to 21"
else
  echo "not ok 1 - $B/minutes.1 built and man installed (make builds it with scdoc)"; n=1; fail=1
fi

out=$(PATH="$(pwd)/$B:$PATH" bash -c '
  . completions/minutes.bash
  complete -p minutes
  COMP_WORDS=(minutes convert -t ""); COMP_CWORD=3; _minutes; echo "formats: ${COMPREPLY[*]}"
  COMP_WORDS=(minutes batch -t "json,c"); COMP_CWORD=3; _minutes; echo "list: ${COMPREPLY[*]}"
  COMP_WORDS=(minutes convert -O ""); COMP_CWORD=3; _minutes; echo "keys: ${COMPREPLY[*]}"
  COMP_WORDS=(minutes ""); COMP_CWORD=1; _minutes; echo "commands: ${COMPREPLY[*]}"' 2>&1)
echo "$out" | grep -q "^complete .*-F _minutes minutes" ; ok $? "sourcing the bash completion defines complete -p minutes"
echo "$out" | grep -q "^formats: json csv html" ; ok $? "completing 'minutes convert -t ' offers the output formats ($(echo "$out" | grep '^formats'))"
echo "$out" | grep -q "^list: json,csv" ; ok $? "batch -t completes the last name of a list"
echo "$out" | grep -q "^keys: .*table=" ; ok $? "-O completes the plugins' keys"
echo "$out" | grep -q "^commands: convert batch plugins search" ; ok $? "the subcommands complete"
if command -v zsh >/dev/null; then
  zsh -n completions/_minutes ; ok $? "the zsh completion parses"
fi
echo "1..$n"
exit $fail
