/* core/regex.c against GRegex, which it replaced: the same patterns over
 * the same subjects give the same matches, groups, next matches,
 * replacements and pieces -- Unicode classes, case folding, line ends and
 * groups that take no part included -- and matches nest. */
#include <string.h>
#include "tap.h"
#include "regex.h"

static const char *const patterns[] = {
  "^\\w+$", "^\\d{1,2}\\.\\s*(\\p{L}+)", "^a$", "^a.$", "^\\s$", "\\bog\\b", "^[[:alpha:]]+$",
  "\\R", "^\\p{Lu}", "^.$", "(\\d+)|(x)", "^(?:Punkt\\s+(\\d+)|(\\d+)\\.)\\s+(\\p{Lu}.*)$",
  "(\\d{1,2})\\.\\s*([[:alpha:]]+)\\.?(?:\\s+(\\d{4}))?", "\\s*(?:,|;|/|\\bog\\b|\\n)\\s*",
  "</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]*)?/?>", "^\\s*[*_](\\S(?:.*\\S)?)[*_]\\s*$",
};

static const char *const subjects[] = {
  "æøå", "ÆØÅ", "٣", "12", "a", "a\r", "a\n", "a\xe2\x80\xa8", "a\xc2\x85", "\xc2\xa0", "\r",
  "Punkt 3 Budget", "12. Økonomi", "3. marts 2024 og 4. april", "Fra 1. maj.", "x og y, z / w\nv",
  "a <b>fed</b> <br/> tekst", "*fremhævet*", "", "og", "ab12x34",
};

static char *
glib_fetch_all (GRegex *re, const char *s)
{
  GString *out = g_string_new (NULL);
  g_autoptr (GMatchInfo) mi = NULL;

  g_regex_match (re, s, 0, &mi);
  while (g_match_info_matches (mi))
    {
      for (int n = 0; n <= 4; n++)
        {
          g_autofree char *g = g_match_info_fetch (mi, n);
          g_string_append_printf (out, "[%s]", g ? g : "NULL");
        }
      g_string_append_c (out, ';');
      g_match_info_next (mi, NULL);
    }
  return g_string_free (out, FALSE);
}

static char *
mn_fetch_all (const MnRegex *re, const char *s)
{
  GString *out = g_string_new (NULL);
  MnMatch m;

  for (gboolean found = mn_regex_match (re, s, &m); found; found = mn_match_next (&m))
    {
      for (int n = 0; n <= 4; n++)
        {
          g_autofree char *g = mn_match_fetch (&m, n);
          g_string_append_printf (out, "[%s]", g ? g : "NULL");
        }
      g_string_append_c (out, ';');
    }
  return g_string_free (out, FALSE);
}

/* Each pattern is run over the subjects for ROUNDS rounds, and as many
 * times again as it takes to be compiled: the first matches are
 * interpreted, the later ones by the JIT's machine code (a pattern is
 * compiled at its MN_REGEX_JIT_AFTER-th match), and both must be
 * GRegex's. */
#define ROUNDS 8

