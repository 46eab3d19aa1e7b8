/* Attachments (bilag).  Two shapes of list:
 *
 * 1. Rows "N - DOCID Åben|Lukket TITLE (REF) (H)" (the seeds' system),
 *    read as below.
 * 2. One attachment a line, in the forms other systems print (the spec's
 *    second table): "2013-208960 - Title" (eDoc: document id), "1 Åben
 *    Title 222359/12" (Acadre: number, access, reference), "Bilag 2:
 *    Title" / "Bilag 2 - Title" / "2. Title" (number), or a bare title
 *    (FirstAgenda).
 *    The section's text stays the lines as printed.
 *
 * Shape 1:
 * Text extractions break a row over lines and interleave its columns (the
 * document id may come after the reference), so a row is read as a bag of
 * tokens: the section's text is cut into records where the next number in
 * sequence is followed by "-"; in a record, the first long number is the
 * document id, "Åben"/"Lukket" the access, "(12706/24)" the reference;
 * "(H)" and "()" are dropped and what remains, in order, is the title.
 */
#include <string.h>
#include <stdlib.h>
#include "agenda.h"
#include "../regex.h"
#include "../gstring_put.h"

static gboolean
all_digits (const char *s, gsize min_len)
{
  gsize n = 0;

  for (; *s; s++, n++)
    if (!g_ascii_isdigit (*s))
      return FALSE;
  return n >= min_len;
}

static gboolean
all_digits_n (const char *s, gsize n)
{
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isdigit (s[i]))
      return FALSE;
  return n > 0;
}

static void
parse_record (char **tokens, guint from, guint to, int number, MnItem *item)
{
  MnRegex *reference = MN_REGEX ("^\\((\\d+/\\d+)\\)$", 0);
  MnAttachment *a = mn_attachment_new ();
  GString *title = g_string_new (NULL);

  a->number = number;
  for (guint i = from; i < to; i++)
    {
      const char *t = tokens[i];
      MnMatch mi;
      MnAccess access;

      if (a->document_id == NULL && all_digits (t, 5))
        a->document_id = g_strdup (t);
      else if (a->access == MN_ACCESS_UNKNOWN && (access = mn_vocab_access_word (t)) != MN_ACCESS_UNKNOWN)
        a->access = access;
      else if (a->reference == NULL && t[0] == '(' && mn_regex_match (reference, t, &mi))
        a->reference = mn_match_fetch (&mi, 1);
      else if (strcmp (t, "(H)") == 0 || strcmp (t, "()") == 0)
        continue;
      else
        {
          if (title->len)
            g_string_append_c (title, ' ');
          g_string_append (title, t);
        }
    }
  a->title = g_string_free (title, FALSE);
  g_ptr_array_add (item->attachments, a);
}

/* One line of a shape-2 list; FALSE when it is no more than a bare title.
 * printed: the line as the paper prints it. */
static gboolean
parse_line (const char *line, MnAttachment *a, GString *printed)
{
  MnMatch mi;

  g_string_append (printed, line);
  if (mn_regex_match (MN_REGEX ("^(\\d{4}-\\d{3,})\\s+[-–]\\s+(.+)$", 0), line, &mi))
    {
      a->document_id = mn_match_fetch (&mi, 1);
      a->title = mn_match_fetch (&mi, 2);
      return TRUE;
    }
  /* an Acadre row whose title wrapped in its column: the extraction joins
   * the title's second line after the reference ("... børn og 209586/15
   * unge (BU)"); the row as printed has the reference last */
  if (mn_regex_match (MN_REGEX ("^(\\d{1,3})\\.?\\s+(Åben|Lukket)\\s+(.+)\\s+(\\d{3,}/\\d{2})\\s+(?!.*\\s\\d+/\\d+$)(\\D.*)$", 0),
                      line, &mi))
    {
      g_autofree char *n = mn_match_fetch (&mi, 1), *acc = mn_match_fetch (&mi, 2);
      g_autofree char *head = mn_match_fetch (&mi, 3), *tail = mn_match_fetch (&mi, 5);
      a->number = atoi (n);
      a->access = mn_vocab_access_word (acc);
      a->title = g_strconcat (head, " ", tail, NULL);
      a->reference = mn_match_fetch (&mi, 4);
      g_string_truncate (printed, printed->len - strlen (line));
      g_string_append_printf (printed, "%s %s %s %s", n, acc, a->title, a->reference);
      return TRUE;
    }
  if (mn_regex_match (MN_REGEX ("^(\\d{1,3})\\.?\\s+(Åben|Lukket)\\s+(.+?)(?:\\s+(\\d+/\\d+))?$", 0), line, &mi))
    {
      g_autofree char *n = mn_match_fetch (&mi, 1), *acc = mn_match_fetch (&mi, 2);
      g_autofree char *ref = mn_match_fetch (&mi, 4);
      a->number = atoi (n);
      a->access = mn_vocab_access_word (acc);
      a->title = mn_match_fetch (&mi, 3);
      if (ref && *ref)
        a->reference = g_steal_pointer (&ref);
      return TRUE;
    }
  if (mn_regex_match (MN_REGEX ("^Bilag\\s+(\\d{1,3})\\s*[:.–-]\\s*(.+)$", MN_REGEX_CASELESS), line, &mi))
    {
      g_autofree char *n = mn_match_fetch (&mi, 1);
      a->number = atoi (n);
      a->title = mn_match_fetch (&mi, 2);
      return TRUE;
    }
  /* "1. Lokalplan nr. 248", "2) Notat": a numbered list of titles */
  if (mn_regex_match (MN_REGEX ("^(\\d{1,3})[.)]\\s+(\\p{L}.*)$", 0), line, &mi))
    {
      g_autofree char *n = mn_match_fetch (&mi, 1);
      a->number = atoi (n);
      a->title = mn_match_fetch (&mi, 2);
      return TRUE;
    }
  a->title = g_strdup (line);
  return FALSE;
}

