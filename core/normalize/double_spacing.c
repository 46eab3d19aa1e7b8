/* Hard-wrapped PDF text extractions print a blank line between every
 * printed line, end each printed line with a space, and mark real paragraph
 * ends with a line holding only a space.  (A plain export of one-line
 * paragraphs also has a blank line after every line, but no trailing
 * spaces: that is how the two are told apart.)  When most lines are spaced so, the empty lines are dropped and the
 * whitespace-only ones become the paragraph breaks.  Otherwise every blank
 * or whitespace-only line is a break. */
#include <string.h>
#include "normalize.h"
#include "../agenda/vocabulary.h"

/* Such extractions also lose symbol-font bullets but keep the indent they
 * left: a capitalised line indented by a space or two, after a line that
 * ends a sentence or an introduction, is a list item; so is a
 * recommendation's "at"-clause after its "indstiller," ("- at der gives
 * en bevilling"). */
static gboolean
lost_bullet (const MnBlock *b, const MnBlock *prev)
{
  const char *t = b->text;
  gsize indent = strspn (t, " ");
  gsize n;
  gboolean clause;

  if (indent == 0 || indent > 3 || prev == NULL || prev->text == NULL)
    return FALSE;
  clause = strncmp (t + indent, "at ", 3) == 0;
  if (!clause && !g_unichar_isupper (g_utf8_get_char (t + indent)))
    return FALSE;
  n = strlen (prev->text);
  while (n > 0 && prev->text[n - 1] == ' ')
    n--;
  if (n == 0 || !(prev->text[n - 1] == ':' || prev->text[n - 1] == '.'
                  || (clause && prev->text[n - 1] == ',')
                  || (prev->style & MN_STYLE_LIST_ITEM)))
    return FALSE;
  /* "Frokost" stands alone as a line, and is a lost bullet all the same */
  return !mn_line_stands_alone (t) || mn_vocab_break_word (t);
}

static gboolean
is_empty_line (const MnBlock *b)
{
  return b->kind == MN_BLOCK_BREAK;
}

static gboolean
is_text_line (const MnBlock *b)
{
  return b->kind == MN_BLOCK_LINE && !mn_text_is_blank (b->text);
}

static gboolean
double_spaced (MnBlocks *blocks)
{
  guint spaced = 0, marked = 0, adjacent = 0, lines = 0, trailing = 0;

  for (guint i = 0; i + 1 < blocks->len; i++)
    {
      MnBlock *a = g_ptr_array_index (blocks, i);
      MnBlock *b = g_ptr_array_index (blocks, i + 1);

      if (!is_text_line (a))
        continue;
      lines++;
      trailing += g_str_has_suffix (a->text, " ");
      if (is_text_line (b))
        adjacent++;
      else if (is_empty_line (b) && i + 2 < blocks->len)
        {
          const MnBlock *c = g_ptr_array_index (blocks, i + 2);
          if (is_text_line (c))
            spaced++;
          else if (c->kind == MN_BLOCK_LINE)
            marked++;   /* a paragraph's end: its line of only a space */
        }
    }
  /* printed lines spaced, or ended so, outnumber adjacent ones three to
   * one (a paper of one-line paragraphs has few lines that wrap, but
   * every line spaced all the same) */
  return spaced + marked >= 8 && spaced + marked > 3 * adjacent && trailing * 2 > lines
         && (spaced >= 8 || marked > 0);
}

void
mn_pass_double_spacing (MnBlocks *blocks)
{
  gboolean drop_empty = double_spaced (blocks);
  guint n;
  MnBlock **all = mn_blocks_take_all (blocks, &n);
  MnBlock *prev = NULL;     /* the last printed line */

  for (guint i = 0; i < n; i++)
    {
      MnBlock *b = all[i];

      if (drop_empty && is_empty_line (b))
        {
          mn_block_free (b);
          continue;
        }
      if (b->kind == MN_BLOCK_LINE && mn_text_is_blank (b->text))
        {
          b->kind = MN_BLOCK_BREAK;
          g_clear_pointer (&b->text, g_free);
        }
      else if (b->kind == MN_BLOCK_LINE)
        {
          if (drop_empty && lost_bullet (b, prev))
            b->style |= MN_STYLE_LIST_ITEM;
          /* a page's header and number are not the line a list goes on
           * from (page_headers has marked the header) */
          if (!(b->style & MN_STYLE_RUNNING) && !mn_vocab_page_furniture (b->text))
            prev = b;
        }
      g_ptr_array_add (blocks, b);
    }
  g_free (all);
}
