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

/* An int in decimal, as "%d" prints it (a printf costs thirty times the
 * digits: the JSON's numbers and the attachment lines are many). */
static inline void
mn_put_int (GString *out, int value)
{
  char digits[12];
  char *p = digits + sizeof digits;
  /* the magnitude as unsigned: -INT_MIN does not fit an int */
  unsigned int v = value < 0 ? 0u - (unsigned int) value : (unsigned int) value;

  do
    *--p = (char) ('0' + v % 10);
  while ((v /= 10) != 0);
  if (value < 0)
    *--p = '-';
  mn_put_len (out, p, (gsize) (digits + sizeof digits - p));
}

#endif
