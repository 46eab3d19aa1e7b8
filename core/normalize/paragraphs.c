/* Printed lines become paragraphs.
 *
 * Consecutive LINE blocks join into one PARAGRAPH with single spaces,
 * except where a line stands alone (a section heading, an access line, a
 * running header, a time with nothing after it, a break word) or starts
 * something new (a list item, a heading, a timed row, an attachment
 * number).  A word hyphenated at a line end is joined ("budget-" "opfølgning"
 * gives "budgetopfølgning"); suspended hyphens ("Vej- og") and hyphens after
 * capitals or digits ("MED-" "udvalg", "2023-" "2026") keep theirs.  Page
 * furniture ("Side 2 af 5", a bare page number) is dropped here.
 */
#include <string.h>
#include "normalize.h"
#include "../regex.h"
#include "../agenda/vocabulary.h"
#include "../agenda/dates.h"

/* "18-03-2015 13:00", "18.03.2015": a date (and a time) and nothing
 * else, as a cover prints the meeting's start and end under its title;
 * a sentence wrapped before its date keeps at least the date's stop. */
static gboolean
is_date_line (const char *text)
{
  MnRegex *date = MN_REGEX ("^\\d{1,2}[-.]\\d{1,2}[-.]\\d{4}(?:\\s+(?:kl\\.\\s*)?\\d{1,2}[.:]\\d{2})?\\s*$", 0);

  return g_ascii_isdigit (text[0]) && mn_regex_match (date, text, NULL);
}

gboolean
mn_line_stands_alone (const char *text)
{
  char *start = NULL, *end = NULL;
  int rest = mn_time_range_prefix (text, &start, &end);
  gboolean time_only = rest >= 0 && text[rest] == '\0';

  g_free (start);
  g_free (end);
  const char *value = NULL;

  return time_only || is_date_line (text)
         || (mn_vocab_front_field (text, &value) != MN_FRONT_NONE && *value == '\0')
         || mn_vocab_short_word_line (text)
         || mn_vocab_back_matter (text)
         || mn_vocab_decision_heading (text, NULL, NULL)
         || mn_vocab_access_line (text) != MN_ACCESS_UNKNOWN
         || mn_vocab_running_header (text, NULL, NULL)
         || mn_vocab_front_label (text)
         || mn_vocab_timetable_header (text);
}

/* Whether the first character after ASCII white space is a digit: the
 * attachment pattern below needs one, and most lines have none. */
static gboolean
starts_with_digit (const char *text)
{
  while (g_ascii_isspace (*text))
    text++;
  return g_ascii_isdigit (*text) || (guchar) *text >= 0x80;
}

/* A line that opens a record of its own, whatever precedes it: an item's
 * label line ("Sagsnr.: 2012-25923", "Dok.nr.: ..."), a front-page label
 * with its value ("Sted: Rådhuset"), a numbered title ("2. Title", a
 * table of contents' next line), a lettered sub-point ("b. Konference").
 * A PDF prints these on consecutive lines with nothing between. */
static gboolean
opens_a_record (const char *text)
{
  MnRegex *numbered = MN_REGEX ("^(?:\\d{1,3}(?:\\.\\d{1,2})*\\.?|[a-zæøå]\\.)\\s+\\p{Lu}"
                               "|^\\d{4}-\\d{3,}\\s+[-–]\\s", 0);
  g_autofree char *case_number = NULL;
  const char *value;
  guchar c = (guchar) *text;

  if (!(g_ascii_isalnum (c) || c >= 0x80))
    return FALSE;
  if (g_ascii_isdigit (c) || (g_ascii_islower (c) && text[1] == '.'))
    return mn_regex_match (numbered, text, NULL);
  return mn_vocab_item_label (text, &case_number)
         || (strchr (text, ':') && mn_vocab_front_field (text, &value) != MN_FRONT_NONE);
}

/* Whether text ends in the word "kl." (klokken). */
static gboolean
ends_with_clock_word (const char *text)
{
  gsize n = strlen (text);

  while (n > 0 && g_ascii_isspace (text[n - 1]))
    n--;
  return n >= 3 && g_ascii_strncasecmp (text + n - 3, "kl.", 3) == 0
         && (n == 3 || text[n - 4] == ' ');
}

