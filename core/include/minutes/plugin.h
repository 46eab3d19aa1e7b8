/* minutes: the only header a plugin needs.
 *
 * A plugin is one .c file ending in one const descriptor (MnInputPlugin or
 * MnOutputPlugin) written with designated initializers.  The same source is
 * built into the binary (listed in core/builtin.c) or as a GModule shared
 * object: MN_PLUGIN_EXPORT_INPUT / _OUTPUT then emit the one symbol the
 * loader looks for, `mn_plugin_<file stem>`.
 *
 * ABI rules: every descriptor starts with abi_version and struct_size, set
 * with MN_PLUGIN_HEADER; fields are only ever appended; MN_PLUGIN_ABI_VERSION
 * is bumped on any change that is not an append.  The loader refuses a
 * mismatch with one line naming the file and both versions.
 */
#ifndef MINUTES_PLUGIN_H
#define MINUTES_PLUGIN_H

#include <glib.h>
#include <gmodule.h>
#include <minutes/document.h>
#include <minutes/error.h>

G_BEGIN_DECLS

#define MN_PLUGIN_ABI_VERSION 1

/* How sure a probe is, scored by evidence verified (libarchive's "bits
 * verified").  A probe is a pure function of the first bytes and the name. */
#define MN_PROBE_NONE       0
#define MN_PROBE_EXTENSION 50   /* only the file name fits */
#define MN_PROBE_LIKELY    80   /* content looks right */
#define MN_PROBE_CERTAIN  100   /* a signature and its structure verified */

/* How many leading bytes a probe sees at most. */
#define MN_PROBE_HEAD_SIZE 4096

/* ---- Blocks: what an input plugin extracts -------------------------------
 *
 * Inputs never build the agenda.  They append blocks in reading order; the
 * normalization passes and the agenda parser do the rest (pandoc's one model
 * in the middle).  A LINE is one printed line that may continue the one
 * before; a PARAGRAPH is complete; a BREAK separates paragraphs; a
 * TABLE_ROW holds cells whose paragraphs are separated by '\n'. */
typedef enum {
  MN_BLOCK_LINE,
  MN_BLOCK_PARAGRAPH,
  MN_BLOCK_BREAK,
  MN_BLOCK_TABLE_ROW,
} MnBlockKind;

typedef enum {
  MN_STYLE_HEADING   = 1 << 0,  /* heading style; level in MnBlock.level */
  MN_STYLE_BOLD      = 1 << 1,  /* the whole block is bold */
  MN_STYLE_LIST_ITEM = 1 << 2,  /* a bullet or numbered list entry */
  MN_STYLE_RUNNING   = 1 << 3,  /* page header or footer, not body text */
  MN_STYLE_ITEM      = 1 << 4,  /* an item's title, where the format says so
                                 * (an export's item record): the paper's
                                 * items are then exactly these blocks */
  MN_STYLE_LINE_BREAK = 1 << 5, /* the block goes on from the one before
                                 * after a line break (HTML's <br>), in the
                                 * same paragraph of the text */
  MN_STYLE_IMPLIED   = 1 << 6,  /* a heading the format implies and the
                                 * paper does not print (an export's list
                                 * of enclosures under "Bilag"): its
                                 * section is read (the attachments) but
                                 * not listed among the item's sections */
} MnStyle;

typedef struct {
  MnBlockKind kind;
  guint style;              /* MnStyle bits */
  int level;                /* heading level, 1 = top; 0 when not a heading */
  int page;                 /* 1-based; 0 when the format has no pages */
  char *text;               /* LINE, PARAGRAPH; NULL otherwise */
  GPtrArray *cells;         /* TABLE_ROW: char* per cell; NULL otherwise */
} MnBlock;

/* The extraction context: owned by the core, handed to extract(). */
typedef struct _MnExtract MnExtract;

/* Append blocks.  Strings are copied (transfer none).  Past the text or
 * block limit a block is dropped and the conversion ends with exit 11
 * once extract() returns; mn_extract_full() tells a plugin to stop early. */
void mn_extract_add (MnExtract *ex, MnBlockKind kind, const char *text,
                     guint style, int level, int page);
void mn_extract_add_row (MnExtract *ex, const char *const *cells,
                         guint n_cells, int page);
/* TRUE once the text or block limit is reached: nothing more is kept. */
gboolean mn_extract_full (MnExtract *ex);
/* The number of pages, for formats that have them. */
void mn_extract_set_pages (MnExtract *ex, int pages);
/* A recoverable loss, reported in the document's warnings[]. */
void mn_extract_warn (MnExtract *ex, const char *code, int page,
                      const char *format, ...) G_GNUC_PRINTF (4, 5);
/* The input's base name, for messages.  transfer none */
const char *mn_extract_file_name (MnExtract *ex);

/* Joins two printed lines as the core does: one space, or none where a
 * word was hyphenated at the line end ("budget-" "opfølgning").  Plugins
 * that assemble table cells from lines use it.  transfer full */
char *mn_text_join_lines (const char *a, const char *b);

/* Safety limits every input plugin honours; exceeding one is MN_ERROR_LIMIT
 * or MN_ERROR_TOO_LARGE. */
typedef struct {
  guint64 max_input_bytes;      /* whole input file */
  guint64 max_text_bytes;       /* extracted text */
  guint64 max_entry_bytes;      /* one decompressed archive entry */
  guint64 max_total_bytes;      /* all decompressed entries */
  int max_pages;
  int max_depth;                /* XML nesting */
  guint64 max_blocks;           /* blocks (lines, paragraphs, rows) handed over;
                                 * with max_text_bytes applied by the core to
                                 * every plugin's mn_extract_add (appended in
                                 * ABI 1: read it only from the core's limits) */
} MnLimits;

