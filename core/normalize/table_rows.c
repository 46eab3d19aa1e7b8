/* Table rows from text exports: a printed line with tabs is a table row
 * whose cells are the tab-separated fields ("9.30<TAB>Chefforum ...").
 *
 * Except an item's number and title, which Word's templates separate by a
 * tab ("1.<TAB>Meddelelser", "1.1<TAB>Status", "700.<TAB>Title", a table
 * of contents' "1.<TAB>Title<TAB>3"): that line stays a line, its tabs
 * spaces.  A time ("9.30") or an access word ("1<TAB>Åben<TAB>...", an
 * attachment row) after the number keeps the row. */
#include <string.h>
#include "normalize.h"
#include "../regex.h"
#include "../agenda/dates.h"
#include "../agenda/vocabulary.h"

static gboolean
is_title_line (char **cells)
{
  /* "1.", "1.1", "700." and the lettered "a." of sub-points */
  MnRegex *label = MN_REGEX ("^(?:\\d{1,3}(?:\\.\\d{1,3})*\\.?|[a-zæøå]\\.)$", 0);
  g_autofree char *t = NULL;

  if (cells[0] == NULL || cells[1] == NULL || !mn_regex_match (label, cells[0], NULL)
      || !g_unichar_isupper (g_utf8_get_char (cells[1])))
    return FALSE;
  t = mn_time_parse (cells[0]);
  if (t != NULL)
    return FALSE;
  {
    g_autofree char *first = g_strndup (cells[1], strcspn (cells[1], " "));
    return mn_vocab_access_word (first) == MN_ACCESS_UNKNOWN;
  }
}

void
mn_pass_table_rows (MnBlocks *blocks)
{
  for (guint i = 0; i < blocks->len; i++)
    {
      MnBlock *b = g_ptr_array_index (blocks, i);
      g_auto (GStrv) cells = NULL;

      if (b->kind != MN_BLOCK_LINE || strchr (b->text, '\t') == NULL
          || mn_text_is_blank (b->text))
        continue;
      cells = g_strsplit (b->text, "\t", -1);
      for (guint c = 0; cells[c]; c++)
        g_strstrip (cells[c]);
      if (is_title_line (cells))
        {
          g_autofree char *joined = g_strjoinv (" ", cells);
          mn_block_take_text (b, g_steal_pointer (&joined));
          continue;
        }
      g_ptr_array_index (blocks, i) =
        mn_block_new_row ((const char *const *) cells, g_strv_length (cells),
                          b->page);
      mn_block_free (b);
    }
}
