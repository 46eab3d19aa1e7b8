/* The meeting: organisation, body, date.
 *
 * Sources in order of trust (shared/corpus/dev/README.md): a running header
 * "Direktionen 22-09-2021"; a front page ("X Kommune", "Referat", the body,
 * "Mødedato: ..."); then decision lines, which agenda.c applies last.  The
 * organisation is the front page's, else the first municipality the text
 * names, else the first region.
 */
#include <string.h>
#include "agenda.h"
#include "../regex.h"

gboolean
mn_agenda_is_running (const MnBlock *b)
{
  return (b->style & MN_STYLE_RUNNING) != 0;
}

static gboolean
organisation_line (const char *text)
{
  MnRegex *re = MN_REGEX ("^(?:\\p{Lu}[\\p{L}\\-]+ Kommune|Region \\p{Lu}\\p{L}+)$", 0);
  return mn_regex_match (re, text, NULL);
}

/* A line that is a date and nothing more, or a date and its time:
 * "15. september 2015", "Tirsdag den 15. september 2015", "15-09-2015",
 * "2. maj 2017 kl. 10:00", "Møde den 12. marts 2024 kl. 16.00". */
static gboolean
is_date_line (const char *text)
{
  MnRegex *re = MN_REGEX ("^(?:møde(?:t)?\\s+(?:afholdes\\s+)?)?(?:\\p{L}+dag\\s+)?(?:den\\s+|d\\.\\s*)?\\d{1,2}[.\\-]?\\s*(?:\\p{L}+|\\d{1,2})[.\\-]?\\s*\\d{4}"
                         "(?:,?\\s+(?:kl\\.?|klokken)\\s*\\d{1,2}[.:]\\d{2})?$",
                         MN_REGEX_CASELESS);
  g_autofree char *iso = NULL;

  if (!mn_regex_match (re, text, NULL))
    return FALSE;
  iso = mn_date_parse (text, 0);
  return iso != NULL;
}

static void
front_page (MnBlocks *c, guint front_end, MnMeeting *m)
{
  const char *body = NULL;
  const char *value;
  gboolean after_kind = FALSE;
  gboolean dated_above = FALSE;       /* a header's date line came first */
  gboolean kind_after_date = FALSE;   /* and the paper's kind below it */
  const char *above_kind = NULL;      /* "Økonomiudvalget" over "Referat" */
  g_autofree char *labelled = NULL;   /* "Udvalg: Teknisk Udvalg": the body, said so */

  for (guint i = 0; i < front_end; i++)
    {
      const MnBlock *b = g_ptr_array_index (c, i);

      g_autofree char *row = NULL;
      g_autofree char *titled = NULL;

      if (mn_agenda_is_running (b))
        continue;
      if (b->kind == MN_BLOCK_TABLE_ROW)
        {
          /* a front-page table: "Dato:" | "18. marts 2015" */
          row = mn_front_row_text (b);
          if (row && labelled == NULL && mn_vocab_front_field (row, &value) == MN_FRONT_BODY && *value)
            body = labelled = g_strdup (value);
          if (row && mn_vocab_front_date_label (row, &value))
            {
              if (m->date == NULL)
                m->date = mn_date_parse (value, 0);
              if (m->body == NULL && body)
                m->body = g_strdup (body);
              return;
            }
          continue;
        }
      if (b->kind != MN_BLOCK_PARAGRAPH)
        continue;
      if (organisation_line (b->text))
        {
          if (m->organisation == NULL)
            m->organisation = g_strdup (b->text);
          continue;
        }
      if (labelled == NULL && mn_vocab_front_field (b->text, &value) == MN_FRONT_BODY && *value)
        {
          body = labelled = g_strdup (value);
          continue;
        }
      if (mn_vocab_front_date_label (b->text, &value))
        {
          if (m->date == NULL)
            m->date = mn_date_parse (value, 0);
          /* "Dato: 20.08.2014" before any body is the first page's header
           * (eDoc): the front page, the paper's kind and then its body,
           * may still come */
          if (body == NULL)
            {
              dated_above = TRUE;
              continue;
            }
          if (m->body == NULL && body)
            m->body = g_strdup (body);
          return;
        }
      if (dated_above && strlen (b->text) < 48 && is_date_line (b->text))
        continue;
      /* "Tirsdag den 15. september 2015" alone: the meeting's date */
      if (m->date == NULL && strlen (b->text) < 48 && is_date_line (b->text))
        {
          m->date = mn_date_parse (b->text, 0);
          if (m->body == NULL && body)
            m->body = g_strdup (body);
          continue;
        }
      if (labelled == NULL && (titled = mn_vocab_kind_titled_body (b->text)))
        {
          /* "Referat fra mødet i Økonomiudvalget den 12. marts 2024":
           * the paper's kind and its body, said so, on one line */
          body = labelled = g_steal_pointer (&titled);
          if (m->body == NULL)
            m->body = g_strdup (body);
          if (m->date == NULL)
            m->date = mn_date_parse (b->text, 0);
          after_kind = TRUE;
          continue;
        }
      if (mn_vocab_paper_kind_word (b->text))
        {
          /* the body is named after the paper's kind ("Referat" /
           * "Mødeportalgruppen"): unit lines above it name departments,
           * unless no line below names one */
          if (!after_kind && body)
            above_kind = body;
          if (!after_kind || (dated_above && !kind_after_date))
            body = NULL;
          after_kind = TRUE;
          kind_after_date |= dated_above;
          continue;
        }
      /* a label's line ("Starttidspunkt: 16:00") names no body */
      if (mn_vocab_front_label (b->text) || mn_vocab_toc_heading (b->text)
          || mn_vocab_part_marker (b->text) != MN_ACCESS_UNKNOWN
          || (strchr (b->text, ':') && mn_vocab_front_field (b->text, &value) != MN_FRONT_NONE))
        continue;
      if (body == NULL && strlen (b->text) < 80
          && g_unichar_isupper (g_utf8_get_char (b->text)))
        body = b->text;
    }
  /* dated by the header: the body is the one named after the paper's kind
   * on the front page below it */
  if (kind_after_date && m->body == NULL && body)
    m->body = g_strdup (body);
  /* "Økonomiudvalget" / "Referat" / "Dato: ...": nothing below the kind
   * named the body, so the line above it did */
  if (m->body == NULL && body == NULL && above_kind)
    m->body = g_strdup (above_kind);
}

