/* core/agenda/words.c: eight ASCII bytes at a time, the same count as a
 * character at a time -- on the standard cases and on 50,000 random
 * strings of ASCII letters, digits, punctuation and multi-byte letters
 * and signs, at every offset against the 8-byte steps. */
#include <string.h>
#include "tap.h"
#include "agenda/words.h"

/* The count as the measure made it before: a character at a time. */
static guint64
reference (const char *p)
{
  guint64 n = 0;

  while (p && *p)
    {
      while (*p && !mn_word_char (p))
        p = (guchar) *p < 0x80 ? p + 1 : g_utf8_next_char (p);
      if (*p)
        n++;
      while (*p && mn_word_char (p))
        p = (guchar) *p < 0x80 ? p + 1 : g_utf8_next_char (p);
    }
  return n;
}

int
main (void)
{
  static const char *const pieces[] = { "a", "Z", "0", "9", " ", ".", "-", "@", "[", "`", "{", "/", ":",
                                        "æ", "Ø", "å", "×", "÷", "é", "ß", "—", "€", "Σ", "日", "\t", "\n" };
  GRand *rand = g_rand_new_with_seed (20261202);
  guint differ = 0;

  IS_INT (mn_words_count (""), 0, "no words in nothing");
  IS_INT (mn_words_count ("Økonomiudvalget godkendte budget 2025."), 4, "a sentence");
  IS_INT (mn_words_count ("abcdefgh ijklmnop"), 2, "words across the 8-byte steps");
  IS_INT (mn_words_count ("3×4 ÷ 2"), 3, "× and ÷ part words");
  for (int i = 0; i < 50000; i++)
    {
      GString *s = g_string_new (NULL);
      int n = g_rand_int_range (rand, 0, 40);
      for (int k = 0; k < n; k++)
        g_string_append (s, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
      if (mn_words_count (s->str) != reference (s->str) && differ++ < 5)
        printf ("# \"%s\": %" G_GUINT64_FORMAT ", a character at a time %" G_GUINT64_FORMAT "\n", s->str,
                mn_words_count (s->str), reference (s->str));
      g_string_free (s, TRUE);
    }
  IS_INT (differ, 0, "50,000 random strings: as a character at a time");
  g_rand_free (rand);
  return tap_done ();
}
