/* mn_skip_printable_ascii (core/ascii_run.h): the first byte that is not
 * printable ASCII, whichever step (sixteen, eight or one byte) finds it. */
#include "ascii_run.h"
#include "tap.h"

/* The byte-at-a-time answer, to compare with. */
static const guchar *
reference (const guchar *p, const guchar *end)
{
  while (p < end && *p >= 0x20 && *p < 0x80)
    p++;
  return p;
}

int
main (void)
{
  static const guchar odd[] = { 0x00, 0x09, 0x0a, 0x1f, 0x80, 0xc3, 0xe2, 0xff };
  GRand *rand = g_rand_new_with_seed (20261204);
  guchar buf[80];
  guint wrong = 0;

  /* every length to 79, and an odd byte at every offset of each (or none) */
  for (gsize len = 0; len < sizeof buf; len++)
    for (gsize at = 0; at <= len; at++)
      {
        for (gsize i = 0; i < len; i++)
          buf[i] = (guchar) g_rand_int_range (rand, 0x20, 0x80);
        if (at < len)
          buf[at] = odd[g_rand_int_range (rand, 0, G_N_ELEMENTS (odd))];
        if (mn_skip_printable_ascii (buf, buf + len) != reference (buf, buf + len))
          wrong++;
      }
  IS_INT (wrong, 0, "3,240 strings of every length to 79, an odd byte at every offset: as a byte at a time");
  {
    const guchar *s = (const guchar *) "Byrådets møde";
    TAP_OK (mn_skip_printable_ascii (s, s + strlen ((const char *) s)) == s + 3,
            "stops at the first byte of an å");
    TAP_OK (mn_skip_printable_ascii (s, s) == s, "an empty span is its end");
  }
  g_rand_free (rand);
  return tap_done ();
}
