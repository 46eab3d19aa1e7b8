/* unicode pass */
#include <string.h>
#include "tap.h"
#include "blocks_helpers.h"
#include "normalize/normalize.h"

int
main (void)
{
  gboolean bullet;
  g_autofree char *a = mn_unicode_clean ("e\xcc\x81t", &bullet);
  g_autofree char *b = mn_unicode_clean ("5\xc2\xa0pct.", &bullet);
  g_autofree char *c = mn_unicode_clean ("sagsbeh\xc2\xad" "andling\xe2\x80\x8b", &bullet);
  g_autofree char *d = mn_unicode_clean ("\xef\x82\xb7 Direktionens \xe2\x80\x9cplan\xe2\x80\x9d \xe2\x80\x93 ok", &bullet);
  g_autofree char *e = NULL;
  g_autoptr (GPtrArray) blocks = lines ("\xe2\x80\xa2 flere ledige\nikke \xe2\x80\xa2 her");
  g_autofree char *dumped = NULL;
  g_autoptr (GPtrArray) mixed = lines ("\xc3\x98konomiudvalget \xe2\x80\x93 \xe2\x80\x9cplan\xe2\x80\x9d 2024 \xe2\x82\xac\n"
                                      "a\fb\n5\xc2\xa0pct.\nsags\xc2\xad" "beh\ne\xcc\x81t\n\xc2\xb7 punkt");
  g_autofree char *mixed_dumped = NULL;

  IS_STR (a, "\xc3\xa9t", "decomposed e + acute becomes NFC");
  IS_STR (b, "5 pct.", "non-breaking space becomes a space");
  IS_STR (c, "sagsbehandling", "soft hyphen and zero-width space are dropped");
  IS_STR (d, " Direktionens \xe2\x80\x9cplan\xe2\x80\x9d \xe2\x80\x93 ok",
          "private-use bullet dropped, typographic quotes and dash kept");
  TAP_OK (bullet, "a leading private-use glyph marks a list item");
  e = mn_unicode_clean ("midt \xef\x82\xb7 i", &bullet);
  TAP_OK (!bullet, "a glyph inside a line is no list item");
  mn_pass_unicode (blocks);
  dumped = dump (blocks);
  IS_STR (dumped, "L-:flere ledige\nL:ikke  her", "pass marks bullet lines and strips the glyph");
  /* the pass leaves a clean line as it is and cleans each kind of the rest */
  mn_pass_unicode (mixed);
  mixed_dumped = dump (mixed);
  IS_STR (mixed_dumped,
          "L:\xc3\x98konomiudvalget \xe2\x80\x93 \xe2\x80\x9cplan\xe2\x80\x9d 2024 \xe2\x82\xac\n"
          "L:a b\nL:5 pct.\nL:sagsbeh\nL:\xc3\xa9t\nL-:punkt",
          "pass: a clean line kept, form feed, odd space, soft hyphen, decomposition, middle-dot bullet each cleaned");
  {
    /* every letter of U+00C0-U+00FF (× and ÷ too) is as the pass leaves
     * it: such a line is kept, its very string; a lead byte without its
     * second is not */
    GString *latin1 = g_string_new ("Latin-1: ");
    g_autoptr (GPtrArray) kept = mn_blocks_new ();
    char *before;
    for (gunichar c = 0xC0; c <= 0xFF; c++)
      g_string_append_unichar (latin1, c);
    g_ptr_array_add (kept, mn_block_new (MN_BLOCK_LINE, latin1->str, 0, 0, 0));
    g_ptr_array_add (kept, mn_block_new (MN_BLOCK_LINE, "cut \xc3", 0, 0, 0));
    before = ((MnBlock *) g_ptr_array_index (kept, 0))->text;
    mn_pass_unicode (kept);
    TAP_OK (((MnBlock *) g_ptr_array_index (kept, 0))->text == before
            && strcmp (before, latin1->str) == 0, "a line of U+00C0-U+00FF is kept as it is, not copied");
    IS_STR (((MnBlock *) g_ptr_array_index (kept, 1))->text, "cut \xef\xbf\xbd",
            "a lead byte cut off at the end is U+FFFD (and nothing past the end is read)");
    g_string_free (latin1, TRUE);
  }
  {
    /* printable ASCII is stepped over eight bytes at a time: a form feed,
     * a no-break space or a soft hyphen at any of the first 24 bytes of a
     * long ASCII line is still met and cleaned */
    static const char *const odd[] = { "\f", "\xc2\xa0", "\xc2\xad" };
    static const char *const want[] = { " ", " ", "" };
    gboolean all = TRUE;
    for (gsize k = 0; k < G_N_ELEMENTS (odd); k++)
      for (int at = 0; at < 24; at++)
        {
          g_autoptr (GPtrArray) blocks = mn_blocks_new ();
          g_autofree char *head = g_strnfill (at, 'a');
          g_autofree char *line = g_strconcat (head, odd[k], "bbbbbbbbbbbbbbbbbbbb", NULL);
          g_autofree char *expect = g_strconcat (head, want[k], "bbbbbbbbbbbbbbbbbbbb", NULL);
          g_ptr_array_add (blocks, mn_block_new (MN_BLOCK_LINE, line, 0, 0, 0));
          mn_pass_unicode (blocks);
          all &= strcmp (((MnBlock *) g_ptr_array_index (blocks, 0))->text, expect) == 0;
        }
    TAP_OK (all, "a character to clean is met wherever it stands in a long ASCII line");
  }
  return tap_done ();
}
