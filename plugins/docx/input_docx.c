/* DOCX input on libzip + libxml2 (SAX2, no tree).
 *
 * Parts read: word/styles.xml (the paragraph styles the body uses, read
 * as far as they are defined: styles.c), word/numbering.xml (which numbered paragraphs are
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
#include "docx.h"
#include "gstring_put.h"

static const char *const docx_extensions[] = { "docx", NULL };

typedef struct {
  char *fmt;                /* numFmt: "bullet", "decimal", ... */
  char *text;               /* lvlText: "%1." */
  int start;
} NumLevel;

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
      if (docx_is (n, "abstractNum"))
        np->levels = NULL;
      else if (docx_is (n, "num"))
        g_clear_pointer (&np->num_id, g_free);
      return;
    }
  if (n->type != NODE_START)
    return;
  if (docx_is (n, "abstractNum"))
    {
      char *id = docx_attr (n, "abstractNumId");
      if (id == NULL)
        return;
      np->levels = g_new0 (NumLevel, 9);
      for (int i = 0; i < 9; i++)
        np->levels[i].start = 1;
      g_hash_table_replace (np->d->abstract, id, np->levels);
    }
  else if (np->levels && docx_is (n, "lvl"))
    {
      g_autofree char *v = docx_attr (n, "ilvl");
      np->ilvl = v ? CLAMP (atoi (v), 0, 8) : 0;
    }
  else if (np->levels && docx_is (n, "numFmt"))
    {
      g_free (np->levels[np->ilvl].fmt);
      np->levels[np->ilvl].fmt = docx_attr (n, "val");
    }
  else if (np->levels && docx_is (n, "lvlText"))
    {
      g_free (np->levels[np->ilvl].text);
      np->levels[np->ilvl].text = docx_attr (n, "val");
    }
  else if (np->levels && docx_is (n, "start"))
    {
      g_autofree char *v = docx_attr (n, "val");
      np->levels[np->ilvl].start = v ? atoi (v) : 1;
    }
  else if (docx_is (n, "num"))
    {
      g_free (np->num_id);
      np->num_id = docx_attr (n, "numId");
    }
  else if (np->num_id && docx_is (n, "abstractNumId"))
    g_hash_table_replace (np->d->nums, g_strdup (np->num_id), docx_attr (n, "val"));
}

static gboolean
read_numbering (Docx *d, GError **error)
{
  NumParse np = { d, NULL, 0, NULL };
  gboolean ok = docx_walk_part (d, "word/numbering.xml", FALSE, num_node, &np, error);

  g_free (np.num_id);
  return ok;
}

/* numbering.xml is read at the first numbered paragraph (of a header or
 * the body), inside the walk that met it, not before every paper: most
 * papers number no paragraph, and its parse was a twentieth of such a
 * paper's extraction.  Damage or a limit met there stops the walk w, as
 * it stopped the conversion before; a paper with no numbered paragraph
 * never meets it (as styles.xml past the styles the body uses). */
