/* DOCX input on libzip + libxml2 (SAX2, no tree).
 *
 * Parts read: word/styles.xml (paragraph styles: heading level through the
 * basedOn chain, bold), word/numbering.xml (which numbered paragraphs are
 * bullets, and the automatic numbers of the others), the header parts (kept
 * apart as RUNNING blocks: they name the meeting, they are not body text),
 * and word/document.xml.  Footers are not read: they hold page numbers.
 *
 * In the body: a paragraph becomes a PARAGRAPH block (HEADING with its
 * level, BOLD when every run is bold, LIST_ITEM for bullets); a table row
 * becomes a TABLE_ROW whose cells hold their paragraphs separated by '\n'
 * (nested tables flatten into their cell).  Tracked deletions are dropped
 * and insertions kept; field instructions never reach the text, nor do the
 * results of page fields (PAGE, PAGEREF, NUMPAGES) and tables of contents
 * (TOC styles).  Tabs and line breaks become spaces.
 *
 * Hostile files: every ZIP entry is read with a cap on its size and on the
 * total read (zip bombs); an XML part that declares a DTD is refused at the
 * <!DOCTYPE, before any entity is declared ("billion laughs"), libxml2 runs
 * with no network, and element nesting is capped.
 */
#define _GNU_SOURCE   /* memmem */
#include <string.h>
#include <stdlib.h>
#include <minutes/plugin.h>
#include "libs.h"

static const char *const docx_extensions[] = { "docx", NULL };

typedef struct {
  int heading_level;        /* 0: none */
  gboolean bold;
  gboolean list;            /* a list style ("List Bullet") */
  gboolean toc;             /* a table-of-contents style */
} StyleInfo;

typedef struct {
  char *fmt;                /* numFmt: "bullet", "decimal", ... */
  char *text;               /* lvlText: "%1." */
  int start;
} NumLevel;

typedef struct {
  MnExtract *ex;
  zip_t *zip;
  guint64 total_read;
  GHashTable *styles;       /* styleId -> StyleInfo* */
  GHashTable *abstract;     /* abstractNumId -> NumLevel[9] */
  GHashTable *nums;         /* numId -> abstractNumId (char*) */
  GHashTable *counters;     /* numId -> int[9] */
} Docx;

static int
docx_probe (const guint8 *head, gsize len, const char *file_name)
{
  gboolean ext = file_name && g_str_has_suffix (file_name, ".docx");

  if (len < 4 || memcmp (head, "PK\3\4", 4) != 0)
    return ext ? MN_PROBE_EXTENSION - 10 : MN_PROBE_NONE;
  /* a ZIP: the local headers within the first bytes name their entries;
   * a DOCX shows [Content_Types].xml or word/ early */
  /* memmem, not strstr: a ZIP is full of NUL bytes */
  if (memmem (head, len, "word/document.xml", 17))
    return MN_PROBE_CERTAIN;
  if (memmem (head, len, "word/", 5))
    return MN_PROBE_LIKELY;
  return ext ? MN_PROBE_EXTENSION : MN_PROBE_EXTENSION - 20;
}

/* ---- reading ZIP entries safely ----------------------------------------- */

#define PREALLOC_MAX (8u << 20)   /* largest entry size believed up front */

