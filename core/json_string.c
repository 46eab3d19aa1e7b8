/* JSON string literals, for the json output and the batch manifest.
 *
 * Text is UTF-8 by the time it reaches an output, but file names are bytes:
 * a name holding 0xFF cannot go into JSON as it is.  Such a byte is written
 * as U+FFFD, so every JSON we write is valid UTF-8 for every reader (a
 * lone-surrogate escape, Python's surrogateescape, would keep the byte, but
 * json-glib and others refuse it).  The manifest keeps the exact bytes
 * beside it, in path_base64 (manifest.c). */
#include <string.h>
#include <minutes/plugin.h>

static void
append_valid (GString *out, const char *s, gsize len)
{
  const char *end = s + len, *bad;

  while (!g_utf8_validate (s, end - s, &bad))
    {
      g_string_append_len (out, s, bad - s);
      g_string_append (out, "\xEF\xBF\xBD");   /* U+FFFD */
      s = bad + 1;
    }
  g_string_append_len (out, s, end - s);
}

/* Runs of ASCII (most of a Danish paper) are copied as they are; only a
 * run holding a byte >= 0x80 is validated. */
static void
append_run (GString *out, const char *s, gsize len, gboolean high)
{
  if (high)
    append_valid (out, s, len);
  else
    g_string_append_len (out, s, len);
}

void
mn_json_append_string (GString *out, const char *s)
{
  const char *run = s, *p;
  gboolean high = FALSE;     /* the run holds a byte >= 0x80 */

  g_string_append_c (out, '"');
  for (p = s; *p; p++)
    {
      unsigned char c = (unsigned char) *p;
      const char *esc = NULL;

      if (c >= 0x20 && c != '"' && c != '\\')
        {
          high |= c >= 0x80;
          continue;
        }
      append_run (out, run, p - run, high);
      run = p + 1;
      high = FALSE;
      switch (c)
        {
        case '"': esc = "\\\""; break;
        case '\\': esc = "\\\\"; break;
        case '\n': esc = "\\n"; break;
        case '\r': esc = "\\r"; break;
        case '\t': esc = "\\t"; break;
        case '\b': esc = "\\b"; break;
        case '\f': esc = "\\f"; break;
        default: g_string_append_printf (out, "\\u%04x", c); break;
        }
      if (esc)
        g_string_append (out, esc);
    }
  append_run (out, run, p - run, high);
  g_string_append_c (out, '"');
}
