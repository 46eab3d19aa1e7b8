/* The meeting's time, place and attendance (minutes-agenda/1.1), from the
 * front page or heading block before the first item:
 *
 *   Mødetidspunkt: Kl. 8.30          start
 *   Tid: 13:00 - 15:00               start and end
 *   Start kl.: 17:00 / Slut kl.: 19:25
 *   Mødested: Byrådssalen, Rådhuset  location (continuation lines joined
 *                                    with ", ")
 *   Medlemmer: / Deltagere:          the names below, present
 *   Fraværende: / Afbud:             the names after or below, absent
 *   Sekretær                         the name below, role "sekretær"
 *
 * A name is printed "Jan Petersen (A)", "Jan Petersen (A), formand" or
 * "Formand Jan Petersen (A)"; a text extraction may join a column of them
 * into one line, which is split at each party's closing parenthesis.
 * The labels and roles are the vocabulary's tables. */
#include <string.h>
#include "agenda.h"
#include "../regex.h"

typedef struct {
  GPtrArray *present;   /* of MnMember*, printed order */
  GPtrArray *absent;    /* of MnMember* */
} Lists;

static MnMember *
find (GPtrArray *list, const char *name)
{
  for (guint i = 0; i < list->len; i++)
    {
      MnMember *m = g_ptr_array_index (list, i);
      if (strcmp (m->name, name) == 0)
        return m;
    }
  return NULL;
}

/* The one member whose first name is name, a single word: a working
 * group's "Afbud: Tilde" names "Tilde Ølholm" of its Deltagere list.
 * NULL where two members share it, or name is more than a first name. */
static MnMember *
find_by_first_name (GPtrArray *list, const char *name)
{
  MnMember *found = NULL;
  gsize n = strlen (name);

  if (n < 2 || strchr (name, ' ') != NULL)
    return NULL;
  for (guint i = 0; i < list->len; i++)
    {
      MnMember *m = g_ptr_array_index (list, i);
      if (strncmp (m->name, name, n) == 0 && m->name[n] == ' ')
        {
          if (found)
            return NULL;
          found = m;
        }
    }
  return found;
}

/* One printed entry: "Jan Petersen (A), formand", "Formand: Jan Petersen". */
static void
add_entry (GPtrArray *list, const char *entry, const char *heading_role, gboolean present)
{
  g_autofree char *text = g_strstrip (g_strdup (entry));
  g_autofree char *party = NULL, *role = NULL;
  char *open, *close;
  gsize n;

  if (*text == '\0' || mn_vocab_nobody (text))
    return;
  /* the party in parentheses */
  if ((open = strchr (text, '(')) != NULL && (close = strchr (open, ')')) != NULL
      && close - open <= 24)
    {
      party = g_strstrip (g_strndup (open + 1, (gsize) (close - open - 1)));
      memmove (open, close + 1, strlen (close + 1) + 1);
      if (*party == '\0')
        g_clear_pointer (&party, g_free);
    }
  g_strstrip (text);
  /* a role before ("Formand Jan Petersen", "Formand: ...") or after
   * (", formand", " - formand") the name */
  {
    gsize rl = mn_vocab_member_role_prefix (text, &role);
    if (rl > 0)
      memmove (text, text + rl, strlen (text + rl) + 1);
    else
      {
        char *sep = strrchr (text, ',');
        char *dash = g_strrstr (text, " - ");
        g_autofree char *r = NULL;

        if (dash && (sep == NULL || dash > sep))
          sep = dash;
        if (sep && mn_vocab_member_role_prefix (g_strstrip (sep + (*sep == ',' ? 1 : 3)), &r) > 0)
          {
            *sep = '\0';
            role = g_steal_pointer (&r);
          }
      }
  }
  g_strstrip (text);
  n = strlen (text);
  while (n > 0 && strchr (",;.", text[n - 1]))
    text[--n] = '\0';
  if (n == 0 || n > 80 || !g_unichar_isupper (g_utf8_get_char (text)))
    return;
  if (role == NULL && heading_role)
    role = g_strdup (heading_role);
  if (find (list, text) == NULL)
    g_ptr_array_add (list, mn_member_new (text, party, role, present));
}

/* Entries run together in one piece by a text extraction: "A (V) B (K)"
 * is split after each party's parenthesis (and a role after it). */
static void
add_joined (GPtrArray *list, const char *piece, const char *heading_role, gboolean present)
{
  MnRegex *party_end = MN_REGEX ("\\([^()]{0,24}\\)(?:(?:,|\\s[-–])\\s*\\p{Ll}+)?", 0);
  MnMatch mi;
  gint last = 0, start, end;

  mn_regex_match (party_end, piece, &mi);
  while (mn_match_found (&mi))
    {
      g_autofree char *entry = NULL;
      mn_match_fetch_pos (&mi, 0, &start, &end);
      entry = g_strndup (piece + last, (gsize) (end - last));
      add_entry (list, entry, heading_role, present);
      last = end;
      mn_match_next (&mi);
    }
  if (piece[last] && !mn_text_is_blank (piece + last))
    add_entry (list, piece + last, heading_role, present);
}

