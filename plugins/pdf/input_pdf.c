/* PDF input on poppler-glib.
 *
 * Reading order and table columns come from the layout, not from the order
 * of poppler's text stream: every character's box is read
 * (poppler_page_get_text_layout), characters are grouped into printed lines
 * by their vertical position and sorted left to right, and a wide gap
 * splits a line into segments (table columns).  Symbol-font bullets, which
 * the stream prints apart from their line, land back in front of it.
 *
 * Running headers and footers are lines in the top or bottom margin that
 * repeat on several pages once digits are normalized ("Side # af #",
 * "Direktionen ##-##-####"); they are kept out of the text, except the
 * first header, which is emitted once so the parser can read the meeting's
 * body and date from it.  A timetable ("Tid | Punkt" over "9.30 |
 * Velkomst", found by its geometry, not its words) becomes TABLE_ROW
 * blocks: a row starts at a time in the first column, a time broken over two lines
 * ("10.00-" "10.15") is joined, and the second column's lines make the
 * cell's paragraphs.  Other lines are emitted as LINE blocks with a BREAK
 * where the vertical gap says a paragraph ended; bold and larger type set
 * the BOLD and HEADING styles.
 *
 * poppler reports syntax errors on stderr; while it parses, stderr is
 * captured and each line becomes a "pdf-syntax" warning instead.
 *
 * Why poppler-glib is loaded at the first PDF, not at start-up: it pulls in
 * some fifty libraries (cairo, fontconfig, X11...), and mapping them cost
 * 20 of the 30 ms every conversion spent before main(), PDF or not.  The
 * functions used are resolved once from MN_POPPLER_GLIB_SONAME (found by
 * the Makefile); the headers are still poppler's own, so the types are
 * checked at compile time.
 */
#define _GNU_SOURCE   /* memmem */
#include <stdio.h>
#include <math.h>
#include <string.h>
#include <unistd.h>
#include <poppler.h>
#include <minutes/plugin.h>

#define MARGIN_FRACTION 0.075   /* top and bottom bands holding furniture */
#define MAX_SYNTAX_WARNINGS 20

#ifndef MN_POPPLER_GLIB_SONAME
#define MN_POPPLER_GLIB_SONAME "libpoppler-glib.so.8"
#endif

#define POPPLER_FUNCTIONS(F) \
  F (poppler_document_new_from_bytes) F (poppler_document_get_n_pages) \
  F (poppler_document_get_page) F (poppler_page_get_size) F (poppler_page_get_text) \
  F (poppler_page_get_text_layout) F (poppler_page_get_text_attributes) \
  F (poppler_page_free_text_attributes) F (poppler_error_quark) F (g_object_unref)

#define POPPLER_FIELD(name) __typeof__ (name) *name;
#define POPPLER_SYMBOL(name) { #name, (gpointer *) &pp.name },

static struct {
  POPPLER_FUNCTIONS (POPPLER_FIELD)
} pp;

static gboolean
poppler_load (GError **error)
{
  static const MnLibrarySymbol symbols[] = { POPPLER_FUNCTIONS (POPPLER_SYMBOL) { NULL, NULL } };
  static MnLibrary poppler = { MN_POPPLER_GLIB_SONAME, symbols, 0, FALSE };

  if (mn_library_load (&poppler))
    return TRUE;
  g_set_error (error, MN_ERROR, MN_ERROR_NOT_BUILT,
               "pdf support unavailable: cannot load %s", MN_POPPLER_GLIB_SONAME);
  return FALSE;
}

static const char *const pdf_extensions[] = { "pdf", NULL };
static const char *const pdf_libraries[] = { MN_POPPLER_GLIB_SONAME, NULL };

typedef struct {
  gunichar c;
  double x1, y1, x2, y2;
  double cy;              /* vertical centre, the line-grouping key */
  double size;
  gboolean bold;
} Glyph;

typedef struct {
  char *text;
  double x1, x2;
} Segment;

/* A paper's lines are all kept until the running headers are known
 * (1,542 pages: 70,000 lines), so a line is three allocations: itself, its
 * segments, and one buffer holding their texts and its own. */
typedef struct {
  Segment *segs;
  guint n_segs;
  double top, bottom;
  double size;
  gboolean bold;
  int page;
  char *text;             /* segments joined by a space: in buf, or the only segment's */
  char *buf;              /* every segment's text, NUL-ended, then the line's when it has two or more */
  char *key;              /* text with digits as '#', for furniture: a margin's lines only */
  gboolean furniture;
  /* furniture below the margin's band: a tall header (eDoc prints the
   * body, the kind, the part, the date and the page under each other),
   * the same text at the same height on most pages */
  gboolean repeated;
} Line;

