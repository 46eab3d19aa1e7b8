/* paragraphs pass and line joining */
#include "tap.h"
#include "blocks_helpers.h"
#include "normalize/normalize.h"

int
main (void)
{
  struct { const char *a, *b, *want, *name; } joins[] = {
    { "budget-", "opfølgning i år", "budgetopfølgning i år", "a word split at a line end is joined" },
    { "Vej-", "og Ejendomschef", "Vej- og Ejendomschef", "a suspended hyphen stays" },
    { "MED-", "udvalget", "MED-udvalget", "a hyphen after capitals stays" },
    { "2023-", "2026", "2023-2026", "a hyphen between numbers stays" },
    { "en del ikke-", "planlagte opgaver", "en del ikke-planlagte opgaver", "an ikke- compound keeps its hyphen" },
    { "at sikke-", "ligt", "at sikkeligt", "a word that only ends in ikke is split as any" },
    { "første linje ", " anden", "første linje anden", "ordinary lines join with one space" },
  };
  g_autoptr (GPtrArray) b = lines ("Direktionen 22-09-2021\nPunkter til behandling\nÅben Sag\n"
                                   "Sagsfremstilling\nEn lang sætning der\nfortsætter her.\n"
                                   "Side 2 af 5\nfølgende punkter:\nTid Punkt\n10.00-10.30\nÅrligt møde");
  g_autofree char *d = NULL;

  for (gsize i = 0; i < G_N_ELEMENTS (joins); i++)
    {
      g_autofree char *got = mn_join_lines (joins[i].a, joins[i].b);
      IS_STR (got, joins[i].want, "%s", joins[i].name);
    }
  mn_pass_paragraphs (b);
  d = dump (b);
  IS_STR (d, "P:Direktionen 22-09-2021\nP:Punkter til behandling\nP:Åben Sag\nP:Sagsfremstilling\n"
             "P:En lang sætning der fortsætter her. følgende punkter:\nP:Tid Punkt\n"
             "P:10.00-10.30\nP:Årligt møde",
          "structural lines stand alone, prose joins across a dropped page footer");
  {
    /* a cover's title over its start and end, no blank line between */
    g_autoptr (GPtrArray) cover = lines ("Mødeportalgruppen\n18-03-2015 13:00\n18.03.2015\n"
                                         "vedtaget den\n18-03-2015.");
    g_autofree char *got = NULL;
    mn_pass_paragraphs (cover);
    got = dump (cover);
    IS_STR (got, "P:Mødeportalgruppen\nP:18-03-2015 13:00\nP:18.03.2015\nP:vedtaget den 18-03-2015.",
            "a line of a date (and a time) stands alone; a sentence's wrapped date with its stop does not");
  }
  {
    /* spaces folded: runs and tabs to one space, none at either end; a
     * line with none of them is kept as it is */
    g_autoptr (GPtrArray) spaced = lines (" Sagsfremstilling\nDirektionen\t\t22-09-2021\n"
                                          "Punkt  til   behandling \n\nÅben Sag:");
    g_autofree char *folded = NULL;
    mn_pass_paragraphs (spaced);
    folded = dump (spaced);
    IS_STR (folded, "P:Sagsfremstilling\nP:Direktionen 22-09-2021\nP:Punkt til behandling\nB\nP:Åben Sag:",
            "runs of spaces and tabs fold to one space, the ends are trimmed, clean lines kept");
  }
  {
    /* a double-spaced extraction ends every line with a space: "Kl. 16:30 "
     * is still the clock line the venue's lines follow, one part a line */
    const char *venue[] = { "Kl. 16:30\nSkanderborg Rådhus\nMødelokale 5\nAdelgade 16",
                            "Kl. 16:30 \nSkanderborg Rådhus \nMødelokale 5 \nAdelgade 16 " };
    for (gsize i = 0; i < G_N_ELEMENTS (venue); i++)
      {
        g_autoptr (GPtrArray) v = lines (venue[i]);
        g_autofree char *got = NULL;
        mn_pass_paragraphs (v);
        got = dump (v);
        IS_STR (got, "P:Kl. 16:30\nP:Skanderborg Rådhus\nP:Mødelokale 5\nP:Adelgade 16",
                "venue lines after a clock line stand apart (%s)", i ? "trailing spaces" : "clean lines");
      }
  }
  {
    /* a DOCX gives "Kl. 10:30" as a whole paragraph and the venue, broken
     * by line breaks, as lines: the paragraph is asked as a line is, and
     * lines after any other paragraph join as prose */
    g_autoptr (GPtrArray) v = lines ("x\nSkanderborg Rådhus\nMødelokale 5\nAdelgade 16\n\nx\nEn sætning der\nfortsætter her.");
    g_autofree char *got = NULL;
    mn_block_take_text (g_ptr_array_index (v, 0), g_strdup ("Kl. 16:30"));
    ((MnBlock *) g_ptr_array_index (v, 0))->kind = MN_BLOCK_PARAGRAPH;
    mn_block_take_text (g_ptr_array_index (v, 5), g_strdup ("Teksten følger."));
    ((MnBlock *) g_ptr_array_index (v, 5))->kind = MN_BLOCK_PARAGRAPH;
    mn_pass_paragraphs (v);
    got = dump (v);
    IS_STR (got, "P:Kl. 16:30\nP:Skanderborg Rådhus\nP:Mødelokale 5\nP:Adelgade 16\nB\n"
                 "P:Teksten følger.\nP:En sætning der fortsætter her.",
            "a clock paragraph before printed lines: the venue's lines stand apart, prose still joins");
  }
  {
    /* a page broke between a finished sentence and "Referat: ..." and left
     * no gap: the section starts its own paragraph; a sentence running on
     * past a colon still joins */
    g_autoptr (GPtrArray) v = lines ("Tekst ventes i 2019.\nReferat: Status blev gennemgået.\n\nTeksten fortsætter\nReferat: ikke et afsnit.");
    g_autofree char *got = NULL;
    mn_pass_paragraphs (v);
    got = dump (v);
    IS_STR (got, "P:Tekst ventes i 2019.\nP:Referat: Status blev gennemgået.\nB\n"
                 "P:Teksten fortsætter Referat: ikke et afsnit.",
            "an inline heading after a sentence's end starts a paragraph");
  }
  {
    g_autoptr (GPtrArray) v = lines ("Møderne holdes på tirsdage kl.\n14.00 i Mødelokale 1.\n\nProgram\n10.00 Velkomst");
    g_autofree char *got = NULL;
    mn_pass_paragraphs (v);
    got = dump (v);
    IS_STR (got, "P:Møderne holdes på tirsdage kl. 14.00 i Mødelokale 1.\nB\nP:Program\nP:10.00 Velkomst",
            "a time after 'kl.' at a line's end goes on the sentence; a timed row is its own");
  }
  return tap_done ();
}
