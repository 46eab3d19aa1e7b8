/* ZIP entries inflated a piece at a time under the extract limits, and
 * libxml2's SAX2 parser walking them: libxml2 pulls the pieces of a part
 * read whole (docx_walk_part); a part read only as far as needed
 * (styles.c) is pushed to it a piece at a time (docx_walker_open).
 *
 * Pieces, not whole entries: a part is parsed as it inflates, so no part
 * is held whole in memory, and a reader that has what it needs (styles.c)
 * stops before the rest is inflated or parsed.  libxml2 builds no tree,
 * which made the DOCX parts a third cheaper to read than with
 * xmlTextReader. */
#include <string.h>
#include "docx.h"

#define W_NS "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
/* ---- ZIP entries -------------------------------------------------------- */

gboolean
docx_entry_open (Docx *d, const char *name, gboolean required, Entry *e, GError **error)
{
  zip_int64_t idx = docx_lib.zip_name_locate (d->zip, name, 0);

  memset (e, 0, sizeof *e);
  if (idx < 0)
    {
      if (required)
        g_set_error (error, MN_ERROR, MN_ERROR_CORRUPT,
                     "not a Word document: %s is missing", name);
      return FALSE;
    }
  e->file = docx_lib.zip_fopen_index (d->zip, (zip_uint64_t) idx, 0);
  if (e->file == NULL)
    {
      g_set_error (error, MN_ERROR, MN_ERROR_CORRUPT, "damaged DOCX: %s: %s",
                   name, docx_lib.zip_strerror (d->zip));
      return FALSE;
    }
  e->d = d;
  e->name = name;
  return TRUE;
}

gssize
docx_entry_read (Entry *e, char *buf, gsize size, GError **error)
{
  const MnLimits *limits = mn_extract_limits (e->d->ex);
  zip_int64_t n = docx_lib.zip_fread (e->file, buf, size);

  if (n < 0)
    {
      g_set_error (error, MN_ERROR, MN_ERROR_CORRUPT, "damaged DOCX: %s: %s", e->name,
                   docx_lib.zip_file_strerror (e->file));
      return -1;
    }
  /* the sizes in the ZIP directory can lie: what is inflated is counted */
  e->read += (guint64) n;
  e->d->total_read += (guint64) n;
  if (e->read > limits->max_entry_bytes || e->d->total_read > limits->max_total_bytes)
    {
      guint64 limit = e->read > limits->max_entry_bytes ? limits->max_entry_bytes
                                                        : limits->max_total_bytes;
      g_set_error (error, MN_ERROR, MN_ERROR_LIMIT,
                   "%s expands beyond %" G_GUINT64_FORMAT " bytes (zip bomb?)", e->name, limit);
      return -1;
    }
  return (gssize) n;
}

void
docx_entry_close (Entry *e)
{
  if (e->file)
    docx_lib.zip_fclose (e->file);
  e->file = NULL;
}

/* ---- node helpers ------------------------------------------------------- */

char *
docx_attr (const Node *n, const char *local)
{
  for (int i = 0; i < n->n_attrs; i++)
    {
      const xmlChar **a = n->attrs + 5 * i;
      /* WordprocessingML attributes are w:-qualified */
      if (strcmp ((const char *) a[0], local) == 0 && a[2] && strcmp ((const char *) a[2], W_NS) == 0)
        return g_strndup ((const char *) a[3], a[4] - a[3]);
    }
  return NULL;
}

gboolean
docx_on_value (const Node *n)
{
  g_autofree char *v = docx_attr (n, "val");
  return v == NULL || !(strcmp (v, "0") == 0 || strcmp (v, "false") == 0 || strcmp (v, "none") == 0);
}

void
docx_skip_element (const Node *n)
{
  n->walker->skip_until = n->walker->depth;
}

/* The walk's first error is kept, a later one dropped. */
static void
walker_keep_error (Walker *w, GError *error)
{
  if (w->error == NULL)
    w->error = error;
  else
    g_error_free (error);
}

void
docx_walker_stop (Walker *w, GError *error)
{
  walker_keep_error (w, error);
  docx_lib.xmlStopParser (w->ctxt);
}

/* ---- SAX callbacks ------------------------------------------------------ */

static void
walker_fail (Walker *w, const char *what)
{
  docx_walker_stop (w, g_error_new (MN_ERROR, MN_ERROR_LIMIT, "%s %s", w->name, what));
}

