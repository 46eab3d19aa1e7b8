#!/bin/sh
# The plugin kit and the loader's errors, through the CLI.  Prints TAP.
#  - the out-of-tree path: make install into a temporary prefix, build
#    examples/markdown with pkg-config against the installed headers only,
#    convert with MINUTES_PLUGIN_PATH, see it listed as external;
#  - a plugin built for another ABI, a .so without the expected symbol, a
#    duplicate name (first wins, with a warning), a missing directory.
set -u
cd "$(dirname "$0")/../.." || exit 1
B=${BUILD:-build}
T=$(mktemp -d)
# the installs below build $B's registry for their prefix: build it back
# for the default one, so $B/minutes finds the plugins it would after make
trap 'rm -rf "$T"; make -s BUILD="$B" >/dev/null 2>&1' EXIT
n=0
fail=0
ok () { n=$((n + 1)); if [ "$1" = 0 ]; then echo "ok $n - $2"; else fail=1; echo "not ok $n - $2"; fi; }

make -s install BUILD="$B" PREFIX="$T/prefix0" >/dev/null 2>&1
make install BUILD="$B" PREFIX="$T/prefix" >"$T/install.log" 2>&1
ok $? "make install into a temporary prefix"
ok $([ "$(grep -c '^  CC ' "$T/install.log")" -le 1 ]; echo $?) \
   "another PREFIX recompiles at most registry.c ($(grep '^  CC ' "$T/install.log" | tr -s ' ' | tr '\n' ' '))"
make -s uninstall BUILD="$B" PREFIX="$T/prefix0" >/dev/null 2>&1
test "$(pkg-config --variable=pluginsdir "$T/prefix/lib/pkgconfig/minutes-plugin.pc")" = "$T/prefix/lib/minutes/plugins"
ok $? "pkg-config --variable=pluginsdir minutes-plugin names where plugins go"
for f in bin/minutes include/minutes/plugin.h include/minutes/document.h include/minutes/error.h lib/pkgconfig/minutes-plugin.pc \
         share/man/man1/minutes.1 share/bash-completion/completions/minutes share/zsh/site-functions/_minutes; do
  test -e "$T/prefix/$f"; ok $? "installed $f"
done
M=$T/prefix/bin/minutes
cp -r examples/markdown "$T/md"
# only the installed headers: the checkout's core/ is not on the include path
# a fresh make: the suite may run under make asan, whose CFLAGS would
# otherwise override the example's own
env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL PKG_CONFIG_PATH=$T/prefix/lib/pkgconfig make -s -C "$T/md" >"$T/build.log" 2>&1
ok $? "examples/markdown builds with pkg-config --cflags minutes-plugin"
MINUTES_PLUGIN_PATH=$T/md $M plugins >"$T/plugins" 2>"$T/err"
grep -Eq "^markdown +output +abi 1 +md +$T/md/libmarkdown.so" "$T/plugins"
ok $? "minutes plugins lists markdown as external, with its path"
MINUTES_PLUGIN_PATH=$T/md $M convert -t markdown fixtures/dev/m03.docx >"$T/out.md" 2>"$T/err"
ok $? "convert -t markdown works through MINUTES_PLUGIN_PATH"
grep -q "^## 1. Ansøgning om tilskud" "$T/out.md"
ok $? "the Markdown holds the first item"
make -s uninstall BUILD="$B" PREFIX="$T/prefix" >/dev/null 2>&1
test ! -e "$T/prefix/bin/minutes" && test ! -e "$T/prefix/lib/pkgconfig/minutes-plugin.pc" && test ! -e "$T/prefix/include/minutes"
ok $? "make uninstall removes what install put there"
ok $([ -z "$(find "$T/prefix" -mindepth 1 2>/dev/null)" ]; echo $?) "and leaves no empty directory ($(find "$T/prefix" -mindepth 1 2>/dev/null | head -3 | tr '\n' ' '))"

