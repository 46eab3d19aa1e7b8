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
#include "ascii_run.h"
#include "gstring_put.h"

/* What the scan does at each byte: copy it on; stop at a JSON escape or
 * the terminating NUL; check the sequence a lead byte opens; or stop at a
 * byte that opens no valid sequence (0x80-0xC1, 0xF5-0xFF), written as
 * U+FFFD. */
enum { COPY, ESCAPE, LEAD, BAD };

static const guint8 byte_kind[256] = {
  [0x00 ... 0x1f] = ESCAPE, ['"'] = ESCAPE, ['\\'] = ESCAPE,
  [0x80 ... 0xc1] = BAD, [0xc2 ... 0xf4] = LEAD, [0xf5 ... 0xff] = BAD,
};

/* The length of the well-formed UTF-8 sequence at p (Unicode's table 3-7:
 * no overlong forms, no surrogates, nothing past U+10FFFF -- what
 * g_utf8_validate accepts), or 0.  p[0] is a LEAD byte; the string's NUL
 * is no continuation byte, so a sequence cut short at the end is 0. */
static inline gsize
sequence_length (const guchar *p)
{
  guchar c = p[0], lo = 0x80, hi = 0xbf;
  gsize n = c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;

  if (c == 0xe0)
    lo = 0xa0;
  else if (c == 0xed)
    hi = 0x9f;
  else if (c == 0xf0)
    lo = 0x90;
  else if (c == 0xf4)
    hi = 0x8f;
  if (p[1] < lo || p[1] > hi)
    return 0;
  for (gsize i = 2; i < n; i++)
    if ((p[i] & 0xc0) != 0x80)
      return 0;
  return n;
}

/* One pass: runs of bytes to copy (ASCII and well-formed sequences,
 * most of a Danish paper) are appended whole; an escape or a byte that is
 * no UTF-8 ends a run.  Plain ASCII is stepped over many bytes at a time
 * (ascii_run.h), to the first byte that is not (strings are a document's
 * text: its output's largest cost; SSE2 took the JSON strings of 40 DOCX
 * packs from 27.4 to 11.8 M instructions). */
void
mn_json_append_string (GString *out, const char *s)
{
  const guchar *run = (const guchar *) s, *p = run, *end = p + strlen (s);

  g_string_append_c (out, '"');
  for (;;)
    {
      const char *esc = NULL;
      gsize n;

      /* at the end, the NUL: an ESCAPE, which ends the string below */
      p = mn_skip_json_plain (p, end);
      if (byte_kind[*p] == LEAD && (n = sequence_length (p)) > 0)
        {
          p += n;
          continue;
        }
      mn_put_len (out, (const char *) run, (gsize) (p - run));
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
        default:
          if (*p < 0x20)
            g_string_append_printf (out, "\\u%04x", *p);
          else
            mn_put_len (out, "\xEF\xBF\xBD", 3);   /* U+FFFD */
          break;
        }
      if (esc)
        mn_put_len (out, esc, 2);
      run = ++p;
    }
  g_string_append_c (out, '"');
}