static GBytes *
read_entry (Docx *d, const char *name, gboolean required, GError **error)
{
  const MnLimits *limits = mn_extract_limits (d->ex);
  zip_int64_t idx = docx_lib.zip_name_locate (d->zip, name, 0);
  zip_file_t *f;
  GByteArray *buf;
  zip_stat_t st;
  guint64 expected = 0;
  zip_int64_t n;

  if (idx < 0)
    {
      if (required)
        g_set_error (error, MN_ERROR, MN_ERROR_CORRUPT,
                     "not a Word document: %s is missing", name);
      return NULL;
    }
  f = docx_lib.zip_fopen_index (d->zip, (zip_uint64_t) idx, 0);
  if (f == NULL)
    {
      g_set_error (error, MN_ERROR, MN_ERROR_CORRUPT, "damaged DOCX: %s: %s",
                   name, docx_lib.zip_strerror (d->zip));
      return NULL;
    }
  /* the size in the ZIP directory sizes the buffer, so the entry is
   * inflated straight into it; it can lie, so what is inflated is counted
   * and a claim beyond PREALLOC_MAX is not believed up front */
  docx_lib.zip_stat_init (&st);
  if (docx_lib.zip_stat_index (d->zip, (zip_uint64_t) idx, 0, &st) == 0 && (st.valid & ZIP_STAT_SIZE))
    expected = MIN (st.size, PREALLOC_MAX);
  buf = g_byte_array_sized_new ((guint) expected + 1);
  do
    {
      guint len = buf->len;
      /* the claimed size and one byte more (to see the end without a
       * second allocation), then 64 KiB at a time if the claim was short */
      guint room = len < expected + 1 ? (guint) (expected + 1 - len) : 65536u;

      g_byte_array_set_size (buf, len + room);
      n = docx_lib.zip_fread (f, buf->data + len, room);
      g_byte_array_set_size (buf, len + (guint) MAX (n, 0));
      d->total_read += (guint64) MAX (n, 0);
      if (buf->len > limits->max_entry_bytes || d->total_read > limits->max_total_bytes)
        {
          guint64 limit = buf->len > limits->max_entry_bytes ? limits->max_entry_bytes
                                                             : limits->max_total_bytes;
          docx_lib.zip_fclose (f);
          g_byte_array_unref (buf);
          g_set_error (error, MN_ERROR, MN_ERROR_LIMIT,
                       "%s expands beyond %" G_GUINT64_FORMAT " bytes (zip bomb?)", name, limit);
          return NULL;
        }
    }
  while (n > 0);
  if (n < 0)
    {
      g_set_error (error, MN_ERROR, MN_ERROR_CORRUPT, "damaged DOCX: %s: %s", name,
                   docx_lib.zip_file_strerror (f));
      docx_lib.zip_fclose (f);
      g_byte_array_unref (buf);
      return NULL;
    }
  docx_lib.zip_fclose (f);
  return g_byte_array_free_to_bytes (buf);
}

/* ---- walking an XML part ------------------------------------------------ */

/* libxml2's SAX2 parser drives the walk: it builds no tree, which made the
 * DOCX parts a third cheaper to read than with xmlTextReader. */

#define W_NS "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

typedef enum { NODE_START, NODE_END, NODE_TEXT } NodeType;

typedef struct Walker Walker;

/* What a NodeFunc sees of one SAX event. */
typedef struct {
  NodeType type;
  const char *local;          /* element name without prefix (START, END) */
  const xmlChar **attrs;      /* SAX2 5-tuples: local, prefix, URI, value, end */
  int n_attrs;
  const char *text;           /* NODE_TEXT: one chunk, NUL-terminated */
  Walker *walker;
} Node;

typedef void (*NodeFunc) (const Node *n, gpointer data);

struct Walker {
  xmlParserCtxtPtr ctxt;
  NodeFunc fn;
  gpointer data;
  int depth, max_depth;
  int skip_until;             /* > 0: inside a skipped element of that depth */
  GString *chunk;
  const char *name;
  GError *error;              /* a limit hit: stops the parser */
};

static gboolean
is (const Node *n, const char *local)
{
  return n->local && strcmp (n->local, local) == 0;
}

/* transfer full: the w:-qualified attribute, or NULL */
static char *
attr (const Node *n, const char *local)
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

static gboolean
on_value (const Node *n)
{
  g_autofree char *v = attr (n, "val");
  return v == NULL || !(strcmp (v, "0") == 0 || strcmp (v, "false") == 0 || strcmp (v, "none") == 0);
}

/* Called on a NODE_START: the element and all inside it are not walked. */
static void
skip_element (const Node *n)
{
  n->walker->skip_until = n->walker->depth;
}

