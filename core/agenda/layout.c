/* How the layout profiles bid (layout.h).
 *
 * Every content paragraph is looked at once, for all the profiles' signs
 * together (bid_all); a sign counts its weight once however often it is
 * seen (libarchive's
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
  GPtrArray *content;
} Paper;

static void
paper_init (Paper *paper, GPtrArray *content)
{
  paper->texts = g_ptr_array_sized_new (content->len);
  paper->content = content;
  for (guint i = 0; i < content->len; i++)
    {
      const MnBlock *b = g_ptr_array_index (content, i);
      /* a table row is read by its first cell ("Sagen afgøres i:" | "Byrådet") */
      const char *t = b->kind == MN_BLOCK_TABLE_ROW && b->cells->len ? g_ptr_array_index (b->cells, 0)
                      : b->kind == MN_BLOCK_PARAGRAPH ? b->text : NULL;
      if (t != NULL)
        g_ptr_array_add (paper->texts, (gpointer) t);
    }
}

static void
paper_clear (Paper *paper)
{
  g_ptr_array_unref (paper->texts);
}

/* Whether t, which opens with an ASCII digit, can open as the patterns'
 * \d{lo,hi} followed by c: its ASCII digits, lo to hi of them, then c.
 * A byte past ASCII ends the answer in the pattern's favour (\d is any
 * Unicode digit there): a necessary condition, before the pattern runs
 * on most paragraphs that open with a digit (an attachment's or a
 * date's line). */
static gboolean
digits_then (const char *t, int lo, int hi, char c)
{
  int n = 0;

  while (n <= hi && g_ascii_isdigit (t[n]))
    n++;
  if (n <= hi && (guchar) t[n] >= 0x80)
    return TRUE;
  return n >= lo && n <= hi && t[n] == c;
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
          && digits_then (b->text, 3, 4, '.') && mn_regex_match (re, b->text, &mi))
        {
          g_autofree char *n = mn_match_fetch (&mi, 1);
          int v = atoi (n);
          if (v >= 100 && v < 1900)
            return TRUE;
        }
    }
  return FALSE;
}

/* One sign of one profile, as the pass over the paper looks for it. */
typedef struct {
  const MnLayoutSign *sign;
  char *want;          /* MN_SIGN_LINE: the heading key of its text */
  gsize prefix;        /* MN_SIGN_PREFIX: its text's length */
  int subs;            /* MN_SIGN_SUB_ITEMS: sub-item titles met so far */
  gboolean seen;
} Looking;

/* What a paragraph's signs look at, measured once for all of them: its
 * length up to 140 bytes, and its first visible byte (which tells most
 * lines from a line sign's key). */
typedef struct {
  const char *t;
  gsize len;           /* strnlen (t, 140) */
  guchar first;        /* the first byte after ASCII whitespace */
} Para;

/* Whether the paragraph shows the sign. */
static gboolean
seen_in (Looking *l, const Para *p)
{
  const MnLayoutSign *s = l->sign;
  const char *t = p->t;

  /* each pattern is compiled where it is first matched (MN_REGEX): a
   * paper may have no line that gets as far as one */
  switch (s->kind)
    {
    case MN_SIGN_LINE:
      return p->len <= 80 && mn_vocab_heading_key_may_start (p->first, l->want)
             && mn_vocab_heading_key_is (t, l->want);
    case MN_SIGN_PREFIX:
      /* the first letter first, ASCII case aside, as strncasecmp */
      return (l->prefix == 0 || (*t | 0x20) == (*s->text | 0x20))
             && g_ascii_strncasecmp (t, s->text, l->prefix) == 0;
    case MN_SIGN_CONTAINS:
      return strstr (t, s->text) != NULL;
    case MN_SIGN_GENITIVE_DECISION:
      return p->len <= 139 && strstr (t, "eslutning den")
             && mn_regex_match (MN_REGEX ("^\\p{Lu}[\\p{L}\\- ]{2,60}s\\s+beslutning\\s+den\\s+\\d", MN_REGEX_CASELESS),
                                t, NULL);
    case MN_SIGN_DATED_DECISION:
      return *t == 'B' && MN_HAS_PREFIX (t, "Beslutning i")
             && mn_regex_match (MN_REGEX ("^Beslutning\\s+i\\s+.{2,80}\\s+den\\s+\\d{1,2}[-.]\\d{1,2}[-.]\\d{4}", 0), t, NULL);
    case MN_SIGN_SUB_ITEMS:
      return g_ascii_isdigit (*t) && digits_then (t, 1, 2, '.')
             && mn_regex_match (MN_REGEX ("^\\d{1,2}\\.\\d{1,2}\\.?\\s+\\p{Lu}", 0), t, NULL)
             && ++l->subs >= 2;
    default:
      return FALSE;
    }
}

/* Which signs a paragraph is asked for, by its bytes: a prefix sign only
 * of a paragraph whose first byte is its text's (ASCII case aside), a line
 * sign only of one whose first visible byte its key may start with
 * (mn_vocab_heading_key_may_start); every other sign of every paragraph.
 * Lists of sign indices, chained through next[]. */
