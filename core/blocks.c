/* Blocks: allocation and small helpers shared by the passes. */
#include <string.h>
#include "blocks.h"

MnBlocks *
mn_blocks_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) mn_block_free);
}

MnBlock *
mn_block_new (MnBlockKind kind, const char *text, guint style, int level,
              int page)
{
  MnBlock *b = g_new0 (MnBlock, 1);
  b->kind = kind;
  b->style = style;
  b->level = level;
  b->page = page;
  b->text = g_strdup (text);
  return b;
}

MnBlock *
mn_block_new_row (const char *const *cells, guint n_cells, int page)
{
  MnBlock *b = mn_block_new (MN_BLOCK_TABLE_ROW, NULL, 0, 0, page);
  b->cells = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < n_cells; i++)
    g_ptr_array_add (b->cells, g_strdup (cells[i] ? cells[i] : ""));
  return b;
}

void
mn_block_free (MnBlock *b)
{
  if (b == NULL)
    return;
  g_free (b->text);
  if (b->cells)
    g_ptr_array_unref (b->cells);
  g_free (b);
}

void
mn_block_take_text (MnBlock *b, char *text)
{
  g_free (b->text);
  b->text = text;
}

char *
mn_block_flat_text (const MnBlock *b)
{
  GString *s;

  if (b->kind != MN_BLOCK_TABLE_ROW)
    return g_strdup (b->text ? b->text : "");
  s = g_string_new (NULL);
  for (guint i = 0; i < b->cells->len; i++)
    {
      if (i > 0)
        g_string_append_c (s, '\t');
      g_string_append (s, g_ptr_array_index (b->cells, i));
    }
  return g_string_free (s, FALSE);
}

gboolean
mn_text_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

gboolean
mn_text_ends_sentence (const char *text)
{
  gsize n = text ? strlen (text) : 0;

  while (n > 0 && g_ascii_isspace (text[n - 1]))
    n--;
  if (n < 2 || (text[n - 1] != '.' && text[n - 1] != '!' && text[n - 1] != '?'))
    return FALSE;
  return g_unichar_isalnum (g_utf8_get_char (g_utf8_find_prev_char (text, text + n - 1)));
}

MnBlock **
mn_blocks_take_all (MnBlocks *blocks, guint *n_blocks)
{
  gsize n = 0;
  /* g_ptr_array_steal leaves the array empty, its free func untouched */
  MnBlock **all = (MnBlock **) g_ptr_array_steal (blocks, &n);

  *n_blocks = (guint) n;
  return all;
}

gboolean
mn_block_is_blank (const MnBlock *b)
{
  return b->kind == MN_BLOCK_BREAK || (b->kind == MN_BLOCK_LINE && mn_text_is_blank (b->text));
}
