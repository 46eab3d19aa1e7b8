/* Case folding for comparing words (fold.h), fast on the letters Danish
 * papers print.
 *
 * g_utf8_casefold walks the Unicode tables for every character; most
 * words are ASCII or Latin-1 (æ, ø, å), whose folds are one add.  Those
 * are folded here; any other character sends the whole text to GLib, so
 * the result is always g_utf8_casefold's. */
#include <string.h>
#include "fold.h"

/* The fold of the character at text[i] when it is one of ours, written
 * to out (as many bytes as it reads: 1 or 2); 0 for any other character. */
static inline gsize
fold_here (const char *text, gsize len, gsize i, guchar out[2])
{
  guchar c = (guchar) text[i], d;

  if (c < 0x80)
    {
      out[0] = c >= 'A' && c <= 'Z' ? c + 0x20 : c;
      return 1;
    }
  if (c != 0xC3 || i + 1 >= len)
    return 0;
  d = (guchar) text[i + 1];
  /* U+00C0-U+00DE fold one row down, but × (D7) and ß (DF, "ss") */
  if (d >= 0x80 && d <= 0x9E && d != 0x97)
    d += 0x20;
  else if (d < 0xA0 || d > 0xBF)
    return 0;
  out[0] = c;
  out[1] = d;
  return 2;
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
mn_fold_simple (const char *text, gsize len, char *out)
{
  gsize n;

  for (gsize i = 0; i < len; i += n)
    if ((n = fold_here (text, len, i, (guchar *) out + i)) == 0)
      return FALSE;
  return TRUE;
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