/* A limit was hit: keeps the first message and stops the parser. */
static void
walker_fail (Walker *w, const char *what)
{
  if (w->error == NULL)
    g_set_error (&w->error, MN_ERROR, MN_ERROR_LIMIT, "%s %s", w->name, what);
  docx_lib.xmlStopParser (w->ctxt);
}

static void
on_start (void *ctx, const xmlChar *local, const xmlChar *prefix, const xmlChar *uri,
          int n_namespaces, const xmlChar **namespaces, int n_attrs, int n_defaulted,
          const xmlChar **attrs)
{
  Walker *w = ctx;
  Node n = { NODE_START, (const char *) local, attrs, n_attrs, NULL, w };

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
  Node n = { NODE_END, (const char *) local, NULL, 0, NULL, w };

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
  Node n = { NODE_TEXT, NULL, NULL, 0, NULL, w };

  if (w->skip_until)
    return;
  g_string_truncate (w->chunk, 0);
  g_string_append_len (w->chunk, (const char *) text, len);
  n.text = w->chunk->str;
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
    {
      g_set_error (&w->error, MN_ERROR, MN_ERROR_OUT_OF_MEMORY, "out of memory reading %s", w->name);
      docx_lib.xmlStopParser (w->ctxt);
    }
}

/* Parses one part, calling fn for each element start and end and each
 * piece of text; FALSE with error on damage, a DTD or too deep nesting. */
static gboolean
walk (Docx *d, GBytes *xml, const char *name, NodeFunc fn, gpointer data, GError **error)
{
  gsize len;
  const char *p = g_bytes_get_data (xml, &len);
  xmlSAXHandler sax = { 0 };
  Walker w = { NULL, fn, data, 0, mn_extract_limits (d->ex)->max_depth, 0, NULL, name, NULL };
  int rc;
  gboolean well_formed;

  if (len > G_MAXINT)
    {
      g_set_error (error, MN_ERROR, MN_ERROR_LIMIT, "%s is too large", name);
      return FALSE;
    }
  sax.initialized = XML_SAX2_MAGIC;
  sax.startElementNs = on_start;
  sax.endElementNs = on_end;
  sax.characters = on_text;
  sax.internalSubset = on_dtd;
  sax.serror = on_error;
  w.ctxt = docx_lib.xmlCreatePushParserCtxt (&sax, &w, NULL, 0, name);
  if (w.ctxt == NULL)
    {
      g_set_error (error, MN_ERROR, MN_ERROR_CORRUPT, "damaged DOCX: %s cannot be read", name);
      return FALSE;
    }
  /* XML_PARSE_HUGE: libxml2's own 10 MB cap on one text node refused a
   * valid document.xml of 10 MB and more; ours bound the part instead
   * (max_entry_bytes, and the text and block limits of mn_extract_add).
   * Entities cannot amplify it: a DTD is refused (on_dtd). */
  docx_lib.xmlCtxtUseOptions (w.ctxt, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING
                                      | XML_PARSE_COMPACT | XML_PARSE_HUGE);
  w.chunk = g_string_new (NULL);
  docx_lib.xmlResetLastError ();
  rc = docx_lib.xmlParseChunk (w.ctxt, p, (int) len, 1);
  well_formed = w.ctxt->wellFormed;
  {
    /* a failed allocation inside libxml2's buffers reaches only its last
     * error, not the parser's handler: it is no damage either */
    const xmlError *last = docx_lib.xmlGetLastError ();
    if (w.error == NULL && (w.ctxt->errNo == XML_ERR_NO_MEMORY
                            || (last && last->code == XML_ERR_NO_MEMORY)))
      g_set_error (&w.error, MN_ERROR, MN_ERROR_OUT_OF_MEMORY, "out of memory reading %s", name);
  }
  docx_lib.xmlFreeParserCtxt (w.ctxt);
  g_string_free (w.chunk, TRUE);
  if (w.error)
    {
      g_propagate_error (error, w.error);
      return FALSE;
    }
  if (rc != 0 || !well_formed)
    {
      g_set_error (error, MN_ERROR, MN_ERROR_CORRUPT, "damaged DOCX: %s is not well-formed XML", name);
      return FALSE;
    }
  return TRUE;
}

