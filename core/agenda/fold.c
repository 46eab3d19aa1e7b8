/* Case folding for comparing words (fold.h), fast on the letters Danish
 * papers print.
 *
 * g_utf8_casefold walks the Unicode tables for every character; most
 * words are ASCII or Latin-1 (æ, ø, å), whose folds are one add.  Those
 * are folded here; any other character sends the whole text to GLib, so
 * the result is always g_utf8_casefold's. */
#include <string.h>
#include "fold.h"

void
mn_fold_into (GString *out, const char *text, gsize len)
{
  gsize start = out->len;
  char *o;

  /* the letters folded here keep their length in bytes: written in place */
  g_string_set_size (out, start + len);
  o = out->str + start;
  for (gsize i = 0; i < len; i++)
    {
      guchar c = (guchar) text[i];
      if (c < 0x80)
        o[i] = (char) (c >= 'A' && c <= 'Z' ? c + 0x20 : c);
      else if (c == 0xC3 && i + 1 < len)
        {
          guchar d = (guchar) text[i + 1];
          /* U+00C0-U+00DE fold one row down, but × (D7) and ß (DF, "ss") */
          if (d >= 0x80 && d <= 0x9E && d != 0x97)
            d += 0x20;
          else if (d < 0xA0 || d > 0xBF)
            goto slow;
          o[i] = (char) c;
          o[i + 1] = (char) d;
          i++;
        }
      else
        goto slow;
    }
  return;
slow:
  {
    g_autofree char *folded = g_utf8_casefold (text, (gssize) len);
    g_string_truncate (out, start);
    g_string_append (out, folded);
  }
}

gboolean
mn_fold_equals (const char *text, gsize len, const char *folded)
{
  gsize j = 0;

  for (gsize i = 0; i < len; i++, j++)
    {
      guchar c = (guchar) text[i];
      if (c < 0x80)
        {
          if ((guchar) folded[j] != (c >= 'A' && c <= 'Z' ? c + 0x20 : c))
            return FALSE;
        }
      else if (c == 0xC3 && i + 1 < len)
        {
          guchar d = (guchar) text[i + 1];
          if (d >= 0x80 && d <= 0x9E && d != 0x97)
            d += 0x20;
          else if (d < 0xA0 || d > 0xBF)
            goto slow;
          if ((guchar) folded[j] != c || (guchar) folded[j + 1] != d)
            return FALSE;
          i++;
          j++;
        }
      else
        goto slow;
    }
  return folded[j] == '\0';
slow:
  {
    /* as mn_fold_into: the whole text is GLib's, which folds the letters
     * above as they were folded here */
    g_autofree char *whole = g_utf8_casefold (text, (gssize) len);
    return strcmp (whole, folded) == 0;
  }
}

char *
mn_fold (const char *text)
{
  GString *out = g_string_sized_new (strlen (text) + 1);

  mn_fold_into (out, text, strlen (text));
  return g_string_free (out, FALSE);
}
