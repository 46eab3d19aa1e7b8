/* core/digest.c: the SHA-256 of an input is the same whether GLib or
 * libcrypto computes it -- the standard's vectors, and a buffer of a few
 * MB (a batch's inputs) hashed both ways. */
#include <string.h>
#include "tap.h"
#include "digest.h"

int
main (void)
{
  gsize big_len = 3u << 20;
  guint8 *big = g_malloc (big_len);
  g_autofree char *glib_big = NULL, *crypto_big = NULL, *abc = NULL, *empty = NULL;
  gboolean crypto;

  for (gsize i = 0; i < big_len; i++)
    big[i] = (guint8) (i * 131 + (i >> 9));
  glib_big = mn_sha256_hex (big, big_len);
  abc = mn_sha256_hex ("abc", 3);
  IS_STR (abc, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", "GLib: SHA-256 of \"abc\"");

  crypto = mn_sha256_use_libcrypto ();
  g_clear_pointer (&abc, g_free);
  abc = mn_sha256_hex ("abc", 3);
  empty = mn_sha256_hex ("", 0);
  crypto_big = mn_sha256_hex (big, big_len);
  IS_STR (abc, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
          "%s: SHA-256 of \"abc\"", crypto ? "libcrypto" : "GLib (no libcrypto here)");
  IS_STR (empty, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "and of nothing");
  IS_STR (crypto_big, glib_big, "3 MB hashed after mn_sha256_use_libcrypto as GLib hashed it");
  TAP_OK (mn_sha256_use_libcrypto () == crypto, "asked again, the same answer (once per process)");
  g_free (big);
  return tap_done ();
}
