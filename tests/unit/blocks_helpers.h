/* Helpers for pass tests: build blocks from a text, render them back. */
#ifndef MN_TEST_BLOCKS_H
#define MN_TEST_BLOCKS_H

#include "blocks.h"

/* Lines of text as LINE blocks, empty lines as BREAKs. */
static G_GNUC_UNUSED MnBlocks *
lines (const char *text)
{
  MnBlocks *b = mn_blocks_new ();
  g_auto (GStrv) ls = g_strsplit (text, "\n", -1);

  for (guint i = 0; ls[i]; i++)
    g_ptr_array_add (b, *ls[i] ? mn_block_new (MN_BLOCK_LINE, ls[i], 0, 0, 0)
                                : mn_block_new (MN_BLOCK_BREAK, NULL, 0, 0, 0));
  return b;
}

/* One line per block: "P:text", "L:text", "B", "R:cell|cell"; list items
 * get "-", headings "#level".  transfer full */
static G_GNUC_UNUSED char *
dump (MnBlocks *blocks)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < blocks->len; i++)
    {
      MnBlock *b = g_ptr_array_index (blocks, i);
      const char *k = b->kind == MN_BLOCK_LINE ? "L" : b->kind == MN_BLOCK_PARAGRAPH ? "P"
                    : b->kind == MN_BLOCK_BREAK ? "B" : "R";
      if (i)
        g_string_append_c (s, '\n');
      g_string_append (s, k);
      if (b->style & MN_STYLE_LIST_ITEM)
        g_string_append_c (s, '-');
      if (b->style & MN_STYLE_HEADING)
        g_string_append_printf (s, "#%d", b->level);
      if (b->text)
        g_string_append_printf (s, ":%s", b->text);
      for (guint c = 0; b->cells && c < b->cells->len; c++)
        g_string_append_printf (s, "%s%s", c ? "|" : ":", (char *) g_ptr_array_index (b->cells, c));
    }
  return g_string_free (s, FALSE);
}

#endif
