/* The item's decisions.
 *
 * Every decision section with text is a decision, in printed order (an
 * Acadre item carries the committee's earlier decisions before the
 * meeting's own).  Each takes body and date from its heading, else a date
 * printed at the start of its text ("8. februar 2012: Anbefales."), else
 * the meeting's.  The item's `decision` is the one whose body and date are
 * the meeting's, else the last.  Each decision's result comes from its
 * first sentence, and its absent from the lines that name who did not
 * take part (the vocabulary's tables hold the words). */
#include <string.h>
#include "agenda.h"
#include "fold.h"

/* Whether a and b fold alike (g_utf8_casefold's folds, through fold.c:
 * ASCII and Latin-1 without the Unicode tables, and b folded only as far
 * as it agrees). */
static gboolean
same_text (const char *a, const char *b)
{
  g_autofree char *x = NULL;

  if (a == NULL || b == NULL)
    return FALSE;
  x = mn_fold (a);
  return mn_fold_equals (b, strlen (b), x);
}

static gboolean
all_capitals (const char *s)
{
  gboolean letters = FALSE;

  for (const char *p = s; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_islower (c))
        return FALSE;
      letters |= g_unichar_isalpha (c);
    }
  return letters;
}

/* "FORRETNINGSUDVALGET" as the paper writes it elsewhere: the meeting's
 * body when it is the same name, else capitalised. */
static char *
plain_body (char *body, const MnMeeting *m)
{
  if (body == NULL || !all_capitals (body))
    return body;
  if (same_text (body, m->body))
    {
      g_free (body);
      return g_strdup (m->body);
    }
  {
    g_autofree char *lower = g_utf8_strdown (body, -1);
    char first[8] = { 0 };

    g_unichar_to_utf8 (g_unichar_totitle (g_utf8_get_char (lower)), first);
    g_free (body);
    return g_strconcat (first, g_utf8_next_char (lower), NULL);
  }
}

/* The spec's first sentence: up to the first '.', '!' or '?' after a
 * letter that ends the line or precedes a space, else the first line; a
 * leading absence line is skipped, and a line ending in ',' runs on.
 * transfer full */
char *
mn_decision_first_sentence (const char *text)
{
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
  GString *s = g_string_new (NULL);
  guint i = 0;

  while (lines[i] && (mn_text_is_blank (lines[i]) || mn_vocab_absence_label (lines[i])))
    i++;
  for (; lines[i]; i++)
    {
      const char *l = lines[i];
      gsize start = s->len;

      if (mn_text_is_blank (l))
        continue;
      if (s->len)
        g_string_append_c (s, ' ');
      g_string_append (s, l);
      for (gsize k = start; k < s->len; k++)
        {
          char c = s->str[k];
          if ((c == '.' || c == '!' || c == '?') && k > 0
              && (s->str[k + 1] == '\0' || s->str[k + 1] == ' '))
            {
              const char *prev = g_utf8_find_prev_char (s->str, s->str + k);
              if (prev && g_unichar_isalpha (g_utf8_get_char (prev)))
                {
                  g_string_truncate (s, k + 1);
                  return g_string_free (s, FALSE);
                }
            }
        }
      while (s->len && s->str[s->len - 1] == ' ')
        g_string_truncate (s, s->len - 1);
      if (!g_str_has_suffix (s->str, ","))
        break;
    }
  return g_string_free (s, FALSE);
}

/* A name as printed in an absence list: "(A)" and other parentheses off. */
static void
add_name (GPtrArray *out, const char *raw)
{
  g_autofree char *name = g_strdup (raw);
  char *paren = strchr (name, '(');

  if (paren)
    *paren = '\0';
  g_strstrip (name);
  while (*name && strchr (".,;", name[strlen (name) - 1]))
    name[strlen (name) - 1] = '\0';
  g_strstrip (name);
  if (*name == '\0' || mn_vocab_nobody (name))
    return;
  for (guint i = 0; i < out->len; i++)
    if (strcmp (g_ptr_array_index (out, i), name) == 0)
      return;
  g_ptr_array_add (out, g_steal_pointer (&name));
}

/* "A, B og C" */
static void
add_names (GPtrArray *out, const char *list)
{
  g_autofree char *copy = g_strdup (list);
  GString *cur = g_string_new (NULL);
  int depth = 0;

  if (mn_vocab_nobody (list))
    {
      g_string_free (cur, TRUE);
      return;
    }
  /* split on commas and " og " outside parentheses ("(Stedfortræder: X)") */
  for (const char *p = copy; ; p++)
    {
      gboolean og = depth == 0 && strncmp (p, " og ", 4) == 0;
      if (*p == '\0' || (depth == 0 && (*p == ',' || *p == ';')) || og)
        {
          add_name (out, cur->str);
          g_string_truncate (cur, 0);
          if (*p == '\0')
            break;
          if (og)
            p += 3;
          continue;
        }
      depth += *p == '(' ? 1 : *p == ')' ? -1 : 0;
      g_string_append_c (cur, *p);
    }
  g_string_free (cur, TRUE);
}

