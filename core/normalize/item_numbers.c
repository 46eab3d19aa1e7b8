/* An item's number printed on a line of its own, its title on the next
 * ("1." / "Meddelelser"): a PDF text extraction of a two-column item
 * heading or table of contents.  The two become one line "1. Meddelelser",
 * as the paper reads; so with the letter of a sub-point ("b." / "Konference
 * ...").  Only numbers with a full stop or a sub-number ("1.", "1.1",
 * "700."): a bare "1" is as often a page number, and a time ("9.30") stays
 * apart for the timetable rows. */
#include <string.h>
#include "normalize.h"
#include "../regex.h"
#include "../agenda/dates.h"

static gboolean
is_number_label (const char *text)
{
  GRegex *re = MN_REGEX ("^\\s*\\d{1,3}(?:\\.\\d{1,3})*\\.\\s*$|^\\s*\\d{1,3}(?:\\.\\d{1,3})+\\s*$"
                         "|^\\s*[a-zæøå]\\.\\s*$", 0);
  g_autofree char *time = NULL;
  guchar c = (guchar) text[strspn (text, " ")];

  if (!(g_ascii_isdigit (c) || g_ascii_islower (c) || c >= 0x80) || !g_regex_match (re, text, 0, NULL))
    return FALSE;
  time = mn_time_parse (text);
  return time == NULL;
}

static gboolean
is_blank (const MnBlock *b)
{
  return b->kind == MN_BLOCK_BREAK || (b->kind == MN_BLOCK_LINE && mn_text_is_blank (b->text));
}

void
mn_pass_item_numbers (MnBlocks *blocks)
{
  for (guint i = 0; i < blocks->len; i++)
    {
      MnBlock *b = g_ptr_array_index (blocks, i);
      guint j = i + 1;
      MnBlock *next;

      if (b->kind != MN_BLOCK_LINE || !is_number_label (b->text))
        continue;
      while (j < blocks->len && j - i <= 6 && is_blank (g_ptr_array_index (blocks, j)))
        j++;
      if (j >= blocks->len)
        break;
      next = g_ptr_array_index (blocks, j);
      if (next->kind != MN_BLOCK_LINE || !g_unichar_isupper (g_utf8_get_char (next->text))
          || is_number_label (next->text))
        continue;
      {
        g_autofree char *label = g_strstrip (g_strdup (b->text));
        mn_block_take_text (next, g_strconcat (label, " ", next->text, NULL));
        next->style |= b->style;
      }
      /* the number's line and the breaks between go; the title's line stays */
      g_ptr_array_remove_range (blocks, i, j - i);
    }
}