static void
find_organisation (MnBlocks *c, MnMeeting *m)
{
  g_autofree char *municipality = NULL;
  g_autofree char *region = NULL;

  for (guint i = 0; i < c->len && municipality == NULL; i++)
    {
      const MnBlock *b = g_ptr_array_index (c, i);
      if (b->text)
        mn_vocab_find_organisation (b->text, &municipality, &region);
      for (guint j = 0; b->cells && j < b->cells->len && municipality == NULL; j++)
        mn_vocab_find_organisation (g_ptr_array_index (b->cells, j),
                                    &municipality, &region);
    }
  m->organisation = municipality ? g_steal_pointer (&municipality)
                                 : g_steal_pointer (&region);
}

char *
mn_front_row_text (const MnBlock *b)
{
  const char *value;
  GString *s;

  if (b->cells == NULL || b->cells->len < 2
      || mn_vocab_front_field (g_ptr_array_index (b->cells, 0), &value) == MN_FRONT_NONE
      || *value)
    return NULL;
  s = g_string_new (g_ptr_array_index (b->cells, 0));
  if (!g_str_has_suffix (s->str, ":"))
    g_string_append_c (s, ':');
  for (guint i = 1; i < b->cells->len; i++)
    g_string_append_printf (s, " %s", (char *) g_ptr_array_index (b->cells, i));
  return g_string_free (s, FALSE);
}

/* Page furniture the input did not mark: the first lines of many pages,
 * repeated ("Åbent referat", "Dato: 06.06.2013" under an eDoc header whose
 * first line the PDF plugin took away).  Marked running, so they reach no
 * item's text.  Never a line the vocabulary reads (an access line, a
 * heading, a numbered title), which may well open page after page. */
void
mn_meeting_header_continuations (MnBlocks *c)
{
  g_autoptr (GHashTable) count = g_hash_table_new (g_str_hash, g_str_equal);
  int pages = 0;

  for (int pass = 0; pass < 2; pass++)
    {
      int page = 0, on_page = 0;

      for (guint i = 0; i < c->len; i++)
        {
          MnBlock *b = g_ptr_array_index (c, i);

          if (b->kind == MN_BLOCK_BREAK || b->page <= 0)
            continue;
          if (b->page != page)
            {
              page = b->page;
              on_page = 0;
              pages = MAX (pages, page);
            }
          if (++on_page > 2 || b->kind != MN_BLOCK_PARAGRAPH || b->text == NULL
              || (b->style & MN_STYLE_RUNNING) || strlen (b->text) > 60
              || g_ascii_isdigit (*b->text) || mn_vocab_short_word_line (b->text)
              || mn_vocab_access_line (b->text) != MN_ACCESS_UNKNOWN
              || mn_vocab_decision_heading (b->text, NULL, NULL)
              || (b->style & MN_STYLE_HEADING))
            continue;
          if (pass == 0)
            g_hash_table_replace (count, b->text,
                                  GINT_TO_POINTER (GPOINTER_TO_INT (g_hash_table_lookup (count, b->text)) + 1));
          else if (GPOINTER_TO_INT (g_hash_table_lookup (count, b->text)) >= MAX (3, pages * 2 / 3))
            b->style |= MN_STYLE_RUNNING;
        }
    }
}

void
mn_meeting_headers (MnBlocks *c, MnDocument *doc)
{
  MnMeeting *m = &doc->meeting;

  /* running headers: the first one names the meeting; all are furniture */
  for (guint i = 0; i < c->len; i++)
    {
      MnBlock *b = g_ptr_array_index (c, i);
      g_autofree char *body = NULL, *date = NULL;

      /* a list's entry ("Byrådsdebat 10.09.2025", an attachment) is none */
      if (b->kind != MN_BLOCK_PARAGRAPH || (b->style & MN_STYLE_LIST_ITEM)
          || !mn_vocab_running_header (b->text, &body, &date))
        continue;
      /* nor, once a header has dated the meeting, a line of another date:
       * a page's header repeats the meeting's, an attachment's title
       * ("Beslutningsforslag LA 25.08.2025") has its own */
      if (m->date && date && strcmp (m->date, date) != 0)
        continue;
      b->style |= MN_STYLE_RUNNING;
      if (m->body == NULL && date)
        {
          m->body = g_steal_pointer (&body);
          m->date = g_steal_pointer (&date);
        }
    }
}

void
mn_meeting_parse (MnBlocks *c, guint front_end, MnDocument *doc)
{
  MnMeeting *m = &doc->meeting;

  front_page (c, front_end, m);
  if (m->organisation == NULL)
    find_organisation (c, m);
}
