/* Stepping over printable ASCII (0x20-0x7F), most of a Danish paper's
 * text, many bytes at a time: the passes that only look for what is not
 * plain ASCII (the Unicode pass's clean test) ask for the next byte that
 * is not.  Sixteen bytes a step with SSE2 (every x86-64), eight without. */
#ifndef MN_ASCII_RUN_H
#define MN_ASCII_RUN_H

#include <string.h>
#include <glib.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* The first byte in [p, end) below 0x20 or 0x80 and above, or end. */
static inline const guchar *
mn_skip_printable_ascii (const guchar *p, const guchar *end)
{
#ifdef __SSE2__
  /* one signed compare marks both: 0x80 and above are negative */
  while (end - p >= 16)
    {
      int mask = _mm_movemask_epi8 (_mm_cmplt_epi8 (_mm_loadu_si128 ((const __m128i *) p),
                                                    _mm_set1_epi8 (0x20)));
      if (mask != 0)
        return p + __builtin_ctz ((unsigned int) mask);
      p += 16;
    }
#endif
  while (end - p >= 8)
    {
      const guint64 ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
      guint64 w;
      memcpy (&w, p, 8);
      /* only a byte so marked borrows: the lowest mark is exact */
      w = GUINT64_FROM_LE (w);
      guint64 marks = (w | ((w - ones * 0x20) & ~w)) & highs;
      if (marks != 0)
        return p + (__builtin_ctzll (marks) >> 3);
      p += 8;
    }
  while (p < end && *p >= 0x20 && *p < 0x80)
    p++;
  return p;
}

#endif
