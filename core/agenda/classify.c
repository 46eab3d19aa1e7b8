/* Every paragraph classified once (classify.h).
 *
 * The questions are the vocabulary's (vocabulary.c) and the title forms'
 * below; each block is asked each question once, in one pass, after the
 * running headers are marked and before any structure is read.  Each
 * scanner keeps its own cheap prefilter, since every paragraph is asked. */
#include <string.h>
#include <stdlib.h>
#include "classify.h"
#include "agenda.h"
#include "../regex.h"

/* What "3. Title" can start with: a digit or one of its words. */
static gboolean
could_open_item (const char *t)
{
  return g_ascii_isdigit (t[0]) || MN_HAS_PREFIX (t, "Punkt") || MN_HAS_PREFIX (t, "Pkt")
         || MN_HAS_PREFIX (t, "Dagsordenspunkt")
         || (MN_HAS_PREFIX (t, "Sag") && g_ascii_isspace (t[3]));
}

/* Whether a paragraph that opens with a digit can be "3. Title" at all:
 * its number, stops and spaces ([0-9.:)] and ASCII white space) must end
 * at a capital, or at a byte of 0x80 and up (a capital as Å, or a space
 * the pattern knows and this does not), with a space on the way.  A
 * necessary condition of the pattern below, cheaper than its refusal:
 * an attachment line ("1 - 3298974 Åben ...") is most digit lines. */
static gboolean
may_be_numbered_title (const char *t)
{
  const guchar *p = (const guchar *) t;
  gboolean space = FALSE;

  while (g_ascii_isdigit (*p) || *p == '.' || *p == ':' || *p == ')' || g_ascii_isspace (*p))
    space |= g_ascii_isspace (*p++);
  return *p >= 0x80 || (space && g_ascii_isupper (*p));
}

/* The length of the newline sequence at p under PCRE2's NEWLINE_ANY
 * (what the patterns' "." does not match and "$" may stand before): LF,
 * VT, FF, CR or CR LF, NEL, LS, PS; 0 for any other character. */
static gsize
newline_at (const char *p)
{
  const guchar *u = (const guchar *) p;

  if (u[0] == '\r')
    return u[1] == '\n' ? 2 : 1;
  if (u[0] >= '\n' && u[0] <= '\f')
    return 1;
  if (u[0] == 0xC2 && u[1] == 0x85)
    return 2;
  if (u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0xA8 || u[2] == 0xA9))
    return 3;
  return 0;
}

/* The pattern ".{0,240}$" from the character after at's, in C: the bytes
 * of at's character and up to 240 more, none a newline, to the text's end
 * or to one newline that ends it; -1 where the text goes on.  (As the
 * pattern: "." matched character by character until "$", the title's
 * whole length, is where PCRE2 spent most of a title's match.)  The text
 * is valid UTF-8: the pattern before it was matched on it. */
static gssize
title_to_end (const char *at)
{
  const char *p = g_utf8_next_char (at);

  for (int n = 0;; n++)
    {
      gsize nl = newline_at (p);
      if (*p == '\0' || (nl > 0 && p[nl] == '\0'))
        return p - at;
      if (nl > 0 || n == 240)
        return -1;
      p = g_utf8_next_char (p);
    }
}

/* "3. Title", "Punkt 3: Title", "Pkt. 3 Title", "3 - Title", "Sag nr. 3:
 * Title": number and title.  (The words are few and fixed by the form, so
 * they stay in this pattern rather than in the vocabulary.) */
