/* classify: what each paragraph is, asked once */
#include "tap.h"
#include "agenda/agenda.h"

static MnBlock *
para (const char *text, guint style)
{
  return mn_block_new (MN_BLOCK_PARAGRAPH, text, style, style & MN_STYLE_HEADING ? 2 : 0, 0);
}

int
main (void)
{
  g_autoptr (GPtrArray) c = g_ptr_array_new_with_free_func ((GDestroyNotify) mn_block_free);
  const char *const row[] = { "Sagsnr.:", "14/34266" };
  MnClass *k;

  g_ptr_array_add (c, para ("3. Budget 2025", 0));
  g_ptr_array_add (c, para ("Punkt 4: Lukket: Salg af grund", 0));
  g_ptr_array_add (c, para ("1.1 Status siden sidst", 0));
  g_ptr_array_add (c, para ("Åben sag", 0));
  g_ptr_array_add (c, para ("Lukket", 0));
  g_ptr_array_add (c, para ("Åbent referat", 0));
  g_ptr_array_add (c, para ("Sagsfremstilling", 0));
  g_ptr_array_add (c, para ("Referat: Godkendt.", 0));
  g_ptr_array_add (c, para ("Sagsnr.: 2011-29298", 0));
  g_ptr_array_add (c, mn_block_new_row (row, 2, 0));
  g_ptr_array_add (c, para ("Underskriftsside", 0));
  g_ptr_array_add (c, para ("Indholdsfortegnelse", MN_STYLE_RUNNING));
  g_ptr_array_add (c, para ("10.00 Ankomst", 0));
  g_ptr_array_add (c, para ("1 Åben Regnskab 2015 225021/16", 0));
  /* the numbered-title test's cheap refusal (may_be_numbered_title) and
   * what it must let through */
  g_ptr_array_add (c, para ("1 - 3298974 Åben Kvalitetsrapport 2021/22 (26277/22) (H)", 0));
  g_ptr_array_add (c, para ("12. 2. behandling af Budget 2024-27", MN_STYLE_HEADING));
  g_ptr_array_add (c, para ("8) Økonomi", 0));
  g_ptr_array_add (c, para ("2024 blev et godt år", 0));
  k = mn_classify (c);

  TAP_OK (k[0].title && k[0].number == 3, "\"3. Budget 2025\" is item 3's title");
  IS_STR (k[0].title_text, "Budget 2025", "with its title");
  TAP_OK (k[1].title && k[1].number == 4, "\"Punkt 4: ...\" too");
  TAP_OK (k[2].title && k[2].number == -1, "a sub-item has no number of its own");
  IS_STR (k[2].number_label, "1.1", "but its label");
  IS_INT (k[3].access, MN_ACCESS_OPEN, "an access line");
  IS_INT (k[4].access_word, MN_ACCESS_CLOSED, "a bare access word");
  IS_INT (k[5].part, MN_ACCESS_OPEN, "a part marker");
  IS_INT (k[6].section, MN_SECTION_PRESENTATION, "a section heading and its kind");
  TAP_OK (k[7].inline_kind == MN_SECTION_DECISION && k[7].inline_len == strlen ("Referat:"),
          "an inline heading, its kind and its length");
  TAP_OK (k[8].label, "a label line");
  IS_STR (k[8].case_number, "2011-29298", "its case number");
  TAP_OK (k[9].label_row && g_strcmp0 (k[9].case_number, "14/34266") == 0, "a label row");
  TAP_OK (k[10].back_matter, "a signature page");
  TAP_OK (k[11].toc_heading && !k[11].text, "a running header is no text, but still heads a table of contents");
  TAP_OK (!k[12].title, "a time is no title");
  TAP_OK (!k[13].title, "an attachment row is no title");
  TAP_OK (!k[14].title, "an attachment line (a number and a dash) is no title");
  TAP_OK (k[15].title && g_strcmp0 (k[15].number_label, "12") == 0,
          "a heading-styled \"12. 2. behandling\" titles item 12");
  TAP_OK (k[16].title && k[16].number == 8, "a capital past ASCII (Ø) opens a title");
  TAP_OK (!k[17].title, "a year and a lower-case word are no title");
  TAP_OK (k[6].section >= 0 && !k[6].title && k[6].access == MN_ACCESS_UNKNOWN && !k[6].label,
          "and a heading is nothing else");
  mn_classes_free (k, c->len);
  return tap_done ();
}
