/* Stepping over printable ASCII (0x20-0x7F), most of a Danish paper's
 * text, many bytes at a time: the scans that only look for what is not
 * plain ASCII (the Unicode pass's clean test; the JSON writer, which also
 * stops at '"' and '\\') ask for the next byte that is not.  Sixteen
 * bytes a step with SSE2 (every x86-64), eight without. */
#ifndef MN_ASCII_RUN_H
#define MN_ASCII_RUN_H

#include <string.h>
#include <glib.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* The first byte in [p, end) below 0x20 or 0x80 and above -- and, with
 * json, '"' or '\\' -- or end.  json is a constant at each call: the
 * compiler keeps one loop per kind. */
static inline const guchar *
ascii_run_end (const guchar *p, const guchar *end, gboolean json)
{
#ifdef __SSE2__
  /* one signed compare marks both: 0x80 and above are negative */
  while (end - p >= 16)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *) p);
      __m128i marked = _mm_cmplt_epi8 (v, _mm_set1_epi8 (0x20));
      int mask;
      if (json)
        marked = _mm_or_si128 (marked, _mm_or_si128 (_mm_cmpeq_epi8 (v, _mm_set1_epi8 ('"')),
                                                     _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('\\'))));
      mask = _mm_movemask_epi8 (marked);
      if (mask != 0)
        return p + __builtin_ctz ((unsigned int) mask);
      p += 16;
    }
#endif
  while (end - p >= 8)
    {
      const guint64 ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
      guint64 w, marks;
      memcpy (&w, p, 8);
      w = GUINT64_FROM_LE (w);
      /* a byte-wise subtraction borrows only out of a byte so marked:
       * the lowest mark is exact (those above it may not be, and are not
       * used) */
      marks = w | ((w - ones * 0x20) & ~w);
      if (json)
        {
          guint64 quote = w ^ (ones * '"'), backslash = w ^ (ones * '\\');
          marks |= ((quote - ones) & ~quote) | ((backslash - ones) & ~backslash);
        }
      marks &= highs;
      if (marks != 0)
        return p + (__builtin_ctzll (marks) >> 3);
      p += 8;
    }
  while (p < end && *p >= 0x20 && *p < 0x80 && !(json && (*p == '"' || *p == '\\')))
    p++;
  return p;
}

/* The first byte in [p, end) below 0x20 or 0x80 and above, or end. */
static inline const guchar *
mn_skip_printable_ascii (const guchar *p, const guchar *end)
{
  return ascii_run_end (p, end, FALSE);
}

/* The first byte in [p, end) a JSON string cannot copy as plain ASCII:
 * below 0x20, '"', '\\', or 0x80 and above; or end. */
static inline const guchar *
mn_skip_json_plain (const guchar *p, const guchar *end)
{
  return ascii_run_end (p, end, TRUE);
}

#endif