/* A line of one or more entries: "A, B og C", "A (V), formand; B (K)",
 * "A (V) B (K)".  A comma or "og" separates names only where a capital
 * follows it (", formand" is a role) and outside parentheses. */
static void
add_entries (GPtrArray *list, const char *line, const char *heading_role, gboolean present)
{
  GString *piece;
  int depth = 0;

  /* a table cell's names, one a line */
  if (strchr (line, '\n'))
    {
      g_auto (GStrv) lines = g_strsplit (line, "\n", -1);
      for (guint i = 0; lines[i]; i++)
        add_entries (list, lines[i], heading_role, present);
      return;
    }
  piece = g_string_new (NULL);
  for (const char *p = line;; p++)
    {
      gsize skip = 0;

      if (depth == 0 && (*p == ',' || *p == ';'))
        skip = 1;
      else if (depth == 0 && strncmp (p, " og ", 4) == 0)
        skip = 4;
      if (skip)
        {
          const char *next = p + skip;
          while (*next == ' ')
            next++;
          if (!g_unichar_isupper (g_utf8_get_char (next)))
            skip = 0;
        }
      if (*p == '\0' || skip)
        {
          add_joined (list, piece->str, heading_role, present);
          g_string_truncate (piece, 0);
          if (*p == '\0')
            break;
          p += skip - 1;
          continue;
        }
      depth += *p == '(' ? 1 : *p == ')' ? -1 : 0;
      g_string_append_c (piece, *p);
    }
  g_string_free (piece, TRUE);
}

/* "Kl. 8.30", "13:00 - 15:00", "kl. 17.00-19.25": start and end. */
static void
read_times (const char *value, MnMeeting *m, gboolean is_end)
{
  MnRegex *re = MN_REGEX ("(\\d{1,2})[.:](\\d{2})(?:\\s*[-–]\\s*(\\d{1,2})[.:](\\d{2}))?", 0);
  MnMatch mi;

  if (!mn_regex_match (re, value, &mi))
    return;
  {
    g_autofree char *h1 = mn_match_fetch (&mi, 1), *m1 = mn_match_fetch (&mi, 2);
    g_autofree char *h2 = mn_match_fetch (&mi, 3), *m2 = mn_match_fetch (&mi, 4);
    int hh = atoi (h1), mm = atoi (m1);
    char **slot = is_end ? &m->end : &m->start;

    if (hh > 23 || mm > 59)
      return;
    if (*slot == NULL)
      *slot = g_strdup_printf ("%02d:%02d", hh, mm);
    if (!is_end && h2 && *h2 && m->end == NULL && atoi (h2) <= 23 && atoi (m2) <= 59)
      m->end = g_strdup_printf ("%02d:%02d", atoi (h2), atoi (m2));
  }
}

static void
heading_time_and_place (const char *text, MnMeeting *m)
{
  MnRegex *clock = MN_REGEX ("\\b[Kk]l\\.?\\s*(\\d{1,2}[.:]\\d{2}(?:\\s*[-–]\\s*\\d{1,2}[.:]\\d{2})?)", 0);
  MnMatch mi;
  gsize n = strlen (text);

  if (n > 160)
    return;
  if (m->start == NULL && mn_regex_match (clock, text, &mi))
    {
      g_autofree char *when = mn_match_fetch (&mi, 1);
      read_times (when, m, FALSE);
    }
  /* "i Mødelokale 1 på Middelfart Rådhus": the room, as one line */
  if (m->location == NULL && g_str_has_prefix (text, "i ")
      && g_unichar_isupper (g_utf8_get_char (text + 2)))
    m->location = g_strdup (text + 2);
}

