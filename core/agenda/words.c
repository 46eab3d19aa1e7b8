/* Counting words, eight ASCII bytes at a time (words.h).
 *
 * The measure counts the words of every paragraph an item's sections hold
 * (unplaced.c): most of a paper's text, a byte at a time the largest part
 * of the measure.  Eight bytes that are all ASCII are classified at once
 * in a 64-bit word -- each byte's high bit set by two range tests, digits
 * and letters, no carry crossing a byte since every byte is below 0x80 --
 * and the words that start among them counted from the mask; anything
 * else (a letter of more than one byte, the last bytes) goes a character
 * at a time through mn_word_char, so the count is the same. */
#include <string.h>
#include "words.h"

#define ONES  0x0101010101010101ull
#define HIGHS 0x8080808080808080ull

/* The high bit of each byte of w (all < 0x80) set when it is >= lo. */
static inline guint64
at_least (guint64 w, guchar lo)
{
  return w + ONES * (guint64) (0x80 - lo);
}

/* Each byte's lowest bit: 1 for a letter or digit. */
static inline guint64
alnum_bits (guint64 w)
{
  guint64 lower = w | ONES * 0x20;   /* 'A'-'Z' as 'a'-'z'; no other byte enters a-z */
  guint64 digit = at_least (w, '0') & ~at_least (w, '9' + 1);
  guint64 letter = at_least (lower, 'a') & ~at_least (lower, 'z' + 1);
  return ((digit | letter) & HIGHS) >> 7;
}

guint64
mn_words_count (const char *text)
{
  const char *p = text, *end = text + strlen (text);
  gboolean in_word = FALSE;
  guint64 n = 0;

  while (p < end)
    {
      guint64 w;

      /* byte 0 the lowest, whatever the machine's order */
      if (end - p >= 8 && (memcpy (&w, p, 8), w = GUINT64_FROM_LE (w), (w & HIGHS) == 0))
        {
          guint64 bits = alnum_bits (w);
          /* a word starts at a letter or digit after none (byte 0: after
           * the previous byte) */
          guint64 starts = bits & ~((bits << 8) | (guint64) in_word);
          /* one bit per byte, so the bytes' sum is the count: a multiply,
           * where __builtin_popcountll is a libgcc call below x86-64-v2 */
          n += (starts * ONES) >> 56;
          in_word = (bits >> 56) & 1;
          p += 8;
          continue;
        }
      {
        gboolean word = mn_word_char (p);
        n += word && !in_word;
        in_word = word;
        p = (guchar) *p < 0x80 ? p + 1 : g_utf8_next_char (p);
      }
    }
  return n;
}
