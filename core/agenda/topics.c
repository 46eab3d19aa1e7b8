/* Topics: the sub-points the presentation lists after "... punkter til
 * behandling:" as a Tid/Punkt table, a time-stamped list or a bullet list.
 *
 * A table row, a paragraph starting with a time, or (before any timed
 * topic) a list item opens a topic; an empty time cell opens an untimed one;
 * other paragraphs belong to the open topic.  A topic's title is its first
 * paragraph's first sentence, cut short where the sentence turns into the
 * people taking part ("... område Velfærdsdirektør Lene Mehlsen og ...
 * giver en orientering"); the rest is its text.
 */
#include <string.h>
#include "agenda.h"
#include "../regex.h"

typedef struct {
  char *start, *end;
  gboolean open_range;    /* printed "13.00-": its end may come later */
  GPtrArray *paras;       /* of char* */
} Pending;

gsize
mn_first_sentence (const char *text)
{
  gsize len = strlen (text);

  for (gsize i = 0; i + 2 < len; i++)
    {
      gsize j = i + 1, w = i;
      gunichar next;

      if (text[i] != '.' && text[i] != '!' && text[i] != '?')
        continue;
      if (text[j] != ' ')
        continue;
      while (text[j] == ' ')
        j++;
      if (text[j] == '"' || strncmp (text + j, "”", strlen ("”")) == 0)
        continue;
      next = g_utf8_get_char (text + j);
      if (!g_unichar_isupper (next))
        continue;
      /* the word before the full stop: an initial or an abbreviation that
       * introduces a name ends no sentence */
      while (w > 0 && text[w - 1] != ' ')
        w--;
      if (text[i] == '.' && ((i - w == 1 && g_ascii_isupper (text[w]))
                             || mn_vocab_abbreviation (text + w, i - w)))
        continue;
      return i + 1;
    }
  return len;
}

static void
add_participants (const char *paragraph, GPtrArray *out)
{
  const char *p = paragraph;

  while (*p)
    {
      gsize n = mn_first_sentence (p);
      g_autofree char *s = g_strndup (p, n);
      g_autoptr (GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) mn_participant_free);

      mn_participants_parse (s, found);
      for (guint i = 0; i < found->len; i++)
        {
          MnParticipant *f = g_ptr_array_index (found, i);
          gboolean dup = FALSE;
          for (guint j = 0; j < out->len; j++)
            {
              MnParticipant *o = g_ptr_array_index (out, j);
              dup |= g_strcmp0 (o->name, f->name) == 0 && g_strcmp0 (o->role, f->role) == 0;
            }
          if (!dup)
            g_ptr_array_add (out, g_ptr_array_steal_index (found, i--));
        }
      p += n;
      while (*p == ' ')
        p++;
    }
}

static MnTopic *
finish (Pending *pd)
{
  MnTopic *t = mn_topic_new ();
  GString *text = g_string_new (NULL);
  const char *first = pd->paras->len ? g_ptr_array_index (pd->paras, 0) : "";
  gsize n = mn_first_sentence (first);
  g_autofree char *sentence = g_strndup (first, n);
  g_autoptr (GPtrArray) people = g_ptr_array_new_with_free_func ((GDestroyNotify) mn_participant_free);
  int cut = mn_participants_parse (sentence, people);
  const char *rest = first + n;

  t->start = g_steal_pointer (&pd->start);
  t->end = g_steal_pointer (&pd->end);
  if (cut > 0)
    {
      t->title = g_strstrip (g_strndup (sentence, (gsize) cut));
      g_string_append (text, sentence + cut);
    }
  else
    t->title = g_strstrip (g_strdup (sentence));
  while (*rest == ' ')
    rest++;
  if (*rest)
    g_string_append_printf (text, "%s%s", text->len ? " " : "", rest);
  for (guint i = 1; i < pd->paras->len; i++)
    g_string_append_printf (text, "%s%s", text->len ? "\n\n" : "",
                            (char *) g_ptr_array_index (pd->paras, i));
  t->text = g_string_free (text, FALSE);
  add_participants (t->title, t->participants);
  {
    g_auto (GStrv) paras = g_strsplit (t->text, "\n\n", -1);
    for (guint i = 0; paras[i]; i++)
      add_participants (paras[i], t->participants);
  }
  g_ptr_array_unref (pd->paras);
  pd->paras = NULL;
  return t;
}