static int
pdf_probe (const guint8 *head, gsize len, const char *file_name)
{
  int score = MN_PROBE_NONE;
  const guint8 *at;

  if (file_name && g_str_has_suffix (file_name, ".pdf"))
    score = MN_PROBE_EXTENSION;
  /* "%PDF-" may follow a little junk, as readers allow: it starts in the
   * first 1,024 bytes.  memmem, not a memcmp at each offset: every input
   * of a batch is probed, most of them no PDF */
  at = memmem (head, MIN (len, 1024 + 4), "%PDF-", 5);
  if (at)
    return at == head ? MN_PROBE_CERTAIN : MN_PROBE_LIKELY;
  return score;
}

static void
line_free (Line *l)
{
  g_free (l->segs);
  g_free (l->buf);
  g_free (l->key);
  g_free (l);
}

/* A glyph's place in the top-to-bottom order: its vertical centre, ties
 * in poppler's order (the index), so the order is one and the same
 * whichever sort produces it. */
typedef struct {
  double cy;
  guint index;
} YKey;

/* A segment as build_line reads it: its text is [start, start + len) of
 * the scratch text. */
typedef struct {
  gsize start, len;
  double x1, x2;
} Span;

/* What every page needs and no page keeps: allocated once per document
 * and grown to its largest page, not allocated and freed page by page. */
typedef struct {
  GArray *glyphs;     /* of Glyph */
  GArray *keys;       /* of YKey */
  GArray *sorted;     /* of Glyph */
  GString *text;      /* a line's segment texts as they are read */
  GArray *spans;      /* of Span: the line's segments */
} PageScratch;

static void
page_scratch_init (PageScratch *s)
{
  s->glyphs = g_array_new (FALSE, FALSE, sizeof (Glyph));
  s->keys = g_array_new (FALSE, FALSE, sizeof (YKey));
  s->sorted = g_array_new (FALSE, FALSE, sizeof (Glyph));
  s->text = g_string_new (NULL);
  s->spans = g_array_new (FALSE, FALSE, sizeof (Span));
}

static void
page_scratch_clear (PageScratch *s)
{
  g_array_unref (s->glyphs);
  g_array_unref (s->keys);
  g_array_unref (s->sorted);
  g_string_free (s->text, TRUE);
  g_array_unref (s->spans);
}

static int
compare_ykey (const void *a, const void *b)
{
  const YKey *x = a, *y = b;
  if (x->cy != y->cy)
    return x->cy < y->cy ? -1 : 1;
  return x->index < y->index ? -1 : x->index > y->index;
}

/* Glyphs top to bottom.  Poppler gives them line by line already, so the
 * keys (16 bytes, not the 56 of a glyph) are insertion-sorted, which is
 * linear on them; past 8 moves a glyph (a page drawn bottom up) qsort
 * finishes the job, so the work stays O(n log n). */
static void
sort_by_y (GArray *glyphs, PageScratch *scratch)
{
  guint n = glyphs->len;
  YKey *keys;
  gsize moves = 0, budget = 8 * (gsize) n;
  Glyph *g = (Glyph *) (void *) glyphs->data;
  Glyph *sorted;

  g_array_set_size (scratch->keys, n);
  keys = (YKey *) (void *) scratch->keys->data;

  for (guint i = 0; i < n; i++)
    {
      YKey key = { g[i].cy, i };
      guint j = i;

      while (j > 0 && compare_ykey (&keys[j - 1], &key) > 0 && moves <= budget)
        {
          keys[j] = keys[j - 1];
          j--;
          moves++;
        }
      keys[j] = key;
    }
  if (moves == 0)
    return;                 /* in order already, as most pages are */
  if (moves > budget)
    {
      for (guint i = 0; i < n; i++)
        keys[i] = (YKey) { g[i].cy, i };
      qsort (keys, n, sizeof (YKey), compare_ykey);
    }
  g_array_set_size (scratch->sorted, n);
  sorted = (Glyph *) (void *) scratch->sorted->data;
  for (guint i = 0; i < n; i++)
    sorted[i] = g[keys[i].index];
  memcpy (g, sorted, n * sizeof (Glyph));
}

static int
compare_glyph_x (gconstpointer a, gconstpointer b)
{
  const Glyph *x = a, *y = b;
  return x->x1 < y->x1 ? -1 : x->x1 > y->x1;
}

/* A line's glyphs come from poppler nearly in x order already: insertion
 * sort is linear on them.  Should the moves pass 8 per glyph (a hostile
 * page can hold a line in reverse), qsort finishes the job instead, so the
 * work stays O(n log n). */
static void
sort_by_x (Glyph *g, guint n)
{
  gsize moves = 0, budget = 8 * (gsize) n;

  for (guint i = 1; i < n; i++)
    {
      Glyph key = g[i];
      guint j = i;

      while (j > 0 && g[j - 1].x1 > key.x1)
        {
          g[j] = g[j - 1];
          j--;
          moves++;
        }
      g[j] = key;
      if (moves > budget)
        {
          qsort (g, n, sizeof (Glyph), compare_glyph_x);
          return;
        }
    }
}

