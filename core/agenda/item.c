/* Items and their sections.
 *
 * An item starts at its title: a heading of level 1-2 (Markdown "##", a
 * Word heading style) that is no section heading; a numbered paragraph
 * ("N. Title", "N Title", "Punkt N: Title", "700. Title", "1.1 Title")
 * followed by an access line, a section heading, a label line, an inline
 * "Referat: ..." or another item; or any short paragraph followed by an
 * access line ("Åben Sag").  An export says which blocks are its items
 * (MN_STYLE_ITEM), and then only those are.  Then the whole paper decides:
 * where items are numbered, an unnumbered heading is no item, and a plain
 * numbered line that does not continue the items' numbers is text (items
 * by sequence); an unnumbered "item" with nothing an agenda item has is no
 * item (a memo); a signature page ends the items.  Before the first item
 * lies the front matter (front page, table of contents).  Inside an item,
 * label lines are its data, each known section heading (or heading style)
 * opens a section that runs to the next.  A numbered title that is repeated
 * later and holds nothing is a table of contents line and is dropped; the
 * part it is listed under gives its item's access.
 */
#include <string.h>
#include "agenda.h"

static gboolean
is_text (const MnBlock *b)
{
  return b->kind == MN_BLOCK_PARAGRAPH && !mn_agenda_is_running (b);
}

/* The blocks, and what the vocabulary said of each (classify.c): the
 * parser looks ahead and looks again, and asks nothing twice. */
typedef struct {
  GPtrArray *blocks;
  const MnClass *cls;       /* one per block */
  gboolean export;          /* the input marks its item titles (MN_STYLE_ITEM) */
} Lines;

static const MnBlock *
line (const Lines *l, guint i)
{
  return g_ptr_array_index (l->blocks, i);
}

/* The access an "Åben Sag" line states, or MN_ACCESS_UNKNOWN. */
static MnAccess
line_access (const Lines *l, guint i)
{
  return (MnAccess) l->cls[i].access;
}

static gboolean
is_access (const Lines *l, guint i)
{
  return line_access (l, i) != MN_ACCESS_UNKNOWN;
}

static gboolean
is_section_heading (const Lines *l, guint i, MnSectionKind *kind)
{
  if (l->cls[i].section < 0)
    return FALSE;
  *kind = (MnSectionKind) l->cls[i].section;
  return TRUE;
}

/* A numbered title ("3. Title", "Punkt 3: Title", "1.1 Title"): its number
 * (-1 for a sub-item), and on request its title and label (transfer full). */
static gboolean
numbered_title (const Lines *l, guint i, int *number, char **title, char **label)
{
  const MnClass *c = &l->cls[i];

  if (!c->title)
    return FALSE;
  *number = c->number;
  if (title)
    *title = g_strdup (c->title_text);
  if (label)
    *label = g_strdup (c->number_label);
  return TRUE;
}

static guint
next_text (const Lines *l, guint i)
{
  for (i++; i < l->blocks->len; i++)
    if (!mn_agenda_is_running (line (l, i)))
      return i;
  return l->blocks->len;
}

static gboolean
opens_item_body (const Lines *l, guint i)
{
  const MnClass *c;

  if (i >= l->blocks->len)
    return TRUE;
  c = &l->cls[i];
  return c->access != MN_ACCESS_UNKNOWN || c->section >= 0 || c->label || c->inline_kind >= 0
         || c->label_row;
}

/* A numbered title whose label lines lost their labels (a text extraction
 * printed the labels' column apart): a few short data lines ("16/34106",
 * "Byrådet"), then a section heading or an access line. */
static gboolean
body_follows_data (const Lines *l, guint i)
{
  int n;

  for (int k = 0; k < 4 && i < l->blocks->len; k++, i = next_text (l, i))
    {
      const MnBlock *b = line (l, i);
      if (opens_item_body (l, i))
        return k > 0;
      if (!is_text (b) || mn_longer_than (b->text, 40) || numbered_title (l, i, &n, NULL, NULL))
        return FALSE;
    }
  return FALSE;
}

/* A heading style of level 1-2 that is no section heading or access line:
 * the caller has ruled those out. */
static gboolean
heading_title (const MnBlock *b)
{
  /* front-page furniture ("Referat" in large type) is no item */
  return is_text (b) && (b->style & MN_STYLE_HEADING) && b->level <= 2
         && !mn_vocab_paper_kind_word (b->text) && !mn_vocab_front_label (b->text)
         && !mn_vocab_toc_heading (b->text);
}