void
mn_attendance_parse (MnBlocks *c, guint front_end, MnMeeting *m)
{
  g_autoptr (GPtrArray) present = g_ptr_array_new_with_free_func ((GDestroyNotify) mn_member_free);
  g_autoptr (GPtrArray) absent = g_ptr_array_new_with_free_func ((GDestroyNotify) mn_member_free);
  g_autoptr (GString) location = NULL;
  MnFrontLabel list = MN_FRONT_NONE;
  g_autofree char *heading_role = NULL;

  for (guint i = 0; i < front_end; i++)
    {
      const MnBlock *b = g_ptr_array_index (c, i);
      const char *value = NULL;
      MnFrontLabel label;
      g_autofree char *row = b->kind == MN_BLOCK_TABLE_ROW ? mn_front_row_text (b) : NULL;
      const char *text = row ? row : b->text;

      if (mn_agenda_is_running (b))
        continue;
      if (row == NULL && b->kind == MN_BLOCK_TABLE_ROW && b->cells
          && (list == MN_FRONT_MEMBERS || list == MN_FRONT_ABSENT || list == MN_FRONT_SECRETARY))
        {
          /* a list of names in columns: read column by column */
          for (guint k = 0; k < b->cells->len; k++)
            {
              const char *cell = g_ptr_array_index (b->cells, k);
              if (!g_str_has_suffix (cell, ":"))
                add_entries (list == MN_FRONT_ABSENT ? absent : present, cell,
                             heading_role, list != MN_FRONT_ABSENT);
            }
          continue;
        }
      if (row == NULL && (b->kind != MN_BLOCK_PARAGRAPH || b->text == NULL || mn_text_is_blank (b->text)))
        {
          /* a blank line ends an address, not a list of names */
          if (location && b->kind != MN_BLOCK_PARAGRAPH)
            list = MN_FRONT_NONE;
          continue;
        }
      label = mn_vocab_front_field (text, &value);
      /* a heading block prints time and place without labels:
       * "torsdag den 6. juni 2013, kl. 13:00" / "i Mødelokale 1 på ... Rådhus" */
      if ((label == MN_FRONT_NONE && list == MN_FRONT_NONE) || label == MN_FRONT_OTHER || label == MN_FRONT_BODY)
        {
          heading_time_and_place (text, m);
          /* "Kl. 10:30" alone: the venue's lines follow (Acadre) */
          if (label == MN_FRONT_NONE && m->location == NULL && location == NULL
              && mn_vocab_clock_line (text))
            {
              list = MN_FRONT_LOCATION;
              continue;
            }
        }
      if (label == MN_FRONT_NONE && list == MN_FRONT_LOCATION
          && !mn_vocab_front_label (text) && strlen (text) < 80
          && !mn_vocab_paper_kind_word (text) && !mn_vocab_toc_heading (text))
        {
          if (location)
            g_string_append (location, ", ");
          else
            location = g_string_new (NULL);
          g_string_append (location, text);
          continue;
        }
      switch (label)
        {
        case MN_FRONT_START:
        case MN_FRONT_TIME:
          read_times (value, m, FALSE);
          list = MN_FRONT_NONE;
          break;
        case MN_FRONT_END:
          read_times (value, m, TRUE);
          list = MN_FRONT_NONE;
          break;
        case MN_FRONT_LOCATION:
          if (location && list == MN_FRONT_LOCATION)
            {
              /* "Mødelokale 3" under "Rådhuset": the address goes on */
              g_string_append_printf (location, ", %s", text);
              break;
            }
          if (location == NULL && *value)
            location = g_string_new (value);
          list = location ? MN_FRONT_LOCATION : MN_FRONT_NONE;
          break;
        case MN_FRONT_MEMBERS:
        case MN_FRONT_ABSENT:
        case MN_FRONT_SECRETARY:
          list = label;
          g_clear_pointer (&heading_role, g_free);
          if (label == MN_FRONT_SECRETARY)
            heading_role = mn_vocab_front_role (text);
          if (*value)
            add_entries (label == MN_FRONT_ABSENT ? absent : present, value, heading_role,
                         label != MN_FRONT_ABSENT);
          break;
        case MN_FRONT_OTHER:
        case MN_FRONT_BODY:
          list = MN_FRONT_NONE;
          break;
        case MN_FRONT_NONE:
        default:
          if (list == MN_FRONT_MEMBERS || list == MN_FRONT_ABSENT || list == MN_FRONT_SECRETARY)
            {
              if (strlen (text) > 400 || mn_vocab_paper_kind_word (text)
                  || mn_vocab_toc_heading (text))
                list = MN_FRONT_NONE;
              else
                add_entries (list == MN_FRONT_ABSENT ? absent : present, text, heading_role,
                             list != MN_FRONT_ABSENT);
            }
          else
            list = MN_FRONT_NONE;
          break;
        }
    }
  if (location && m->location == NULL)
    m->location = g_string_free (g_steal_pointer (&location), FALSE);
  /* the members in printed order, those also listed absent marked so;
   * people listed only as absent follow */
  for (guint i = 0; i < absent->len; i++)
    {
      MnMember *a = g_ptr_array_index (absent, i);
      MnMember *p = find (present, a->name);
      if (p == NULL)
        p = find_by_first_name (present, a->name);
      if (p && p->present)
        {
          p->present = FALSE;
          if (p->party == NULL)
            p->party = g_strdup (a->party);
          g_ptr_array_remove_index (absent, i--);
        }
    }
  for (guint i = 0; i < present->len; i++)
    g_ptr_array_add (m->participants, g_ptr_array_steal_index (present, i--));
  for (guint i = 0; i < absent->len; i++)
    g_ptr_array_add (m->participants, g_ptr_array_steal_index (absent, i--));
}
