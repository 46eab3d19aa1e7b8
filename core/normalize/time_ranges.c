/* Time ranges split over two printed lines ("10.00-" then "10.30") are
 * joined into one line "10.00-10.30". */
#include <string.h>
#include "normalize.h"
#include "../regex.h"

void
mn_pass_time_ranges (MnBlocks *blocks)
{
  guint n;
  MnBlock **all = mn_blocks_take_all (blocks, &n);

  for (guint i = 0; i < n; i++)
    {
      MnMatch a;
      MnMatch b;

      if (i + 1 < n && all[i]->kind == MN_BLOCK_LINE
          && all[i + 1]->kind == MN_BLOCK_LINE
          && g_ascii_isdigit (all[i]->text[strspn (all[i]->text, " ")])
          /* compiled at their first use: most papers have no such line */
          && mn_regex_match (MN_REGEX ("^\\s*(\\d{1,2}[.:]\\d{2})\\s*[-–]\\s*$", 0), all[i]->text, &a)
          && mn_regex_match (MN_REGEX ("^\\s*(\\d{1,2}[.:]\\d{2})\\s*$", 0), all[i + 1]->text, &b))
        {
          g_autofree char *start = mn_match_fetch (&a, 1);
          g_autofree char *end = mn_match_fetch (&b, 1);
          mn_block_take_text (all[i], g_strdup_printf ("%s-%s", start, end));
          mn_block_free (all[i + 1]);
          g_ptr_array_add (blocks, all[i]);
          i++;
          continue;
        }
      g_ptr_array_add (blocks, all[i]);
    }
  g_free (all);
}