static gboolean
is_front_field (const char *text)
{
  const char *value;

  return strchr (text, ':') && mn_vocab_front_field (text, &value) != MN_FRONT_NONE;
}

static gboolean
item_starts (const Lines *l, guint i, int depth)
{
  const MnBlock *b = line (l, i);
  guint next = next_text (l, i);
  MnSectionKind kind;
  int n;

  if (!is_text (b) || is_access (l, i) || is_section_heading (l, i, &kind))
    return FALSE;
  if (heading_title (b))
    return TRUE;
  if (numbered_title (l, i, &n, NULL, NULL))
    return opens_item_body (l, next)
           || (depth < 2 && next < l->blocks->len && item_starts (l, next, depth + 1))
           || body_follows_data (l, next);
  /* an unnumbered title: short, and followed by "Åben Sag"; never a
   * front page's label line ("Mødedato: 12-03-2024" over "Lukket punkt") */
  return !mn_longer_than (b->text, 249) && next < l->blocks->len && is_access (l, next)
         && !is_front_field (b->text);
}

static void
raw_section_free (MnRawSection *s)
{
  g_free (s->heading);
  g_ptr_array_unref (s->blocks);
  g_free (s);
}

static MnRawSection *
raw_section_new (const char *heading, MnSectionKind kind)
{
  MnRawSection *s = g_new0 (MnRawSection, 1);
  s->heading = g_strdup (heading);
  s->kind = kind;
  s->blocks = g_ptr_array_new ();
  return s;
}

/* Fills one item from c[from..to): title at from, then its body. */
static MnItem *
parse_item (const Lines *l, guint from, guint to, GPtrArray *sections)
{
  MnItem *item = mn_item_new ();
  const MnBlock *t = line (l, from);
  MnRawSection *cur = NULL;
  gboolean in_subpoints = FALSE;   /* the body opens with "a. ..." */
  guint seen = 0;                  /* the section kinds opened so far */
  gboolean styled = FALSE;         /* an export's item whose headings are styled */
  int n;

  /* an export item whose text styles its headings (its fields' captions,
   * its HTML's h1-h6) has those as its sections: a plain line reading
   * "Baggrund" is a line of text there; one held as plain text has none
   * styled, and the vocabulary finds them */
  for (guint i = from + 1; l->export && i < to && !styled; i++)
    styled = (line (l, i)->style & MN_STYLE_HEADING) != 0;

  if (!numbered_title (l, from, &n, &item->title, &item->number_label))
    item->title = g_strdup (t->text);
  else
    item->number = n;
  {
    /* "Lukket: Salg af grund": a closed item, the prefix no part of the title */
    const char *rest = mn_vocab_closed_title_prefix (item->title);
    if (rest)
      {
        char *title = g_strdup (rest);
        g_free (item->title);
        item->title = title;
        item->access = MN_ACCESS_CLOSED;
      }
  }
  item->first_page = item->last_page = t->page;
  for (guint i = from + 1; i < to; i++)
    {
      MnBlock *b = g_ptr_array_index (l->blocks, i);
      MnSectionKind kind;
      gboolean opens_section;

      if (mn_agenda_is_running (b))
        continue;
      if (b->page > item->last_page)
        item->last_page = b->page;
      if (item->access == MN_ACCESS_UNKNOWN && cur == NULL && is_access (l, i))
        {
          item->access = line_access (l, i);
          continue;
        }
      /* "Lukkede sager" between two items marks the part the next one opens */
      if (l->cls[i].part != MN_ACCESS_UNKNOWN)
        continue;
      /* a bare "Åben" / "Lukket" among the label lines (eDoc's title table) */
      if (cur == NULL && l->cls[i].access_word != MN_ACCESS_UNKNOWN)
        {
          if (item->access == MN_ACCESS_UNKNOWN)
            item->access = (MnAccess) l->cls[i].access_word;
          continue;
        }
      /* label lines between the title and the first section ("Sagsnr.:
       * 2011-29298", "Dok.nr.: ...", a bare "EMN-2023-009832") are the
       * item's data, not text */
      /* (a label row of a table, "Sagsnr.:" | "14/34266", reads as the line) */
      if (cur == NULL && (l->cls[i].label || l->cls[i].label_row))
        {
          if (item->case_number == NULL && l->cls[i].case_number)
            item->case_number = g_strdup (l->cls[i].case_number);
          continue;
        }
      opens_section = is_section_heading (l, i, &kind) && (!styled || (b->style & MN_STYLE_HEADING));
      /* in a Bilag list, a plain line naming a section the item already
       * has ("Indstilling") is an attachment's title (FirstAgenda) */
      if (opens_section && cur && cur->kind == MN_SECTION_ATTACHMENTS && kind != MN_SECTION_DECISION
          && !(b->style & MN_STYLE_HEADING) && (seen & (1u << kind)))
        opens_section = FALSE;
      /* under lettered sub-points, a Bilag line is the sub-point's list,
       * not a section of the item */
      if (opens_section && kind == MN_SECTION_ATTACHMENTS && cur && cur->heading == NULL
          && in_subpoints)
        opens_section = FALSE;
      if (cur == NULL && is_text (b) && mn_subpoints_start (b->text))
        in_subpoints = TRUE;
      if (!opens_section && is_text (b) && (b->style & MN_STYLE_HEADING))
        {
          /* a heading style the vocabulary does not know */
          opens_section = TRUE;
          kind = mn_vocab_heading_kind_by_form (b->text);
        }
      if (opens_section)
        {
          cur = raw_section_new (b->text, kind);
          cur->implied = (b->style & MN_STYLE_IMPLIED) != 0;
          g_ptr_array_add (sections, cur);
          seen |= 1u << kind;
          continue;
        }
      if (is_text (b) && l->cls[i].inline_kind >= 0)
        {
          /* the heading opens the section; the rest of the line is its
           * first paragraph */
          g_autofree char *heading = g_strndup (b->text, l->cls[i].inline_len);
          cur = raw_section_new (heading, (MnSectionKind) l->cls[i].inline_kind);
          g_ptr_array_add (sections, cur);
          mn_block_take_text (b, g_strdup (g_strstrip (b->text + l->cls[i].inline_len)));
          g_ptr_array_add (cur->blocks, b);
          continue;
        }
      if (cur == NULL)
        {
          /* text before any heading: keep it, under no heading */
          cur = raw_section_new (NULL, MN_SECTION_OTHER);
          g_ptr_array_add (sections, cur);
        }
      g_ptr_array_add (cur->blocks, b);
    }
  return item;
}

