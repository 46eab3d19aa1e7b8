/* core/agenda/fold.c: mn_fold_into is g_utf8_casefold, whether it folds a
 * text itself (ASCII, the Latin-1 letters) or hands it to GLib (anything
 * else), appended after what the string holds. */
#include <string.h>
#include "tap.h"
#include "agenda/fold.h"

static const char *const texts[] = {
  "", "Budget 2025", "ØKONOMIUDVALGET", "Æble, Øl og Åen", "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ",
  "× and ÷ stay", "Straße", "ΣΊΣΥΦΟΣ", "İstanbul", "ǅemal", "ﬁle", "mixed Æ and Σ", "æøå already",
  "@[`{ edges of A-Z", "\xc3", "Ab\xc3", "økonomiudvalget", "STRASSE",
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
  differ = 0;
  for (gsize i = 0; i < G_N_ELEMENTS (texts); i++)
    for (gsize k = 0; k < G_N_ELEMENTS (texts); k++)
      {
        /* every text against every text's fold: equal exactly when GLib's folds are */
        g_autofree char *fold_i = g_utf8_casefold (texts[i], (gssize) strlen (texts[i]));
        g_autofree char *fold_k = g_utf8_casefold (texts[k], (gssize) strlen (texts[k]));
        gboolean want = strcmp (fold_i, fold_k) == 0;
        if (mn_fold_equals (texts[i], strlen (texts[i]), fold_k) != want)
          {
            differ++;
            printf ("# mn_fold_equals (\"%s\", fold of \"%s\") is not %d\n", texts[i], texts[k], want);
          }
      }
  IS_INT (differ, 0, "mn_fold_equals of every text against every fold: as comparing GLib's folds");
  differ = 0;
  {
    guint folded = 0;
    for (gsize i = 0; i < G_N_ELEMENTS (texts); i++)
      for (const char *p = texts[i]; *p; p += MIN ((gsize) g_utf8_skip[(guchar) *p], strlen (p)))
        {
          /* a character folded here, or refused: never a fold other than
           * GLib's (a lead byte cut by the NUL is one character to its end) */
          guchar out[2];
          gsize n = mn_fold_char (p, out), len = MIN ((gsize) g_utf8_skip[(guchar) *p], strlen (p));
          g_autofree char *want = g_utf8_casefold (p, (gssize) len);
          if (n == 0)
            continue;
          folded++;
          if (n != len || strlen (want) != n || memcmp (out, want, n) != 0)
            {
              differ++;
              printf ("# mn_fold_char (\"%.*s\") is not %s\n", (int) len, p, want);
            }
        }
    IS_INT (differ, 0, "mn_fold_char: the %u characters it folds, as g_utf8_casefold", folded);
    TAP_OK (folded >= 8 && !mn_fold_char ("ß", (guchar[2]) { 0 }) && !mn_fold_char ("Σ", (guchar[2]) { 0 })
            && !mn_fold_char ("\xc3", (guchar[2]) { 0 }) && !mn_fold_char ("×", (guchar[2]) { 0 }),
            "mn_fold_char refuses ß, Greek, × and a cut letter (GLib's to fold)");
  }
  TAP_OK (mn_fold_equals ("SAGSFREMSTILLING", 16, "sagsfremstilling") && !mn_fold_equals ("Sagsfrem", 8, "sagsfremstilling")
          && !mn_fold_equals ("Sagsfremstillinger", 18, "sagsfremstilling"),
          "a fold and its prefix or extension are told apart");
  {
    g_autofree char *f = mn_fold ("Økonomiudvalgets BESLUTNING");
    IS_STR (f, "økonomiudvalgets beslutning", "mn_fold of a heading");
  }
  return tap_done ();
}