/* The length of an element's local name.  libxml2 hands each name out of
 * its dictionary, the same pointer every time the name recurs, and a part
 * uses a few dozen names a hundred thousand times: their lengths are kept
 * by pointer, where a strlen for each start and end tag was 1 % of a DOCX
 * batch. */
G_STATIC_ASSERT (G_N_ELEMENTS (((Walker *) NULL)->name_lengths) == 256);

static inline gsize
name_length (Walker *w, const xmlChar *local)
{
  /* the dictionary packs short names a few bytes apart ("p", "r", "t"):
   * every bit of the address goes into the slot (Fibonacci hashing) */
  guint slot = (guint) (((guint64) (guintptr) local * 0x9E3779B97F4A7C15ull) >> 56);

  if (w->name_lengths[slot].name != local)
    {
      w->name_lengths[slot].name = local;
      w->name_lengths[slot].len = strlen ((const char *) local);
    }
  return w->name_lengths[slot].len;
}

static void
on_start (void *ctx, const xmlChar *local, const xmlChar *prefix, const xmlChar *uri,
          int n_namespaces, const xmlChar **namespaces, int n_attrs, int n_defaulted,
          const xmlChar **attrs)
{
  Walker *w = ctx;
  Node n = { NODE_START, (const char *) local, name_length (w, local), attrs, n_attrs, NULL, 0, w };

  if (++w->depth > w->max_depth)
    {
      g_autofree char *what = g_strdup_printf ("nests deeper than %d elements", w->max_depth);
      walker_fail (w, what);
      return;
    }
  if (w->skip_until == 0)
    w->fn (&n, w->data);
}

static void
on_end (void *ctx, const xmlChar *local, const xmlChar *prefix, const xmlChar *uri)
{
  Walker *w = ctx;
  Node n = { NODE_END, (const char *) local, name_length (w, local), NULL, 0, NULL, 0, w };

  if (w->skip_until == 0)
    w->fn (&n, w->data);
  else if (w->skip_until == w->depth)
    w->skip_until = 0;
  w->depth--;
}

static void
on_text (void *ctx, const xmlChar *text, int len)
{
  Walker *w = ctx;
  Node n = { NODE_TEXT, NULL, 0, NULL, 0, NULL, 0, w };

  if (w->skip_until)
    return;
  /* libxml2's own buffer, as it is: no copy */
  n.text = (const char *) text;
  n.text_len = (gsize) len;
  w->fn (&n, w->data);
}

/* OOXML never declares a DTD; one that does is hostile ("billion laughs"):
 * the parser is stopped at <!DOCTYPE, before any entity is declared. */
static void
on_dtd (void *ctx, const xmlChar *name, const xmlChar *external_id, const xmlChar *system_id)
{
  walker_fail (ctx, "declares a DTD");
}

static void
on_error (void *ctx, xmlErrorPtr error)
{
  Walker *w = ctx;

  /* damage is reported once, from the parser's result; running out of
   * memory is no damage, and is said so (a batch's --max-memory) */
  if (error && error->code == XML_ERR_NO_MEMORY && w->error == NULL)
    docx_walker_stop (w, g_error_new (MN_ERROR, MN_ERROR_OUT_OF_MEMORY,
                                      "out of memory reading %s", w->name));
}

/* ---- the walk ----------------------------------------------------------- */

/* What every walk sets: the callbacks, into sax, and the walker's fields. */
static void
walker_init (Walker *w, Docx *d, const char *name, NodeFunc fn, gpointer data,
             xmlSAXHandler *sax)
{
  memset (w, 0, sizeof *w);
  w->fn = fn;
  w->data = data;
  w->max_depth = mn_extract_limits (d->ex)->max_depth;
  w->name = name;
  memset (sax, 0, sizeof *sax);
  sax->initialized = XML_SAX2_MAGIC;
  sax->startElementNs = on_start;
  sax->endElementNs = on_end;
  sax->characters = on_text;
  sax->internalSubset = on_dtd;
  sax->serror = on_error;
}

