/* core/agenda/unplaced.c: the unplaced measure's count of words, case-
 * folded as a multiset, folding most words as it reads them and the rest
 * through GLib -- against a reference that splits by mn_word_char and
 * folds every word with g_utf8_casefold, on the standard cases and on
 * 20,000 random pairs of strings of ASCII, Latin-1 and other letters,
 * signs, and words over the 64 bytes folded on the stack. */
#include <string.h>
#include "tap.h"
#include "agenda/agenda.h"
#include "agenda/words.h"

static void
reference_count (GHashTable *counts, const char *p, int sign)
{
  while (p && *p)
    {
      const char *start;
      while (*p && !mn_word_char (p))
        p = (guchar) *p < 0x80 ? p + 1 : g_utf8_next_char (p);
      start = p;
      while (*p && mn_word_char (p))
        p = (guchar) *p < 0x80 ? p + 1 : g_utf8_next_char (p);
      if (p > start)
        {
          char *folded = g_utf8_casefold (start, p - start);
          int n = GPOINTER_TO_INT (g_hash_table_lookup (counts, folded));
          g_hash_table_replace (counts, folded, GINT_TO_POINTER (n + sign));
        }
    }
}

static guint64
reference (const char *input, const char *output)
{
  GHashTable *counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter it;
  gpointer value;
  guint64 missing = 0;

  reference_count (counts, input, +1);
  reference_count (counts, output, -1);
  g_hash_table_iter_init (&it, counts);
  while (g_hash_table_iter_next (&it, NULL, &value))
    missing += (guint64) MAX (0, GPOINTER_TO_INT (value));
  g_hash_table_destroy (counts);
  return missing;
}

static char *
random_text (GRand *rand)
{
  static const char *const pieces[] = { "a", "Z", "q", "0", "9", " ", " ", ".", "-", "\n",
                                        "æ", "Æ", "Ø", "ø", "å", "Å", "é", "É", "ß", "ẞ", "×", "÷",
                                        "Σ", "σ", "ς", "İ", "ǅ", "日", "—", "€", "\xc3\x9f",
                                        "abcdefghijklmnopqrstuvwxyzabcdefghijklmnop" };
  GString *s = g_string_new (NULL);
  int n = g_rand_int_range (rand, 0, 12);

  for (int k = 0; k < n; k++)
    g_string_append (s, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
  return g_string_free (s, FALSE);
}

int
main (void)
{
  GRand *rand = g_rand_new_with_seed (20261204);
  guint differ = 0;

  IS_INT (mn_unplaced_words_missing ("Æble ÆBLE æble x", "æble ÆBLE"), 2, "folded, counted as a multiset");
  IS_INT (mn_unplaced_words_missing ("STRASSE Straße", "strasse strasse"), 0, "ß folds to ss, through GLib");
  IS_INT (mn_unplaced_words_missing ("ΣΟΦΊΑ", "σοφία"), 0, "a Greek word, through GLib");
  IS_INT (mn_unplaced_words_missing ("3×4 ÷ 2", "3 4 2"), 0, "× and ÷ part words");
  IS_INT (mn_unplaced_words_missing ("Åben Sag", NULL), 2, "nothing in the output");
  {
    /* 64 bytes fold on the stack, 65 through GLib: the same word */
    char w64[65], w65[66], u64[65], u65[66];
    memset (w64, 'a', 64), w64[64] = '\0';
    memset (w65, 'a', 65), w65[65] = '\0';
    memset (u64, 'A', 64), u64[64] = '\0';
    memset (u65, 'A', 65), u65[65] = '\0';
    IS_INT (mn_unplaced_words_missing (w64, u64), 0, "a 64-byte word, folded as read");
    IS_INT (mn_unplaced_words_missing (w65, u65), 0, "a 65-byte word, folded by GLib");
    IS_INT (mn_unplaced_words_missing (w65, w64), 1, "and not the 64-byte one");
  }
  for (int i = 0; i < 20000; i++)
    {
      g_autofree char *input = random_text (rand);
      g_autofree char *output = random_text (rand);
      guint64 got = mn_unplaced_words_missing (input, output), want = reference (input, output);
      if (got != want && differ++ < 5)
        printf ("# \"%s\" less \"%s\": %" G_GUINT64_FORMAT ", the reference %" G_GUINT64_FORMAT "\n",
                input, output, got, want);
    }
  IS_INT (differ, 0, "20,000 random pairs: as the reference counts them");
  g_rand_free (rand);
  return tap_done ();
}
