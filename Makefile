# minutes: build, test, score.  See README.md.
VERSION   := 0.1.0
PREFIX    ?= /usr/local
DESTDIR   ?=
LIBDIR    ?= $(PREFIX)/lib
PLUGINDIR ?= $(LIBDIR)/minutes/plugins
BUILD     ?= build
SHARED    ?= ../shared

CC        ?= cc
# linked: GLib alone.  gobject (its g_object_unref comes with json-glib and
# poppler-glib) and uchardet (asked only about text that is not UTF-8) are
# compiled against and resolved at first use, like the format libraries.
PKGS      := glib-2.0 gmodule-2.0 libpcre2-8
HAVE_PDF  := $(if $(wildcard plugins/pdf/input_pdf.c),$(shell pkg-config --exists poppler-glib && echo 1))
HAVE_DOCX := $(if $(wildcard plugins/docx/input_docx.c),$(shell pkg-config --exists libzip libxml-2.0 && echo 1))
HAVE_SQLITE := $(if $(wildcard plugins/sqlite/output_sqlite.c),$(shell pkg-config --exists sqlite3 && echo 1))
# The PDF and DOCX libraries are compiled against but loaded at the first
# file that needs them (plugins/pdf/input_pdf.c, plugins/docx/libs.h): their
# cflags and sonames, not their libs (mn_library_load, core/library.c).
soname = $(or $(shell objdump -p $$(pkg-config --variable=libdir $(1))/$(2).so 2>/dev/null | sed -n 's/ *SONAME *//p'),$(2).so)
# json-glib (the batch manifest) likewise, at the start of a batch, and
# libcrypto (a batch's SHA-256, core/digest.c), whose soname has its own
# default where libssl-dev is not installed.
LAZY_CFLAGS := $(shell pkg-config --cflags json-glib-1.0 gobject-2.0 uchardet) \
  -DMN_JSON_GLIB_SONAME='"$(call soname,json-glib-1.0,libjson-glib-1.0)"' \
  -DMN_UCHARDET_SONAME='"$(call soname,uchardet,libuchardet)"' \
  $(if $(shell pkg-config --exists libcrypto && echo 1),-DMN_LIBCRYPTO_SONAME='"$(call soname,libcrypto,libcrypto)"')
ifeq ($(HAVE_PDF),1)
LAZY_CFLAGS += $(shell pkg-config --cflags poppler-glib) \
  -DMN_POPPLER_GLIB_SONAME='"$(call soname,poppler-glib,libpoppler-glib)"'
endif
ifeq ($(HAVE_SQLITE),1)
LAZY_CFLAGS += $(shell pkg-config --cflags sqlite3) \
  -DMN_SQLITE_SONAME='"$(call soname,sqlite3,libsqlite3)"'
endif
ifeq ($(HAVE_DOCX),1)
LAZY_CFLAGS += $(shell pkg-config --cflags libzip libxml-2.0) \
  -DMN_LIBZIP_SONAME='"$(call soname,libzip,libzip)"' \
  -DMN_LIBXML2_SONAME='"$(call soname,libxml-2.0,libxml2)"'
endif

# -Werror where the code is developed (a git checkout) and in CI; a
# packager's build from a release tarball with a newer compiler warns but
# builds.  WERROR= (empty) or WERROR=-Werror overrides.
WERROR    ?= $(if $(or $(CI),$(wildcard .git)),-Werror)
WARN      := -Wall -Wextra $(WERROR) -Wno-unused-parameter
CFLAGS    ?= -O2 -g
# CPPFLAGS (a distribution's -D_FORTIFY_SOURCE=2) and CFLAGS are the user's
ALL_CFLAGS = $(CPPFLAGS) $(CFLAGS) $(WARN) -std=gnu11 -Icore/include -Icore \
             $(shell pkg-config --cflags $(PKGS)) $(LAZY_CFLAGS) \
             -DMN_VERSION='"$(VERSION)"' \
             $(if $(HAVE_PDF),-DMN_HAVE_PDF) $(if $(HAVE_DOCX),-DMN_HAVE_DOCX) \
             $(if $(HAVE_SQLITE),-DMN_HAVE_SQLITE) $(ALLOC_CFLAGS)
