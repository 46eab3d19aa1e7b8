/* mn_json_append_string (core/json_string.c): the escapes JSON needs, and
 * every byte that is not UTF-8 as U+FFFD, whatever run it is in. */
#include <minutes/plugin.h>
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
  return tap_done ();
}