/* alone: mn_line_stands_alone (b->text), computed once by the caller */
static gboolean
starts_new (const MnBlock *b, gboolean alone, const MnBlock *open, const char *open_text)
{
  MnSectionKind kind;

  MnRegex *attachment = MN_REGEX ("^\\s*\\d{1,3}\\s+-(?:\\s|$)", 0);
  char *start = NULL, *end = NULL;
  gboolean timed = mn_time_range_prefix (b->text, &start, &end) >= 0;

  g_free (start);
  g_free (end);
  /* a heading wrapped over two lines continues; any other heading is new */
  if ((b->style & MN_STYLE_HEADING) && (open->style & MN_STYLE_HEADING)
      && b->level == open->level)
    return FALSE;
  if ((b->style & MN_STYLE_HEADING) != (open->style & MN_STYLE_HEADING))
    return TRUE;
  /* "... afholdt på tirsdage kl." "14.00 i Mødelokale 1": the clock's
   * word wants its time; a timetable's row starts with it */
  if (timed && ends_with_clock_word (open_text))
    timed = FALSE;
  return timed || (b->style & MN_STYLE_LIST_ITEM) || alone
         || (starts_with_digit (b->text) && mn_regex_match (attachment, b->text, NULL))
         || opens_a_record (b->text)
         /* "Referat: Godkendt." after a finished sentence: a section of its
          * own, though the page broke between them and left no gap */
         || (mn_text_ends_sentence (open_text) && mn_vocab_inline_heading (b->text, &kind) > 0);
}

static gboolean
is_lower_start (const char *s)
{
  return g_unichar_islower (g_utf8_get_char (s));
}

/* Whether the n bytes of s end in the whole word w (any case). */
static gboolean
ends_with_word (const char *s, gsize n, const char *w)
{
  gsize k = strlen (w);

  return n >= k && g_ascii_strncasecmp (s + n - k, w, k) == 0
         && (n == k || !g_ascii_isalpha (s[n - k - 1]));
}

void
mn_join_lines_into (GString *left, const char *right)
{
  gsize n;

  while (left->len && g_ascii_isspace (left->str[left->len - 1]))
    g_string_truncate (left, left->len - 1);
  n = left->len;
  while (*right == ' ')
    right++;
  if (n >= 2 && left->str[n - 1] == '-' && *right)
    {
      const char *before = g_utf8_prev_char (left->str + n - 1);
      gunichar c = g_utf8_get_char (before);
      gsize word_len = strcspn (right, " ,.;:");

      if (g_unichar_isalpha (c) && is_lower_start (right)
          && !mn_vocab_suspended_hyphen_follower (right, word_len))
        {
          /* budget- opfølgning: a split word; "ikke-" opens a compound
           * written with its hyphen ("ikke-planlagte") */
          if (g_unichar_islower (c) && !ends_with_word (left->str, n - 1, "ikke"))
            g_string_truncate (left, n - 1);
          g_string_append (left, right);
          return;
        }
      if (g_unichar_isdigit (c) && g_ascii_isdigit (*right))
        {
          g_string_append (left, right);
          return;
        }
    }
  if (n > 0)
    g_string_append_c (left, ' ');
  g_string_append (left, right);
}

char *
mn_join_lines (const char *a, const char *b)
{
  GString *s = g_string_new (a);

  mn_join_lines_into (s, b);
  return g_string_free (s, FALSE);
}

static void
fold_spaces (char *s)
{
  char *w = s;
  gboolean space = TRUE;     /* drops leading spaces too */
  gsize n = strlen (s);

  /* most lines hold no tab, no two spaces in a row and no space at either
   * end: they are as folding would leave them (the searches are the
   * library's, many bytes at a time) */
  if (n == 0 || (s[0] != ' ' && s[n - 1] != ' ' && strchr (s, '\t') == NULL && strstr (s, "  ") == NULL))
    return;

  for (char *r = s; *r; r++)
    {
      if (*r == ' ' || *r == '\t')
        {
          if (!space)
            *w++ = ' ';
          space = TRUE;
          continue;
        }
      *w++ = *r;
      space = FALSE;
    }
  if (w > s && w[-1] == ' ')
    w--;
  *w = '\0';
}

