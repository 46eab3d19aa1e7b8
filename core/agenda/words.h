/* What the unplaced-words measure calls a word (unplaced.c): a run of
 * letters and digits, as Unicode defines them. */
#ifndef MN_AGENDA_WORDS_H
#define MN_AGENDA_WORDS_H

#include <glib.h>

/* Whether the character at p is a letter or a digit.  U+00C0-U+00FF (æ,
 * ø, å and the rest of Latin-1) are letters but for × and ÷: answered
 * without the Unicode tables. */
static inline gboolean
mn_word_char (const char *p)
{
  guchar c = (guchar) *p;

  if (c < 0x80)
    return g_ascii_isalnum (c);
  if (c == 0xC3)
    return (guchar) p[1] >= 0x80 && (guchar) p[1] <= 0xBF && p[1] != '\x97' && p[1] != '\xB7';
  return g_unichar_isalnum (g_utf8_get_char (p));
}

/* The number of words in text (valid UTF-8). */
guint64 mn_words_count (const char *text);

#endif