const MnLimits *mn_extract_limits (MnExtract *ex);

#define MN_PLUGIN_HEADER(type) \
  .abi_version = MN_PLUGIN_ABI_VERSION, .struct_size = sizeof (type)

typedef struct {
  guint32 abi_version;
  guint32 struct_size;
  const char *name;                 /* "pdf": used with -f and in messages */
  const char *description;
  const char *const *extensions;    /* NULL-terminated, without the dot */
  /* 0..100, see MN_PROBE_*; head holds at most MN_PROBE_HEAD_SIZE bytes */
  int (*probe) (const guint8 *head, gsize head_len, const char *file_name);
  /* Reads the whole input and appends blocks.  FALSE with error set on
   * failure; the message starts with what failed, the core adds the file. */
  gboolean (*extract) (MnExtract *ex, GBytes *input, GError **error);
  /* Appended in ABI 1 (read it through MN_INPUT_LIBRARIES, which checks
   * struct_size): the sonames extract() loads at its first file with
   * mn_library_load, NULL-terminated; NULL for none.  A batch maps those
   * of the plugins its inputs need before its workers fork, so that a
   * worker's memory limit is not spent on them, and no others. */
  const char *const *libraries;
} MnInputPlugin;

/* in->libraries when the descriptor has the field, else NULL. */
#define MN_INPUT_LIBRARIES(in) \
  ((in)->struct_size >= G_STRUCT_OFFSET (MnInputPlugin, libraries) + sizeof (gpointer) \
   ? (in)->libraries : NULL)

/* An option an output plugin accepts with -O key=value. */
typedef struct {
  const char *key;
  const char *description;
} MnOptionSpec;

typedef struct {
  guint32 abi_version;
  guint32 struct_size;
  const char *name;                 /* "json": used with -t */
  const char *description;
  const char *extension;            /* for output names: "json" */
  const MnOptionSpec *options;      /* {NULL} terminated, or NULL for none */
  /* Serializes doc into out.  options maps key -> value; the core has
   * already refused keys not in .options, the plugin validates values. */
  gboolean (*write) (const MnDocument *doc, GHashTable *options, GString *out,
                     GError **error);
  /* Appended in ABI 1 (read it through MN_OUTPUT_STORE, which checks
   * struct_size): a database output.  Adds the document, given as its JSON
   * (mn_document_write_json), to the database at path in place -- no
   * temporary file -- replacing an earlier conversion of source_path, all
   * in one transaction.  write may then be NULL. */
  gboolean (*store) (const char *json, const char *source_path, GHashTable *options,
                     const char *path, GError **error);
} MnOutputPlugin;

/* out->store when the descriptor has the field and sets it, else NULL. */
#define MN_OUTPUT_STORE(out) \
  ((out)->struct_size >= G_STRUCT_OFFSET (MnOutputPlugin, store) + sizeof (gpointer) \
   ? (out)->store : NULL)

/* ---- helpers ------------------------------------------------------------ */

/* A library resolved at its first use instead of linked, so that a process
 * which never needs it does not pay its start-up (the PDF and DOCX plugins
 * do this).  Declare the pointers with the library's own prototypes, e.g.
 * `__typeof__ (zip_fread) *zip_fread;`, so calls stay type-checked. */
typedef struct {
  const char *name;         /* the symbol */
  gpointer *address;        /* where its address goes */
} MnLibrarySymbol;

typedef struct {
  const char *soname;               /* "libzip.so.4" */
  const MnLibrarySymbol *symbols;   /* ends with { NULL, NULL } */
  gsize once;                       /* private: zero-initialize */
  gboolean loaded;                  /* private */
} MnLibrary;

/* Opens lib->soname, kept open for the life of the process, and resolves
 * every symbol, once per process (thread-safe); later calls return the
 * first answer.  FALSE when the library or one symbol is missing. */
gboolean mn_library_load (MnLibrary *lib);

/* Appends the document to out as JSON (minutes-agenda/1.1), exactly as the
 * json output writes it. */
void mn_document_write_json (const MnDocument *doc, GString *out);

/* Appends s to out as a JSON string literal, escaped as Python's
 * json.dumps(ensure_ascii=False) does: the two specials, the five short
 * escapes, other control characters as \u00XX, all else as is (UTF-8);
 * a byte that is not UTF-8 (a file name's) as U+FFFD. */
void mn_json_append_string (GString *out, const char *s);

/* What an external module exports: one of input or output is set. */
typedef struct {
  guint32 abi_version;
  guint32 struct_size;
  const MnInputPlugin *input;
  const MnOutputPlugin *output;
} MnPluginModule;

#ifdef MN_PLUGIN_SHARED
#define MN_PLUGIN_EXPORT_INPUT(stem, descriptor) \
  G_MODULE_EXPORT const MnPluginModule mn_plugin_##stem = { \
    MN_PLUGIN_HEADER (MnPluginModule), .input = &(descriptor), .output = NULL }
#define MN_PLUGIN_EXPORT_OUTPUT(stem, descriptor) \
  G_MODULE_EXPORT const MnPluginModule mn_plugin_##stem = { \
    MN_PLUGIN_HEADER (MnPluginModule), .input = NULL, .output = &(descriptor) }
#else
#define MN_PLUGIN_EXPORT_INPUT(stem, descriptor) \
  extern const MnInputPlugin descriptor
#define MN_PLUGIN_EXPORT_OUTPUT(stem, descriptor) \
  extern const MnOutputPlugin descriptor
#endif

G_END_DECLS

#endif