static gboolean
numbering_ready (Docx *d, Walker *w)
{
  GError *error = NULL;

  if (!d->numbering_read)
    {
      d->numbering_read = TRUE;
      d->numbering_ok = read_numbering (d, &error);
      if (!d->numbering_ok)
        docx_walker_stop (w, error);
    }
  return d->numbering_ok;
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

/* Type sizes in half-points (w:sz).  A run without a size of its own
 * is taken at Word's default body size, 11 pt; bold type 1.15 times that
 * or more is a heading, 1.7 times a top one -- the PDF plugin's rule
 * against its body size (plugins/pdf/input_pdf.c). */
#define BODY_TYPE 22
#define LARGE_TYPE 26        /* >= 1.15 x 22 */
#define HEADING_1_TYPE 38    /* >= 1.7 x 22 */

typedef struct {
  Docx *d;
  guint running;            /* 0 for the body, MN_STYLE_RUNNING for headers */
  /* paragraph */
  GString *text;
  char *style_id;
  const StyleInfo *style;   /* style_id's, once asked (style_known) */
  gboolean style_known;
  char *num_id;
  int ilvl;
  gboolean in_ppr, in_rpr, in_run, in_t, in_instr;
  gboolean run_bold, all_bold, any_text;
  int run_size;             /* the run's w:sz in half-points; 0: the body's */
  int least_size;           /* the least size of the paragraph's text runs */
  gboolean line_breaks;     /* the text holds a line break ('\n', line_break) */
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
  b->style_known = FALSE;
  g_clear_pointer (&b->num_id, g_free);
  b->ilvl = 0;
  b->all_bold = TRUE;
  b->any_text = FALSE;
  b->least_size = G_MAXINT;
  b->line_breaks = FALSE;
}

/* The paragraph's style, asked of styles.c once per paragraph: every run
 * of it asks whether the style is bold. */
static const StyleInfo *
paragraph_style (Body *b, Walker *w)
{
  if (!b->style_known)
    {
      b->style = b->style_id ? docx_style (b->d->styles, b->style_id, w) : NULL;
      b->style_known = TRUE;
    }
  return b->style;
}

/* A paragraph broken by line breaks (Shift+Enter: an address, names one a
 * line, a title over two lines) is given as the printed lines it is, as a
 * PDF's: the paragraphs pass joins them where they are prose and keeps
 * apart what stands alone (the venue's lines under "Kl. 10:30").  Every
 * line keeps the paragraph's style but for a list item's mark, which only
 * its first line carries. */
static void
add_printed_lines (Body *b, const char *text, guint style, int level)
{
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
  gboolean first = TRUE;

  for (guint i = 0; lines[i]; i++)
    {
      g_strstrip (lines[i]);
      if (*lines[i] == '\0')
        continue;
      mn_extract_add (b->d->ex, MN_BLOCK_LINE, lines[i], first ? style : style & ~MN_STYLE_LIST_ITEM,
                      level, 0);
      first = FALSE;
    }
}

static G_GNUC_NO_INLINE void
paragraph_end (Body *b, Walker *w)
{
  const StyleInfo *si = paragraph_style (b, w);
  gboolean bullet = FALSE;
  g_autofree char *label = NULL;
  g_autofree char *labelled = NULL;
  const char *text;
  guint style = b->running;
  int level = 0;

  if (si && si->toc)
    return;
  if (b->num_id && strcmp (b->num_id, "0") != 0 && numbering_ready (b->d, w))
    label = number_label (b->d, b->num_id, b->ilvl, &bullet);
  /* stripped where it stands (as g_strstrip, by its length): the
   * paragraph's scratch, emptied at the next paragraph_start */
  {
    gsize start = 0, end = b->text->len;
    while (start < end && g_ascii_isspace (b->text->str[start]))
      start++;
    while (end > start && g_ascii_isspace (b->text->str[end - 1]))
      end--;
    g_string_truncate (b->text, end);
    g_string_erase (b->text, 0, (gssize) start);
    text = b->text->str;
  }
  if (label && *text)
    text = labelled = g_strconcat (label, " ", text, NULL);
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
  else if (b->any_text && b->all_bold && b->least_size >= LARGE_TYPE)
    {
      /* bold and larger type is a heading, as in a PDF (FirstAgenda's
       * sub-headings, a front page's title): the same rule and levels */
      style |= MN_STYLE_HEADING;
      level = b->least_size >= HEADING_1_TYPE ? 1 : 2;
    }
  if (b->line_breaks)
    add_printed_lines (b, text, style, level);
  else
    mn_extract_add (b->d->ex, MN_BLOCK_PARAGRAPH, text, style, level, 0);
}

static void
append_text (Body *b, const char *s, gsize len)
{
  if (b->field_hidden || b->in_instr)
    return;
  mn_put_len (b->text, s, len);
  for (gsize i = 0; i < len; i++)
    if (!(s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
      {
        b->any_text = TRUE;
        b->all_bold &= b->run_bold;
        b->least_size = MIN (b->least_size, b->run_size ? b->run_size : BODY_TYPE);
        break;
      }
}

/* A run's w:sz, in half-points; one out of range is the body's size. */
static G_GNUC_NO_INLINE void
run_size (Body *b, const Node *n)
{
  g_autofree char *v = docx_attr (n, "val");
  long sz = v ? strtol (v, NULL, 10) : 0;

  b->run_size = sz > 0 && sz <= 3276 ? (int) sz : 0;
}

/* <w:br/> or <w:cr/>: a line break of the body's text ends a printed
 * line; a page or column break, or any break in a table cell or a page
 * header, is a space as before (a cell's paragraphs are its lines, and a
 * running header is read whole). */
static G_GNUC_NO_INLINE void
line_break (Body *b, const Node *n)
{
  g_autofree char *type = docx_is (n, "br") ? docx_attr (n, "type") : NULL;

  if (b->table_depth == 0 && !b->running && !b->field_hidden && !b->in_instr
      && (type == NULL || strcmp (type, "textWrapping") == 0))
    {
      mn_put_len (b->text, "\n", 1);
      b->line_breaks = TRUE;
    }
  else
    append_text (b, " ", 1);
}

/* The rarer elements' work out of line, as paragraph_end's: body_node,
 * asked of every element and text of the part, stays small (the
 * registers its inlined cases saved and restored at each call were a
 * fifth of its instructions). */
static G_GNUC_NO_INLINE void
cell_end (Body *b)
{
  g_ptr_array_add (b->cells, g_strdup (b->cell->str));
  g_string_truncate (b->cell, 0);
}

static G_GNUC_NO_INLINE void
row_end (Body *b)
{
  g_ptr_array_add (b->cells, NULL);
  if (b->cells->len > 1)
    mn_extract_add_row (b->d->ex, (const char *const *) b->cells->pdata, b->cells->len - 1, 0);
  g_ptr_array_set_size (b->cells, 0);
}

/* A complex field's begin, separator or end: the results of page and TOC
 * fields (PAGE, NUMPAGES, PAGEREF, TOC) never reach the text. */
static G_GNUC_NO_INLINE void
field_char (Body *b, const Node *n)
{
  g_autofree char *t = docx_attr (n, "fldCharType");

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

/* A simple field: a page or TOC field's result is skipped. */
static G_GNUC_NO_INLINE void
field_simple (const Node *n)
{
  g_autofree char *instr = docx_attr (n, "instr");
  g_autofree char *up = instr ? g_ascii_strup (instr, -1) : NULL;

  if (up && (strstr (up, "PAGE") || strstr (up, "TOC")))
    docx_skip_element (n);
}

static void
body_node (const Node *n, gpointer data)
{
  Body *b = data;

  if (n->type == NODE_TEXT)
    {
      const char *v = n->text;
      if (v && b->in_t)
        append_text (b, v, n->text_len);
      else if (v && b->in_instr)
        g_string_append_len (b->instr, v, (gssize) n->text_len);
      return;
    }
  if (n->type == NODE_END)
    {
      if (docx_is (n, "p"))
        paragraph_end (b, n->walker);
      else if (docx_is (n, "t"))
        b->in_t = FALSE;
      else if (docx_is (n, "instrText"))
        b->in_instr = FALSE;
      else if (docx_is (n, "pPr"))
        b->in_ppr = FALSE;
      else if (docx_is (n, "rPr"))
        b->in_rpr = FALSE;
      else if (docx_is (n, "r"))
        b->in_run = FALSE;
      else if (docx_is (n, "tc") && b->table_depth == 1)
        cell_end (b);
      else if (docx_is (n, "tr") && b->table_depth == 1)
        row_end (b);
      else if (docx_is (n, "tbl"))
        {
          b->table_depth--;
          if (b->table_depth == 0)
            mn_extract_add (b->d->ex, MN_BLOCK_BREAK, NULL, 0, 0, 0);
        }
      return;
    }
  if (n->type != NODE_START)
    return;

  if (docx_is (n, "p"))
    {
      paragraph_start (b);     /* ended by its NODE_END, empty or not */
    }
  else if (docx_is (n, "del") || docx_is (n, "delText") || docx_is (n, "moveFrom"))
    docx_skip_element (n);            /* tracked deletions are gone */
  else if (docx_is (n, "pPr"))
    b->in_ppr = TRUE;
  else if (docx_is (n, "pStyle") && b->in_ppr)
    {
      g_free (b->style_id);
      b->style_id = docx_attr (n, "val");
      b->style_known = FALSE;
    }
  else if (docx_is (n, "numId") && b->in_ppr)
    {
      g_free (b->num_id);
      b->num_id = docx_attr (n, "val");
    }
  else if (docx_is (n, "ilvl") && b->in_ppr)
    {
      g_autofree char *v = docx_attr (n, "val");
      b->ilvl = v ? atoi (v) : 0;
    }
  else if (docx_is (n, "r"))
    {
      b->in_run = TRUE;
      {
        const StyleInfo *si = paragraph_style (b, n->walker);
        b->run_bold = si && si->bold;
        b->run_size = 0;
      }
    }
  else if (docx_is (n, "rPr") && b->in_run)
    b->in_rpr = TRUE;
  else if (docx_is (n, "b") && b->in_rpr)
    b->run_bold = docx_on_value (n);
  else if (docx_is (n, "sz") && b->in_rpr)
    run_size (b, n);
  else if (docx_is (n, "t") && b->in_run)
    b->in_t = TRUE;
  else if (docx_is (n, "tab") && b->in_run)
    append_text (b, " ", 1);
  else if ((docx_is (n, "br") || docx_is (n, "cr")) && b->in_run)
    line_break (b, n);
  else if (docx_is (n, "noBreakHyphen") && b->in_run)
    append_text (b, "-", 1);
  else if (docx_is (n, "instrText"))
    b->in_instr = TRUE;
  else if (docx_is (n, "fldChar"))
    field_char (b, n);
  else if (docx_is (n, "fldSimple"))
    field_simple (n);
  else if (docx_is (n, "tbl"))
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
  ok = docx_walk_part (d, name, running == 0, body_node, &b, error);
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
  d.styles = docx_styles_new (&d);
  d.abstract = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) levels_free);
  d.nums = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  d.counters = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  if (docx_lib.zip_name_locate (d.zip, "word/document.xml", 0) < 0)
    {
      g_set_error (error, MN_ERROR, MN_ERROR_CORRUPT,
                   "not a Word document: the ZIP has no word/document.xml");
      goto out;
    }
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
  docx_styles_free (d.styles);
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
  .libraries = docx_libraries,
};

MN_PLUGIN_EXPORT_INPUT (input_docx, mn_input_docx);
