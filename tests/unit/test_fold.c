/* core/agenda/fold.c: mn_fold_into is g_utf8_casefold, whether it folds a
 * text itself (ASCII, the Latin-1 letters) or hands it to GLib (anything
 * else), appended after what the string holds. */
#include <string.h>
#include "tap.h"
#include "agenda/fold.h"

static const char *const texts[] = {
  "", "Budget 2025", "ØKONOMIUDVALGET", "Æble, Øl og Åen", "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ",
  "× and ÷ stay", "Straße", "ΣΊΣΥΦΟΣ", "İstanbul", "ǅemal", "ﬁle", "mixed Æ and Σ", "æøå already",
  "@[`{ edges of A-Z", "\xc3", "Ab\xc3",
};

int
main (void)
{
  guint differ = 0;

  for (gsize i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      gsize len = strlen (texts[i]);
      /* a text cut inside a Latin-1 letter is still folded as GLib does */
      for (gsize short_by = 0; short_by < 2 && short_by <= len; short_by++)
        {
          gsize cut = len - short_by;
          GString *out = g_string_new ("prefix|");
          g_autofree char *want_tail = g_utf8_casefold (texts[i], (gssize) cut);
          g_autofree char *want = g_strconcat ("prefix|", want_tail, NULL);

          mn_fold_into (out, texts[i], cut);
          if (strcmp (out->str, want) != 0 || out->len != strlen (want))
            {
              differ++;
              printf ("# \"%s\" [0,%zu): %s, GLib %s\n", texts[i], cut, out->str, want);
            }
          g_string_free (out, TRUE);
        }
    }
  IS_INT (differ, 0, "%zu texts, whole and cut a byte short: as g_utf8_casefold, after what was there",
          G_N_ELEMENTS (texts));
  {
    g_autofree char *f = mn_fold ("Økonomiudvalgets BESLUTNING");
    IS_STR (f, "økonomiudvalgets beslutning", "mn_fold of a heading");
  }
  return tap_done ();
}
