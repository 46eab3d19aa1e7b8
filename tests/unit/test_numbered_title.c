/* classify.c's numbered titles: the number's pattern, then the title to
 * the end in C (title_to_end), against the whole pattern it replaced,
 * "(\p{Lu}.{0,240})$" and all -- on lines built from the title forms'
 * openings, capitals and not, titles of 0 to 250 characters of one and
 * more bytes, and every line end PCRE2's NEWLINE_ANY knows, at the end
 * and inside.  (No opening reads as a time, "3.10 ...", which the
 * classifier refuses after the pattern, old and new alike.) */
#include <string.h>
#include "tap.h"
#include "agenda/agenda.h"
#include "regex.h"

static const char *const openings[] = { "1. ", "12 ", "3.1 ", "1.2.3 ", "700. ", "Punkt 3: ", "Pkt. 4 ", "Pkt 4 - ",
                                        "Sag nr. 5: ", "Sag 6 ", "Dagsordenspunkt 7) ", "3 - ", "8)\t", "9:\xc2\xa0",
                                        "10  ", "Punkt 11 – " };
static const char *const capitals[] = { "B", "Å", "É", "Σ", "b", "ø", "1", "-" };
static const char *const letters[] = { "a", " ", "æ", "ø", "—", "€", "日", "x", "." };
static const char *const ends[] = { "", "\n", "\r\n", "\r", "\n\n", "\x0b", "\x0c", "\xc2\x85", "\xe2\x80\xa8",
                                    "\xe2\x80\xa9", "\nmere", "\r\nmere", "\xc2\x85mere", " " };

/* The title as the whole pattern reads it, or NULL */
static char *
reference (const char *text)
{
  static MnRegex *slot;
  MnRegex *re = mn_regex (&slot, "^(?:(?:Punkt|Pkt\\.?|Dagsordenspunkt|Sag(?:\\s+nr\\.)?)\\s+(\\d{1,3})"
                          "\\s*(?:[.:)]|\\s[-–])?|(\\d{1,3}(?:\\.\\d{1,2})*)\\s*[.:)]?)\\s+(\\p{Lu}.{0,240})$", 0);
  MnMatch m;

  return mn_regex_match (re, text, &m) ? mn_match_fetch (&m, 3) : NULL;
}

int
main (void)
{
  GRand *rand = g_rand_new_with_seed (20261204);
  guint differ = 0, titles = 0, n = 0;

  for (int i = 0; i < 6000; i++)
    {
      GString *s = g_string_new (openings[g_rand_int_range (rand, 0, G_N_ELEMENTS (openings))]);
      /* about the bound: 235 to 245 characters after the capital, or few */
      int len = g_rand_boolean (rand) ? g_rand_int_range (rand, 235, 246) : g_rand_int_range (rand, 0, 30);
      g_autoptr (GPtrArray) c = g_ptr_array_new_with_free_func ((GDestroyNotify) mn_block_free);
      g_autofree char *want = NULL;
      MnClass *k;

      g_string_append (s, capitals[g_rand_int_range (rand, 0, G_N_ELEMENTS (capitals))]);
      for (int j = 0; j < len; j++)
        g_string_append (s, letters[g_rand_int_range (rand, 0, G_N_ELEMENTS (letters))]);
      g_string_append (s, ends[g_rand_int_range (rand, 0, G_N_ELEMENTS (ends))]);
      g_ptr_array_add (c, mn_block_new (MN_BLOCK_PARAGRAPH, s->str, 0, 0, 0));
      want = reference (s->str);
      k = mn_classify (c);
      n++;
      titles += want != NULL;
      if (!!k[0].title != (want != NULL) || (want && g_strcmp0 (k[0].title_text, want) != 0))
        if (differ++ < 5)
          printf ("# \"%s\": %s, the whole pattern %s\n", s->str, k[0].title ? k[0].title_text : "(none)",
                  want ? want : "(none)");
      mn_classes_free (k, c->len);
      g_string_free (s, TRUE);
    }
  printf ("# %u lines, %u titles by the whole pattern\n", n, titles);
  TAP_OK (titles > 1000 && titles < n - 1000, "the lines hold titles and others alike");
  IS_INT (differ, 0, "every line: the title the whole pattern reads, or none where it reads none");
  g_rand_free (rand);
  return tap_done ();
}