/* Ends the open segment: its text is what the scratch holds past its
 * start, stripped (g_strstrip's rule); a segment left empty is dropped. */
static void
end_span (PageScratch *scratch, Span *open)
{
  const char *start = scratch->text->str + open->start;
  const char *end = scratch->text->str + scratch->text->len;

  while (start < end && g_ascii_isspace (*start))
    start++;
  while (end > start && g_ascii_isspace (end[-1]))
    end--;
  open->start = (gsize) (start - scratch->text->str);
  open->len = (gsize) (end - start);
  if (open->len > 0)
    g_array_append_val (scratch->spans, *open);
}

/* The line's segments and texts out of the scratch, allocated at their
 * length: the segment texts NUL-ended one after another, then the line's
 * text (the segments joined by a space) unless it is the only segment's. */
static void
take_segments (Line *l, PageScratch *scratch)
{
  const Span *spans = (const Span *) (void *) scratch->spans->data;
  guint n = scratch->spans->len;
  gsize room = 0;
  char *o;

  l->n_segs = n;
  if (n == 0)
    return;
  for (guint i = 0; i < n; i++)
    room += spans[i].len + 1;
  if (n > 1)
    room += room;          /* the joined text: each length and a space, the last a NUL */
  l->segs = g_new (Segment, n);
  o = l->buf = g_malloc (room);
  for (guint i = 0; i < n; i++)
    {
      l->segs[i] = (Segment) { o, spans[i].x1, spans[i].x2 };
      memcpy (o, scratch->text->str + spans[i].start, spans[i].len);
      o += spans[i].len;
      *o++ = '\0';
    }
  if (n == 1)
    {
      l->text = l->segs[0].text;
      return;
    }
  l->text = o;
  for (guint i = 0; i < n; i++)
    {
      if (i)
        *o++ = ' ';
      memcpy (o, scratch->text->str + spans[i].start, spans[i].len);
      o += spans[i].len;
    }
  *o = '\0';
}

/* g_unichar_isspace, ASCII answered here: this runs for every glyph */
static inline gboolean
glyph_is_space (gunichar c)
{
  if (c < 0x80)
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  return g_unichar_isspace (c);
}

/* Glyphs of one printed line, sorted by x, into segments. */
static Line *
build_line (Glyph *g, guint n, int page, PageScratch *scratch)
{
  Line *l = g_new0 (Line, 1);
  Span seg = { 0 };
  gboolean open = FALSE;
  guint bold = 0, visible = 0;

  l->page = page;
  l->top = G_MAXDOUBLE;
  g_string_truncate (scratch->text, 0);
  g_array_set_size (scratch->spans, 0);
  sort_by_x (g, n);
  for (guint i = 0; i < n; i++)
    {
      double gap = open ? g[i].x1 - seg.x2 : 0;
      gboolean space = glyph_is_space (g[i].c);

      l->top = MIN (l->top, g[i].y1);
      l->bottom = MAX (l->bottom, g[i].y2);
      l->size = MAX (l->size, g[i].size);
      /* a gap wider than about two spaces separates columns */
      if (open && gap > MAX (6.0, 0.6 * g[i].size))
        {
          end_span (scratch, &seg);
          open = FALSE;
        }
      if (space && !open)
        continue;
      if (!open)
        {
          seg = (Span) { scratch->text->len, 0, g[i].x1, 0 };
          open = TRUE;
        }
      if (space)
        {
          /* a space glyph is a plain space; its width can be a column gap */
          if (g[i].x2 - g[i].x1 > MAX (6.0, 0.6 * g[i].size))
            {
              end_span (scratch, &seg);
              open = FALSE;
              continue;
            }
          g_string_append_c (scratch->text, ' ');
        }
      else
        {
          if (g[i].c < 0x80)
            g_string_append_c (scratch->text, (char) g[i].c);
          else
            g_string_append_unichar (scratch->text, g[i].c);
          visible++;
          bold += g[i].bold;
        }
      seg.x2 = g[i].x2;
    }
  if (open)
    end_span (scratch, &seg);
  l->bold = visible > 0 && bold == visible;
  take_segments (l, scratch);
  return l;
}

