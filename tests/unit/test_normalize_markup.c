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
  {
    /* cells: one with no mark and nothing to trim is kept as it is; the
     * others lose their marks, their lines are trimmed and empty ones
     * dropped */
    const char *cells[] = { "Byrådet", " Direktionen ", "a\n\n b ", "  ", "", "x &amp; y", "Åben\t" };
    g_autoptr (GPtrArray) rows = mn_blocks_new ();
    g_autofree char *got = NULL;
    g_ptr_array_add (rows, mn_block_new_row (cells, G_N_ELEMENTS (cells), 0));
    mn_pass_markup (rows);
    got = dump (rows);
    IS_STR (got, "R:Byrådet|Direktionen|a\nb|||x & y|Åben", "a row's cells: plain ones kept, the others cleaned");
  }
  return tap_done ();
}
