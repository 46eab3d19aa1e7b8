/* core/digest.c: the SHA-256 of an input is the same whether GLib or
 * libcrypto computes it -- the standard's vectors, and buffers of a paper's
 * and of a batch's size hashed both ways -- and libcrypto hashes once it is
 * loaded, GLib before. */
#include <string.h>
#include "tap.h"
#include "digest.h"

int
main (void)
{
  gsize big_len = 3u << 20, paper_len = 55000;
  guint8 *big = g_malloc (big_len);
  g_autofree char *glib_big = NULL, *crypto_big = NULL, *abc = NULL, *empty = NULL;
  g_autofree char *paper = NULL, *paper_glib = NULL;
  gboolean crypto;

  for (gsize i = 0; i < big_len; i++)
    big[i] = (guint8) (i * 131 + (i >> 9));
  abc = mn_sha256_hex ("abc", 3);
  empty = mn_sha256_hex ("", 0);
  IS_STR (abc, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", "SHA-256 of \"abc\"");
  IS_STR (empty, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "and of nothing");
  IS_STR (mn_sha256_engine (big_len), "GLib", "no libcrypto in this process yet: GLib hashes");
  glib_big = mn_sha256_hex (big, big_len);
  paper_glib = g_compute_checksum_for_data (G_CHECKSUM_SHA256, big, paper_len);

  crypto = mn_sha256_use_libcrypto ();
  IS_STR (mn_sha256_engine (big_len), crypto ? "libcrypto" : "GLib",
          crypto ? "libcrypto loaded: it hashes a batch's input" : "no libcrypto installed: GLib hashes");
  IS_STR (mn_sha256_engine (3), "GLib", "a few bytes are GLib's whatever is loaded");
  crypto_big = mn_sha256_hex (big, big_len);
  paper = mn_sha256_hex (big, paper_len);
  IS_STR (crypto_big, glib_big, "3 MB: the same digest both ways");
  IS_STR (paper, paper_glib, "55,000 bytes (a DOCX): the same digest both ways");
  TAP_OK (mn_sha256_use_libcrypto () == crypto, "asked again, the same answer");
  g_free (big);
  return tap_done ();
}
