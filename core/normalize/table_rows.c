/* Table rows from text exports: a printed line with tabs is a table row
 * whose cells are the tab-separated fields ("9.30<TAB>Chefforum ..."). */
#include <string.h>
#include "normalize.h"

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
      g_ptr_array_index (blocks, i) =
        mn_block_new_row ((const char *const *) cells, g_strv_length (cells),
                          b->page);
      mn_block_free (b);
    }
}
