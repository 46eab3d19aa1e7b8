/* The item's decision.  An item may print several decision blocks, earlier
 * bodies first ("Beslutning i Økonomiudvalget den 25-08-2025" before the
 * meeting's own); the decision is the one of the body holding the meeting
 * on the meeting's date, else the last one.  The others stay in sections. */
#include <string.h>
#include "agenda.h"

static gboolean
same_text (const char *a, const char *b)
{
  g_autofree char *x = NULL, *y = NULL;

  if (a == NULL || b == NULL)
    return FALSE;
  x = g_utf8_casefold (a, -1);
  y = g_utf8_casefold (b, -1);
  return strcmp (x, y) == 0;
}

void
mn_decision_choose (MnItem *item, GPtrArray *raw, MnMeeting *m)
{
  MnRawSection *last = NULL, *own = NULL, *chosen;
  g_autofree char *body = NULL, *date = NULL;

  for (guint i = 0; i < raw->len; i++)
    {
      MnRawSection *s = g_ptr_array_index (raw, i);
      g_autofree char *b = NULL, *d = NULL;

      if (s->kind != MN_SECTION_DECISION)
        continue;
      last = s;
      mn_vocab_decision_heading (s->heading, &b, &d);
      if (same_text (b, m->body)
          && (d == NULL || m->date == NULL || strcmp (d, m->date) == 0))
        own = s;
    }
  chosen = own ? own : last;
  if (chosen == NULL)
    return;
  mn_vocab_decision_heading (chosen->heading, &body, &date);
  item->decision = mn_decision_new ();
  item->decision->body = body ? g_steal_pointer (&body) : g_strdup (m->body);
  item->decision->date = date ? g_steal_pointer (&date) : g_strdup (m->date);
  item->decision->text = mn_render_blocks (chosen->blocks, 0, chosen->blocks->len);
}