static void
same_as_glib (const char *pattern, gboolean caseless)
{
  GRegex *g = g_regex_new (pattern, caseless ? G_REGEX_CASELESS : 0, 0, NULL);
  MnRegex *slot = NULL;
  MnRegex *m = mn_regex (&slot, pattern, caseless ? MN_REGEX_CASELESS : 0);
  guint differ = 0;

  for (gsize i = 0; i < ROUNDS * G_N_ELEMENTS (subjects) + MN_REGEX_JIT_AFTER; i++)
    {
      g_autofree char *want = glib_fetch_all (g, subjects[i % G_N_ELEMENTS (subjects)]);
      g_autofree char *got = mn_fetch_all (m, subjects[i % G_N_ELEMENTS (subjects)]);
      g_autofree char *want_replaced = g_regex_replace_literal (g, subjects[i % G_N_ELEMENTS (subjects)], -1, 0, "#", 0, NULL);
      g_autofree char *got_replaced = mn_regex_replace (m, subjects[i % G_N_ELEMENTS (subjects)], "#");
      g_autofree char *want_group = g_regex_replace (g, subjects[i % G_N_ELEMENTS (subjects)], -1, 0, "\\1", 0, NULL);
      g_autofree char *got_group = mn_regex_replace_group (m, subjects[i % G_N_ELEMENTS (subjects)], 1);

      if (strcmp (want, got) != 0 || strcmp (want_replaced, got_replaced) != 0
          || strcmp (want_group, got_group) != 0)
        {
          differ++;
          printf ("# %s on \"%s\": GRegex %s / %s / %s, MnRegex %s / %s / %s\n", pattern, subjects[i % G_N_ELEMENTS (subjects)], want,
                    want_replaced, want_group, got, got_replaced, got_group);
        }
    }
  TAP_OK (differ == 0, "%s%s: as GRegex on %zu subjects (matches, groups, replacements)%s", pattern,
          caseless ? " (caseless)" : "", G_N_ELEMENTS (subjects),
          mn_regex_is_jit (m) ? ", interpreted and compiled" : "");
  g_regex_unref (g);
  mn_regex_free (m);
}

int
main (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (patterns); i++)
    same_as_glib (patterns[i], FALSE);
  same_as_glib ("^(beslutning|æ)\\b", TRUE);
  same_as_glib ("ø+", TRUE);

  {
    MnRegex *sep = MN_REGEX ("\\s*(?:,|;|\\bog\\b)\\s*", 0);
    g_auto (GStrv) got = mn_regex_split (sep, ",a og b;;c,");
    g_auto (GStrv) none = mn_regex_split (sep, "");
    g_autofree char *joined = g_strjoinv ("|", got);
    IS_STR (joined, "|a|b||c|", "split keeps the empty pieces, first and last, as g_regex_split");
    IS_INT (g_strv_length (none), 0, "an empty text splits into nothing");
  }
  {
    /* a match held while another is made (vocabulary functions call each other) */
    MnMatch outer, inner;
    TAP_OK (mn_regex_match (MN_REGEX ("(\\d+)-(\\d+)", 0), "10-20", &outer), "outer match");
    TAP_OK (mn_regex_match (MN_REGEX ("(\\p{L}+)", 0), "inner", &inner), "inner match");
    g_autofree char *a = mn_match_fetch (&outer, 2);
    IS_STR (a, "20", "the outer match keeps its groups through the inner one");
  }
  {
    /* a pattern matched often is compiled; where the compiled code's
     * stack (32 KB) is too small for a subject, the interpreter matches */
    MnRegex *slot = NULL;
    MnRegex *re = mn_regex (&slot, "^(a|b)*c", 0);
    GString *long_subject = g_string_new (NULL);
    guint found = 0;

    for (int i = 0; i < 100000; i++)
      g_string_append_c (long_subject, i % 2 ? 'a' : 'b');
    g_string_append_c (long_subject, 'c');
    for (int i = 0; i < MN_REGEX_JIT_AFTER + 24; i++)
      found += mn_regex_match (re, i % 2 ? "abc" : long_subject->str, NULL);
    IS_INT (found, MN_REGEX_JIT_AFTER + 24, "a repeated group over 100,000 characters matches, compiled or not");
    if (mn_regex_jit_enabled ())
      TAP_OK (mn_regex_is_jit (re), "a pattern matched %d times is compiled to machine code", MN_REGEX_JIT_AFTER + 24);
    else
      TAP_OK (!mn_regex_is_jit (re), "no JIT here (valgrind, or PCRE2 without one): interpreted");
    g_string_free (long_subject, TRUE);
    mn_regex_free (re);
  }
  {
    MnMatch m;
    TAP_OK (!mn_regex_match (MN_REGEX ("^\\w+$", 0), "bad \xff byte", &m) && !mn_match_found (&m),
            "a subject that is not UTF-8 is no match, not a crash");
    TAP_OK (mn_match_fetch (&m, 0) == NULL, "and fetches nothing");
  }
  return tap_done ();
}