static void
drop_trailing_blanks (char *s)
{
  gsize n = strlen (s);

  while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
    s[--n] = '\0';
}

/* The joined lines become the paragraph's text, spaces folded: every
 * other block's text was folded as it was kept. */
static void
take_joined (MnBlock *open, GString **text)
{
  mn_block_take_text (open, g_string_free (g_steal_pointer (text), FALSE));
  fold_spaces (open->text);
}

void
mn_pass_paragraphs (MnBlocks *blocks)
{
  guint n;
  MnBlock **all = mn_blocks_take_all (blocks, &n);
  MnBlock *open = NULL;          /* the paragraph being built */
  gboolean open_closed = FALSE;  /* it stands alone: nothing may join it */
  /* open's text while lines join it: appended in place, so a paragraph of
   * N lines costs N appends, not N copies of the growing text */
  GString *text = NULL;
  gboolean names = FALSE;        /* the lines follow a list label */
  gboolean names_taken = FALSE;  /* and one has been read: a blank line ends them */

  for (guint i = 0; i < n; i++)
    {
      MnBlock *b = all[i];
      gboolean alone;

      /* "Kl. 16:30 " is a clock line: a double-spaced extraction ends
       * every printed line with a space (double_spacing.c), which no
       * question of the vocabulary expects */
      if (b->kind == MN_BLOCK_LINE)
        drop_trailing_blanks (b->text);
      /* the vocabulary is asked once per line: it is the pass's cost */
      alone = b->kind == MN_BLOCK_LINE
              && ((b->style & MN_STYLE_RUNNING) || mn_line_stands_alone (b->text));

      if (b->kind == MN_BLOCK_LINE && mn_vocab_page_furniture (b->text))
        {
          mn_block_free (b);
          continue;
        }
      /* under a list label ("Deltagere:", "Fraværende"), one name a line,
       * and under a venue's label or time, one part of the address a line:
       * the lines stand apart until a blank line or the next label.  A
       * whole paragraph before printed lines (a DOCX's "Kl. 10:30", then
       * its venue broken into lines) is asked as a line is. */
      if (b->kind == MN_BLOCK_LINE
          || (b->kind == MN_BLOCK_PARAGRAPH && b->text && i + 1 < n && all[i + 1]->kind == MN_BLOCK_LINE))
        {
          const char *value;
          MnFrontLabel label = mn_vocab_front_field (b->text, &value);
          if (label == MN_FRONT_LOCATION && names)
            alone = TRUE;   /* "Mødelokale 3" inside an address */
          else if (label != MN_FRONT_NONE)
            names = label == MN_FRONT_MEMBERS || label == MN_FRONT_ABSENT
                    || label == MN_FRONT_SECRETARY
                    || (label == MN_FRONT_LOCATION && *value == '\0');
          else if (mn_vocab_clock_line (b->text))
            names = TRUE;   /* "Kl. 10:30", then the venue one line a part */
          else if (names && !(b->style & MN_STYLE_HEADING) && !mn_longer_than (b->text, 99)
                   && g_unichar_isupper (g_utf8_get_char (b->text)))
            alone = TRUE;
          else
            names = FALSE;
        }
      else if (b->kind == MN_BLOCK_BREAK && names_taken)
        names = FALSE;
      if (b->kind == MN_BLOCK_LINE)
        names_taken = names && alone;
      if (b->kind == MN_BLOCK_LINE && open && !open_closed && !starts_new (b, alone, open, text ? text->str : open->text))
        {
          if (text == NULL)
            text = g_string_new (open->text);
          mn_join_lines_into (text, b->text);
          mn_block_free (b);
          /* "... punkter til behandling:" introduces what follows */
          open_closed = text->len && text->str[text->len - 1] == ':';
          continue;
        }
      if (text)
        take_joined (open, &text);
      if (b->text)
        fold_spaces (b->text);
      if (b->kind == MN_BLOCK_LINE)
        {
          b->kind = MN_BLOCK_PARAGRAPH;
          open = b;
          open_closed = alone || g_str_has_suffix (b->text, ":");
        }
      else
        open = NULL;
      g_ptr_array_add (blocks, b);
    }
  if (text)
    take_joined (open, &text);
  g_free (all);
}
