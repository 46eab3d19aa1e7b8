/* Case folding for comparing words (fold.h), fast on the letters Danish
 * papers print.
 *
 * g_utf8_casefold walks the Unicode tables for every character; most
 * words are ASCII or Latin-1 (æ, ø, å), whose folds are one add.  Those
 * are folded here; any other character sends the whole text to GLib, so
 * the result is always g_utf8_casefold's. */
#include <string.h>
#include "fold.h"

/* mn_fold_char on text[i], within len: a lead byte at the end is another
 * character (a text cut inside a letter is GLib's to fold). */
static inline gsize
fold_here (const char *text, gsize len, gsize i, guchar out[2])
{
  if ((guchar) text[i] == 0xC3 && i + 1 >= len)
    return 0;
  return mn_fold_char (text + i, out);
}

void
mn_fold_into (GString *out, const char *text, gsize len)
{
  gsize start = out->len, n;
  guchar *o;

  /* the letters folded here keep their length in bytes: written in place */
  g_string_set_size (out, start + len);
  o = (guchar *) out->str + start;
  for (gsize i = 0; i < len; i += n)
    if ((n = fold_here (text, len, i, o + i)) == 0)
      {
        /* another character: the whole text is GLib's */
        g_autofree char *folded = g_utf8_casefold (text, (gssize) len);
        g_string_truncate (out, start);
        g_string_append (out, folded);
        return;
      }
}

gboolean
mn_fold_equals (const char *text, gsize len, const char *folded)
{
  const guchar *f = (const guchar *) folded;
  gsize j = 0, n;

  for (gsize i = 0; i < len; i += n, j += n)
    {
      guchar here[2];
      if ((n = fold_here (text, len, i, here)) == 0)
        {
          /* as mn_fold_into: the whole text is GLib's, which folds the
           * letters before this one as they were folded here */
          g_autofree char *whole = g_utf8_casefold (text, (gssize) len);
          return strcmp (whole, folded) == 0;
        }
      /* folded's NUL ends the comparison at its first byte */
      if (f[j] != here[0] || (n == 2 && f[j + 1] != here[1]))
        return FALSE;
    }
  return f[j] == '\0';
}

char *
mn_fold (const char *text)
{
  GString *out = g_string_sized_new (strlen (text) + 1);

  mn_fold_into (out, text, strlen (text));
  return g_string_free (out, FALSE);
}