static gboolean
looks_like_name (const char *l)
{
  gsize n = strlen (l);
  return n > 0 && n < 80 && g_unichar_isupper (g_utf8_get_char (l))
         && !strchr (l, ':') && !(l[n - 1] == '.' && n > 40);
}

/* The names one a line after an intro ("Følgende deltog ikke i
 * behandlingen af punktet:", a bare "Fraværende:"), from line *i + 1 to
 * the first line that is no name; *i is left at the last one taken.
 * After a bare label a sentence ("Godkendt.") is no name either: the
 * label may be an empty one over the decision's text. */
static void
add_names_below (char **lines, guint *i, gboolean no_sentence, GPtrArray *out)
{
  for (guint j = *i + 1; lines[j]; j++)
    {
      char *m = g_strstrip (lines[j]);
      if (g_str_has_prefix (m, "- "))
        m += 2;
      if (*m == '\0')
        continue;
      if (!looks_like_name (m) || (no_sentence && strchr (".!?", m[strlen (m) - 1])))
        break;
      add_name (out, m);
      *i = j;
    }
}

/* Where the sentence holding byte at of line l starts: after the last
 * ". " before it that follows a small letter ("Godkendt. Eva Holm deltog
 * ikke ..."), not an initial's ("J. Hansen"). */
static gsize
sentence_start (const char *l, gsize at)
{
  gsize start = 0;

  for (gsize k = 1; k + 1 < at; k++)
    if (strchr (".!?", l[k]) && l[k + 1] == ' ' && g_ascii_islower (l[k - 1]))
      start = k + 2;
  return start;
}

void
mn_decision_absent (const char *text, GPtrArray *out)
{
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i]; i++)
    {
      char *l = g_strstrip (lines[i]);
      const char *names;
      gssize n;

      if (g_str_has_prefix (l, "- "))
        l += 2;
      if ((names = mn_vocab_absence_label (l)) != NULL)
        {
          add_names (out, names);
          if (*names == '\0')
            add_names_below (lines, &i, TRUE, out);
        }
      else if (mn_vocab_absence_list_intro (l))
        {
          const char *after = strchr (l, ':');
          if (after && after[1])
            add_names (out, after + 1);
          add_names_below (lines, &i, FALSE, out);
        }
      else if ((n = mn_vocab_absence_sentence (l)) > 0)
        {
          gsize from = sentence_start (l, (gsize) n);
          g_autofree char *who = g_strndup (l + from, (gsize) n - from);
          add_names (out, who);
        }
    }
}

/* "8. februar 2012: Anbefales." -> "2012-02-08" */
static char *
leading_date (const char *text, const char *year_of)
{
  const char *colon = strchr (text, ':');
  g_autofree char *head = NULL;

  if (colon == NULL || colon - text > 30)
    return NULL;
  head = g_strndup (text, (gsize) (colon - text));
  return mn_date_parse (head, year_of ? (int) g_ascii_strtoll (year_of, NULL, 10) : 0);
}

void
mn_decision_choose (MnItem *item, GPtrArray *raw, MnMeeting *m)
{
  MnDecision *own = NULL;

  for (guint i = 0; i < raw->len; i++)
    {
      MnRawSection *s = g_ptr_array_index (raw, i);
      g_autofree char *body = NULL, *date = NULL, *sentence = NULL;
      MnDecision *d;

      if (s->kind != MN_SECTION_DECISION)
        continue;
      d = mn_decision_new ();
      d->text = mn_render_blocks (s->blocks, 0, s->blocks->len);
      if (*d->text == '\0')
        {
          /* a heading with nothing under it is no decision */
          mn_decision_free (d);
          continue;
        }
      mn_vocab_decision_heading (s->heading, &body, &date);
      if (date == NULL)
        date = leading_date (d->text, m->date);
      d->body = body ? plain_body (g_steal_pointer (&body), m) : g_strdup (m->body);
      d->date = date ? g_steal_pointer (&date) : g_strdup (m->date);
      sentence = mn_decision_first_sentence (d->text);
      d->result = mn_vocab_result (sentence);
      mn_decision_absent (d->text, d->absent);
      g_ptr_array_add (item->decisions, d);
      if (same_text (d->body, m->body)
          && (d->date == NULL || m->date == NULL || strcmp (d->date, m->date) == 0))
        own = d;
    }
  if (item->decisions->len)
    item->decision = own ? own : g_ptr_array_index (item->decisions, item->decisions->len - 1);
}