static gboolean
item_is_empty (GPtrArray *sections)
{
  return sections->len == 0;
}

static gboolean
has_marked_items (MnBlocks *c)
{
  for (guint i = 0; i < c->len; i++)
    if (((MnBlock *) g_ptr_array_index (c, i))->style & MN_STYLE_ITEM)
      return TRUE;
  return FALSE;
}

/* An export says which blocks are item titles (MN_STYLE_ITEM): those are
 * the items, and nothing the text holds. */
static void
keep_marked_items (MnBlocks *c, GArray *starts)
{
  g_array_set_size (starts, 0);
  for (guint i = 0; i < c->len; i++)
    if (((MnBlock *) g_ptr_array_index (c, i))->style & MN_STYLE_ITEM)
      g_array_append_val (starts, i);
}

/* Where a paper sets its numbered item titles as headings, a numbered
 * line in plain type that does not continue the items' numbers is the
 * text's own numbering ("1. Godkendt." in item 2's decision), not an item. */
static void
drop_plain_numbered (const Lines *l, GArray *starts)
{
  guint headed = 0;
  int n;

  for (guint k = 0; k < starts->len; k++)
    {
      guint i = g_array_index (starts, guint, k);
      headed += (line (l, i)->style & MN_STYLE_HEADING) && numbered_title (l, i, &n, NULL, NULL);
    }
  if (headed < 2)
    return;
  /* items by sequence: a plain numbered line whose number does not rise
   * past the item it stands in is that item's text */
  for (guint k = 0, last = 0; k < starts->len; k++)
    {
      const MnBlock *b = line (l, g_array_index (starts, guint, k));
      gboolean numbered = numbered_title (l, g_array_index (starts, guint, k), &n, NULL, NULL);

      if (numbered && !(b->style & MN_STYLE_HEADING) && n >= 0 && n <= (int) last && last > 0)
        g_array_remove_index (starts, k--);
      else if (numbered && n > (int) last)
        last = (guint) n;
    }
}

/* Whether a text block stands between blocks from and to (both starts):
 * the item at from holds something. */
static gboolean
holds_text (const Lines *l, guint from, guint to)
{
  for (guint i = from + 1; i < to; i++)
    if (is_text (line (l, i)) && !mn_agenda_is_running (line (l, i)))
      return TRUE;
  return FALSE;
}

/* Whether a numbered start after the k-th has number n. */
static gboolean
number_comes_again (const Lines *l, GArray *starts, guint k, int n)
{
  int m;

  for (guint j = k + 1; j < starts->len; j++)
    if (numbered_title (l, g_array_index (starts, guint, j), &m, NULL, NULL) && m == n)
      return TRUE;
  return FALSE;
}

