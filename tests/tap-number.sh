#!/bin/sh
# Numbers "ok - x" / "not ok - x" lines and appends the TAP plan.
awk '/^ok /   { n++; sub(/^ok/, "ok " n); print; next }
     /^not ok / { n++; sub(/^not ok/, "not ok " n); print; next }
     { print }
     END { print "1.." n }'