/* Reads one part and walks it with fn.  A missing optional part is no
 * error (TRUE, fn never called). */
static gboolean
walk_part (Docx *d, const char *name, gboolean required, NodeFunc fn,
           gpointer data, GError **error)
{
  g_autoptr (GError) local = NULL;
  g_autoptr (GBytes) xml = read_entry (d, name, required, &local);

  if (xml == NULL)
    {
      if (local == NULL)
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  return walk (d, xml, name, fn, data, error);
}

/* ---- styles.xml --------------------------------------------------------- */

typedef struct {
  char *id, *name, *based_on;
  int outline;              /* -1 none */
  gboolean bold;
} RawStyle;

typedef struct {
  GHashTable *raw;          /* id -> RawStyle* */
  RawStyle *cur;
  gboolean in_rpr, in_ppr;
} StyleParse;

static void
raw_style_free (RawStyle *s)
{
  g_free (s->id);
  g_free (s->name);
  g_free (s->based_on);
  g_free (s);
}

static void
style_node (const Node *n, gpointer data)
{
  StyleParse *sp = data;

  if (n->type == NODE_END)
    {
      if (is (n, "style"))
        sp->cur = NULL;
      else if (is (n, "rPr"))
        sp->in_rpr = FALSE;
      else if (is (n, "pPr"))
        sp->in_ppr = FALSE;
      return;
    }
  if (n->type != NODE_START)
    return;
  if (is (n, "style"))
    {
      g_autofree char *t = attr (n, "type");
      sp->cur = NULL;
      if (t && strcmp (t, "paragraph") == 0)
        {
          RawStyle *s = g_new0 (RawStyle, 1);
          s->id = attr (n, "styleId");
          s->outline = -1;
          if (s->id == NULL)
            {
              raw_style_free (s);
              return;
            }
          g_hash_table_replace (sp->raw, s->id, s);
          sp->cur = s;
        }
      return;
    }
  if (sp->cur == NULL)
    return;
  if (is (n, "name"))
    {
      g_free (sp->cur->name);
      sp->cur->name = attr (n, "val");
    }
  else if (is (n, "basedOn"))
    {
      g_free (sp->cur->based_on);
      sp->cur->based_on = attr (n, "val");
    }
  else if (is (n, "outlineLvl"))
    {
      g_autofree char *v = attr (n, "val");
      sp->cur->outline = v ? atoi (v) : -1;
    }
  else if (is (n, "rPr") && TRUE)
    sp->in_rpr = TRUE;
  else if (sp->in_rpr && is (n, "b"))
    sp->cur->bold = on_value (n);
}

static int
name_heading_level (const char *name)
{
  g_autofree char *lower = name ? g_ascii_strdown (name, -1) : NULL;
  static const char *const prefixes[] = { "heading ", "overskrift ", "heading" };

  if (lower == NULL)
    return 0;
  if (strcmp (lower, "title") == 0 || strcmp (lower, "titel") == 0)
    return 1;
  for (gsize i = 0; i < G_N_ELEMENTS (prefixes); i++)
    if (g_str_has_prefix (lower, prefixes[i]) && g_ascii_isdigit (lower[strlen (prefixes[i])]))
      return atoi (lower + strlen (prefixes[i]));
  return 0;
}

static void
resolve_styles (Docx *d, GHashTable *raw)
{
  GHashTableIter it;
  gpointer key, value;

  g_hash_table_iter_init (&it, raw);
  while (g_hash_table_iter_next (&it, &key, &value))
    {
      StyleInfo *info = g_new0 (StyleInfo, 1);
      RawStyle *s = value;

      /* walk the basedOn chain, nearest definition first */
      for (int hops = 0; s && hops < 16; hops++)
        {
          g_autofree char *lname = s->name ? g_ascii_strdown (s->name, -1) : g_strdup ("");
          g_autofree char *lid = g_ascii_strdown (s->id, -1);
          if (info->heading_level == 0)
            info->heading_level = name_heading_level (s->name) ? name_heading_level (s->name)
                                  : s->outline >= 0 && s->outline < 9 ? s->outline + 1
                                  : name_heading_level (s->id);
          info->bold |= s->bold;
          info->list |= strstr (lname, "list bullet") != NULL || strstr (lid, "listbullet") != NULL;
          info->toc |= g_str_has_prefix (lname, "toc") || g_str_has_prefix (lid, "toc")
                       || g_str_has_prefix (lname, "indholdsfortegnelse");
          s = s->based_on ? g_hash_table_lookup (raw, s->based_on) : NULL;
        }
      g_hash_table_replace (d->styles, g_strdup (key), info);
    }
}

static gboolean
read_styles (Docx *d, GError **error)
{
  g_autoptr (GHashTable) raw = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                       (GDestroyNotify) raw_style_free);
  StyleParse sp = { raw, NULL, FALSE, FALSE };

  if (!walk_part (d, "word/styles.xml", FALSE, style_node, &sp, error))
    return FALSE;
  resolve_styles (d, raw);
  return TRUE;
}