/* Shape 2: every line an attachment; refused (FALSE, nothing added) when
 * a line is too long to be a title.  *rendered: the lines as printed. */
static gboolean
parse_lines (const char *text, MnItem *item, char **rendered)
{
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr (GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) mn_attachment_free);
  GString *printed = g_string_new (NULL);

  for (guint i = 0; lines[i]; i++)
    {
      char *l = g_strstrip (lines[i]);
      MnAttachment *a;

      if (g_str_has_prefix (l, "- "))
        l = g_strstrip (l + 2);
      if (*l == '\0')
        continue;
      if (strlen (l) > 200)
        {
          g_string_free (printed, TRUE);
          return FALSE;
        }
      a = mn_attachment_new ();
      if (printed->len)
        g_string_append_c (printed, '\n');
      parse_line (l, a, printed);
      g_ptr_array_add (found, a);
    }
  for (guint i = 0; i < found->len; i++)
    g_ptr_array_add (item->attachments, g_ptr_array_steal_index (found, i--));
  *rendered = g_string_free (printed, FALSE);
  return TRUE;
}

gboolean
mn_attachments_parse_any (const char *text, MnItem *item, char **rendered)
{
  *rendered = NULL;
  if (mn_vocab_nobody (text))
    return TRUE;
  if (mn_attachments_parse (text, item))
    {
      if (item->attachments->len)
        *rendered = mn_attachments_render (item);
      return TRUE;
    }
  return parse_lines (text, item, rendered);
}

gboolean
mn_attachments_parse (const char *text, MnItem *item)
{
  const char *first = text + strspn (text, " \t\n");
  g_autofree char *copy = NULL;
  g_autoptr (GPtrArray) words = NULL;
  char *token, *rest;
  guint start = 0, n;
  int number = -1;

  /* a list starts with its first number: most texts are answered here,
   * before they are split into words */
  if (*first == '\0')
    return TRUE;
  if (!g_ascii_isdigit (*first))
    return FALSE;
  /* the words cut out of one copy, in place (none is empty) */
  copy = g_strdup (first);
  words = g_ptr_array_new ();
  for (token = strtok_r (copy, " \t\n", &rest); token; token = strtok_r (NULL, " \t\n", &rest))
    {
      gsize len = strlen (token);
      /* "1-" as some layouts print it: the number and the dash */
      if (len > 1 && token[len - 1] == '-' && all_digits_n (token, len - 1))
        {
          token[len - 1] = '\0';
          g_ptr_array_add (words, token);
          g_ptr_array_add (words, (char *) "-");
          continue;
        }
      g_ptr_array_add (words, token);
    }
  g_ptr_array_add (words, NULL);
  n = words->len - 1;
  char **w = (char **) words->pdata;

  if (n < 2 || !all_digits (w[0], 1) || strcmp (w[1], "-") != 0)
    return n == 0;
  number = atoi (w[0]);
  start = 2;
  for (guint i = 2; i + 1 < n; i++)
    if (all_digits (w[i], 1) && atoi (w[i]) == number + 1 && strcmp (w[i + 1], "-") == 0)
      {
        parse_record (w, start, i, number, item);
        number++;
        start = i + 2;
        i++;
      }
  parse_record (w, start, n, number, item);
  return TRUE;
}

char *
mn_attachments_render (const MnItem *item)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < item->attachments->len; i++)
    {
      const MnAttachment *a = g_ptr_array_index (item->attachments, i);

      if (out->len)
        g_string_append_c (out, '\n');
      mn_put_int (out, a->number);
      mn_put (out, " -");
      if (a->document_id)
        {
          g_string_append_c (out, ' ');
          mn_put (out, a->document_id);
        }
      if (a->access != MN_ACCESS_UNKNOWN)
        mn_put (out, a->access == MN_ACCESS_OPEN ? " Åben" : " Lukket");
      if (*a->title)
        {
          g_string_append_c (out, ' ');
          mn_put (out, a->title);
        }
      if (a->reference)
        {
          mn_put (out, " (");
          mn_put (out, a->reference);
          mn_put (out, ") (H)");
        }
      else
        mn_put (out, " () ()");
    }
  return g_string_free (out, FALSE);
}