static void
open_topic (Pending *pd, MnItem *item, char *start, char *end)
{
  if (pd->paras)
    g_ptr_array_add (item->topics, finish (pd));
  pd->start = start;
  pd->end = end;
  pd->open_range = FALSE;
  pd->paras = g_ptr_array_new_with_free_func (g_free);
}

static gboolean
is_header_row (const MnBlock *b)
{
  return b->cells->len > 0
         && g_ascii_strcasecmp (g_ptr_array_index (b->cells, 0), "Tid") == 0;
}

static gboolean
is_intro (const MnBlock *b)
{
  if (b->kind == MN_BLOCK_TABLE_ROW)
    return is_header_row (b);
  return b->kind == MN_BLOCK_PARAGRAPH && mn_vocab_topic_intro (b->text);
}

static void
add_paragraphs (Pending *pd, const char *text)
{
  g_auto (GStrv) paras = g_strsplit (text, "\n", -1);
  for (guint i = 0; paras[i]; i++)
    if (*paras[i])
      g_ptr_array_add (pd->paras, g_strdup (paras[i]));
}

void
mn_topics_parse (GPtrArray *blocks, MnItem *item)
{
  Pending pd = { 0 };
  gboolean timed = FALSE;
  guint i = 0;

  while (i < blocks->len && !is_intro (g_ptr_array_index (blocks, i)))
    i++;
  for (; i < blocks->len; i++)
    {
      const MnBlock *b = g_ptr_array_index (blocks, i);
      char *start = NULL, *end = NULL;
      int rest;

      if (b->kind == MN_BLOCK_TABLE_ROW)
        {
          const char *cell0 = g_ptr_array_index (b->cells, 0);
          if (is_header_row (b))
            continue;
          rest = mn_time_range_prefix (cell0, &start, &end);
          if (rest < 0 && *cell0)
            {
              /* a row without a time column: all of it is content */
              open_topic (&pd, item, NULL, NULL);
              add_paragraphs (&pd, cell0);
            }
          else
            {
              timed |= start != NULL;
              open_topic (&pd, item, start, end);
              if (rest > 0 && cell0[rest])
                add_paragraphs (&pd, cell0 + rest);
            }
          for (guint c = 1; c < b->cells->len; c++)
            add_paragraphs (&pd, g_ptr_array_index (b->cells, c));
          continue;
        }
      if (b->kind != MN_BLOCK_PARAGRAPH || mn_agenda_is_running (b) || is_intro (b))
        continue;
      if (mn_vocab_timetable_header (b->text))
        continue;
      rest = mn_time_range_prefix (b->text, &start, &end);
      if (rest >= 0 && b->text[rest] == '\0' && end == NULL && pd.paras && pd.open_range)
        {
          /* "13.00-" ... page break ... "13.30": the range's end */
          pd.end = start;
          pd.open_range = FALSE;
        }
      else if (rest >= 0)
        {
          gboolean dangling = end == NULL && mn_regex_match (MN_REGEX ("^\\s*\\d{1,2}[.:]\\d{2}\\s*-\\s*(\\s|$)", 0),
                                                                   b->text, NULL);
          timed = TRUE;
          open_topic (&pd, item, start, end);
          pd.open_range = dangling;
          if (b->text[rest])
            add_paragraphs (&pd, b->text + rest);
        }
      else if ((b->style & MN_STYLE_LIST_ITEM) && !timed)
        {
          open_topic (&pd, item, NULL, NULL);
          add_paragraphs (&pd, b->text);
        }
      else if (pd.paras)
        add_paragraphs (&pd, b->text);
    }
  if (pd.paras)
    g_ptr_array_add (item->topics, finish (&pd));
}
