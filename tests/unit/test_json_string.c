/* mn_json_append_string (core/json_string.c): the escapes JSON needs, and
 * every byte that is not UTF-8 as U+FFFD, whatever run it is in. */
#include <string.h>
#include <limits.h>
#include <minutes/plugin.h>
#include "gstring_put.h"
#include "tap.h"

static char *
quoted (const char *s)
{
  GString *out = g_string_new (NULL);

  mn_json_append_string (out, s);
  return g_string_free (out, FALSE);
}

static void
is_json (const char *s, const char *want, const char *name)
{
  g_autofree char *got = quoted (s);
  IS_STR (got, want, "%s", name);
}

/* The escaper as it was, GLib's validator over each run: the new one
 * scans once and must write the same bytes. */
static char *
reference (const char *s)
{
  GString *out = g_string_new ("\"");
  const char *p = s;

  while (*p)
    {
      const char *end = p, *bad;
      while (*end && !((guchar) *end < 0x20 || *end == '"' || *end == '\\'))
        end++;
      while (!g_utf8_validate (p, end - p, &bad))
        {
          g_string_append_len (out, p, bad - p);
          g_string_append (out, "\xEF\xBF\xBD");
          p = bad + 1;
        }
      g_string_append_len (out, p, end - p);
      p = end;
      if (*p == '\0')
        break;
      if (*p == '"' || *p == '\\')
        g_string_append_printf (out, "\\%c", *p);
      else if (*p == '\n' || *p == '\r' || *p == '\t' || *p == '\b' || *p == '\f')
        g_string_append_printf (out, "\\%c", "nrtbf"[strchr ("\n\r\t\b\f", *p) - "\n\r\t\b\f"]);
      else
        g_string_append_printf (out, "\\u%04x", (guchar) *p);
      p++;
    }
  g_string_append_c (out, '"');
  return g_string_free (out, FALSE);
}

/* Random strings from bytes that make and break UTF-8 sequences: the
 * boundaries of table 3-7 (overlong forms, surrogates, past U+10FFFF),
 * and with plain_eighths of 8 of their bytes printable ASCII: how many of
 * n strings of up to max_len bytes are not escaped as the reference. */
static guint
differences (GRand *rand, int n, int max_len, int plain_eighths)
{
  static const guchar pieces[] = { 'a', ' ', '"', '\\', '\n', 0x01, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0,
                                   0xbf, 0xc0, 0xc1, 0xc2, 0xc3, 0xdf, 0xe0, 0xe1, 0xec, 0xed, 0xee,
                                   0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xff };
  guint differ = 0;

  for (int i = 0; i < n; i++)
    {
      char s[80];
      int len = g_rand_int_range (rand, 1, MIN (max_len, (int) sizeof s - 1) + 1);
      for (int k = 0; k < len; k++)
        s[k] = g_rand_int_range (rand, 0, 8) < plain_eighths ? (char) g_rand_int_range (rand, 0x20, 0x7f)
               : (char) pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))];
      s[len] = '\0';
      g_autofree char *want = reference (s);
      g_autofree char *got = quoted (s);
      if (strcmp (want, got) != 0 && differ++ < 5)
        printf ("# differs on a string of %d bytes: %s / %s\n", len, want, got);
    }
  return differ;
}

static void
same_as_reference (void)
{
  GRand *rand = g_rand_new_with_seed (20261202);

  IS_INT (differences (rand, 20000, 11, 0), 0,
          "20,000 random strings of UTF-8's boundary bytes: as GLib's validator over each run");
  /* and mostly plain ASCII, as a paper's text is, up to 70 bytes: the
   * eight-byte steps, and a byte that ends them at every offset in them */
  IS_INT (differences (rand, 20000, 70, 7), 0,
          "20,000 random strings mostly of plain ASCII: as GLib's validator over each run");
  g_rand_free (rand);
}

/* mn_put_int (gstring_put.h), the writer's numbers: as "%d" prints them. */
static void
ints_as_printf (void)
{
  const int values[] = { 0, 7, -7, 10, 99, 100, 2024, -2024, 123456789, INT_MAX, INT_MIN, INT_MIN + 1 };

  for (gsize i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autoptr (GString) out = g_string_new ("x");
      g_autofree char *want = g_strdup_printf ("x%d", values[i]);
      mn_put_int (out, values[i]);
      IS_STR (out->str, want, "mn_put_int (%d) appends what %%d prints", values[i]);
    }
}

int
main (void)
{
  g_autofree char *long_ascii = g_strnfill (10000, 'a');
  g_autofree char *long_want = g_strdup_printf ("\"%s\"", long_ascii);
  g_autofree char *long_mixed = g_strconcat (long_ascii, "\xff", long_ascii, NULL);
  g_autofree char *long_mixed_want = g_strdup_printf ("\"%s\xEF\xBF\xBD%s\"", long_ascii, long_ascii);

  is_json ("", "\"\"", "the empty string");
  is_json ("Budget 2025", "\"Budget 2025\"", "ASCII as it is");
  is_json ("Økonomiudvalget – referat", "\"Økonomiudvalget – referat\"", "UTF-8 as it is");
  is_json ("a \"b\" \\ c", "\"a \\\"b\\\" \\\\ c\"", "quote and backslash escaped");
  is_json ("1\n2\r3\t4\b5\f6", "\"1\\n2\\r3\\t4\\b5\\f6\"", "the short escapes");
  is_json ("x\001y\037", "\"x\\u0001y\\u001f\"", "other controls as \\u00XX");
  is_json ("\"", "\"\\\"\"", "an escape alone");
  is_json ("ab\"", "\"ab\\\"\"", "an escape last");
  is_json ("\xff", "\"\xEF\xBF\xBD\"", "a byte that is no UTF-8 is U+FFFD");
  is_json ("æ\xc3\n\xa5", "\"æ\xEF\xBF\xBD\\n\xEF\xBF\xBD\"",
           "a sequence cut by an escape is two U+FFFD, the escape kept");
  is_json ("referat\xff\001.txt", "\"referat\xEF\xBF\xBD\\u0001.txt\"", "a file name's odd bytes");
  is_json (long_ascii, long_want, "10,000 ASCII bytes as they are");
  is_json (long_mixed, long_mixed_want, "one bad byte inside a long run");
  is_json ("\xed\xa0\x80 \xf4\x90\x80\x80 \xe0\x80\xaf \xf0\x9f\x98\x80",
           "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD "
           "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD \xf0\x9f\x98\x80\"",
           "a surrogate, past U+10FFFF, an overlong '/': a U+FFFD per byte; an emoji as it is");
  same_as_reference ();
  ints_as_printf ();
  return tap_done ();
}
