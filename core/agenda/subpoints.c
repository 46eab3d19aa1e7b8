/* Lettered sub-points of an item that holds several matters (eDoc's
 * Meddelelser):
 *
 *   a. Møder og konferencer
 *   b. Konference den 26. juli 2013 ...
 *   Bilag
 *   2013-173024 - Forebyggelse af ensomhed blandt ældre
 *   c. ...
 *
 * Each lettered line is a topic (no times), its title the line without its
 * letter, its text the paragraphs under it; a Bilag line and the
 * attachment lines under it are no topic text but the item's attachments.
 * The whole stays the item's presentation as printed. */
#include <string.h>
#include "agenda.h"
#include "../regex.h"

/* "b. Title" with the letter that follows prev ('a' first): the title's
 * offset, or 0. */
static gsize
lettered (const char *text, gunichar expected)
{
  MnRegex *re = MN_REGEX ("^([a-zæøå])[.)]\\s+\\S", 0);

  if (!mn_regex_match (re, text, NULL) || (gunichar) g_utf8_get_char (text) != expected)
    return 0;
  return (gsize) (strchr (text, ' ') - text) + 1;
}

gboolean
mn_subpoints_start (const char *text)
{
  return lettered (text, 'a') > 0;
}

void
mn_subpoints_parse (GPtrArray *blocks, MnItem *item)
{
  g_autoptr (GPtrArray) topics = g_ptr_array_new_with_free_func ((GDestroyNotify) mn_topic_free);
  GString *text = NULL;
  MnTopic *cur = NULL;
  gunichar next = 'a';
  gboolean in_bilag = FALSE;

  for (guint i = 0; i < blocks->len; i++)
    {
      const MnBlock *b = g_ptr_array_index (blocks, i);
      gsize at;
      MnSectionKind kind;

      if (b->kind != MN_BLOCK_PARAGRAPH || b->text == NULL)
        continue;
      if ((at = lettered (b->text, next)) > 0)
        {
          if (cur)
            cur->text = g_string_free (g_steal_pointer (&text), FALSE);
          cur = mn_topic_new ();
          cur->title = g_strdup (b->text + at);
          g_ptr_array_add (topics, cur);
          text = g_string_new (NULL);
          next = g_unichar_tolower (g_utf8_get_char (b->text)) + 1;
          if (next == 'z' + 1)
            next = 0x00E6;   /* æ */
          in_bilag = FALSE;
          continue;
        }
      if (cur == NULL)
        continue;
      if (mn_vocab_section_heading (b->text, &kind) && kind == MN_SECTION_ATTACHMENTS)
        {
          in_bilag = TRUE;
          continue;
        }
      if (in_bilag)
        {
          g_autofree char *rendered = NULL;
          /* the sub-point's own Bilag list: the item's attachments */
          if (mn_attachments_parse_any (b->text, item, &rendered))
            continue;
          in_bilag = FALSE;
        }
      if (text->len)
        g_string_append (text, "\n\n");
      g_string_append (text, b->text);
    }
  if (cur)
    cur->text = g_string_free (g_steal_pointer (&text), FALSE);
  /* two sub-points at least, or it was a lettered paragraph */
  if (topics->len >= 2)
    for (guint i = 0; i < topics->len; i++)
      g_ptr_array_add (item->topics, g_ptr_array_steal_index (topics, i--));
}