/* ---- numbering.xml ------------------------------------------------------ */

typedef struct {
  Docx *d;
  NumLevel *levels;         /* of the abstractNum being read */
  int ilvl;
  char *num_id;             /* of the num being read */
} NumParse;

static void
levels_free (NumLevel *levels)
{
  for (int i = 0; i < 9; i++)
    {
      g_free (levels[i].fmt);
      g_free (levels[i].text);
    }
  g_free (levels);
}

static void
num_node (const Node *n, gpointer data)
{
  NumParse *np = data;

  if (n->type == NODE_END)
    {
      if (is (n, "abstractNum"))
        np->levels = NULL;
      else if (is (n, "num"))
        g_clear_pointer (&np->num_id, g_free);
      return;
    }
  if (n->type != NODE_START)
    return;
  if (is (n, "abstractNum"))
    {
      char *id = attr (n, "abstractNumId");
      if (id == NULL)
        return;
      np->levels = g_new0 (NumLevel, 9);
      for (int i = 0; i < 9; i++)
        np->levels[i].start = 1;
      g_hash_table_replace (np->d->abstract, id, np->levels);
    }
  else if (np->levels && is (n, "lvl"))
    {
      g_autofree char *v = attr (n, "ilvl");
      np->ilvl = v ? CLAMP (atoi (v), 0, 8) : 0;
    }
  else if (np->levels && is (n, "numFmt"))
    {
      g_free (np->levels[np->ilvl].fmt);
      np->levels[np->ilvl].fmt = attr (n, "val");
    }
  else if (np->levels && is (n, "lvlText"))
    {
      g_free (np->levels[np->ilvl].text);
      np->levels[np->ilvl].text = attr (n, "val");
    }
  else if (np->levels && is (n, "start"))
    {
      g_autofree char *v = attr (n, "val");
      np->levels[np->ilvl].start = v ? atoi (v) : 1;
    }
  else if (is (n, "num"))
    {
      g_free (np->num_id);
      np->num_id = attr (n, "numId");
    }
  else if (np->num_id && is (n, "abstractNumId"))
    g_hash_table_replace (np->d->nums, g_strdup (np->num_id), attr (n, "val"));
}

static gboolean
read_numbering (Docx *d, GError **error)
{
  NumParse np = { d, NULL, 0, NULL };
  gboolean ok = walk_part (d, "word/numbering.xml", FALSE, num_node, &np, error);

  g_free (np.num_id);
  return ok;
}

/* The automatic label of a numbered paragraph ("3."), NULL for a bullet or
 * none.  *bullet says whether it is a bullet.  transfer full */
