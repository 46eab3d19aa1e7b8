/* One printable line from any bytes (see printable.h). */
#include <string.h>
#include "printable.h"

char *
mn_printable (const char *s)
{
  g_autofree char *valid = g_utf8_make_valid (s ? s : "", -1);
  GString *out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p; p++)
    {
      unsigned char c = (unsigned char) *p;
      if (c == '\n' || c == '\r')
        g_string_append_c (out, ' ');
      else if (c < 0x20 || c == 0x7f)
        g_string_append_printf (out, "\\x%02x", c);
      else
        g_string_append_c (out, (char) c);
    }
  return g_string_free (out, FALSE);
}