/* The parser's options, on the context w was given (FALSE: none). */
static gboolean
walker_start (Walker *w, const char *name, GError **error)
{
  if (w->ctxt == NULL)
    {
      g_set_error (error, MN_ERROR, MN_ERROR_CORRUPT, "damaged DOCX: %s cannot be read", name);
      return FALSE;
    }
  /* XML_PARSE_HUGE: libxml2's own 10 MB cap on one text node refused a
   * valid document.xml of 10 MB and more; ours bound the part instead
   * (max_entry_bytes, and the text and block limits of mn_extract_add).
   * Entities cannot amplify it: a DTD is refused (on_dtd). */
  docx_lib.xmlCtxtUseOptions (w->ctxt, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING
                                       | XML_PARSE_COMPACT | XML_PARSE_HUGE);
  docx_lib.xmlResetLastError ();
  return TRUE;
}

/* After the parser returned rc: w->error says whether the walk failed. */
static gboolean
walker_check (Walker *w, int rc)
{
  /* a failed allocation inside libxml2's buffers reaches only its last
   * error, not the parser's handler: it is no damage either */
  const xmlError *e = docx_lib.xmlGetLastError ();

  if (w->error == NULL && (w->ctxt->errNo == XML_ERR_NO_MEMORY || (e && e->code == XML_ERR_NO_MEMORY)))
    w->error = g_error_new (MN_ERROR, MN_ERROR_OUT_OF_MEMORY, "out of memory reading %s", w->name);
  if (w->error == NULL && (rc != 0 || !w->ctxt->wellFormed))
    w->error = g_error_new (MN_ERROR, MN_ERROR_CORRUPT, "damaged DOCX: %s is not well-formed XML",
                            w->name);
  return w->error == NULL;
}

gboolean
docx_walker_open (Walker *w, Docx *d, const char *name, NodeFunc fn, gpointer data,
                  GError **error)
{
  xmlSAXHandler sax;

  walker_init (w, d, name, fn, data, &sax);
  w->ctxt = docx_lib.xmlCreatePushParserCtxt (&sax, w, NULL, 0, name);
  return walker_start (w, name, error);
}

gboolean
docx_walker_feed (Walker *w, const char *buf, gsize len, gboolean last)
{
  if (w->error)
    return FALSE;
  return walker_check (w, docx_lib.xmlParseChunk (w->ctxt, buf, (int) len, last));
}

gboolean
docx_walker_close (Walker *w, GError **error)
{
  if (w->ctxt)
    docx_lib.xmlFreeParserCtxt (w->ctxt);
  w->ctxt = NULL;
  if (w->error)
    {
      g_propagate_error (error, w->error);
      w->error = NULL;
      return FALSE;
    }
  return TRUE;
}

/* A part read whole: libxml2 pulls its pieces (the same limits). */
typedef struct {
  Entry *entry;
  Walker *walker;
} Pull;

static int
pull_piece (void *data, char *buf, int len)
{
  Pull *p = data;
  GError *local = NULL;
  gssize n = docx_entry_read (p->entry, buf, (gsize) MAX (len, 0), &local);

  if (n < 0)
    {
      /* -1 ends the parse (no xmlStopParser inside libxml2's read of its
       * input); the limit or damage is what the walk says */
      walker_keep_error (p->walker, local);
      return -1;
    }
  return (int) n;
}

/* Pulled rather than pushed: libxml2's push parser looks ahead for the
 * end of each tag before it parses it, a second pass over the part that
 * its pull parser does not make (5 % of document.xml's parse, measured
 * on the scale packs, 3 % of a DOCX batch's instructions); a pull reads
 * about 4 KB at a time, so no part is held whole here either. */
gboolean
docx_walk_part (Docx *d, const char *name, gboolean required, NodeFunc fn,
                gpointer data, GError **error)
{
  GError *local = NULL;
  xmlSAXHandler sax;
  Entry e;
  Walker w;
  Pull pull = { &e, &w };

  if (!docx_entry_open (d, name, required, &e, &local))
    {
      /* absent and optional: no error, nothing to walk */
      if (local == NULL)
        return TRUE;
      g_propagate_error (error, local);
      return FALSE;
    }
  walker_init (&w, d, name, fn, data, &sax);
  w.ctxt = docx_lib.xmlCreateIOParserCtxt (&sax, &w, pull_piece, NULL, &pull,
                                           XML_CHAR_ENCODING_NONE);
  if (!walker_start (&w, name, error))
    {
      docx_entry_close (&e);
      return FALSE;
    }
  walker_check (&w, docx_lib.xmlParseDocument (w.ctxt));
  docx_entry_close (&e);
  return docx_walker_close (&w, error);
}