static void
numbered_title (const MnBlock *b, MnClass *c)
{
  /* " - " separates only after a word ("Punkt 1 - "): "1 - Åben ..." is
   * an attachment line.  The title is a capital and at most 240 more
   * characters to the end (title_to_end): "(\\p{Lu}.{0,240})$" whole.  No
   * other way of matching the number and what follows it puts the
   * capital elsewhere, so where the title fails the whole pattern does. */
  MnRegex *re = MN_REGEX ("^(?:(?:Punkt|Pkt\\.?|Dagsordenspunkt|Sag(?:\\s+nr\\.)?)\\s+(\\d{1,3})"
                         "\\s*(?:[.:)]|\\s[-–])?|(\\d{1,3}(?:\\.\\d{1,2})*)\\s*[.:)]?)\\s+(\\p{Lu})", 0);
  MnMatch mi;
  int title_at = -1, title_end;
  gssize title_len = -1;

  if ((b->style & MN_STYLE_LIST_ITEM) || !could_open_item (b->text))
    return;
  if ((!g_ascii_isdigit (b->text[0]) || may_be_numbered_title (b->text))
      && mn_regex_match (re, b->text, &mi) && mn_match_fetch_pos (&mi, 3, &title_at, &title_end))
    title_len = title_to_end (b->text + title_at);
  if (title_len < 0)
    {
      /* a heading style may title an item whatever its first word
       * ("12. 2. behandling af Budget 2024-27") */
      if (!(b->style & MN_STYLE_HEADING)
          || !mn_regex_match (MN_REGEX ("^(?:(?:Punkt|Pkt\\.?)\\s+(\\d{1,3})\\s*[.:)]?|(\\d{1,3}(?:\\.\\d{1,2})*)\\s*[.:)])"
                                        "\\s+(\\S.{0,240})$", 0), b->text, &mi)
          || !mn_match_fetch_pos (&mi, 3, &title_at, &title_end))
        return;
      title_len = title_end - title_at;
    }
  {
    g_autofree char *n1 = mn_match_fetch (&mi, 1);
    g_autofree char *n2 = mn_match_fetch (&mi, 2);
    g_autofree char *t = g_strndup (b->text + title_at, (gsize) title_len);
    g_autofree char *first_word = g_strndup (t, strcspn (t, " "));
    const char *n = n1 && *n1 ? n1 : n2;
    char *start = NULL, *end = NULL;

    /* "10.00 Ankomst" is a time, not an item */
    if (mn_time_range_prefix (b->text, &start, &end) >= 0)
      {
        g_free (start);
        g_free (end);
        return;
      }
    /* "1 Åben Regnskab 2015 225021/16" is an attachment row (Acadre) */
    if (mn_vocab_access_word (first_word) != MN_ACCESS_UNKNOWN && strchr (t, ' '))
      return;
    c->title = TRUE;
    /* a sub-item "1.1" has a label and no number of its own */
    c->number = strchr (n, '.') ? -1 : atoi (n);
    c->number_label = g_strdup (n);
    c->title_text = g_steal_pointer (&t);
  }
}

static void
classify (const MnBlock *b, MnClass *c)
{
  MnSectionKind kind;

  c->access = c->access_word = c->part = MN_ACCESS_UNKNOWN;
  c->section = c->inline_kind = -1;
  if (b->kind == MN_BLOCK_TABLE_ROW && b->cells && b->cells->len == 2)
    {
      g_autofree char *row = g_strjoin (" ", (char *) g_ptr_array_index (b->cells, 0),
                                        (char *) g_ptr_array_index (b->cells, 1), NULL);
      c->label_row = mn_vocab_item_label (row, &c->case_number);
      return;
    }
  if (b->kind != MN_BLOCK_PARAGRAPH || b->text == NULL)
    return;
  /* a running header's "Åbent referat" still marks the part it heads */
  c->part = mn_vocab_part_marker (b->text);
  c->toc_heading = mn_vocab_toc_heading (b->text);
  if (mn_agenda_is_running (b))
    return;
  c->text = TRUE;
  c->access = mn_vocab_access_line (b->text);
  c->access_word = mn_vocab_access_word (b->text);
  if (mn_vocab_section_heading (b->text, &kind))
    c->section = (gint8) kind;
  {
    gsize head = mn_vocab_inline_heading (b->text, &kind);
    if (head > 0 && head <= G_MAXUINT16)
      {
        c->inline_kind = (gint8) kind;
        c->inline_len = (guint16) head;
      }
  }
  c->label = mn_vocab_item_label (b->text, &c->case_number);
  c->back_matter = mn_vocab_back_matter (b->text);
  numbered_title (b, c);
}

MnClass *
mn_classify (GPtrArray *content)
{
  MnClass *classes = g_new0 (MnClass, MAX (content->len, 1));

  for (guint i = 0; i < content->len; i++)
    classify (g_ptr_array_index (content, i), &classes[i]);
  return classes;
}

void
mn_classes_free (MnClass *classes, guint n)
{
  for (guint i = 0; classes && i < n; i++)
    {
      g_free (classes[i].number_label);
      g_free (classes[i].title_text);
      g_free (classes[i].case_number);
    }
  g_free (classes);
}
