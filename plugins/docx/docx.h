/* What the DOCX plugin's files share: the document being read, its ZIP
 * entries read under the extract limits (walk.c), libxml2's SAX2 walk over
 * an XML part (walk.c), and the paragraph styles, read as far as the body
 * asks for them (styles.c).  Internal to plugins/docx/. */
#ifndef MN_DOCX_H
#define MN_DOCX_H

#include <string.h>
#include <minutes/plugin.h>
#include "libs.h"

typedef struct {
  int heading_level;        /* 0: none */
  gboolean bold;
  gboolean list;            /* a list style ("List Bullet") */
  gboolean toc;             /* a table-of-contents style */
} StyleInfo;

typedef struct StyleReader StyleReader;

typedef struct {
  MnExtract *ex;
  zip_t *zip;
  guint64 total_read;       /* inflated from every entry, against max_total_bytes */
  StyleReader *styles;      /* styles.c */
  GHashTable *abstract;     /* abstractNumId -> NumLevel[9] */
  GHashTable *nums;         /* numId -> abstractNumId (char*) */
  GHashTable *counters;     /* numId -> int[9] */
  gboolean numbering_read;  /* numbering.xml asked for (input_docx.c: numbering_ready) */
  gboolean numbering_ok;    /* and read without damage */
} Docx;

/* ---- ZIP entries (walk.c) ---- */

/* One entry inflated a piece at a time, every byte counted against the
 * entry and total limits. */
typedef struct {
  Docx *d;
  const char *name;
  zip_file_t *file;
  guint64 read;
} Entry;

/* FALSE with no error: the entry is absent (an error when required). */
gboolean docx_entry_open (Docx *d, const char *name, gboolean required, Entry *e, GError **error);
/* The next piece into buf: its length, 0 at the end, -1 with error. */
gssize docx_entry_read (Entry *e, char *buf, gsize size, GError **error);
void docx_entry_close (Entry *e);

/* ---- the SAX2 walk (walk.c) ---- */

typedef enum { NODE_START, NODE_END, NODE_TEXT } NodeType;

typedef struct Walker Walker;

/* What a NodeFunc sees of one SAX event. */
typedef struct {
  NodeType type;
  const char *local;          /* element name without prefix (START, END) */
  gsize local_len;            /* its bytes */
  const xmlChar **attrs;      /* SAX2 5-tuples: local, prefix, URI, value, end */
  int n_attrs;
  const char *text;           /* NODE_TEXT: one chunk, not NUL-terminated */
  gsize text_len;             /* its bytes */
  Walker *walker;
} Node;

typedef void (*NodeFunc) (const Node *n, gpointer data);

struct Walker {
  xmlParserCtxtPtr ctxt;
  NodeFunc fn;
  gpointer data;
  int depth, max_depth;
  int skip_until;             /* > 0: inside a skipped element of that depth */
  const char *name;
  GError *error;              /* a limit hit or damage: stops the parser */
  struct {
    const xmlChar *name;      /* an element name of libxml2's dictionary */
    gsize len;
  } name_lengths[256];         /* walk.c: name_length */
};

/* Whether n is the element named by the string literal name.  A macro,
 * so that the name's length is a constant: each SAX event is asked against
 * a dozen names, and a length test and a memcmp of a known size (compiled
 * to a load and a compare) answer most of them without a call; strcmp
 * there was half a million calls in a batch of 40 papers. */
#define docx_is(n, name) \
  ((n)->local_len == sizeof (name) - 1 && memcmp ((n)->local, name, sizeof (name) - 1) == 0)

/* transfer full: the w:-qualified attribute, or NULL */
char *docx_attr (const Node *n, const char *local);
/* an on/off property (w:b): on unless its val says 0, false or none */
gboolean docx_on_value (const Node *n);
/* Called on a NODE_START: the element and all inside it are not walked. */
void docx_skip_element (const Node *n);
/* Stops the walk with error (taken). */
void docx_walker_stop (Walker *w, GError *error);

/* A walk fed a piece at a time: open, feed until the part ends (last),
 * close.  Each returns FALSE once the walk has failed; close says why. */
gboolean docx_walker_open (Walker *w, Docx *d, const char *name, NodeFunc fn, gpointer data,
                           GError **error);
gboolean docx_walker_feed (Walker *w, const char *buf, gsize len, gboolean last);
gboolean docx_walker_close (Walker *w, GError **error);

/* Reads one part whole and walks it with fn.  A missing optional part is
 * no error (TRUE, fn never called). */
gboolean docx_walk_part (Docx *d, const char *name, gboolean required, NodeFunc fn,
                         gpointer data, GError **error);

/* ---- paragraph styles (styles.c) ---- */

StyleReader *docx_styles_new (Docx *d);
void docx_styles_free (StyleReader *r);
/* The style of that id with what it inherits through basedOn, or NULL
 * when styles.xml does not define it.  styles.xml is read only as far as
 * the asked-for styles need; damage met on the way is kept for
 * docx_styles_error and stops the walk of w. */
const StyleInfo *docx_style (StyleReader *r, const char *id, Walker *w);
/* transfer none: the damage or limit styles.xml met, or NULL */
const GError *docx_styles_error (StyleReader *r);

#endif
