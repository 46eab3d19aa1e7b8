/* columns: a table a text extraction printed column by column, put back
 * in rows */
#include "tap.h"
#include "blocks_helpers.h"
#include "normalize/normalize.h"

static char *
run (const char *text)
{
  g_autoptr (GPtrArray) b = lines (text);

  mn_pass_columns (b);
  return dump (b);
}

int
main (void)
{
  char *d;

  d = run ("Dato:\n\nTid:\nSted:\nDeltagere:\n\n24. november 2016\n09:00 - 11:00\nRådhuset lokale 420\n"
           "Hanne Kjær\nIda T. Nielsen\n\n1. Punkt");
  IS_STR (d, "L:Dato: 24. november 2016\nB\nL:Tid: 09:00 - 11:00\nB\nL:Sted: Rådhuset lokale 420\nB\n"
             "L:Deltagere:\nB\nL:Hanne Kjær\nB\nL:Ida T. Nielsen\nB\nB\nL:1. Punkt",
          "labels then values: a value each, the list of people the names");
  g_free (d);
  d = run ("Afbud:\nFraværende:\nBemærk:\nHusk at melde afbud til sekretariatet.\nSagsfremstilling");
  IS_STR (d, "L:Afbud:\nB\nL:Fraværende:\nB\nL:Bemærk: Husk at melde afbud til sekretariatet.\nB\nL:Sagsfremstilling",
          "a sentence is no name: it goes to the label that takes it, the lists stay empty");
  g_free (d);
  d = run ("Sagsnr.:\nSagen afgøres i:\n16/34106\nByrådet\nResumé");
  IS_STR (d, "L:Sagsnr.: 16/34106\nB\nL:Sagen afgøres i: Byrådet\nB\nL:Resumé", "an item's label table");
  {
    /* the page's header after the table (page_headers marked it) is no value */
    g_autoptr (GPtrArray) b = lines ("Sagsnr.:\nSagen afgøres i:\n16/34106\nByrådet\nReferat 23. august 2016\nResumé");
    g_autofree char *got = NULL;
    ((MnBlock *) g_ptr_array_index (b, 4))->style |= MN_STYLE_RUNNING;
    mn_pass_columns (b);
    got = dump (b);
    IS_STR (got, "L:Sagsnr.: 16/34106\nB\nL:Sagen afgøres i: Byrådet\nB\nL:Referat 23. august 2016\nL:Resumé",
            "a table's values end at a page's header");
  }
  g_free (d);
  d = run ("Dato:\nTid:\nSagsfremstilling");
  IS_STR (d, "L:Dato:\nL:Tid:\nL:Sagsfremstilling", "labels with no values stay as they are");
  g_free (d);
  d = run ("Bilag\n1\n2\nÅben\nÅben\nKvalitetsrapport 2015/16\nUdtalelser\n89851/16\n132641/16\n496. Næste punkt");
  IS_STR (d, "L:Bilag\nL:1 Åben Kvalitetsrapport 2015/16 89851/16\nB\nL:2 Åben Udtalelser 132641/16\nB\nL:496. Næste punkt",
          "a Bilag table's columns zipped into rows");
  g_free (d);
  d = run ("Bilag\n1\n2\nÅben\nKort\nPlan\n496. Næste punkt");
  IS_STR (d, "L:Bilag\nL:1\nL:2\nL:Åben\nL:Kort\nL:Plan\nL:496. Næste punkt", "columns that do not divide evenly are left alone");
  g_free (d);
  d = run ("Bilag\n1\n2\nKort\nPlan\n496. Næste punkt");
  IS_STR (d, "L:Bilag\nL:1\nL:2\nL:Kort\nL:Plan\nL:496. Næste punkt", "a number and one column is too little to be a table");
  g_free (d);
  d = run ("Bilag\n1\nÅben\nBudgetopfølgning for børn og\nunge (BU)\nOversigt over regnskab\n209586/15\n2\nÅben\n142696/16\n"
           "500. Næste punkt");
  IS_STR (d, "L:Bilag\nL:1 Åben Budgetopfølgning for børn og unge (BU) 209586/15\nB\nL:2 Åben Oversigt over regnskab 142696/16\n"
             "B\nL:500. Næste punkt",
          "rows read in order whose second title slipped into the first row: each title back with its row");
  g_free (d);
  d = run ("Bilag\n1\nÅben\nKort\nPlan\nSkema\n209586/15\n2\nÅben\n142696/16\n500. Næste punkt");
  IS_STR (d, "L:Bilag\nL:1 Åben Kort Plan Skema 209586/15\nB\nL:2\nL:Åben\nL:142696/16\nL:500. Næste punkt",
          "three titles for two rows are not shared out by guess");
  g_free (d);
  d = run ("Bilag\nOversigtskort\nBudget");
  IS_STR (d, "L:Bilag\nL:Oversigtskort\nL:Budget", "a list of titles is no table");
  g_free (d);
  return tap_done ();
}
