/* item_numbers and table_rows' title lines: an item's number apart from
 * its title, by a line break or a tab */
#include "tap.h"
#include "blocks_helpers.h"
#include "normalize/normalize.h"

static char *
run (const char *text, gboolean rows)
{
  g_autoptr (GPtrArray) b = lines (text);

  if (rows)
    mn_pass_table_rows (b);
  mn_pass_item_numbers (b);
  return dump (b);
}

int
main (void)
{
  char *d;

  d = run ("1.\n\nMeddelelser\n1.1\n \nStatus", FALSE);
  IS_STR (d, "L:1. Meddelelser\nL:1.1 Status", "a number on its own line joins its title, blank lines between");
  g_free (d);
  d = run ("b.\nKonference om trafik", FALSE);
  IS_STR (d, "L:b. Konference om trafik", "so does a sub-point's letter");
  g_free (d);
  d = run ("ø.\nBudget\n 2.1.\u00a0\nStatus\nab.\nIkke et punkt\n1.a\nHeller ikke", FALSE);
  IS_STR (d, "L:ø. Budget\nL:2.1.\u00a0 Status\nL:ab.\nL:Ikke et punkt\nL:1.a\nL:Heller ikke",
          "a Danish letter's label and one ending in a no-break space join; two letters or a letter after a number do not");
  g_free (d);
  d = run ("9.30\nChefforum", FALSE);
  IS_STR (d, "L:9.30\nL:Chefforum", "a time stays apart (a timetable's column)");
  g_free (d);
  d = run ("3\nDirektionen 22-09-2021", FALSE);
  IS_STR (d, "L:3\nL:Direktionen 22-09-2021", "a bare number (a page number) stays apart");
  g_free (d);
  d = run ("1\n\nSkærmbesøg\n\n1.1\n\nPlanen\n2\nEventuelt\nOplæg:", FALSE);
  IS_STR (d, "L:1 Skærmbesøg\nB\nL:1.1 Planen\nL:2 Eventuelt\nL:Oplæg:",
          "bare numbers counting 1, 2 are items' where a sub-item or a heading follows the title");
  g_free (d);
  d = run ("2\nEventuelt\nOplæg:", FALSE);
  IS_STR (d, "L:2\nL:Eventuelt\nL:Oplæg:", "a bare 2 that does not continue the count stays apart");
  g_free (d);
  d = run ("2.\n3.\nTitel", FALSE);
  IS_STR (d, "L:2.\nL:3. Titel", "a number is no title");
  g_free (d);
  d = run ("1.\tMeddelelser\t3\n9.30\tChefforum\n1\tÅben\tBilag\t123/15\na.\tMøder", TRUE);
  IS_STR (d, "L:1. Meddelelser 3\nR:9.30|Chefforum\nR:1|Åben|Bilag|123/15\nL:a. Møder",
          "a tab after an item number or letter is no table row; a time's or an attachment's is");
  g_free (d);
  return tap_done ();
}
