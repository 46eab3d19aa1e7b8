/* vocabulary predicates */
#include <string.h>
#include <stdio.h>
#include "tap.h"
#include "regex.h"
#include "agenda/vocabulary.h"

int
main (void)
{
  MnSectionKind kind = MN_SECTION_OTHER;
  char *body = NULL, *date = NULL;

  {
    /* a heading key compared without being made: as comparing the keys */
    static const char *const lines[] = { "  Sagsfremstilling:  ", "SAGSFREMSTILLING", "Sagsfremstilling : ",
                                         "Økonomi", "ØKONOMI:", "Straße", "STRASSE", ":", "", "Indstilling",
                                         /* told by the first byte, or not: spaces, colons, a digit */
                                         "   ", " : ", "økonomi :", "1. Sag", "\tindstilling", "Ökonomi" };
    guint differ = 0;
    for (gsize i = 0; i < G_N_ELEMENTS (lines); i++)
      for (gsize k = 0; k < G_N_ELEMENTS (lines); k++)
        {
          g_autofree char *a = mn_vocab_heading_key (lines[i]);
          g_autofree char *b = mn_vocab_heading_key (lines[k]);
          differ += mn_vocab_heading_key_is (lines[i], b) != (strcmp (a, b) == 0);
        }
    IS_INT (differ, 0, "mn_vocab_heading_key_is of every line against every key: as comparing keys");
  }

  TAP_OK (mn_vocab_section_heading ("Bilag:", &kind) && kind == MN_SECTION_ATTACHMENTS,
          "'Bilag:' is the attachments heading");
  TAP_OK (mn_vocab_section_heading ("Økonomi og finansiering", &kind) && kind == MN_SECTION_ECONOMY,
          "a heading with no field of its own has its kind (economy)");
  TAP_OK (mn_vocab_section_heading ("Sammendrag", &kind) && kind == MN_SECTION_SUMMARY
          && mn_vocab_section_heading ("RESUMÉ:", &kind) && kind == MN_SECTION_SUMMARY,
          "Sammendrag and Resumé are both a summary, case and colon aside");
  TAP_OK (mn_vocab_section_heading ("Sagsforløb", &kind) && kind == MN_SECTION_PREVIOUS_HANDLING,
          "Sagsforløb is previous handling, not case flow");
  TAP_OK (mn_vocab_section_heading ("Bemærkninger", &kind) && kind == MN_SECTION_OTHER,
          "a known heading of no kind is other");
  TAP_OK (!mn_vocab_section_heading ("Ændringer i forhold til forslaget:", &kind),
          "prose ending in a colon is no heading");
  TAP_OK (mn_vocab_decision_heading ("Beslutning i Direktionen den 20-03-2024", &body, &date),
          "decision heading recognized");
  IS_STR (body, "Direktionen", "decision body");
  IS_STR (date, "2024-03-20", "decision date");
  g_free (body);
  g_free (date);
  TAP_OK (mn_vocab_decision_heading ("Økonomiudvalgets beslutning den 14. august 2024", &body, &date),
          "genitive decision heading recognized");
  IS_STR (body, "Økonomiudvalget", "genitive decision body in its base form");
  IS_STR (date, "2024-08-14", "written-out decision date");
  g_free (body);
  g_free (date);
  TAP_OK (mn_vocab_decision_heading ("Byrådets  afgørelse den 3. maj 2022:", &body, &date),
          "genitive heading with 'afgørelse' and two spaces");
  IS_STR (body, "Byrådet", "its body");
  g_free (body);
  g_free (date);
  TAP_OK (mn_vocab_decision_heading ("REGIONSRÅDETS BESLUTNING", &body, &date) && date == NULL,
          "a board's genitive decision heading in capitals, with no date (SBSYS)");
  IS_STR (body, "REGIONSRÅDET", "its body as printed (the decision reads it plain)");
  g_free (body);
  TAP_OK (mn_vocab_decision_heading ("Økonomiudvalgets beslutning:", &body, &date) && date == NULL,
          "a board's genitive decision heading with no date");
  g_free (body);
  TAP_OK (!mn_vocab_decision_heading ("Borgerens beslutning", NULL, NULL)
          && !mn_vocab_decision_heading ("Den endelige beslutning", NULL, NULL),
          "a genitive with no date and no board's name is no heading");
  TAP_OK (!mn_vocab_decision_heading ("Sagen kræver en beslutning den 3. maj 2022", NULL, NULL),
          "prose holding 'beslutning' after a word not in s is no heading");
  TAP_OK (mn_vocab_decision_heading ("Beslutning:", &body, &date) && body == NULL && date == NULL,
          "a bare 'Beslutning:' is a decision heading without body or date");
  TAP_OK (!mn_vocab_decision_heading ("Beslutning i sagen træffes senere", NULL, NULL),
          "a sentence starting with Beslutning is no heading");
  {
    /* asked again, as the parser does: the same answers, the caller's own
     * copies (the memo's are not handed out), also past the memo's size */
    guint wrong = 0;
    for (int round = 0; round < 2; round++)
      for (int i = 0; i < 1100; i++)
        {
          g_autofree char *line = g_strdup_printf ("  Beslutning i Udvalg %d den %d-03-2024 ", i, 1 + i % 28);
          g_autofree char *want = g_strdup_printf ("Udvalg %d", i);
          g_autofree char *want_date = g_strdup_printf ("2024-03-%02d", 1 + i % 28);
          char *b = NULL, *d = NULL;
          if (!mn_vocab_decision_heading (line, &b, &d) || g_strcmp0 (b, want) != 0 || g_strcmp0 (d, want_date) != 0)
            wrong++;
          g_free (b);
          g_free (d);
          if (mn_vocab_decision_heading ("Beslutning i sagen træffes senere", &b, &d) || b || d)
            wrong++;
        }
    IS_INT (wrong, 0, "1,100 decision headings asked twice, between prose asked each time: the same answers");
  }
  {
    /* a line is measured only as far as its test needs: whitespace past
     * the bound is still stripped, a longer line still refused */
    g_autofree char *spaced = g_strdup_printf ("Sagsnr.: 24/1234%*s", 150, "");
    g_autofree char *decision = g_strdup_printf ("  Beslutning i Direktionen den 20-03-2024%*s", 200, "");
    g_autofree char *long_label = g_strdup_printf ("Sagsnr.: 24/1234 %s", "og en sætning, der gør linjen længere end en etiket kan være, langt over firs tegn.");
    char *cn = NULL;
    TAP_OK (mn_vocab_item_label (spaced, &cn) && g_strcmp0 (cn, "24/1234") == 0,
            "a case-number label followed by 150 spaces is read");
    g_free (cn);
    TAP_OK (!mn_vocab_item_label (long_label, &cn) && cn == NULL, "a label line over 80 bytes is none");
    {
      /* an office's endorsement, in its genitive, heads a section */
      MnSectionKind kind = MN_SECTION_PRESENTATION;
      TAP_OK (mn_vocab_section_heading ("Borgmesterens Afdelings påtegning", &kind) && kind == MN_SECTION_OTHER,
              "'<Office>s påtegning' is a section heading of kind other");
      TAP_OK (mn_vocab_section_heading ("Økonomiafdelingens påtegning:", &kind), "with a colon too");
      TAP_OK (!mn_vocab_section_heading ("Sagen har fået en påtegning", &kind)
              && !mn_vocab_section_heading ("afdelingens påtegning", &kind),
              "a sentence ending in it, or a lower-case line, is none");
    }
    {
      /* a room's word before its number is the venue's first word */
      const char *value = NULL;
      TAP_OK (mn_vocab_front_field ("Mødelokale 1, Vejle Rådhus", &value) == MN_FRONT_LOCATION
              && g_strcmp0 (value, "Mødelokale 1, Vejle Rådhus") == 0, "'Mødelokale 1, ...' is all of the venue");
      TAP_OK (mn_vocab_front_field ("Mødelokale: 3", &value) == MN_FRONT_LOCATION && g_strcmp0 (value, "3") == 0,
              "with a colon it is a label");
      TAP_OK (mn_vocab_front_field ("Mødested Byrådssalen", &value) == MN_FRONT_LOCATION
              && g_strcmp0 (value, "Byrådssalen") == 0, "another label and its value in two columns");
    }
    /* an earlier handling under the labels is item data, no text */
    TAP_OK (mn_vocab_item_label ("Kommunalbestyrelsen den 4. marts 2018 Punkt 7", &cn) && cn == NULL,
            "an earlier handling ('Body den 4. marts 2018 Punkt 7') is an item label with no case number");
    TAP_OK (!mn_vocab_item_label ("Økonomiudvalgets beslutning den 4. marts 2018 Punkt 7", &cn),
            "a decision's heading of that form is none");
    TAP_OK (!mn_vocab_item_label ("Sagen blev behandlet den 4. marts 2018 under punkt 7", &cn),
            "nor a sentence that mentions one");
    TAP_OK (!mn_vocab_item_label ("", &cn), "nor an empty line");
    TAP_OK (mn_vocab_decision_heading (decision, &body, &date) && g_strcmp0 (date, "2024-03-20") == 0,
            "a decision heading followed by 200 spaces is read");
    g_free (body);
    g_free (date);
  }
  IS_INT (mn_vocab_access_line (" Lukket Sag "), MN_ACCESS_CLOSED, "access line Lukket Sag");
  IS_INT (mn_vocab_access_word ("Åben") * 10 + mn_vocab_access_word ("Åbent"), MN_ACCESS_OPEN * 11,
          "access words Åben and Åbent");
  IS_INT (mn_vocab_access_word ("Lukket"), MN_ACCESS_CLOSED, "access word Lukket");
  IS_INT (mn_vocab_access_word ("Øvrige") + mn_vocab_access_word ("lukket") + mn_vocab_access_word (""),
          MN_ACCESS_UNKNOWN * 3, "other words, a lower-case one and none are no access words");
  TAP_OK (mn_vocab_running_header ("Teknik- og Miljøudvalget 11-01-2023", &body, &date),
          "running header recognized");
  IS_STR (body, "Teknik- og Miljøudvalget", "running header body");
  IS_STR (date, "2023-01-11", "running header date");
  g_free (body);
  g_free (date);
  TAP_OK (!mn_vocab_running_header ("Økonomiudvalgets beslutning den 10.02.2016", NULL, NULL)
          && !mn_vocab_running_header ("Byrådets beslutning den 10-02-2016", NULL, NULL),
          "a decision's heading with nothing after its date is no running header");
  TAP_OK (mn_vocab_running_header ("Økonomiudvalget 10.02.2016", NULL, NULL),
          "the body alone before the date still is");
  {
    static const struct { const char *line, *body; } titled[] = {
      { "Referat for Økonomiudvalget", "Økonomiudvalget" },
      { "Referat fra mødet i Økonomiudvalget den 12. marts 2024", "Økonomiudvalget" },
      { "Dagsorden til Byrådets møde", "Byrådet" },
      { "Referat af møde i Teknisk Udvalg, 12-03-2024", "Teknisk Udvalg" },
      { "DAGSORDEN FOR Børne- og Ungeudvalget 12.03.2024", "Børne- og Ungeudvalget" },
      { "Referat fra det ordinære møde i Kommunalbestyrelsen", "Kommunalbestyrelsen" },
      { "Referat", NULL }, { "Referat fra mødet", NULL }, { "Referatet for 2023 blev godkendt", NULL },
      { "Dagsorden til orientering", NULL }, { "Referat: Godkendt.", NULL },
    };
    guint wrong = 0;
    for (gsize i = 0; i < G_N_ELEMENTS (titled); i++)
      {
        g_autofree char *got = mn_vocab_kind_titled_body (titled[i].line);
        if (g_strcmp0 (got, titled[i].body) != 0)
          {
            printf ("# %s: got %s\n", titled[i].line, got ? got : "(null)");
            wrong++;
          }
      }
    IS_INT (wrong, 0, "a paper's title naming its body: the body in its plain form, nothing from other lines");
  }
  TAP_OK (mn_vocab_page_furniture ("Side 2 af 5"), "page footer is furniture");
  TAP_OK (!mn_vocab_page_furniture ("3098197"), "a document id is no page number");
  {
    /* the cheap tests before its pattern answer as the pattern alone */
    static const char *const lines[] = {
      "Side 2 af 5", "side 3/4", "SIDE 12", " 12 ", "3/7", "3 / 17", "Side\u00a02 af 5", "12\u00a0",
      "Side 2 AF 5", "Sagsfremstilling", "S", "Si", "Sid", "Side", "Side 2 af", "Side 2 of 5", "1. Godkendelse",
      "12 ab", "12.", "ſide 4", "Side 4 af 5 sider", "1234", "12345", "\t7\n", "Side  10  /  12 ",
    };
    MnRegex *re = MN_REGEX ("^\\s*(?:Side\\s+\\d{1,4}(?:\\s*(?:af|/)\\s*\\d{1,4})?"
                            "|\\d{1,3}|\\d{1,4}\\s*/\\s*\\d{1,4})\\s*$", MN_REGEX_CASELESS);
    guint differ = 0;
    for (gsize i = 0; i < G_N_ELEMENTS (lines); i++)
      if (mn_vocab_page_furniture (lines[i]) != mn_regex_match (re, lines[i], NULL))
        {
          differ++;
          printf ("# page furniture \"%s\": not as the pattern\n", lines[i]);
        }
    IS_INT (differ, 0, "page furniture on %zu lines: as its pattern alone", G_N_ELEMENTS (lines));
  }
  TAP_OK (mn_vocab_topic_intro ("Direktionen har følgende øvrige punkter til behandling:"),
          "topic introduction recognized");
  IS_INT (mn_vocab_month ("feb"), 2, "abbreviated month");
  TAP_OK (mn_vocab_role_word ("Sekretariatschef") && mn_vocab_role_word ("konsulent")
          && !mn_vocab_role_word ("Lene"), "role words");
  {
    char *m = NULL, *r = NULL;
    mn_vocab_find_organisation ("som ramme for Region Midtjyllands udvikling og Norddjurs Kommunes budget", &m, &r);
    IS_STR (m, "Norddjurs Kommune", "municipality in its base form");
    IS_STR (r, "Region Midtjylland", "region genitive in its base form");
    g_free (m);
    g_free (r);
  }
  {
    /* the word tables answer by the line's first byte before folding it:
     * case, white space around, a non-ASCII first letter, a colon */
    MnSectionKind kind;
    TAP_OK (mn_vocab_section_heading ("  SAGSFREMSTILLING: ", &kind) && kind == MN_SECTION_PRESENTATION,
            "a heading in capitals with white space and a colon");
    TAP_OK (mn_vocab_section_heading ("ØKONOMISKE KONSEKVENSER", &kind) && kind == MN_SECTION_ECONOMY,
            "a heading whose first letter is not ASCII, in capitals, is looked up");
    IS_INT (mn_vocab_part_marker ("\tÅBENT REFERAT"), MN_ACCESS_OPEN, "a part marker in capitals after a tab");
    IS_INT (mn_vocab_part_marker ("Lukket dagsorden:"), MN_ACCESS_CLOSED, "a closed part marker with a colon");
    TAP_OK (mn_vocab_toc_heading ("indholdsfortegnelse"), "a table of contents' heading in lower case");
    TAP_OK (mn_vocab_back_matter (" Underskriftsside "), "back matter with spaces around");
    TAP_OK (!mn_vocab_back_matter (":") && !mn_vocab_back_matter ("") && !mn_vocab_short_word_line ("  "),
            "a colon, an empty line or spaces are none of the words");
    TAP_OK (mn_vocab_short_word_line ("PAUSE"), "a break word in capitals is a short word line");
    /* and by its first two bytes: in either case, past ASCII (GLib folds
     * it), and a heading that is not one of them by its second byte */
    TAP_OK (mn_vocab_section_heading ("BAGGRUND", &kind) && mn_vocab_section_heading ("bIlAg", &kind)
            && kind == MN_SECTION_ATTACHMENTS, "the first two letters in any case");
    TAP_OK (mn_vocab_section_heading ("HØRING", &kind) && kind == MN_SECTION_HEARING,
            "a second letter past ASCII, in capitals");
    TAP_OK (!mn_vocab_section_heading ("Bxlag", &kind) && !mn_vocab_section_heading ("Bo", &kind),
            "a line whose first two letters begin no heading is none");
  }
  {
    /* the bounded length test: as strlen (t) > n, never reading past n + 1 */
    char buf[8] = { 'a', 'b', 'c', '\0', 'x', 'x', 'x', 'x' };
    char unterminated[4] = { 'a', 'b', 'c', 'd' };
    TAP_OK (mn_longer_than (buf, 2) && !mn_longer_than (buf, 3) && !mn_longer_than (buf, 7)
            && !mn_longer_than ("", 0) && mn_longer_than ("a", 0),
            "mn_longer_than is strlen (t) > n");
    TAP_OK (mn_longer_than (unterminated, 3), "and reads no more than n + 1 bytes (an unterminated 4)");
  }
  return tap_done ();
}
