/* Blocks as the clean prose the model wants: wrapped lines already joined,
 * paragraphs separated by one blank line, a line break (MN_STYLE_LINE_BREAK)
 * as a new line of the same paragraph, list items as "- " lines, and a
 * table row as "<first cell> <first paragraph of the next cell>" followed by
 * that cell's other paragraphs (shared/corpus/dev/README.md). */
#include <string.h>
#include "agenda.h"
#include "../gstring_put.h"

static void
separate (GString *out, gboolean list_item, gboolean *last_was_list)
{
  if (out->len)
    mn_put (out, list_item && *last_was_list ? "\n" : "\n\n");
  *last_was_list = list_item;
}

/* A line after a line break: the same paragraph, a new line. */
static void
break_line (GString *out)
{
  if (out->len)
    g_string_append_c (out, '\n');
}

/* A row: the cells' first paragraphs joined by spaces, then each cell's
 * other paragraphs (a cell holds its paragraphs separated by '\n'), each
 * its own; read where they stand, with no copy of a cell. */
static void
render_row (GString *out, const MnBlock *b, gboolean *last_was_list)
{
  gboolean any = FALSE;

  for (guint c = 0; c < b->cells->len; c++)
    {
      const char *cell = g_ptr_array_index (b->cells, c);
      gsize n = strcspn (cell, "\n");
      if (n == 0)
        continue;
      if (any)
        g_string_append_c (out, ' ');
      else
        separate (out, FALSE, last_was_list);
      any = TRUE;
      g_string_append_len (out, cell, (gssize) n);
    }
  for (guint c = 0; c < b->cells->len; c++)
    {
      const char *t = g_ptr_array_index (b->cells, c);
      for (t += strcspn (t, "\n"); *t == '\n'; )
        {
          gsize n = strcspn (++t, "\n");
          if (n > 0)
            {
              separate (out, FALSE, last_was_list);
              g_string_append_len (out, t, (gssize) n);
            }
          t += n;
        }
    }
}

char *
mn_render_blocks (GPtrArray *blocks, guint from, guint to)
{
  GString *out = g_string_new (NULL);
  gboolean last_was_list = FALSE;

  for (guint i = from; i < to && i < blocks->len; i++)
    {
      const MnBlock *b = g_ptr_array_index (blocks, i);

      if (mn_agenda_is_running (b))
        continue;
      if (b->kind == MN_BLOCK_TABLE_ROW)
        render_row (out, b, &last_was_list);
      else if (b->kind == MN_BLOCK_PARAGRAPH && b->text && *b->text)
        {
          gboolean list = (b->style & MN_STYLE_LIST_ITEM) != 0;
          if (b->style & MN_STYLE_LINE_BREAK)
            break_line (out);
          else
            separate (out, list, &last_was_list);
          if (list)
            mn_put_len (out, "- ", 2);
          mn_put (out, b->text);
        }
    }
  return g_string_free (out, FALSE);
}
