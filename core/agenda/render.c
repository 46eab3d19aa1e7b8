/* Blocks as the clean prose the model wants: wrapped lines already joined,
 * paragraphs separated by one blank line, a line break (MN_STYLE_LINE_BREAK)
 * as a new line of the same paragraph, list items as "- " lines, and a
 * table row as "<first cell> <first paragraph of the next cell>" followed by
 * that cell's other paragraphs (shared/corpus/dev/README.md). */
#include <string.h>
#include "agenda.h"

static void
separate (GString *out, gboolean list_item, gboolean *last_was_list)
{
  if (out->len)
    g_string_append (out, list_item && *last_was_list ? "\n" : "\n\n");
  *last_was_list = list_item;
}

/* A line after a line break: the same paragraph, a new line. */
static void
break_line (GString *out)
{
  if (out->len)
    g_string_append_c (out, '\n');
}

static void
render_row (GString *out, const MnBlock *b, gboolean *last_was_list)
{
  GString *first = g_string_new (NULL);
  GPtrArray *rest = g_ptr_array_new_with_free_func (g_free);

  for (guint c = 0; c < b->cells->len; c++)
    {
      g_auto (GStrv) paras = g_strsplit (g_ptr_array_index (b->cells, c), "\n", -1);
      for (guint p = 0; paras[p]; p++)
        {
          if (*paras[p] == '\0')
            continue;
          if (p == 0)
            {
              if (first->len)
                g_string_append_c (first, ' ');
              g_string_append (first, paras[p]);
            }
          else
            g_ptr_array_add (rest, g_strdup (paras[p]));
        }
    }
  if (first->len)
    {
      separate (out, FALSE, last_was_list);
      g_string_append (out, first->str);
    }
  for (guint i = 0; i < rest->len; i++)
    {
      separate (out, FALSE, last_was_list);
      g_string_append (out, g_ptr_array_index (rest, i));
    }
  g_string_free (first, TRUE);
  g_ptr_array_unref (rest);
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
            g_string_append (out, "- ");
          g_string_append (out, b->text);
        }
    }
  return g_string_free (out, FALSE);
}