/* One page's printed lines, top to bottom. */
static void
page_lines (PopplerPage *page, int page_no, GPtrArray *lines, guint64 *text_bytes,
            PageScratch *scratch)
{
  g_autofree char *text = pp.poppler_page_get_text (page);
  PopplerRectangle *rects = NULL;
  guint n_rects = 0;
  GList *attrs;
  GArray *glyphs = scratch->glyphs;
  const char *p;
  guint start;
  GList *cursor;    /* attributes come in text order: walk them once */
  PopplerTextAttributes *run_attrs = NULL;
  gboolean run_bold = FALSE;
  guint n_glyphs = 0;

  if (text == NULL || !pp.poppler_page_get_text_layout (page, &rects, &n_rects))
    {
      g_free (rects);
      return;
    }
  *text_bytes += strlen (text);
  /* sized to the page and filled in place: this loop sees every character */
  g_array_set_size (glyphs, n_rects);
  attrs = pp.poppler_page_get_text_attributes (page);
  cursor = attrs;
  p = text;
  for (guint i = 0; i < n_rects && *p; i++, p = g_utf8_next_char (p))
    {
      Glyph *g = &g_array_index (glyphs, Glyph, n_glyphs);
      g->c = (guchar) *p < 0x80 ? (gunichar) *p : g_utf8_get_char (p);
      if (g->c == '\n' || g->c == '\r')
        continue;
      g->x1 = rects[i].x1;
      g->y1 = rects[i].y1;
      g->x2 = rects[i].x2;
      g->y2 = rects[i].y2;
      g->cy = (g->y1 + g->y2) / 2;
      g->size = 0;
      g->bold = FALSE;
      while (cursor && ((PopplerTextAttributes *) cursor->data)->end_index < (int) i)
        cursor = cursor->next;
      if (cursor && ((PopplerTextAttributes *) cursor->data)->start_index <= (int) i)
        {
          PopplerTextAttributes *ta = cursor->data;
          /* the font name is read once per run of text, not per glyph */
          if (ta != run_attrs)
            {
              run_attrs = ta;
              run_bold = ta->font_name && (strstr (ta->font_name, "Bold")
                                           || strstr (ta->font_name, "bold")
                                           || strstr (ta->font_name, "Black")
                                           || strstr (ta->font_name, "Heavy"));
            }
          g->size = ta->font_size;
          g->bold = run_bold;
        }
      n_glyphs++;
    }
  g_array_set_size (glyphs, n_glyphs);
  pp.poppler_page_free_text_attributes (attrs);
  g_free (rects);

  sort_by_y (glyphs, scratch);
  start = 0;
  while (start < glyphs->len)
    {
      Glyph *first = &g_array_index (glyphs, Glyph, start);
      double centre = first->cy;
      double tolerance = 0.35 * (first->y2 - first->y1);
      guint end = start + 1;

      /* glyphs share a line when their vertical centres nearly agree: the
       * boxes of neighbouring lines overlap, and a table cell's text may
       * be centred between two lines of its neighbour */
      while (end < glyphs->len)
        {
          Glyph *g = &g_array_index (glyphs, Glyph, end);
          if (g->cy - centre > tolerance)
            break;
          end++;
        }
      {
        Line *l = build_line (&g_array_index (glyphs, Glyph, start), end - start, page_no, scratch);
        if (l->n_segs)
          g_ptr_array_add (lines, l);
        else
          line_free (l);
      }
      start = end;
    }
}

/* Marks lines in the page margins that repeat on other pages. */

/* "#", "Side # af #", "Page #", "S. #/#": a page number, by its form alone
 * (a short word, the number, perhaps "of" and the count), in any language. */
static gboolean
page_number_key (const char *key)
{
  static GRegex *form;

  if (strchr (key, '#') == NULL)
    return FALSE;
  if (g_once_init_enter (&form))
    g_once_init_leave (&form, g_regex_new ("^(?:\\p{L}{1,6}\\.? ?)?#+(?:(?: \\p{L}{1,3} |/)#+)?$",
                                           0, 0, NULL));
  return g_regex_match (form, key, 0, NULL);
}

static void
mark_furniture (GPtrArray *lines, double page_height, int n_pages)
{
  g_autoptr (GHashTable) pages_seen = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, NULL);
  double top = page_height * MARGIN_FRACTION;
  double bottom = page_height * (1 - MARGIN_FRACTION);

  for (guint i = 0; i < lines->len; i++)
    {
      Line *l = g_ptr_array_index (lines, i);
      if (l->bottom < top || l->top > bottom)
        {
          /* only a margin's lines need their key */
          l->key = g_strdup (l->text);
          for (char *p = l->key; *p; p++)
            if (g_ascii_isdigit (*p))
              *p = '#';
          g_hash_table_insert (pages_seen, l->key,
                               GINT_TO_POINTER (GPOINTER_TO_INT (g_hash_table_lookup (pages_seen, l->key)) + 1));
        }
    }
  for (guint i = 0; i < lines->len; i++)
    {
      Line *l = g_ptr_array_index (lines, i);
      if (l->bottom < top || l->top > bottom)
        {
          int seen = GPOINTER_TO_INT (g_hash_table_lookup (pages_seen, l->key));
          l->furniture = seen >= 2 || n_pages == 1
                         || page_number_key (l->key);
        }
    }
}

/* A line's text with its digits as '#' (a page number or a date that
 * changes) and its height on the page to the point: FNV-1a, 64 bits. */
static guint64
slot_hash (const Line *l)
{
  guint64 h = 1469598103934665603ull;

  for (const guchar *p = (const guchar *) l->text; *p; p++)
    {
      h ^= g_ascii_isdigit (*p) ? '#' : *p;
      h *= 1099511628211ull;
    }
  h ^= (guint64) (gint64) floor (l->top + 0.5);
  h *= 1099511628211ull;
  return h;
}