# The allocator: mimalloc (Debian's libmimalloc-dev) where it links, in
# place of glibc's malloc for the whole process, poppler included: a PDF's
# pages are parsed into small objects allocated and freed by the
# hundred thousand, and glibc's malloc was a fifth of a PDF batch
# (README, "Dependencies").  ALLOCATOR=libc keeps glibc's, as make asan,
# valgrind and fuzz do (each brings its own malloc).  First on the link
# line, so that its malloc is the one every library resolves to.
# (probed only when not given: asan, valgrind and fuzz give it)
ifeq ($(origin ALLOCATOR),undefined)
HAVE_MIMALLOC := $(shell printf '\043include <mimalloc.h>\nint main(void){return mi_version()==0;}\n' | $(CC) -x c - -lmimalloc -o /dev/null 2>/dev/null && echo 1)
ALLOCATOR := $(if $(HAVE_MIMALLOC),mimalloc,libc)
endif
ifeq ($(ALLOCATOR),mimalloc)
ALLOC_CFLAGS := -DMN_HAVE_MIMALLOC
ALLOC_LIBS   := -lmimalloc
endif
BASE_LIBS  = $(shell pkg-config --libs $(PKGS)) -lm
LIBS       = $(ALLOC_LIBS) $(BASE_LIBS)
# plugins loaded at run time resolve mn_* from the executable
LDFLAGS   += -Wl,--export-dynamic