static char *
number_label (Docx *d, const char *num_id, int ilvl, gboolean *bullet)
{
  const char *abstract_id;
  NumLevel *levels;
  int *counters;
  GString *label;

  *bullet = FALSE;
  if (num_id == NULL || strcmp (num_id, "0") == 0)
    return NULL;
  abstract_id = g_hash_table_lookup (d->nums, num_id);
  levels = abstract_id ? g_hash_table_lookup (d->abstract, abstract_id) : NULL;
  ilvl = CLAMP (ilvl, 0, 8);
  if (levels == NULL || levels[ilvl].fmt == NULL || strcmp (levels[ilvl].fmt, "bullet") == 0)
    {
      *bullet = TRUE;
      return NULL;
    }
  if (strcmp (levels[ilvl].fmt, "none") == 0)
    return NULL;
  counters = g_hash_table_lookup (d->counters, num_id);
  if (counters == NULL)
    {
      counters = g_new0 (int, 9);
      g_hash_table_insert (d->counters, g_strdup (num_id), counters);
    }
  counters[ilvl] = counters[ilvl] ? counters[ilvl] + 1 : levels[ilvl].start;
  for (int i = ilvl + 1; i < 9; i++)
    counters[i] = 0;
  label = g_string_new (NULL);
  for (const char *p = levels[ilvl].text ? levels[ilvl].text : "%1."; *p; p++)
    if (*p == '%' && p[1] >= '1' && p[1] <= '9')
      {
        int lvl = p[1] - '1';
        g_string_append_printf (label, "%d", counters[lvl] ? counters[lvl] : levels[lvl].start);
        p++;
      }
    else
      g_string_append_c (label, *p);
  return g_string_free (label, FALSE);
}

/* ---- document.xml and headers ------------------------------------------- */

typedef struct {
  Docx *d;
  guint running;            /* 0 for the body, MN_STYLE_RUNNING for headers */
  /* paragraph */
  GString *text;
  char *style_id;
  char *num_id;
  int ilvl;
  gboolean in_ppr, in_rpr, in_run, in_t, in_instr;
  gboolean run_bold, all_bold, any_text;
  /* fields */
  int field_depth;
  gboolean field_hidden;    /* the result of a page or TOC field */
  GString *instr;
  /* tables */
  int table_depth;
  GPtrArray *cells;         /* of the outermost row being read */
  GString *cell;
} Body;

static void
paragraph_start (Body *b)
{
  g_string_truncate (b->text, 0);
  g_clear_pointer (&b->style_id, g_free);
  g_clear_pointer (&b->num_id, g_free);
  b->ilvl = 0;
  b->all_bold = TRUE;
  b->any_text = FALSE;
}

static void
paragraph_end (Body *b)
{
  StyleInfo *si = b->style_id ? g_hash_table_lookup (b->d->styles, b->style_id) : NULL;
  gboolean bullet = FALSE;
  g_autofree char *label = NULL;
  g_autofree char *text = NULL;
  guint style = b->running;
  int level = 0;

  if (si && si->toc)
    return;
  if (b->num_id)
    label = number_label (b->d, b->num_id, b->ilvl, &bullet);
  text = g_strstrip (g_strdup (b->text->str));
  if (label && *text)
    {
      char *t = g_strconcat (label, " ", text, NULL);
      g_free (text);
      text = t;
    }
  if (si && si->list)
    bullet = TRUE;
  if (b->table_depth > 0)
    {
      if (*text)
        {
          if (b->cell->len)
            g_string_append_c (b->cell, '\n');
          g_string_append (b->cell, text);
        }
      return;
    }
  if (*text == '\0')
    {
      mn_extract_add (b->d->ex, MN_BLOCK_BREAK, NULL, 0, 0, 0);
      return;
    }
  if (bullet)
    style |= MN_STYLE_LIST_ITEM;
  if ((b->any_text && b->all_bold) || (si && si->bold))
    style |= MN_STYLE_BOLD;
  if (si && si->heading_level > 0)
    {
      style |= MN_STYLE_HEADING;
      level = si->heading_level;
    }
  mn_extract_add (b->d->ex, MN_BLOCK_PARAGRAPH, text, style, level, 0);
}

