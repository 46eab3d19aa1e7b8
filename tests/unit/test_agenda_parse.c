/* The parser's pieces end to end on small texts: items, meeting, topics,
 * decision, case flow, sections. */
#include <stdio.h>
#include "tap.h"
#include "parse_helpers.h"

static MnItem *
item (MnDocument *d, guint i)
{
  return i < d->items->len ? g_ptr_array_index (d->items, i) : NULL;
}

static MnTopic *
topic (MnItem *it, guint i)
{
  return it && i < it->topics->len ? g_ptr_array_index (it->topics, i) : NULL;
}

int
main (void)
{
  MnDocument *d;

  /* front page, TOC, numbered items, sections, decisions */
  d = parse ("Favrskov Kommune\n\nReferat\n\nKommunalbestyrelsen\n\nMødedato: 27-05-2024\n\n"
             "Indholdsfortegnelse\n1. Godkendelse af dagsorden\n2. Eventuelt\n\n"
             "1. Godkendelse af dagsorden\n\nLukket Sag\n\nSagsgang\n\nØU, KB\n\nSagsfremstilling\n\nTekst.\n\n"
             "Beslutning i Økonomiudvalget den 20-05-2024\n\nAnbefales.\n\n"
             "Beslutning i Kommunalbestyrelsen den 27-05-2024\n\nGodkendt.\n\n2. Eventuelt\n");
  IS_STR (d->meeting.organisation, "Favrskov Kommune", "organisation from the front page");
  IS_STR (d->meeting.body, "Kommunalbestyrelsen", "body from the front page");
  IS_STR (d->meeting.date, "2024-05-27", "date from Mødedato");
  IS_INT (d->items->len, 2, "table of contents lines are no items");
  IS_INT (item (d, 0)->number, 1, "item number");
  IS_INT (item (d, 0)->access, MN_ACCESS_CLOSED, "Lukket Sag");
  IS_INT (item (d, 0)->case_flow->len, 2, "case flow split at the comma");
  IS_STR (item (d, 0)->decision ? item (d, 0)->decision->text : NULL, "Godkendt.",
          "the meeting's own decision, not the earlier body's");
  IS_INT (item (d, 0)->sections->len, 4, "every section kept, both decisions included");
  TAP_OK (item (d, 1) && item (d, 1)->sections->len == 0 && item (d, 1)->decision == NULL,
          "an item with nothing but its title");
  IS_INT (d->meeting.kind, MN_KIND_MINUTES, "a decision makes minutes");
  mn_document_free (d);

  /* an earlier body's genitive decision heading, no "Punkt N" after it,
   * before any header has dated the meeting: a decision, not the header */
  d = parse ("Referat\n\nByrådet\n\n24-02-2016\n\n1. Budgetopfølgning\n\nSagsfremstilling\n\nTekst.\n\n"
             "Økonomiudvalgets beslutning den 10.02.2016\n\nAnbefales.\n\n"
             "Byrådets beslutning den 24.02.2016\n\nGodkendt.\n");
  IS_STR (d->meeting.body, "Byrådet", "the body is the front page's, not a decision heading's");
  IS_STR (d->meeting.date, "2016-02-24", "so is the date");
  IS_INT (item (d, 0) ? (int) item (d, 0)->decisions->len : -1, 2, "both genitive headings are decisions");
  IS_STR (item (d, 0) && item (d, 0)->decision ? item (d, 0)->decision->body : NULL, "Byrådet",
          "the meeting's own decision is the item's");
  mn_document_free (d);

  /* front pages in other words: the title naming the body; the body over
   * the paper's kind with none below it; "Møde den ..." */
  {
    static const struct { const char *front, *body, *date, *start; } fronts[] = {
      { "Referat fra mødet i Økonomiudvalget den 12. marts 2024\n\n", "Økonomiudvalget", "2024-03-12", NULL },
      { "Kultur og Fritid\n\nReferat for Kultur- og Fritidsudvalget\n\nMødedato: 12-03-2024\n\n",
        "Kultur- og Fritidsudvalget", "2024-03-12", NULL },
      { "Økonomiudvalget\n\nReferat\n\nDato: 12.03.2024\n\nStarttidspunkt: 16:00\n\n",
        "Økonomiudvalget", "2024-03-12", "16:00" },
      { "Dagsorden\n\nØkonomiudvalget\n\nMøde den 12. marts 2024 kl. 16.00\n\n",
        "Økonomiudvalget", "2024-03-12", "16:00" },
      { "Referat af møde i Teknisk Udvalg, 12-03-2024\n\n", "Teknisk Udvalg", "2024-03-12", NULL },
    };
    guint wrong = 0;
    for (gsize i = 0; i < G_N_ELEMENTS (fronts); i++)
      {
        g_autofree char *text = g_strconcat (fronts[i].front, "1. Godkendelse af dagsorden\n\n"
                                             "Sagsfremstilling\n\nTekst.\n", NULL);
        d = parse (text);
        if (g_strcmp0 (d->meeting.body, fronts[i].body) || g_strcmp0 (d->meeting.date, fronts[i].date)
            || g_strcmp0 (d->meeting.start, fronts[i].start))
          {
            printf ("# %s-> %s %s %s\n", fronts[i].front, d->meeting.body, d->meeting.date, d->meeting.start);
            wrong++;
          }
        mn_document_free (d);
      }
    IS_INT (wrong, 0, "front pages that name the body in the title, above the kind, or date it 'Møde den'");
  }

  /* items by sequence in plain type: a numbered list inside an item
   * (its Bilag) is the item's, up to the next item's number when that
   * number comes again; a table of contents before the items stays one */
  d = parse ("Referat\n\nØkonomiudvalget\n\nMødedato: 12-03-2024\n\n"
             "Indholdsfortegnelse\n\n1. Budget\n\n2. Eventuelt\n\n"
             "1. Budget\n\nSagsfremstilling\n\nTekst.\n\nBilag\n\n1. Lokalplan nr. 248\n\n"
             "2. Notat om høring\n\nBeslutning\n\nGodkendt.\n\n2. Eventuelt\n\nSagsfremstilling\n\nIntet.\n");
  IS_INT (d->items->len, 2, "the list's lines are no items, nor the contents' lines");
  IS_INT (item (d, 0) ? (int) item (d, 0)->attachments->len : -1, 2, "the list is the first item's Bilag");
  TAP_OK (item (d, 0) && item (d, 0)->decision && item (d, 1) && !strcmp (item (d, 1)->title, "Eventuelt"),
          "the decision after the list stays the first item's; the second item is the last line numbered 2");
  mn_document_free (d);

  /* a front page's label line over an access line is no unnumbered item */
  d = parse ("Referat\n\nØkonomiudvalget\n\nMødedato: 12-03-2024\n\nLukket punkt\n\n1. Budget\n\n"
             "Sagsfremstilling\n\nTekst.\n\n2. Eventuelt\n\nSagsfremstilling\n\nIntet.\n");
  IS_INT (d->items->len, 2, "'Mødedato: ...' followed by 'Lukket punkt' opens no item");
  IS_STR (d->meeting.date, "2024-03-12", "and still dates the meeting");
  mn_document_free (d);

  /* running header, unnumbered item, tab table with an empty time cell */
  d = parse ("Direktionen 22-09-2021\n\nPunkter til behandling\n\nÅben Sag\n\nSagsfremstilling\n\n"
             "Direktionen i Norddjurs Kommune og Region Midtjylland.\n\n"
             "Direktionen har følgende punkter til behandling:\n\nTid\tPunkt\n"
             "9.30\t<p>Chefforum d. 23. feb.</p> <p>Med udgangspunkt.</p>\n"
             "\tOversigt er vedlagt.\n12.00\tFrokost\n\nIndstilling\n\nDet indstilles.\n");
  IS_STR (d->meeting.body, "Direktionen", "body from the running header");
  IS_STR (d->meeting.organisation, "Norddjurs Kommune", "a municipality before a region");
  IS_INT (item (d, 0)->number, -1, "an unnumbered item has number null");
  IS_INT (item (d, 0)->topics->len, 3, "three table rows, three topics");
  IS_STR (topic (item (d, 0), 0)->start, "09:30", "9.30 becomes 09:30");
  IS_STR (topic (item (d, 0), 0)->title, "Chefforum d. 23. feb.", "title is the cell's first paragraph");
  IS_STR (topic (item (d, 0), 0)->text, "Med udgangspunkt.", "text is the rest");
  TAP_OK (topic (item (d, 0), 1)->start == NULL, "an empty time cell is an untimed topic");
  IS_STR (item (d, 0)->recommendation, "Det indstilles.", "recommendation");
  IS_INT (d->meeting.kind, MN_KIND_AGENDA, "no decision: an agenda");
  mn_document_free (d);

  /* a hard-wrapped extraction: time ranges split, list numbers leaked */
  d = parse ("Punkter til behandling \n\nÅben Sag \n\nSagsfremstilling \n\n"
             "Følgende punkter behandles: \n\n1. 10.00-\n\n10.30 \n\nBudget for 2025. Direktionen \n\n"
             "drøfter budgettet. \n\n2. 10.30-\n\n11.00 \n\nFrokost \n\nIndstilling \n\nDet indstilles. \n"
             "\n x \n\n y \n\n z \n\n w \n\n v \n\n u \n");
  IS_INT (item (d, 0)->topics->len, 2, "two timed topics");
  IS_STR (topic (item (d, 0), 0)->end, "10:30", "a range split over lines is joined");
  IS_STR (topic (item (d, 0), 0)->title, "Budget for 2025.", "title: the first sentence");
  IS_STR (topic (item (d, 0), 0)->text, "Direktionen drøfter budgettet.", "wrapped text rejoined");
  IS_STR (topic (item (d, 0), 1)->title, "Frokost", "a break is a topic");
  mn_document_free (d);

  /* other numbering and header forms */
  d = parse ("Teknik- og Miljøudvalget - 11.01.2023\n\nPunkt 1 - Lokalplan nr. 221\n\nÅben Sag\n\n"
             "Sagsfremstilling\n\nTekst.\n\nSag nr. 2: Eventuelt\n\nSagsfremstilling\n\nIntet.\n");
  IS_STR (d->meeting.body, "Teknik- og Miljøudvalget", "a running header with a dash");
  IS_STR (d->meeting.date, "2023-01-11", "and a dotted date");
  IS_INT (d->items->len, 2, "'Punkt 1 - ' and 'Sag nr. 2:' number items");
  IS_STR (item (d, 0) ? item (d, 0)->title : NULL, "Lokalplan nr. 221", "title after 'Punkt 1 - '");
  IS_INT (item (d, 1) ? item (d, 1)->number : 0, 2, "number after 'Sag nr.'");
  mn_document_free (d);

  /* "Dato:" of the first page's header above the front page: the body is
   * still read below the paper's kind; with no kind below the date, a
   * capitalised line there is no body */
  d = parse ("Åben dagsorden\nDato: 20.08.2014\n\nDagsorden\n\nBørne- og Skoleudvalget\n\n"
             "Tirsdag den 20. august 2014\n\n1. Budget\n\nSagsfremstilling\n\nTekst.\n");
  IS_STR (d->meeting.body, "Børne- og Skoleudvalget", "a header's date above the front page: the body below the kind");
  IS_STR (d->meeting.date, "2014-08-20", "and the date from the header");
  mn_document_free (d);
  d = parse ("Referat\nDato: 12.03.2020\n\nAnne Hansen (V)\n\n1. Budget\n\nSagsfremstilling\n\nTekst.\n");
  TAP_OK (d->meeting.body == NULL, "a date label with no paper's kind below it: no body guessed");
  mn_document_free (d);
  d = parse ("Social- og Sundhedsudvalget\nReferat\nDato: 05.03.2024\nTilstede\nHanne Bech (A)\n\n"
             "Åben dagsorden\n\n1. Budget\n\nSagsfremstilling\n\nTekst.\n");
  IS_STR (d->meeting.body, "Social- og Sundhedsudvalget",
          "a kind word after the list below the date: no line of the list is the body, the line over the first kind is");
  mn_document_free (d);

  /* once a header has dated the meeting, a line of the same form and
   * another date is an attachment's title, not page furniture; a header
   * repeating the meeting's date still is */
  d = parse ("Teknik- og Miljøudvalget 11.01.2023\n\n1. Budget\n\nSagsfremstilling\n\nTekst.\n\n"
             "Teknik- og Miljøudvalget 11.01.2023\n\nBilag\n\nBeslutningsforslag LA 25.08.2022\n");
  IS_INT (item (d, 0) ? item (d, 0)->attachments->len : 0, 1, "a dated attachment line under Bilag is kept");
  IS_STR (item (d, 0) && item (d, 0)->attachments->len
          ? ((MnAttachment *) g_ptr_array_index (item (d, 0)->attachments, 0))->title : NULL,
          "Beslutningsforslag LA 25.08.2022", "as the attachment's title");
  IS_STR (item (d, 0) ? item (d, 0)->presentation : NULL, "Tekst.", "the repeated header is furniture");
  mn_document_free (d);

  /* the unplaced-words measure over more distinct words than its table
   * starts with (it grows), and with each word twice (counts add up): the
   * front's 1,501 words ("Forord" and 1,500 "ordNx") are unplaced, of
   * 2,504 (with the item's "1", "Budget", "Sagsfremstilling" and the
   * 1,000 words of its text): 60 % */
  for (int twice = 0; twice < 2; twice++)
    {
      GString *t = g_string_new ("Dagsorden\n\nForord:");
      for (int i = 0; i < 1500; i++)
        g_string_append_printf (t, " ord%dx", twice ? i / 2 : i);
      g_string_append (t, "\n\n1. Budget\n\nSagsfremstilling\n\nTekst");
      for (int i = 1; i < 1000; i++)
        g_string_append_printf (t, " tekst%d", i);
      g_string_append (t, ".\n");
      d = parse (t->str);
      IS_STR (d->warnings->len ? ((MnWarning *) g_ptr_array_index (d->warnings, 0))->message : NULL,
              "60 % of the paper's words reach no field: its layout was not understood",
              twice ? "750 words twice each in no field: the share" : "1,500 distinct words in no field: the share");
      mn_document_free (d);
      g_string_free (t, TRUE);
    }

  /* at the tenth: the share is exact where it is said, though the words
   * of the item's paragraphs (the placed blocks) are counted only as far
   * as they decide it.  11 words in no field ("Forord" and 10 "ordNx") of
   * 14 + W ("1", "Budget", "Sagsfremstilling" and W words in five
   * paragraphs): W = 95 is 11/109, just over; W = 96 is 11/110, a tenth */
  for (int w = 95; w <= 96; w++)
    {
      GString *t = g_string_new ("Dagsorden\n\nForord:");
      for (int i = 1; i <= 10; i++)
        g_string_append_printf (t, " ord%dx", i);
      g_string_append (t, "\n\n1. Budget\n\nSagsfremstilling\n\n");
      for (int p = 0, n = 0; p < 5; p++)
        {
          for (int i = 0; i < (p < 4 ? 19 : w - 76); i++, n++)
            g_string_append_printf (t, "%sord%d", i ? " " : "", n);
          g_string_append (t, ".\n\n");
        }
      d = parse (t->str);
      if (w == 95)
        IS_STR (d->warnings->len ? ((MnWarning *) g_ptr_array_index (d->warnings, 0))->message : NULL,
                "10 % of the paper's words reach no field: its layout was not understood",
                "11 of 109 words in no field: over a tenth, said");
      else
        IS_INT (d->warnings->len, 0, "11 of 110 words in no field: a tenth, no warning");
      mn_document_free (d);
      g_string_free (t, TRUE);
    }

  /* no structure at all */
  d = parse ("Bare en linje tekst.\n");
  IS_INT (d->items->len, 0, "no items");
  TAP_OK (d->warnings->len == 1 && strcmp (((MnWarning *) g_ptr_array_index (d->warnings, 0))->code, "no-items") == 0,
          "and a no-items warning");
  mn_document_free (d);

  /* a memo sent as a Bilag: its date is no meeting's */
  d = parse ("Til: SFU\n\nDato: 19. november 2012\n\nNotat\n\nTilpasning af budget 2013.\n\nTekst om budgettet.\n");
  TAP_OK (d->items->len == 0 && d->meeting.date == NULL, "a memo ('Notat') has no meeting date");
  TAP_OK (d->warnings->len == 1 && strstr (((MnWarning *) g_ptr_array_index (d->warnings, 0))->message, "memo (Notat)"),
          "its no-items warning says it calls itself a memo");
  mn_document_free (d);
  d = parse ("Dato: 19. november 2012\n\nReferat\n\nNotat\n\nTekst.\n");
  TAP_OK (d->items->len == 0 && g_strcmp0 (d->meeting.date, "2012-11-19") == 0,
          "under a meeting paper's kind word, 'Notat' is no memo: the date stands");
  mn_document_free (d);
  return tap_done ();
}
