/* List numbers leaked into a time column: a PDF extraction of a numbered
 * timetable prints "1. 10.45-" where the table had "10.45-". */
#include "normalize.h"
#include "../regex.h"

void
mn_pass_list_numbers (MnBlocks *blocks)
{
  for (guint i = 0; i < blocks->len; i++)
    {
      MnBlock *b = g_ptr_array_index (blocks, i);
      MnMatch mi;

      if (b->kind == MN_BLOCK_LINE && g_ascii_isdigit (b->text[strspn (b->text, " ")])
          /* compiled at its first use: text and DOCX papers have no lines */
          && mn_regex_match (MN_REGEX ("^\\s*\\d{1,2}\\.\\s+(\\d{1,2}[.:]\\d{2}\\s*(?:[-–]\\s*(?:\\d{1,2}[.:]\\d{2})?)?)\\s*$", 0),
                             b->text, &mi))
        mn_block_take_text (b, mn_match_fetch (&mi, 1));
    }
}