static void
append_text (Body *b, const char *s)
{
  if (b->field_hidden || b->in_instr)
    return;
  g_string_append (b->text, s);
  if (strspn (s, " \t\r\n") < strlen (s))
    {
      b->any_text = TRUE;
      b->all_bold &= b->run_bold;
    }
}

static void
body_node (const Node *n, gpointer data)
{
  Body *b = data;

  if (n->type == NODE_TEXT)
    {
      const char *v = n->text;
      if (v && b->in_t)
        append_text (b, v);
      else if (v && b->in_instr)
        g_string_append (b->instr, v);
      return;
    }
  if (n->type == NODE_END)
    {
      if (is (n, "p"))
        paragraph_end (b);
      else if (is (n, "t"))
        b->in_t = FALSE;
      else if (is (n, "instrText"))
        b->in_instr = FALSE;
      else if (is (n, "pPr"))
        b->in_ppr = FALSE;
      else if (is (n, "rPr"))
        b->in_rpr = FALSE;
      else if (is (n, "r"))
        b->in_run = FALSE;
      else if (is (n, "tc") && b->table_depth == 1)
        {
          g_ptr_array_add (b->cells, g_strdup (b->cell->str));
          g_string_truncate (b->cell, 0);
        }
      else if (is (n, "tr") && b->table_depth == 1)
        {
          g_ptr_array_add (b->cells, NULL);
          if (b->cells->len > 1)
            mn_extract_add_row (b->d->ex, (const char *const *) b->cells->pdata,
                                b->cells->len - 1, 0);
          g_ptr_array_set_size (b->cells, 0);
        }
      else if (is (n, "tbl"))
        {
          b->table_depth--;
          if (b->table_depth == 0)
            mn_extract_add (b->d->ex, MN_BLOCK_BREAK, NULL, 0, 0, 0);
        }
      return;
    }
  if (n->type != NODE_START)
    return;

  if (is (n, "p"))
    {
      paragraph_start (b);     /* ended by its NODE_END, empty or not */
    }
  else if (is (n, "del") || is (n, "delText") || is (n, "moveFrom"))
    skip_element (n);            /* tracked deletions are gone */
  else if (is (n, "pPr"))
    b->in_ppr = TRUE;
  else if (is (n, "pStyle") && b->in_ppr)
    {
      g_free (b->style_id);
      b->style_id = attr (n, "val");
    }
  else if (is (n, "numId") && b->in_ppr)
    {
      g_free (b->num_id);
      b->num_id = attr (n, "val");
    }
  else if (is (n, "ilvl") && b->in_ppr)
    {
      g_autofree char *v = attr (n, "val");
      b->ilvl = v ? atoi (v) : 0;
    }
  else if (is (n, "r"))
    {
      b->in_run = TRUE;
      b->run_bold = FALSE;
      if (b->style_id)
        {
          StyleInfo *si = g_hash_table_lookup (b->d->styles, b->style_id);
          b->run_bold = si && si->bold;
        }
    }
  else if (is (n, "rPr") && b->in_run)
    b->in_rpr = TRUE;
  else if (is (n, "b") && b->in_rpr)
    b->run_bold = on_value (n);
  else if (is (n, "t") && b->in_run)
    b->in_t = TRUE;
  else if (is (n, "tab") && b->in_run)
    append_text (b, " ");
  else if ((is (n, "br") || is (n, "cr")) && b->in_run)
    append_text (b, " ");
  else if (is (n, "noBreakHyphen") && b->in_run)
    append_text (b, "-");
  else if (is (n, "instrText"))
    b->in_instr = TRUE;
  else if (is (n, "fldChar"))
    {
      g_autofree char *t = attr (n, "fldCharType");
      if (t && strcmp (t, "begin") == 0)
        {
          b->field_depth++;
          g_string_truncate (b->instr, 0);
        }
      else if (t && strcmp (t, "separate") == 0)
        {
          g_autofree char *up = g_ascii_strup (b->instr->str, -1);
          b->field_hidden = strstr (up, "PAGE") || strstr (up, "TOC") || strstr (up, "NUMPAGES");
        }
      else if (t && strcmp (t, "end") == 0)
        {
          b->field_depth = MAX (0, b->field_depth - 1);
          b->field_hidden = FALSE;
        }
    }
  else if (is (n, "fldSimple"))
    {
      g_autofree char *instr = attr (n, "instr");
      g_autofree char *up = instr ? g_ascii_strup (instr, -1) : NULL;
      if (up && (strstr (up, "PAGE") || strstr (up, "TOC")))
        skip_element (n);
    }
  else if (is (n, "tbl"))
    b->table_depth++;
}

