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
#include "gstring_put.h"

static void
append_valid (GString *out, const char *s, gsize len)
{
  const char *end = s + len, *bad;

  while (!g_utf8_validate (s, end - s, &bad))
    {
      mn_put_len (out, s, (gsize) (bad - s));
      mn_put_len (out, "\xEF\xBF\xBD", 3);   /* U+FFFD */
      s = bad + 1;
    }
  mn_put_len (out, s, (gsize) (end - s));
}

/* The bytes a JSON string cannot hold as they are: controls, '"', '\\',
 * and the terminating NUL (which ends the scan). */
static const guint8 needs_escape[256] = {
  [0x00] = 1, [0x01] = 1, [0x02] = 1, [0x03] = 1, [0x04] = 1, [0x05] = 1, [0x06] = 1, [0x07] = 1,
  [0x08] = 1, [0x09] = 1, [0x0a] = 1, [0x0b] = 1, [0x0c] = 1, [0x0d] = 1, [0x0e] = 1, [0x0f] = 1,
  [0x10] = 1, [0x11] = 1, [0x12] = 1, [0x13] = 1, [0x14] = 1, [0x15] = 1, [0x16] = 1, [0x17] = 1,
  [0x18] = 1, [0x19] = 1, [0x1a] = 1, [0x1b] = 1, [0x1c] = 1, [0x1d] = 1, [0x1e] = 1, [0x1f] = 1,
  ['"'] = 1, ['\\'] = 1,
};

/* Runs of ASCII (most of a Danish paper) are copied as they are; only a
 * run holding a byte >= 0x80 is validated. */
static void
append_run (GString *out, const char *s, gsize len, gboolean high)
{
  if (high)
    append_valid (out, s, len);
  else
    mn_put_len (out, s, len);
}

void
mn_json_append_string (GString *out, const char *s)
{
  const guchar *run = (const guchar *) s, *p = run;

  g_string_append_c (out, '"');
  for (;;)
    {
      guchar bits = 0;      /* the run's bytes OR-ed: 0x80 set if any is not ASCII */
      const char *esc = NULL;

      while (!needs_escape[*p])
        bits |= *p++;
      append_run (out, (const char *) run, (gsize) (p - run), bits & 0x80);
      if (*p == '\0')
        break;
      switch (*p)
        {
        case '"': esc = "\\\""; break;
        case '\\': esc = "\\\\"; break;
        case '\n': esc = "\\n"; break;
        case '\r': esc = "\\r"; break;
        case '\t': esc = "\\t"; break;
        case '\b': esc = "\\b"; break;
        case '\f': esc = "\\f"; break;
        default: g_string_append_printf (out, "\\u%04x", *p); break;
        }
      if (esc)
        mn_put_len (out, esc, 2);
      run = ++p;
    }
  g_string_append_c (out, '"');
}
