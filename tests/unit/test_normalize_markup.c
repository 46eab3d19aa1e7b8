/* table_rows + markup passes */
#include "tap.h"
#include "blocks_helpers.h"
#include "normalize/normalize.h"

int
main (void)
{
  g_autoptr (GPtrArray) b = lines ("## **Punkter til behandling**\n*Åben Sag*\n### Bilag:\n"
                                   "9.30\t<p>Chefforum d. 23. feb.</p> <p>Med udgangspunkt.</p>\n"
                                   "- at der gives\n\\_13883-24\\_v2 &amp; co");
  g_autofree char *d = NULL;
  g_autofree char *s = mn_markup_strip ("**fed** og <b>tag</b> \\*stjerne\\*");

  IS_STR (s, "fed og tag *stjerne*", "emphasis, tags and escapes are stripped");
  mn_pass_table_rows (b);
  mn_pass_markup (b);
  d = dump (b);
  IS_STR (d, "L#2:Punkter til behandling\nL:Åben Sag\nL#3:Bilag:\n"
             "R:9.30|Chefforum d. 23. feb.\nMed udgangspunkt.\n"
             "L-:at der gives\nL:_13883-24_v2 & co",
          "headings keep their level, <p> cells become paragraphs, bullets list items");
  return tap_done ();
}
