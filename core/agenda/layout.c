/* How the layout profiles bid (layout.h).
 *
 * Every content paragraph is looked at once per profile sign; a sign
 * counts its weight once however often it is seen (libarchive's
 * bidders count the bits they verified), and a profile's bid is the sum,
 * capped at 100.  The highest bid at MN_LAYOUT_WIN or more chooses its
 * profile.  Two winners within ten points of each other, or a best bid
 * between MN_LAYOUT_WEAK and MN_LAYOUT_WIN, are doubtful: the paper is
 * read by `generic` and the caller warns.  A paper with no system's signs
 * is generic without a word. */
#include <string.h>
#include <stdlib.h>
#include "layout.h"
#include "vocabulary.h"
#include "../regex.h"

static const MnLayout *const profiles[] = {
  &mn_layout_edoc, &mn_layout_acadre, &mn_layout_sbsys, &mn_layout_firstagenda,
};

/* What the signs look at: each paragraph's text (a row's first cell). */
typedef struct {
  GPtrArray *texts;   /* const char*, borrowed */
  GPtrArray *lines;   /* those of 80 bytes at most, which line signs look at */
  GPtrArray *content;
} Paper;

static void
paper_init (Paper *paper, GPtrArray *content)
{
  paper->texts = g_ptr_array_new ();
  paper->lines = g_ptr_array_new ();
  paper->content = content;
  for (guint i = 0; i < content->len; i++)
    {
      const MnBlock *b = g_ptr_array_index (content, i);
      /* a table row is read by its first cell ("Sagen afgøres i:" | "Byrådet") */
      const char *t = b->kind == MN_BLOCK_TABLE_ROW && b->cells->len ? g_ptr_array_index (b->cells, 0)
                      : b->kind == MN_BLOCK_PARAGRAPH ? b->text : NULL;
      if (t != NULL)
        g_ptr_array_add (paper->texts, (gpointer) t);
      if (t != NULL && !mn_longer_than (t, 80))
        g_ptr_array_add (paper->lines, (gpointer) t);
    }
}

static void
paper_clear (Paper *paper)
{
  g_ptr_array_unref (paper->texts);
  g_ptr_array_unref (paper->lines);
}

/* Whether a paragraph of 80 bytes at most has the heading key want
 * (a paper has a thousand paragraphs, the profiles a few such lines:
 * those short enough are picked out once, in paper_init). */
static gboolean
line_seen (const Paper *paper, const char *want)
{
  for (guint i = 0; i < paper->lines->len; i++)
    if (mn_vocab_heading_key_is (g_ptr_array_index (paper->lines, i), want))
      return TRUE;
  return FALSE;
}

/* A numbered title "700. Title": items numbered across the year (a
 * year's own number, "2016. ...", is no item's). */
static gboolean
high_numbers (GPtrArray *content)
{
  MnRegex *re = MN_REGEX ("^(\\d{3,4})\\.\\s+\\p{Lu}", 0);

  for (guint i = 0; i < content->len; i++)
    {
      const MnBlock *b = g_ptr_array_index (content, i);
      MnMatch mi;
      if (b->text && b->kind == MN_BLOCK_PARAGRAPH && g_ascii_isdigit (b->text[0])
          && mn_regex_match (re, b->text, &mi))
        {
          g_autofree char *n = mn_match_fetch (&mi, 1);
          int v = atoi (n);
          if (v >= 100 && v < 1900)
            return TRUE;
        }
    }
  return FALSE;
}

static gboolean
sign_seen (const MnLayoutSign *s, const Paper *paper)
{
  g_autofree char *want = s->kind == MN_SIGN_LINE ? mn_vocab_heading_key (s->text) : NULL;
  gsize prefix = s->kind == MN_SIGN_PREFIX ? strlen (s->text) : 0;
  int subs = 0;

  if (s->kind == MN_SIGN_HIGH_NUMBERS)
    return high_numbers (paper->content);
  if (s->kind == MN_SIGN_LINE)
    return line_seen (paper, want);
  /* each pattern is compiled where it is first matched (MN_REGEX): a
   * paper may have no line that gets as far as one */
  for (guint i = 0; i < paper->texts->len; i++)
    {
      const char *t = g_ptr_array_index (paper->texts, i);

      switch (s->kind)
        {
        case MN_SIGN_PREFIX:
          /* the first letter first, ASCII case aside, as strncasecmp */
          if ((prefix == 0 || (*t | 0x20) == (*s->text | 0x20))
              && g_ascii_strncasecmp (t, s->text, prefix) == 0)
            return TRUE;
          break;
        case MN_SIGN_CONTAINS:
          if (strstr (t, s->text))
            return TRUE;
          break;
        case MN_SIGN_GENITIVE_DECISION:
          if (!mn_longer_than (t, 139) && strstr (t, "eslutning den")
              && mn_regex_match (MN_REGEX ("^\\p{Lu}[\\p{L}\\- ]{2,60}s\\s+beslutning\\s+den\\s+\\d", MN_REGEX_CASELESS),
                                 t, NULL))
            return TRUE;
          break;
        case MN_SIGN_DATED_DECISION:
          if (MN_HAS_PREFIX (t, "Beslutning i")
              && mn_regex_match (MN_REGEX ("^Beslutning\\s+i\\s+.{2,80}\\s+den\\s+\\d{1,2}[-.]\\d{1,2}[-.]\\d{4}", 0), t, NULL))
            return TRUE;
          break;
        case MN_SIGN_SUB_ITEMS:
          if (g_ascii_isdigit (*t)
              && mn_regex_match (MN_REGEX ("^\\d{1,2}\\.\\d{1,2}\\.?\\s+\\p{Lu}", 0), t, NULL)
              && ++subs >= 2)
            return TRUE;
          break;
        default:
          break;
        }
    }
  return FALSE;
}

static int
bid (const MnLayout *p, const Paper *paper)
{
  int score = 0;

  for (const MnLayoutSign *s = p->signs; s && s->kind != MN_SIGN_END; s++)
    if (sign_seen (s, paper))
      score += s->weight;
  return MIN (score, 100);
}

int
mn_layout_bid (const MnLayout *p, GPtrArray *content)
{
  Paper paper;
  int score;

  paper_init (&paper, content);
  score = bid (p, &paper);
  paper_clear (&paper);
  return score;
}

const MnLayout *
mn_layout_choose (GPtrArray *content, char **doubt)
{
  const MnLayout *best = NULL, *second = NULL;
  int best_score = 0, second_score = 0;

  Paper paper;

  *doubt = NULL;
  paper_init (&paper, content);
  for (gsize i = 0; i < G_N_ELEMENTS (profiles); i++)
    {
      int score = bid (profiles[i], &paper);
      if (score > best_score)
        {
          second = best;
          second_score = best_score;
          best = profiles[i];
          best_score = score;
        }
      else if (score > second_score)
        {
          second = profiles[i];
          second_score = score;
        }
    }
  paper_clear (&paper);
  if (best_score >= MN_LAYOUT_WIN && second_score >= MN_LAYOUT_WIN && best_score - second_score < 10)
    {
      *doubt = g_strdup_printf ("the paper reads as %s (%d) and as %s (%d) alike: read by the shared rules",
                                best->name, best_score, second->name, second_score);
      return &mn_layout_generic;
    }
  if (best_score >= MN_LAYOUT_WIN)
    return best;
  if (best_score >= MN_LAYOUT_WEAK)
    *doubt = g_strdup_printf ("the paper looks a little like %s (%d of %d): read by the shared rules",
                              best->name, best_score, MN_LAYOUT_WIN);
  return &mn_layout_generic;
}