# loader errors, with plugins built here against the checkout's headers
CF="-fPIC -shared -Icore/include -DMN_PLUGIN_SHARED $(pkg-config --cflags glib-2.0 gmodule-2.0)"
mkdir -p "$T/bad"
cat >"$T/badabi.c" <<'C'
#include <minutes/plugin.h>
static gboolean w (const MnDocument *d, GHashTable *o, GString *s, GError **e) { return TRUE; }
const MnOutputPlugin out = { .abi_version = 999, .struct_size = sizeof (MnOutputPlugin), .name = "badabi", .write = w };
G_MODULE_EXPORT const MnPluginModule mn_plugin_badabi = { MN_PLUGIN_HEADER (MnPluginModule), .output = &out };
C
cat >"$T/nosym.c" <<'C'
int nothing_here = 1;
C
cat >"$T/dupjson.c" <<'C'
#include <minutes/plugin.h>
static gboolean w (const MnDocument *d, GHashTable *o, GString *s, GError **e) { return TRUE; }
const MnOutputPlugin out = { MN_PLUGIN_HEADER (MnOutputPlugin), .name = "json", .write = w };
MN_PLUGIN_EXPORT_OUTPUT (dupjson, out);
C
for p in badabi nosym dupjson; do cc $CF -o "$T/bad/lib$p.so" "$T/$p.c"; done
B_M=$B/minutes
$B_M plugins --plugin-dir "$T/bad" >"$T/out" 2>"$T/err"
ok $? "bad plugins do not stop minutes plugins"
grep -q "libbadabi.so: plugin ABI version 999, expected 1" "$T/err"
ok $? "another ABI version is refused, naming the file and both versions"
grep -q "libnosym.so: expected symbol mn_plugin_nosym in libnosym.so" "$T/err"
ok $? "a .so without the expected symbol is refused, naming the symbol"
grep -q "libdupjson.so: a plugin named 'json' is already loaded; keeping the first" "$T/err"
ok $? "a duplicate name warns and the first wins"
grep -Eq "^json +output +abi 1 +json +built-in" "$T/out"
ok $? "the built-in json is the one kept"
$B_M convert --plugin-dir "$T/bad" fixtures/seeds/001_25dbb616ed6b92b4.txt >"$T/out" 2>/dev/null
python3 -c "import json; json.load(open('$T/out'))"
ok $? "conversion still works with bad plugins on the path"
# an input plugin built before ABI 1 appended .libraries: its descriptor
# ends at .extract, and it loads and converts with no warning
mkdir -p "$T/old"
cat >"$T/oldinput.c" <<'C'
#include <stddef.h>
#include <minutes/plugin.h>
static int probe (const guint8 *h, gsize n, const char *name) { return g_str_has_suffix (name, ".oldfmt") ? MN_PROBE_EXTENSION : 0; }
static gboolean extract (MnExtract *ex, GBytes *in, GError **e)
{ mn_extract_add (ex, MN_BLOCK_PARAGRAPH, "1. Budget", 0, 0, 0); return TRUE; }
static const char *const ext[] = { "oldfmt", NULL };
const MnInputPlugin in = { .abi_version = MN_PLUGIN_ABI_VERSION, .struct_size = offsetof (MnInputPlugin, libraries),
                           .name = "oldfmt", .extensions = ext, .probe = probe, .extract = extract };
MN_PLUGIN_EXPORT_INPUT (oldinput, in);
C
cc $CF -o "$T/old/liboldinput.so" "$T/oldinput.c"
printf 'x' > "$T/paper.oldfmt"
$B_M plugins --plugin-dir "$T/old" >"$T/out" 2>"$T/err"
ok $([ $? = 0 ] && [ ! -s "$T/err" ] && grep -q "^oldfmt" "$T/out"; echo $?) \
   "an input descriptor without the appended .libraries loads with no warning"
rm -rf "$T/oldout"
$B_M batch --quiet --plugin-dir "$T/old" -o "$T/oldout" "$T/paper.oldfmt" 2>"$T/err"
ok $([ $? = 0 ] && [ -s "$T/oldout/paper.oldfmt.json" ]; echo $?) "and a batch over its inputs (preloading nothing for it) converts them"
$B_M plugins --plugin-dir "$T/missing" >/dev/null 2>"$T/err"
test $? = 14 && grep -q "missing: plugin directory cannot be read" "$T/err"
ok $? "a --plugin-dir that does not exist exits 14 naming it"

echo "1..$n"
exit $fail