static gboolean
read_part (Docx *d, const char *name, guint running, GError **error)
{
  Body b = { 0 };
  gboolean ok;

  b.d = d;
  b.running = running;
  b.text = g_string_new (NULL);
  b.instr = g_string_new (NULL);
  b.cell = g_string_new (NULL);
  b.cells = g_ptr_array_new_with_free_func (g_free);
  /* the body is required, a header part optional */
  ok = walk_part (d, name, running == 0, body_node, &b, error);
  g_string_free (b.text, TRUE);
  g_string_free (b.instr, TRUE);
  g_string_free (b.cell, TRUE);
  g_ptr_array_unref (b.cells);
  g_free (b.style_id);
  g_free (b.num_id);
  return ok;
}

static gboolean
docx_extract (MnExtract *ex, GBytes *input, GError **error)
{
  zip_error_t zerr;
  zip_source_t *src;
  gsize len;
  const void *data = g_bytes_get_data (input, &len);
  Docx d = { 0 };
  gboolean ok = FALSE;
  zip_int64_t n_entries;

  if (!docx_lib_load (error))
    return FALSE;
  docx_lib.zip_error_init (&zerr);
  src = docx_lib.zip_source_buffer_create (data, len, 0, &zerr);
  d.zip = src ? docx_lib.zip_open_from_source (src, ZIP_RDONLY | ZIP_CHECKCONS, &zerr) : NULL;
  if (d.zip == NULL)
    {
      g_set_error (error, MN_ERROR, MN_ERROR_CORRUPT, "damaged DOCX: %s",
                   docx_lib.zip_error_strerror (&zerr));
      if (src)
        docx_lib.zip_source_free (src);
      docx_lib.zip_error_fini (&zerr);
      return FALSE;
    }
  docx_lib.zip_error_fini (&zerr);
  d.ex = ex;
  d.styles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  d.abstract = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) levels_free);
  d.nums = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  d.counters = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  if (docx_lib.zip_name_locate (d.zip, "word/document.xml", 0) < 0)
    {
      g_set_error (error, MN_ERROR, MN_ERROR_CORRUPT,
                   "not a Word document: the ZIP has no word/document.xml");
      goto out;
    }
  if (!read_styles (&d, error) || !read_numbering (&d, error))
    goto out;
  /* header parts first: they name the meeting, apart from the body */
  n_entries = docx_lib.zip_get_num_entries (d.zip, 0);
  for (zip_int64_t i = 0; i < n_entries && i < 10000; i++)
    {
      const char *name = docx_lib.zip_get_name (d.zip, (zip_uint64_t) i, 0);
      if (name && g_str_has_prefix (name, "word/header") && g_str_has_suffix (name, ".xml"))
        if (!read_part (&d, name, MN_STYLE_RUNNING, error))
          goto out;
    }
  ok = read_part (&d, "word/document.xml", 0, error);

out:
  g_hash_table_unref (d.styles);
  g_hash_table_unref (d.abstract);
  g_hash_table_unref (d.nums);
  g_hash_table_unref (d.counters);
  docx_lib.zip_discard (d.zip);
  return ok;
}

const MnInputPlugin mn_input_docx = {
  MN_PLUGIN_HEADER (MnInputPlugin),
  .name = "docx",
  .description = "Word 2007+ documents (libzip + libxml2)",
  .extensions = docx_extensions,
  .probe = docx_probe,
  .extract = docx_extract,
};

MN_PLUGIN_EXPORT_INPUT (input_docx, mn_input_docx);
