/* Appending to a GString where it is most of the work (the JSON writer).
 * GLib before 2.76 makes every g_string_append_len a call into
 * g_string_insert_len, which weighs where the text goes; a JSON document is
 * tens of thousands of short appends at the end, with room to spare. */
#ifndef MN_GSTRING_PUT_H
#define MN_GSTRING_PUT_H

#include <string.h>
#include <glib.h>

static inline void
mn_put_len (GString *out, const char *s, gsize n)
{
  if (G_LIKELY (out->len + n < out->allocated_len))
    {
      memcpy (out->str + out->len, s, n);
      out->len += n;
      out->str[out->len] = '\0';
    }
  else
    g_string_append_len (out, s, (gssize) n);
}

#define mn_put(out, s) mn_put_len ((out), (s), strlen (s))

#endif