/* Whether the k-th start, numbered n, can hold a list of its own: it
 * holds text, and is no table of contents' last line -- one whose number
 * comes again later, after an empty line of the contents numbered one less
 * (what stands between the contents and the first item is no item's). */
static gboolean
may_hold_list (const Lines *l, GArray *starts, guint k, int n)
{
  guint i = g_array_index (starts, guint, k);
  guint next = k + 1 < starts->len ? g_array_index (starts, guint, k + 1) : l->blocks->len;
  int before;

  if (!holds_text (l, i, next))
    return FALSE;
  if (k == 0 || !numbered_title (l, g_array_index (starts, guint, k - 1), &before, NULL, NULL)
      || before != n - 1 || holds_text (l, g_array_index (starts, guint, k - 1), i))
    return TRUE;
  return !number_comes_again (l, starts, k, n);
}

/* Items by sequence, in plain type too: inside an item that holds text, a
 * numbered line that does not rise past the item's number opens a list
 * of the item's own ("1. Lokalplan nr. 248" under its Bilag), and the
 * lines that go on counting it are the list's, up to the number the next
 * item has -- unless no later line has that number (then it is the item). */
static void
drop_restarted_lists (const Lines *l, GArray *starts)
{
  int current = 0, list_next = -1;
  gboolean open_holds = FALSE;  /* the item the lines stand in may hold a list */

  for (guint k = 0; k < starts->len; k++)
    {
      int n;

      if (!numbered_title (l, g_array_index (starts, guint, k), &n, NULL, NULL) || n < 0)
        {
          open_holds = FALSE;
          list_next = -1;
          continue;
        }
      if (current > 0 && open_holds
          && ((n <= current && list_next < 0)
              || (n == list_next && (n <= current || number_comes_again (l, starts, k, n)))))
        {
          list_next = n + 1;
          g_array_remove_index (starts, k--);
          continue;
        }
      list_next = -1;
      current = n;
      open_holds = may_hold_list (l, starts, k, n);
    }
}

/* Where a paper numbers its items, an unnumbered heading is no item: on
 * the front page it is the body's name set large, between items a
 * sub-heading (kept as a section of the item above).  An unnumbered title
 * followed by an access line ("Åben Sag") stays an item. */
static void
drop_unnumbered_headings (const Lines *l, GArray *starts, const MnLayout *layout, MnDocument *doc)
{
  guint numbered = 0;
  gboolean warned = FALSE;

  for (guint k = 0; k < starts->len; k++)
    {
      int n;
      if (numbered_title (l, g_array_index (starts, guint, k), &n, NULL, NULL))
        numbered++;
    }
  if (numbered < 2)
    return;
  drop_plain_numbered (l, starts);
  drop_restarted_lists (l, starts);
  for (guint k = 0; k < starts->len; k++)
    {
      guint i = g_array_index (starts, guint, k);
      guint next = next_text (l, i);
      int n;

      if (numbered_title (l, i, &n, NULL, NULL)
          || (next < l->blocks->len && is_access (l, next)))
        continue;
      /* a system whose template sets sub-headings in heading type has no
       * doubt about them (the layout says) */
      if (k > 0 && !warned && !layout->unnumbered_headings_are_sections)
        {
          mn_document_warn (doc, "structure-doubtful", line (l, i)->page,
                            "an unnumbered heading between numbered items (\"%.60s\") is read as a section",
                            line (l, i)->text);
          warned = TRUE;
        }
      g_array_remove_index (starts, k--);
    }
}

