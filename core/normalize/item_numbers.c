/* An item's number printed on a line of its own, its title on the next
 * ("1." / "Meddelelser"): a PDF text extraction of a two-column item
 * heading or table of contents.  The two become one line "1. Meddelelser",
 * as the paper reads; so with the letter of a sub-point ("b." / "Konference
 * ...").  Only numbers with a full stop or a sub-number ("1.", "1.1",
 * "700."), and a bare "1" only where the paper's items count so (see
 * bare_item_number); a time ("9.30") stays apart for the timetable rows. */
#include <stdlib.h>
#include <string.h>
#include "normalize.h"
#include "../regex.h"
#include "../agenda/dates.h"
#include "../agenda/vocabulary.h"

/* How many of text's bytes are ASCII lower-case letters, counted to 2. */
static int
ascii_lowers (const char *text)
{
  int n = 0;

  for (const char *p = text; *p && n < 2; p++)
    n += g_ascii_islower (*p);
  return n;
}

static gboolean
is_number_label (const char *text)
{
  g_autofree char *time = NULL;
  guchar c = (guchar) text[strspn (text, " ")];

  if (!(g_ascii_isdigit (c) || g_ascii_islower (c) || c >= 0x80))
    return FALSE;
  /* cheap first (every line is asked): a label holds digits, full stops
   * and spaces, or one letter and its full stop */
  if (!mn_ascii_only (text, "0123456789.abcdefghijklmnopqrstuvwxyz") || ascii_lowers (text) > 1)
    return FALSE;
  if (!mn_regex_match (MN_REGEX ("^\\s*\\d{1,3}(?:\\.\\d{1,3})*\\.\\s*$|^\\s*\\d{1,3}(?:\\.\\d{1,3})+\\s*$"
                                "|^\\s*[a-zæøå]\\.\\s*$", 0), text, NULL))
    return FALSE;
  time = mn_time_parse (text);
  return time == NULL;
}


/* A bare "3": as often a page number as an item's.  It is an item's when
 * the items so printed count 1, 2, 3 and its title is followed by a
 * section heading or by its first sub-item on a line of its own ("3" /
 * "Eventuelt" / "Oplæg:"; "1" / "Skærmbesøg" / "1.1"), as SBSYS prints. */
static gboolean
bare_item_number (MnBlocks *blocks, const MnBlock *b, guint title, int expected)
{
  g_autofree char *t = g_strstrip (g_strdup (b->text));
  g_autofree char *sub = g_strdup_printf ("%d.1", expected);
  char *end;
  long n = strtol (t, &end, 10);
  guint j = title + 1;
  const MnBlock *after;
  MnSectionKind kind;

  if (*t == '\0' || *end != '\0' || n != expected)
    return FALSE;
  while (j < blocks->len && mn_block_is_blank (g_ptr_array_index (blocks, j)))
    j++;
  if (j >= blocks->len)
    return FALSE;
  after = g_ptr_array_index (blocks, j);
  if (after->kind != MN_BLOCK_LINE)
    return FALSE;
  {
    g_autofree char *a = g_strstrip (g_strdup (after->text));
    return strcmp (a, sub) == 0 || g_str_has_prefix (a, sub) || mn_vocab_section_heading (a, &kind)
           || mn_vocab_inline_heading (a, &kind) > 0;
  }
}

void
mn_pass_item_numbers (MnBlocks *blocks)
{
  int expected = 1;   /* the next bare item number */

  for (guint i = 0; i < blocks->len; i++)
    {
      MnBlock *b = g_ptr_array_index (blocks, i);
      guint j = i + 1;
      MnBlock *next;
      gboolean label;

      if (b->kind != MN_BLOCK_LINE)
        continue;
      label = is_number_label (b->text);
      if (!label && !g_ascii_isdigit (b->text[strspn (b->text, " ")]))
        continue;
      while (j < blocks->len && j - i <= 6 && mn_block_is_blank (g_ptr_array_index (blocks, j)))
        j++;
      if (j >= blocks->len)
        break;
      next = g_ptr_array_index (blocks, j);
      if (next->kind != MN_BLOCK_LINE || !g_unichar_isupper (g_utf8_get_char (next->text))
          || is_number_label (next->text))
        continue;
      if (!label)
        {
          if (!bare_item_number (blocks, b, j, expected))
            continue;
          expected++;
        }
      {
        g_autofree char *number = g_strstrip (g_strdup (b->text));
        mn_block_take_text (next, g_strconcat (number, " ", next->text, NULL));
        next->style |= b->style;
      }
      /* the number's line and the breaks between go; the title's line stays */
      g_ptr_array_remove_range (blocks, i, j - i);
    }
}