typedef struct {
  guint8 by_first_byte[256];     /* prefix signs: 1 + the first index, 0 none */
  guint8 by_first_visible[256];  /* line signs, likewise */
  guint8 others;                 /* the signs every paragraph is asked for */
  guint8 next[64];               /* 1 + the next index of the same list, 0 the end */
} SignIndex;

static void
index_push (guint8 *head, guint8 *next, guint k)
{
  next[k] = *head;
  *head = (guint8) (k + 1);
}

static void
index_signs (SignIndex *ix, const Looking *look, guint n)
{
  memset (ix, 0, sizeof *ix);
  /* pushed from the last, so each list keeps the signs' order */
  for (guint k = n; k-- > 0;)
    {
      const MnLayoutSign *s = look[k].sign;

      if (look[k].seen)
        continue;
      if (s->kind == MN_SIGN_PREFIX && look[k].prefix > 0)
        {
          guchar c = (guchar) *s->text;
          /* (*t | 0x20) == (*s->text | 0x20): the two bytes that or to it */
          for (guint b = 0; b < 256; b++)
            if ((b | 0x20) == (c | 0x20u))
              index_push (&ix->by_first_byte[b], ix->next, k);
        }
      else if (s->kind == MN_SIGN_LINE)
        {
          for (guint b = 0; b < 256; b++)
            if (mn_vocab_heading_key_may_start ((guchar) b, look[k].want))
              index_push (&ix->by_first_visible[b], ix->next, k);
        }
      else
        index_push (&ix->others, ix->next, k);
    }
}

/* Asks the paragraph for the signs of one list not seen yet. */
static void
ask_list (Looking *look, const guint8 *next, guint8 head, const Para *para, guint *unseen)
{
  for (guint8 at = head; at; at = next[at - 1])
    {
      Looking *l = &look[at - 1];
      if (!l->seen && seen_in (l, para))
        {
          l->seen = TRUE;
          (*unseen)--;
        }
    }
}

/* Looks for every sign of the profiles in one pass over the paper, and
 * sets each profile's bid, capped at 100.  The paragraphs are read once,
 * not once per sign: a paper has a thousand of them, each apart in
 * memory, and the profiles twenty-odd signs, most of them answered by a
 * paragraph's first byte -- a pass per sign cost each paragraph a fetch
 * from memory per sign; and each paragraph is asked only for the signs its
 * first bytes allow (SignIndex). */
static void
bid_all (const MnLayout *const *layouts, guint n_layouts, const Paper *paper, int *bids)
{
  Looking look[64];
  SignIndex ix;
  guint n = 0, unseen = 0;

  for (guint p = 0; p < n_layouts; p++)
    for (const MnLayoutSign *s = layouts[p]->signs; s && s->kind != MN_SIGN_END; s++)
      {
        Looking *l = &look[n++];
        g_assert (n <= G_N_ELEMENTS (look));
        *l = (Looking) { .sign = s };
        if (s->kind == MN_SIGN_HIGH_NUMBERS)
          l->seen = high_numbers (paper->content);
        else if (s->kind == MN_SIGN_LINE)
          l->want = mn_vocab_heading_key (s->text);
        else if (s->kind == MN_SIGN_PREFIX)
          l->prefix = strlen (s->text);
        unseen += !l->seen;
      }
  index_signs (&ix, look, n);
  for (guint i = 0; i < paper->texts->len && unseen > 0; i++)
    {
      Para para = { g_ptr_array_index (paper->texts, i), 0, 0 };
      const char *v = para.t;

      para.len = strnlen (para.t, 140);
      while (g_ascii_isspace (*v))
        v++;
      para.first = (guchar) *v;
      ask_list (look, ix.next, ix.others, &para, &unseen);
      ask_list (look, ix.next, ix.by_first_byte[(guchar) *para.t], &para, &unseen);
      ask_list (look, ix.next, ix.by_first_visible[para.first], &para, &unseen);
    }
  for (guint p = 0, k = 0; p < n_layouts; p++)
    {
      bids[p] = 0;
      for (const MnLayoutSign *s = layouts[p]->signs; s && s->kind != MN_SIGN_END; s++, k++)
        {
          if (look[k].seen)
            bids[p] += s->weight;
          g_free (look[k].want);
        }
      bids[p] = MIN (bids[p], 100);
    }
}

int
mn_layout_bid (const MnLayout *p, GPtrArray *content)
{
  Paper paper;
  int score;

  paper_init (&paper, content);
  bid_all (&p, 1, &paper, &score);
  paper_clear (&paper);
  return score;
}

const MnLayout *
mn_layout_choose (GPtrArray *content, char **doubt)
{
  const MnLayout *best = NULL, *second = NULL;
  int best_score = 0, second_score = 0;

  int bids[G_N_ELEMENTS (profiles)];
  Paper paper;

  *doubt = NULL;
  paper_init (&paper, content);
  bid_all (profiles, G_N_ELEMENTS (profiles), &paper, bids);
  paper_clear (&paper);
  for (gsize i = 0; i < G_N_ELEMENTS (profiles); i++)
    {
      int score = bids[i];
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