typedef struct {
  int pages;              /* pages the slot was seen on */
  int last_page;
} SlotCount;

#define LINE_AT(lines, i) ((Line *) g_ptr_array_index ((lines), (i)))

/* Whether line i, of the margin's furniture or at a slot seen on enough
 * pages, may stand in a header's or a footer's run. */
static gboolean
slot_repeats (GPtrArray *lines, GHashTable *slots, const guint64 *hashes, guint i, int least)
{
  const SlotCount *c = hashes[i] ? g_hash_table_lookup (slots, &hashes[i]) : NULL;

  return ((const Line *) g_ptr_array_index (lines, i))->furniture || (c && c->pages >= least);
}

/* The margin's furniture stays that (dropped, the first page's first
 * line said); the rest of the run is a tall header's. */
static void
mark_header_line (Line *l)
{
  l->repeated = !l->furniture;
}

/* Lines outside the margin's band, in the top fifth or the bottom tenth
 * of the page, that stand with the same text at the same height on at
 * least two pages and on half of them (all of a two-page paper's): a
 * header too tall for the band.  Body text does not come back to the
 * point on page after page. */
static void
mark_repeated (GPtrArray *lines, double page_height, int n_pages)
{
  g_autoptr (GHashTable) slots = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autofree guint64 *hashes = g_new0 (guint64, MAX (lines->len, 1));
  int least = MAX (2, (n_pages + 1) / 2);
  double top_zone = page_height * 0.2, bottom_zone = page_height * 0.9;

  if (n_pages < 2)
    return;
  for (guint i = 0; i < lines->len; i++)
    {
      Line *l = g_ptr_array_index (lines, i);
      SlotCount *c;

      if (l->furniture || (l->top > top_zone && l->bottom < bottom_zone))
        continue;
      hashes[i] = slot_hash (l);
      c = g_hash_table_lookup (slots, &hashes[i]);
      if (c == NULL)
        {
          c = g_new0 (SlotCount, 1);
          g_hash_table_insert (slots, g_memdup2 (&hashes[i], sizeof hashes[i]), c);
        }
      if (c->last_page != l->page)
        {
          c->pages++;
          c->last_page = l->page;
        }
    }
  /* a header is the page's first lines, a footer its last: the run of
   * repeated lines from the page's edge, so that an item's "Beslutninger"
   * under its title at the top of every page stays text */
  for (guint first = 0, end; first < lines->len; first = end)
    {
      int page = ((Line *) g_ptr_array_index (lines, first))->page;
      guint i;

      for (end = first; end < lines->len && ((Line *) g_ptr_array_index (lines, end))->page == page; end++)
        ;
      for (i = first; i < end && slot_repeats (lines, slots, hashes, i, least)
                      && LINE_AT (lines, i)->top <= top_zone; i++)
        mark_header_line (LINE_AT (lines, i));
      for (guint j = end; j > i && slot_repeats (lines, slots, hashes, j - 1, least)
                          && LINE_AT (lines, j - 1)->bottom >= bottom_zone; j--)
        mark_header_line (LINE_AT (lines, j - 1));
    }
}

/* "9.30", "10:00": one or two digits, '.' or ':', two digits */
static gboolean
is_time_start (const char *s)
{
  int n = g_ascii_isdigit (s[0]) ? (g_ascii_isdigit (s[1]) ? 2 : 1) : 0;

  return n > 0 && (s[n] == '.' || s[n] == ':') && g_ascii_isdigit (s[n + 1])
         && g_ascii_isdigit (s[n + 2]);
}

/* A timetable's head, by geometry alone: a line of two short segments
 * whose next line starts with a time under the first ("Tid | Punkt" over
 * "9.30 | Velkomst").  The words are the paper's, whatever they are. */
static gboolean
is_table_header (GPtrArray *lines, guint i)
{
  const Line *l = g_ptr_array_index (lines, i), *next;
  const Segment *a, *b, *first;

  if (l->n_segs != 2 || i + 1 >= lines->len)
    return FALSE;
  a = &l->segs[0];
  b = &l->segs[1];
  next = g_ptr_array_index (lines, i + 1);
  if (strlen (a->text) > 16 || strlen (b->text) > 24 || is_time_start (a->text) || next->page != l->page
      || next->furniture || next->repeated)
    return FALSE;
  first = &next->segs[0];
  return is_time_start (first->text) && first->x1 < b->x1 - 3 && ABS (first->x1 - a->x1) < 24;
}

/* The head again, on a new page. */
static gboolean
same_header (const char *const head[2], const Line *l)
{
  return head[0] && l->n_segs == 2
         && strcmp (l->segs[0].text, head[0]) == 0
         && strcmp (l->segs[1].text, head[1]) == 0;
}