CORE_SRC  := core/document.c core/error.c core/blocks.c core/extract.c \
             core/regex.c core/registry.c core/builtin.c core/convert.c \
             core/library.c core/digest.c core/json_string.c core/json_document.c core/printable.c \
             $(wildcard core/normalize/*.c) $(wildcard core/agenda/*.c) $(wildcard core/agenda/layouts/*.c) $(wildcard core/batch/*.c)
PLUGIN_SRC := plugins/text/input_text.c plugins/json/output_json.c \
             $(wildcard plugins/csv/*.c) $(wildcard plugins/html/*.c) \
             $(if $(HAVE_PDF),$(wildcard plugins/pdf/*.c)) \
             $(if $(HAVE_DOCX),$(wildcard plugins/docx/*.c) $(wildcard plugins/exports/*.c)) \
             $(if $(HAVE_SQLITE),$(wildcard plugins/sqlite/*.c))
LIB_OBJ   := $(patsubst %.c,$(BUILD)/obj/%.o,$(CORE_SRC) $(PLUGIN_SRC))
MAIN_OBJ  := $(BUILD)/obj/core/main.o
UNIT_SRC  := $(wildcard tests/unit/test_*.c)
UNIT_BIN  := $(patsubst tests/unit/%.c,$(BUILD)/tests/%,$(UNIT_SRC))

.PHONY: demo all check install uninstall fuzz bench unit golden cli hostile asan valgrind score golden-accept clean install uninstall

# The man page, from docs/minutes.1.scd (scdoc: Debian's scdoc)
SCDOC     ?= $(shell command -v scdoc 2>/dev/null)

all: $(BUILD)/minutes $(UNIT_BIN) $(if $(SCDOC),$(BUILD)/minutes.1)

$(BUILD)/minutes.1: docs/minutes.1.scd
	@mkdir -p $(dir $@)
	@echo "  SCDOC $<"
	@$(SCDOC) < $< > $@

# objects are rebuilt when the flags change (a format found or lost)
$(BUILD)/flags: FORCE
	@mkdir -p $(BUILD)
	@echo '$(ALL_CFLAGS)' | cmp -s - $@ || echo '$(ALL_CFLAGS)' > $@

FORCE:

# The plugin directory is compiled into registry.c alone, from its own
# stamp: `make install PREFIX=...` after `make` rebuilds that one object,
# not the whole tree.
$(BUILD)/plugindir: FORCE
	@mkdir -p $(BUILD)
	@echo '$(PLUGINDIR)' | cmp -s - $@ || echo '$(PLUGINDIR)' > $@

$(BUILD)/obj/core/registry.o: $(BUILD)/plugindir
$(BUILD)/obj/core/registry.o: ALL_CFLAGS += -DMN_PLUGIN_DIR='"$(PLUGINDIR)"'

# -MMD: each object also depends on the headers it includes (BUILD/obj/*.d)
$(BUILD)/obj/%.o: %.c $(BUILD)/flags
	@mkdir -p $(dir $@)
	@echo '  CC    $<'
	@$(CC) $(ALL_CFLAGS) -MMD -MP -c $< -o $@

-include $(LIB_OBJ:.o=.d) $(MAIN_OBJ:.o=.d) $(patsubst $(BUILD)/tests/%,$(BUILD)/obj/tests/%.d,$(UNIT_BIN))

$(BUILD)/libminutes.a: $(LIB_OBJ)
	@rm -f $@
	@ar rcs $@ $^

$(BUILD)/minutes: $(MAIN_OBJ) $(BUILD)/libminutes.a
	@echo "  LD    $@"
	@$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(MAIN_OBJ) $(BUILD)/libminutes.a $(LIBS)

$(BUILD)/tests/%: tests/unit/%.c tests/unit/tap.h $(BUILD)/libminutes.a
	@mkdir -p $(dir $@) $(BUILD)/obj/tests
	@echo "  LD    $@"
	@$(CC) $(ALL_CFLAGS) -MMD -MP -MF $(BUILD)/obj/tests/$(notdir $@).d $(LDFLAGS) -o $@ $< $(BUILD)/libminutes.a $(LIBS)

# The main job on the fixtures: every paper converted into build/demo/.
demo: $(BUILD)/minutes
	@rm -rf $(BUILD)/demo && mkdir -p $(BUILD)/demo
	@ok=0; failed=0; for f in fixtures/seeds/*.txt fixtures/dev/*.txt fixtures/dev/*.pdf fixtures/dev/*.docx fixtures/exports/*; do \
	  if $(BUILD)/minutes convert -o $(BUILD)/demo/$$(basename $$f).json $$f; then ok=$$((ok+1)); else failed=$$((failed+1)); fi; done; \
	  echo "converted $$ok papers into $(BUILD)/demo/ ($$failed failed)"

# The test suite: TAP through prove; its last line is CI-readable.
check: all
	BUILD=$(BUILD) prove $(UNIT_BIN) tests/golden/run.sh tests/cli/run.sh tests/cli/outputs.sh tests/cli/plugins.sh tests/cli/exports.sh tests/batch/run.sh tests/batch/sqlite.sh tests/cli/manpage.sh tests/layouts/run.sh tests/hostile/run.sh tests/hostile/limits.sh

golden-accept: all
	BUILD=$(BUILD) tests/golden/accept.sh

# allocator_may_return_null: under --max-memory a worker's malloc must fail
# as it does without the sanitizer (NULL, then libxml2's or GLib's
# out-of-memory path, the oom status); ASan's own report there needs
# memory the limit no longer leaves and hangs in its symbolizer
asan:
	ASAN_OPTIONS="allocator_may_return_null=1$${ASAN_OPTIONS:+:$$ASAN_OPTIONS}" \
	$(MAKE) BUILD=build-asan ALLOCATOR=libc CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
	        LDFLAGS="-fsanitize=address,undefined" check

# on glibc's allocator, as ASan: memcheck replaces malloc and new/delete,
# and mimalloc's delete[] is an alias of its free, which memcheck then
# reports as a mismatched free in every C++ library
valgrind:
	$(MAKE) BUILD=build-valgrind ALLOCATOR=libc build-valgrind/minutes
	BUILD=build-valgrind VALGRIND=1 prove -v tests/golden/run.sh

# Converts the seeds and every shown set of ../shared/corpus and prints
# each set's score per format and its coverage (scripts/score.sh).
score: $(BUILD)/minutes
	@BUILD=$(BUILD) SHARED=$(SHARED) sh scripts/score.sh

# The CLI, the public headers and minutes-plugin.pc for plugins built out
# of tree.  The built-in plugins are compiled into the CLI; PLUGINDIR is
# created for external ones.
HEADERS := core/include/minutes/plugin.h core/include/minutes/document.h core/include/minutes/error.h

MANDIR    ?= $(PREFIX)/share/man
BASHCOMPDIR ?= $(PREFIX)/share/bash-completion/completions
ZSHCOMPDIR  ?= $(PREFIX)/share/zsh/site-functions

install: $(BUILD)/minutes $(BUILD)/minutes.1
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/include/minutes \
	  $(DESTDIR)$(LIBDIR)/pkgconfig $(DESTDIR)$(PLUGINDIR) $(DESTDIR)$(MANDIR)/man1 \
	  $(DESTDIR)$(BASHCOMPDIR) $(DESTDIR)$(ZSHCOMPDIR)
	install -m 755 $(BUILD)/minutes $(DESTDIR)$(PREFIX)/bin/minutes
	install -m 644 $(HEADERS) $(DESTDIR)$(PREFIX)/include/minutes/
	install -m 644 $(BUILD)/minutes.1 $(DESTDIR)$(MANDIR)/man1/minutes.1
	install -m 644 completions/minutes.bash $(DESTDIR)$(BASHCOMPDIR)/minutes
	install -m 644 completions/_minutes $(DESTDIR)$(ZSHCOMPDIR)/_minutes
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@PLUGINDIR@|$(PLUGINDIR)|' -e 's|@VERSION@|$(VERSION)|' \
	  minutes-plugin.pc.in > $(DESTDIR)$(LIBDIR)/pkgconfig/minutes-plugin.pc

# Removes what install wrote, and the directories it leaves empty (rmdir
# never removes a directory that holds anything else).
uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/minutes $(DESTDIR)$(LIBDIR)/pkgconfig/minutes-plugin.pc
	rm -f $(addprefix $(DESTDIR)$(PREFIX)/include/minutes/,$(notdir $(HEADERS)))
	rm -f $(DESTDIR)$(MANDIR)/man1/minutes.1 $(DESTDIR)$(BASHCOMPDIR)/minutes $(DESTDIR)$(ZSHCOMPDIR)/_minutes
	-for d in $(DESTDIR)$(PREFIX)/include/minutes $(DESTDIR)$(PLUGINDIR) $(DESTDIR)$(LIBDIR)/minutes \
	  $(DESTDIR)$(LIBDIR)/pkgconfig $(DESTDIR)$(LIBDIR) $(DESTDIR)$(PREFIX)/include \
	  $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR) $(DESTDIR)$(BASHCOMPDIR) \
	  $(DESTDIR)$(PREFIX)/share/bash-completion $(DESTDIR)$(ZSHCOMPDIR) $(DESTDIR)$(PREFIX)/share/zsh \
	  $(DESTDIR)$(PREFIX)/share $(DESTDIR)$(PREFIX)/bin; do rmdir $$d 2>/dev/null; done; true

# Speed against pdftotext, docx2txt and pandoc; writes bench/RESULTS.md.
# Never part of make check.
# bench/floor: the least a converter on the same libraries must do per file
bench: $(BUILD)/minutes $(BUILD)/bench/peak_rss $(if $(HAVE_PDF),$(BUILD)/bench/pdf_floor) $(if $(HAVE_DOCX),$(BUILD)/bench/docx_floor)
	BUILD=$(BUILD) python3 bench/bench.py
	@printf '\n## Scaling (bench/scaling.py)\n\n' >> bench/RESULTS.md
	BUILD=$(BUILD) python3 bench/scaling.py | tee -a bench/RESULTS.md
	@printf '\n## SQLite beside JSON (bench/sqlite.py)\n\n' >> bench/RESULTS.md
	BUILD=$(BUILD) python3 bench/sqlite.py | tee -a bench/RESULTS.md

# peak RSS of a command, measured from a small parent (see the file)
$(BUILD)/bench/peak_rss: bench/floor/peak_rss.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(WARN) $< -o $@

$(BUILD)/bench/pdf_floor: bench/floor/pdf_floor.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(WARN) $< -o $@ $(shell pkg-config --cflags --libs poppler-glib)

$(BUILD)/bench/docx_floor: bench/floor/docx_floor.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(WARN) $< -o $@ $(shell pkg-config --cflags --libs libzip libxml-2.0 glib-2.0)

# Fuzzing with libFuzzer (clang): one target per input plugin, seeded with
# the fixtures; FUZZ_SECONDS each.  Crashes land in fixtures/fuzz/<plugin>/
# and are replayed by the golden suite from then on.
FUZZ_SECONDS ?= 60
FUZZ_PLUGINS := text $(if $(HAVE_PDF),pdf) $(if $(HAVE_DOCX),docx)
FUZZ_CFLAGS := -O1 -g -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer

fuzz:
	$(MAKE) BUILD=build-fuzz ALLOCATOR=libc CC=clang CFLAGS="$(FUZZ_CFLAGS)" LDFLAGS="-fsanitize=address,undefined" build-fuzz/libminutes.a
	@for p in $(FUZZ_PLUGINS); do \
	  clang $(FUZZ_CFLAGS) -fsanitize=fuzzer -std=gnu11 -Icore/include -Icore $$(pkg-config --cflags $(PKGS)) \
	    -DFUZZ_PLUGIN='"'$$p'"' -o build-fuzz/fuzz_$$p tests/fuzz/fuzz_convert.c build-fuzz/libminutes.a $(BASE_LIBS) || exit 1; \
	done
	@for p in $(FUZZ_PLUGINS); do \
	  mkdir -p build-fuzz/corpus/$$p fixtures/fuzz/$$p; \
	  case $$p in text) ext=txt;; *) ext=$$p;; esac; \
	  cp fixtures/dev/*.$$ext fixtures/seeds/*.$$ext build-fuzz/corpus/$$p/ 2>/dev/null; \
	  echo "fuzzing $$p for $(FUZZ_SECONDS) s"; \
	  build-fuzz/fuzz_$$p -max_total_time=$(FUZZ_SECONDS) -max_len=262144 -timeout=20 -rss_limit_mb=2048 \
	    -artifact_prefix=fixtures/fuzz/$$p/ -print_final_stats=1 build-fuzz/corpus/$$p \
	    > build-fuzz/fuzz_$$p.log 2>&1 || { echo "fuzz_$$p found a crash: see build-fuzz/fuzz_$$p.log"; exit 1; }; \
	  grep -E "stat::number_of_executed_units|stat::peak_rss" build-fuzz/fuzz_$$p.log; \
	done

clean:
	rm -rf build build-asan build-valgrind build-fuzz
