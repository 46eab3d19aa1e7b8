/* Page headers in a text with no pages.
 *
 * A PDF's plugin knows its pages and marks their headers; a text
 * extraction of the same paper (pdftotext without form feeds) has lost
 * them, and its header lines ("Referat For Udvalget for børn og unge (BU)",
 * "23. august 2016 - kl. 16:30") end up in whichever item's text a page
 * broke.  What it keeps is the page number ("Side 2"), and the header is
 * printed beside it on every page.  So, in a paper whose blocks have no
 * page: around each page-number line, the lines next to it that repeat
 * beside most page numbers, in an unbroken run with the number that holds
 * a date (a header names its meeting's day; a decision "Godkendt." over a
 * page's footer does not), are marked running.  The page-number lines
 * themselves are dropped later, by paragraphs.
 */
#include <string.h>
#include "normalize.h"
#include "../agenda/vocabulary.h"
#include "../agenda/dates.h"

/* Lines looked at on either side of a page number. */
#define REACH 5
/* A header line is short. */
#define HEADER_MAX 100

/* A line's text as the count knows it: the passes before leave some
 * lines with their extraction's trailing spaces and some without.
 * transfer full */
static char *
line_key (const MnBlock *b)
{
  return g_strchomp (g_strdup (b->text));
}

static guint
times_beside (GHashTable *beside, const MnBlock *b)
{
  g_autofree char *key = line_key (b);
  return GPOINTER_TO_UINT (g_hash_table_lookup (beside, key));
}

static gboolean
is_text_line (const MnBlock *b)
{
  return b->kind == MN_BLOCK_LINE && b->text && !mn_text_is_blank (b->text);
}

/* Whether a line may be part of a page's header: short, no sentence, and
 * no line the vocabulary reads as structure (a heading).  An access line
 * ("Lukket punkt") may be, but stays for the parser to read.  The last
 * line of a page's text ("Godkendt.") is a sentence; a header a label. */
static gboolean
may_be_header (const MnBlock *b)
{
  const char *t = b->text;
  MnSectionKind kind;

  return !mn_longer_than (t, HEADER_MAX) && !(b->style & MN_STYLE_HEADING) && !mn_text_ends_sentence (t)
         && !mn_vocab_section_heading (t, &kind) && !mn_vocab_decision_heading (t, NULL, NULL);
}

/* The text lines on one side of anchor, nearest first, up to REACH;
 * step -1 before it, +1 after. */
static guint
side (MnBlocks *blocks, guint anchor, int step, MnBlock **out)
{
  guint n = 0;

  for (gint64 i = (gint64) anchor + step; i >= 0 && i < (gint64) blocks->len && n < REACH; i += step)
    {
      MnBlock *b = g_ptr_array_index (blocks, i);
      if (b->kind == MN_BLOCK_BREAK || (b->kind == MN_BLOCK_LINE && mn_text_is_blank (b->text)))
        continue;
      if (!is_text_line (b) || mn_vocab_page_furniture (b->text))
        break;
      out[n++] = b;
    }
  return n;
}

void
mn_pass_page_headers (MnBlocks *blocks)
{
  g_autoptr (GArray) anchors = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GHashTable) beside = NULL;   /* text -> number of page numbers it is beside */
  guint least;

  for (guint i = 0; i < blocks->len; i++)
    {
      const MnBlock *b = g_ptr_array_index (blocks, i);
      if (b->page > 0)
        return;   /* the input knows its pages, and marked their headers */
      if (is_text_line (b) && mn_vocab_page_furniture (b->text) && !g_ascii_isdigit (b->text[strspn (b->text, " ")]))
        g_array_append_val (anchors, i);
    }
  /* "Side N" lines only: a bare number is as often a list's or a table's */
  if (anchors->len < 3)
    return;
  least = MAX (3, (anchors->len * 2 + 2) / 3);
  beside = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint k = 0; k < anchors->len; k++)
    {
      MnBlock *near[2 * REACH];
      guint n = side (blocks, g_array_index (anchors, guint, k), -1, near);
      n += side (blocks, g_array_index (anchors, guint, k), 1, near + n);
      /* once per page number, however often it is beside it */
      g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint j = 0; j < n; j++)
        {
          char *key = line_key (near[j]);
          if (g_hash_table_contains (seen, key))
            {
              g_free (key);
              continue;
            }
          g_hash_table_add (seen, key);
          g_hash_table_replace (beside, g_strdup (key),
                                GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (beside, key)) + 1));
        }
    }
  for (guint k = 0; k < anchors->len; k++)
    for (int step = -1; step <= 1; step += 2)
      {
        MnBlock *near[REACH];
        guint n = side (blocks, g_array_index (anchors, guint, k), step, near), run = 0;
        gboolean dated = FALSE;

        /* the unbroken run of repeated lines from the page number out */
        while (run < n && may_be_header (near[run]) && times_beside (beside, near[run]) >= least)
          {
            g_autofree char *date = mn_date_parse (near[run]->text, 0);
            dated |= date != NULL;
            run++;
          }
        for (guint j = 0; dated && j < run; j++)
          if (mn_vocab_access_line (near[j]->text) == MN_ACCESS_UNKNOWN)
            near[j]->style |= MN_STYLE_RUNNING;
      }
}