typedef struct {
  gboolean active;
  const char *head[2];    /* the head's words (the Line's, borrowed) */
  double content_x;       /* where the second column starts */
  GString *time;
  GString *content;       /* paragraphs separated by '\n' */
  char *last_line;        /* the content line being joined */
  double last_top;
  int last_page;
  gboolean last_bold;      /* the last content line was bold (a title) */
  int page;
  gboolean has_row;
} Table;

static void
table_flush_line (Table *t)
{
  if (t->last_line == NULL)
    return;
  g_string_append (t->content, t->last_line);
  g_clear_pointer (&t->last_line, g_free);
}

static void
table_emit_row (MnExtract *ex, Table *t)
{
  const char *cells[2];

  table_flush_line (t);
  if (t->has_row)
    {
      cells[0] = t->time->str;
      cells[1] = t->content->str;
      mn_extract_add_row (ex, cells, 2, t->page);
    }
  g_string_truncate (t->time, 0);
  g_string_truncate (t->content, 0);
  t->has_row = FALSE;
}

static void
table_add_content (Table *t, const Line *l, const char *text, double body)
{
  double pitch = l->top - t->last_top;
  double normal = 1.05 * body;

  /* lines of one paragraph follow at the normal pitch; a cell's title is
   * centred on its row, so a shorter pitch ends a paragraph too */
  if (t->last_line && (l->page != t->last_page || pitch > 1.25 * normal || pitch < 0.75 * normal))
    {
      table_flush_line (t);
      g_string_append_c (t->content, '\n');
    }
  if (t->last_line)
    {
      char *joined = mn_text_join_lines (t->last_line, text);
      g_free (t->last_line);
      t->last_line = joined;
    }
  else
    {
      if (t->content->len && t->content->str[t->content->len - 1] != '\n')
        g_string_append_c (t->content, '\n');
      t->last_line = g_strdup (text);
    }
  t->last_top = l->top;
  t->last_page = l->page;
}

/* Feeds one line to the table; FALSE when the line ends the table. */
static gboolean
table_line (MnExtract *ex, Table *t, const Line *l, double body)
{
  const Segment *first = &l->segs[0];

  if (same_header (t->head, l))
    return TRUE;                 /* repeated on a new page */
  if (first->x1 < t->content_x - 3)
    {
      gboolean time = is_time_start (first->text);
      gboolean open_range = t->time->len && t->time->str[t->time->len - 1] == '-';

      if (!time)
        return FALSE;
      if (open_range)
        g_string_append (t->time, first->text);           /* "10.00-" "10.15" */
      else
        {
          table_emit_row (ex, t);
          t->has_row = TRUE;
          t->page = l->page;
          g_string_append (t->time, first->text);
        }
      for (guint i = 1; i < l->n_segs; i++)
        table_add_content (t, l, l->segs[i].text, body);
      t->last_bold = l->bold;
      return TRUE;
    }
  /* a bold line after plain text is the title of a row whose time cell is
   * empty: in the document it has a row of its own */
  if (t->has_row && l->bold && t->last_line && !t->last_bold)
    table_emit_row (ex, t);
  if (!t->has_row)
    {
      t->has_row = TRUE;
      t->page = l->page;
    }
  table_add_content (t, l, l->text, body);
  t->last_bold = l->bold;
  return TRUE;
}

static double
body_size (GPtrArray *lines)
{
  g_autoptr (GHashTable) counts = g_hash_table_new (g_direct_hash, g_direct_equal);
  int best = 0, best_count = 0;

  for (guint i = 0; i < lines->len; i++)
    {
      Line *l = g_ptr_array_index (lines, i);
      int key = (int) (l->size * 10 + 0.5);
      int c = GPOINTER_TO_INT (g_hash_table_lookup (counts, GINT_TO_POINTER (key))) + 1;
      g_hash_table_insert (counts, GINT_TO_POINTER (key), GINT_TO_POINTER (c));
      if (c > best_count)
        {
          best_count = c;
          best = key;
        }
    }
  return best > 0 ? best / 10.0 : 12.0;
}

/* Each page's right margin as its text shows it: the furthest right any
 * of its body lines ends.  Indexed by page.  transfer full */
static GArray *
right_edges (GPtrArray *lines)
{
  GArray *edges = g_array_new (FALSE, TRUE, sizeof (double));

  for (guint i = 0; i < lines->len; i++)
    {
      const Line *l = g_ptr_array_index (lines, i);
      double x2 = l->segs[l->n_segs - 1].x2;
      if (l->furniture || l->repeated || l->page < 0)
        continue;
      if ((guint) l->page >= edges->len)
        g_array_set_size (edges, (guint) l->page + 1);
      if (x2 > g_array_index (edges, double, l->page))
        g_array_index (edges, double, l->page) = x2;
    }
  return edges;
}

