/* People taking part: "Sekretariatschef Rikke Thind og konsulent Malene
 * Blæsbjerg deltager ...", "Arbejdsgruppen består af stabschef Karen
 * Meisner, ...", "dialogmøde med sekretariatschef ... Lisette Bulig
 * Thoustrup".
 *
 * A person is an optional role followed by a name: the name is the run of
 * capitalised words at the end (initials "T." included), at least two; a
 * role word ("...chef", "konsulent", see the vocabulary) at the head of that
 * run belongs to the role.  People are separated by commas, "og" and
 * "samt" ("Vej- og Ejendomschef" is not a separation: the hyphen suspends).
 * Where the people come before the verb, the list is the longest run of
 * valid people that ends at the verb; the offset where it starts lets the
 * topic parser cut a title that runs into it.
 */
#include <string.h>
#include "agenda.h"

static gboolean
name_like (const char *t)
{
  gunichar c = g_utf8_get_char (t);

  if (!g_unichar_isupper (c))
    return FALSE;
  for (const char *p = t; *p; p++)
    if (g_ascii_isdigit (*p))
      return FALSE;
  return TRUE;
}

static gboolean
is_preposition (const char *t)
{
  static const char *const words[] = { "i", "for", "på", "ved", "fra", "hos", "under", "af" };
  for (gsize i = 0; i < G_N_ELEMENTS (words); i++)
    if (strcmp (t, words[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_initial (const char *t)
{
  return g_unichar_isupper (g_utf8_get_char (t)) && strlen (t) <= 3
         && t[strlen (t) - 1] == '.';
}

static char *
join_tokens (char **tokens, guint from, guint to)
{
  GString *s = g_string_new (NULL);

  for (guint i = from; i < to; i++)
    g_string_append_printf (s, "%s%s", s->len ? " " : "", tokens[i]);
  return g_string_free (s, FALSE);
}

/* tokens[from..to) as one person; FALSE when they are none. */
static gboolean
parse_person (char **tokens, guint from, guint to, char **role, char **name)
{
  guint run = to, name_from;

  *role = *name = NULL;
  while (run > from && name_like (tokens[run - 1]))
    run--;
  name_from = run;
  /* role words at the head of the capitalised run ("Sekretariatschef") */
  while (to - name_from >= 3 && mn_vocab_role_word (tokens[name_from]))
    name_from++;
  /* "aftaleholder i Område Grenå Mads Kilden": after a preposition the
   * place takes all but the name's last two words (three with an initial) */
  if (name_from == run && run > from && is_preposition (tokens[run - 1]))
    {
      guint keep = (to - run >= 3 && is_initial (tokens[to - 2])) ? 3 : 2;
      if (to - run > keep)
        name_from = to - keep;
    }
  if (to - name_from < 2)
    return FALSE;
  for (guint i = name_from; i < to; i++)
    if (mn_vocab_role_word (tokens[i]))
      return FALSE;
  if (name_from > from)
    {
      const char *first = tokens[from];
      gboolean suspended = g_str_has_suffix (first, "-");
      gboolean any_role = FALSE;
      for (guint i = from; i < name_from; i++)
        any_role |= mn_vocab_role_word (tokens[i]);
      if (!(mn_vocab_role_word (first) || (suspended && any_role)))
        return FALSE;
    }
  *role = name_from > from ? join_tokens (tokens, from, name_from) : NULL;
  *name = join_tokens (tokens, name_from, to);
  return TRUE;
}

static gboolean
is_separator (char **tokens, guint i, guint from)
{
  if (strcmp (tokens[i], "og") != 0 && strcmp (tokens[i], "samt") != 0)
    return FALSE;
  /* "Vej- og Ejendomschef": a suspended hyphen joins, it does not separate */
  return !(i > from && g_str_has_suffix (tokens[i - 1], "-"));
}

/* Splits tokens[from..to) into people; appends them to out when every
 * chunk is a person, or with lenient, skipping the chunks that are not
 * ("medarbejdere fra Ledelsessekretariatet").  Returns the number found. */
static guint
parse_people (char **tokens, guint from, guint to, gboolean lenient,
              GPtrArray *out)
{
  g_autoptr (GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) mn_participant_free);
  guint chunk = from;

  for (guint i = from; i <= to; i++)
    {
      gboolean comma = i < to && g_str_has_suffix (tokens[i], ",");
      gboolean sep = i < to && is_separator (tokens, i, from);
      guint end = comma ? i + 1 : i;
      g_autofree char *saved = NULL;
      char *role, *name;
      gboolean ok;

      if (!(i == to || sep || comma))
        continue;
      if (comma)
        {
          saved = g_strdup (tokens[i]);
          tokens[i][strlen (tokens[i]) - 1] = '\0';
        }
      ok = end > chunk && parse_person (tokens, chunk, end, &role, &name);
      if (saved)
        strcpy (tokens[i], saved);
      if (!ok && !lenient)
        return 0;
      if (ok)
        {
          g_ptr_array_add (found, mn_participant_new (role, name));
          g_free (role);
          g_free (name);
        }
      if (i == to)
        break;
      chunk = end + (sep ? 1 : 0);
      if (sep)
        i++;
      if (chunk > to)
        break;
      i = chunk - 1;
    }
  for (guint i = 0; i < found->len; i++)
    g_ptr_array_add (out, g_ptr_array_steal_index (found, i--));
  return out->len;
}

static char **
tokenize (const char *text, gsize len, GArray *offsets)
{
  GPtrArray *t = g_ptr_array_new ();
  gsize i = 0;

  while (i < len)
    {
      gsize j;
      while (i < len && text[i] == ' ')
        i++;
      if (i >= len)
        break;
      j = i;
      while (j < len && text[j] != ' ')
        j++;
      g_ptr_array_add (t, g_strndup (text + i, j - i));
      if (offsets)
        g_array_append_val (offsets, i);
      i = j;
    }
  g_ptr_array_add (t, NULL);
  return (char **) g_ptr_array_free (t, FALSE);
}

int
mn_participants_parse (const char *sentence, GPtrArray *out)
{
  gboolean after;
  int pos = mn_vocab_participation (sentence, &after);
  g_autoptr (GArray) offsets = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_auto (GStrv) tokens = NULL;
  guint n;
  int best = -1;

  if (pos < 0)
    return -1;
  if (after)
    {
      gsize len = strlen (sentence + pos);
      while (len > 0 && (sentence[pos + len - 1] == '.' || sentence[pos + len - 1] == ' '))
        len--;
      tokens = tokenize (sentence + pos, len, NULL);
      parse_people (tokens, 0, g_strv_length (tokens), TRUE, out);
      return -1;
    }
  tokens = tokenize (sentence, (gsize) pos, offsets);
  n = g_strv_length (tokens);
  for (guint s = n; s-- > 0 && n - s <= 40;)
    {
      g_autoptr (GPtrArray) tmp = g_ptr_array_new_with_free_func ((GDestroyNotify) mn_participant_free);
      if (parse_people (tokens, s, n, FALSE, tmp))
        best = (int) s;
    }
  if (best < 0)
    return -1;
  parse_people (tokens, (guint) best, n, FALSE, out);
  return (int) g_array_index (offsets, gsize, best);
}
