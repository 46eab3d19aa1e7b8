/* Case folding for comparing words: exactly g_utf8_casefold, faster on
 * ASCII and Latin-1 letters. */
#ifndef MN_AGENDA_FOLD_H
#define MN_AGENDA_FOLD_H

#include <glib.h>

/* The fold of the character at p when it is one folded here (ASCII, and
 * the Latin-1 letters but ß, which keep their length), written to out:
 * the bytes read and written, 1 or 2; 0 for any other character (GLib's
 * to fold).  p[1] is read only after a lead byte, so a NUL-terminated
 * text is read no further than its NUL. */
static inline gsize
mn_fold_char (const char *p, guchar out[2])
{
  guchar c = (guchar) p[0], d;

  if (c < 0x80)
    {
      out[0] = c >= 'A' && c <= 'Z' ? c + 0x20 : c;
      return 1;
    }
  if (c != 0xC3)
    return 0;
  d = (guchar) p[1];
  /* U+00C0-U+00DE fold one row down, but × (D7) and ß (DF, "ss") */
  if (d >= 0x80 && d <= 0x9E && d != 0x97)
    d += 0x20;
  else if (d < 0xA0 || d > 0xBF)
    return 0;
  out[0] = c;
  out[1] = d;
  return 2;
}

/* Appends the fold of text[0..len) to out. */
void mn_fold_into (GString *out, const char *text, gsize len);
/* Whether text[0..len) folds to folded, without writing the fold (a
 * mismatch in the first letters answers at once). */
gboolean mn_fold_equals (const char *text, gsize len, const char *folded);
/* transfer full */
char *mn_fold (const char *text);

#endif