/* Whether prev, the line before l in one column, ended where its text
 * chose to and not where the margin made it: l's first word would have
 * fitted after it (with room to spare, as a word's width is estimated
 * from its share of the segment's letters), and the line is well short
 * of the margin.  Word and LibreOffice wrap a line only when the next word
 * does not fit; a list printed one title a line ("Bilag 3: Miljøscreening"
 * / "Notat 04.02.2025") has no gap between its lines, and is told so. */
static gboolean
ended_short (const Line *prev, const Line *l, double right)
{
  const Segment *a = &prev->segs[0], *b = &l->segs[0];
  glong chars, word;
  double width;

  if (prev->n_segs != 1 || l->n_segs != 1 || fabs (a->x1 - b->x1) > 2 || right <= 0)
    return FALSE;
  chars = g_utf8_strlen (b->text, -1);
  word = g_utf8_strlen (b->text, (gssize) strcspn (b->text, " "));
  if (chars <= 0)
    return FALSE;
  width = (b->x2 - b->x1) * (double) word / (double) chars;
  /* and well short: the first word may be held to the next by a
   * no-break space the text no longer shows ("40 pct.") */
  return a->x2 + 1.5 * width + l->size < right && a->x2 - a->x1 < 0.8 * (right - a->x1);
}

static void
emit_lines (MnExtract *ex, GPtrArray *lines)
{
  double body = body_size (lines);
  g_autoptr (GArray) edges = right_edges (lines);
  Table t = { 0 };
  const Line *prev = NULL;
  gboolean header_done = FALSE;
  /* a tall header's lines by height: the text last shown there */
  g_autoptr (GHashTable) shown = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);

  t.time = g_string_new (NULL);
  t.content = g_string_new (NULL);
  for (guint i = 0; i < lines->len; i++)
    {
      const Line *l = g_ptr_array_index (lines, i);
      guint style = 0;
      int level = 0;

      if (l->repeated)
        {
          /* dropped as furniture, but said where it first shows and where
           * it changes ("Åbent referat" to "Lukket referat" at a part's
           * first page): the parser reads its part markers, and its lines
           * never go on a paragraph of the text */
          gpointer at = GINT_TO_POINTER ((int) floor (l->top + 0.5));
          const char *was = g_hash_table_lookup (shown, at);
          if (was == NULL || strcmp (was, l->text) != 0)
            {
              g_hash_table_replace (shown, at, g_strdup (l->text));
              g_autofree char *key = g_strdup (l->text);
              for (char *p = key; *p; p++)
                if (g_ascii_isdigit (*p))
                  *p = '#';
              if (!page_number_key (key))
                {
                  mn_extract_add (ex, MN_BLOCK_PARAGRAPH, l->text, MN_STYLE_RUNNING, 0, l->page);
                  mn_extract_add (ex, MN_BLOCK_BREAK, NULL, 0, 0, l->page);
                }
            }
          continue;
        }
      if (l->furniture)
        {
          /* the first running header names the meeting: emit it once */
          if (!header_done && l->page == 1 && !page_number_key (l->key))
            {
              mn_extract_add (ex, MN_BLOCK_PARAGRAPH, l->text, MN_STYLE_RUNNING, 0, l->page);
              mn_extract_add (ex, MN_BLOCK_BREAK, NULL, 0, 0, l->page);
              header_done = TRUE;
            }
          continue;
        }
      if (t.active)
        {
          if (table_line (ex, &t, l, body))
            {
              prev = l;
              continue;
            }
          table_emit_row (ex, &t);
          t.active = FALSE;
          mn_extract_add (ex, MN_BLOCK_BREAK, NULL, 0, 0, l->page);
        }
      if (is_table_header (lines, i))
        {
          t.active = TRUE;
          t.head[0] = l->segs[0].text;
          t.head[1] = l->segs[1].text;
          t.content_x = l->segs[1].x1;
          mn_extract_add_row (ex, t.head, 2, l->page);
          prev = l;
          continue;
        }
      /* a gap ends a paragraph, and so does a line that ended short of its
       * page's margin, also where the page broke after it */
      if (prev && ((prev->page == l->page && l->top - prev->bottom > 0.35 * body)
                   || ended_short (prev, l, (guint) prev->page < edges->len ? g_array_index (edges, double, prev->page) : 0)))
        mn_extract_add (ex, MN_BLOCK_BREAK, NULL, 0, 0, l->page);
      if (l->bold)
        style |= MN_STYLE_BOLD;
      if (l->bold && l->size >= 1.15 * body)
        {
          style |= MN_STYLE_HEADING;
          level = l->size >= 1.7 * body ? 1 : 2;
        }
      mn_extract_add (ex, MN_BLOCK_LINE, l->text, style, level, l->page);
      prev = l;
    }
  if (t.active)
    table_emit_row (ex, &t);
  g_string_free (t.time, TRUE);
  g_string_free (t.content, TRUE);
  g_free (t.last_line);
}