guint
mn_items_parse (MnBlocks *c, const MnClass *cls, const MnLayout *layout, MnDocument *doc, GPtrArray *raw)
{
  g_autoptr (GArray) starts = g_array_new (FALSE, FALSE, sizeof (guint));
  Lines l = { c, cls, has_marked_items (c) };
  guint first, end = c->len;

  /* a signature page ("Underskriftsside") ends the items: what follows
   * it is names to sign, not a list of participants nor an item */
  for (guint i = 0; i < end; i++)
    {
      if (starts->len && cls[i].back_matter)
        {
          end = i;
          break;
        }
      if (item_starts (&l, i, 0))
        g_array_append_val (starts, i);
    }
  if (l.export)
    keep_marked_items (c, starts);
  drop_unnumbered_headings (&l, starts, layout, doc);
  first = starts->len ? g_array_index (starts, guint, 0) : c->len;

  for (guint k = 0; k < starts->len; k++)
    {
      guint from = g_array_index (starts, guint, k);
      guint to = k + 1 < starts->len ? g_array_index (starts, guint, k + 1) : end;
      GPtrArray *sections = g_ptr_array_new_with_free_func ((GDestroyNotify) raw_section_free);
      MnItem *item = parse_item (&l, from, to, sections);

      g_ptr_array_add (doc->items, item);
      g_ptr_array_add (raw, sections);
    }

  /* an unnumbered "item" with nothing an agenda item has -- no section
   * the vocabulary knows, no access, no case number -- is a heading of a
   * paper that is no meeting paper (a memo sent as a bilag) */
  for (guint k = 0; k < doc->items->len; k++)
    {
      MnItem *item = g_ptr_array_index (doc->items, k);
      GPtrArray *sections = g_ptr_array_index (raw, k);
      gboolean known = item->number >= 0 || item->number_label || item->access != MN_ACCESS_UNKNOWN
                       || item->case_number;

      for (guint i = 0; i < sections->len && !known; i++)
        known = ((MnRawSection *) g_ptr_array_index (sections, i))->kind != MN_SECTION_OTHER;
      if (!known)
        {
          g_ptr_array_remove_index (doc->items, k);
          g_ptr_array_remove_index (raw, k);
          g_array_remove_index (starts, k);
          k--;
        }
    }

  /* the part an item stands in ("Åbent referat" ... "Lukket referat")
   * gives its access where it prints none */
  {
    g_autoptr (GArray) part = g_array_sized_new (FALSE, TRUE, sizeof (MnAccess), starts->len);
    g_autoptr (GArray) printed = g_array_sized_new (FALSE, TRUE, sizeof (gboolean), starts->len);
    MnAccess current = MN_ACCESS_UNKNOWN;
    guint k = 0;

    g_autoptr (GHashTable) toc_part = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    gboolean in_toc = FALSE;

    for (guint i = 0; i < c->len && k < starts->len; i++)
      {
        const MnBlock *b = g_ptr_array_index (c, i);
        MnAccess marker;
        int n;
        g_autofree char *label = NULL;

        while (k < starts->len && g_array_index (starts, guint, k) == i)
          {
            g_array_append_val (part, current);
            k++;
          }
        if (b->kind != MN_BLOCK_PARAGRAPH || b->text == NULL)
          continue;
        /* a table of contents lists each item under its part; its markers
         * are the list's, not the paper's (an eDoc paper's empty "Lukket
         * referat" stands right before its first item) */
        if (cls[i].toc_heading)
          in_toc = TRUE;
        if ((marker = (MnAccess) cls[i].part) != MN_ACCESS_UNKNOWN)
          current = marker;
        else if (in_toc && numbered_title (&l, i, &n, NULL, &label) && current != MN_ACCESS_UNKNOWN
                 && !g_hash_table_contains (toc_part, label))
          g_hash_table_insert (toc_part, g_steal_pointer (&label), GINT_TO_POINTER (current));
      }
    for (k = 0; k < doc->items->len; k++)
      {
        MnItem *item = g_ptr_array_index (doc->items, k);
        gboolean own = item->access != MN_ACCESS_UNKNOWN;
        gpointer listed = item->number_label ? g_hash_table_lookup (toc_part, item->number_label) : NULL;

        g_array_append_val (printed, own);
        if (!own)
          item->access = listed ? (MnAccess) GPOINTER_TO_INT (listed) : g_array_index (part, MnAccess, k);
      }

    /* table of contents lines: empty items whose number comes again later.
     * The part a line is listed under is its item's, where the item prints
     * none: an eDoc paper lists its items under "Åbent referat", then an
     * empty "Lukket referat", just before the first item. */
    for (k = 0; k < doc->items->len; k++)
      {
        MnItem *item = g_ptr_array_index (doc->items, k);
        guint j;

        if (item->number < 0 || !item_is_empty (g_ptr_array_index (raw, k)))
          continue;
        for (j = k + 1; j < doc->items->len; j++)
          if (((MnItem *) g_ptr_array_index (doc->items, j))->number == item->number)
            break;
        if (j == doc->items->len)
          continue;
        if (item->access != MN_ACCESS_UNKNOWN && !g_array_index (printed, gboolean, j))
          ((MnItem *) g_ptr_array_index (doc->items, j))->access = item->access;
        g_ptr_array_remove_index (doc->items, k);
        g_ptr_array_remove_index (raw, k);
        g_array_remove_index (printed, k);
        k--;
      }
  }
  return first;
}
