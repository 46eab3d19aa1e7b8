/* JSON string literals, for the json output and the batch manifest. */
#include <minutes/plugin.h>

void
mn_json_append_string (GString *out, const char *s)
{
  const char *run = s;

  g_string_append_c (out, '"');
  for (const char *p = s; *p; p++)
    {
      unsigned char c = (unsigned char) *p;
      const char *esc = NULL;

      if (c >= 0x20 && c != '"' && c != '\\')
        continue;
      g_string_append_len (out, run, p - run);
      run = p + 1;
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
  g_string_append (out, run);
  g_string_append_c (out, '"');
}