/* poppler prints syntax errors on stderr: capture them while it parses. */
typedef struct {
  int saved_fd;
  FILE *capture;
} StderrCapture;

static void
capture_begin (StderrCapture *c)
{
  fflush (stderr);
  c->capture = tmpfile ();
  c->saved_fd = c->capture ? dup (STDERR_FILENO) : -1;
  if (c->saved_fd >= 0)
    dup2 (fileno (c->capture), STDERR_FILENO);
}

static void
capture_end (StderrCapture *c, MnExtract *ex)
{
  char line[512];
  int n = 0;

  if (c->saved_fd < 0)
    {
      if (c->capture)
        fclose (c->capture);
      return;
    }
  fflush (stderr);
  dup2 (c->saved_fd, STDERR_FILENO);
  close (c->saved_fd);
  rewind (c->capture);
  while (fgets (line, sizeof line, c->capture))
    {
      g_strchomp (line);
      if (*line && n++ < MAX_SYNTAX_WARNINGS && g_utf8_validate (line, -1, NULL))
        mn_extract_warn (ex, "pdf-syntax", 0, "%s", line);
    }
  fclose (c->capture);
}

static gboolean
pdf_extract (MnExtract *ex, GBytes *input, GError **error)
{
  const MnLimits *limits = mn_extract_limits (ex);
  g_autoptr (GError) local = NULL;
  g_autoptr (GPtrArray) lines = g_ptr_array_new_with_free_func ((GDestroyNotify) line_free);
  PopplerDocument *doc;
  StderrCapture cap;
  PageScratch scratch;
  int n_pages;
  double height = 842;
  guint64 text_bytes = 0;
  gboolean ok = TRUE;

  if (!poppler_load (error))
    return FALSE;
  capture_begin (&cap);
  doc = pp.poppler_document_new_from_bytes (input, NULL, &local);
  if (doc == NULL)
    {
      capture_end (&cap, ex);
      if (local && local->domain == pp.poppler_error_quark () && local->code == POPPLER_ERROR_ENCRYPTED)
        g_set_error (error, MN_ERROR, MN_ERROR_ENCRYPTED,
                     "PDF is encrypted (a password is needed)");
      else
        g_set_error (error, MN_ERROR, MN_ERROR_CORRUPT,
                     "damaged PDF: %s", local ? local->message : "cannot be opened");
      return FALSE;
    }
  n_pages = pp.poppler_document_get_n_pages (doc);
  if (n_pages <= 0)
    {
      g_set_error (error, MN_ERROR, MN_ERROR_CORRUPT, "damaged PDF: no pages");
      ok = FALSE;
    }
  else if (n_pages > limits->max_pages)
    {
      g_set_error (error, MN_ERROR, MN_ERROR_LIMIT,
                   "PDF has %d pages, over the limit of %d", n_pages, limits->max_pages);
      ok = FALSE;
    }
  page_scratch_init (&scratch);
  for (int i = 0; ok && i < n_pages; i++)
    {
      PopplerPage *page = pp.poppler_document_get_page (doc, i);
      guint before = lines->len;

      if (page == NULL)
        {
          mn_extract_warn (ex, "page-unreadable", i + 1, "page %d cannot be read", i + 1);
          continue;
        }
      if (i == 0)
        pp.poppler_page_get_size (page, NULL, &height);
      page_lines (page, i + 1, lines, &text_bytes, &scratch);
      pp.g_object_unref (page);
      if (lines->len == before)
        mn_extract_warn (ex, "page-no-text", i + 1,
                         "page %d has no text layer (scanned? no OCR is done)", i + 1);
      if (text_bytes > limits->max_text_bytes)
        {
          g_set_error (error, MN_ERROR, MN_ERROR_LIMIT,
                       "page %d: extracted text is over the limit of %" G_GUINT64_FORMAT " bytes",
                       i + 1, limits->max_text_bytes);
          ok = FALSE;
        }
    }
  page_scratch_clear (&scratch);
  pp.g_object_unref (doc);
  capture_end (&cap, ex);
  if (!ok)
    return FALSE;
  if (lines->len == 0)
    {
      g_set_error (error, MN_ERROR, MN_ERROR_NO_TEXT,
                   "PDF has no text layer on any of its %d pages (scanned? no OCR is done)",
                   n_pages);
      return FALSE;
    }
  mn_extract_set_pages (ex, n_pages);
  mark_furniture (lines, height, n_pages);
  mark_repeated (lines, height, n_pages);
  emit_lines (ex, lines);
  return TRUE;
}

const MnInputPlugin mn_input_pdf = {
  MN_PLUGIN_HEADER (MnInputPlugin),
  .name = "pdf",
  .description = "PDF with a text layer (poppler); no OCR",
  .extensions = pdf_extensions,
  .probe = pdf_probe,
  .extract = pdf_extract,
  .libraries = pdf_libraries,
};

MN_PLUGIN_EXPORT_INPUT (input_pdf, mn_input_pdf);
