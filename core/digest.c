/* SHA-256 of the inputs: the document's source.sha256 and the batch
 * manifest's, which a rerun compares against every input of the archive.
 *
 * GLib's GChecksum hashes 400 MB/s on the benchmark machine, libcrypto's
 * (SHA extensions) 1,670 MB/s; but libcrypto's first digest initializes
 * OpenSSL and reads its configuration, 1-2.5 ms, more than a paper's hash
 * costs with GLib.  So a batch asks for libcrypto once, before its workers
 * fork (they inherit it initialized), and `minutes convert` hashes with
 * GLib.  libcrypto is resolved at run time, like the format libraries
 * (Debian's libzip already depends on it); without it, GLib hashes. */
#include <dlfcn.h>
#include "digest.h"

#ifndef MN_LIBCRYPTO_SONAME
#define MN_LIBCRYPTO_SONAME "libcrypto.so.3"
#endif

/* OpenSSL's one-shot digest, its types left opaque (stable since 1.1) */
typedef int (*DigestFn) (const void *data, size_t count, unsigned char *md, unsigned int *size,
                         const void *type, void *engine);
typedef const void *(*MdFn) (void);

static struct {
  DigestFn digest;
  const void *sha256;
} crypto;
static gsize crypto_once;
static int crypto_ready;    /* set once crypto is usable */

static gboolean
crypto_digest (const void *data, gsize len, guint8 out[32])
{
  unsigned int size = 0;

  return crypto.digest (data, len, out, &size, crypto.sha256, NULL) == 1 && size == 32;
}

gboolean
mn_sha256_use_libcrypto (void)
{
  if (g_once_init_enter (&crypto_once))
    {
      void *lib = dlopen (MN_LIBCRYPTO_SONAME, RTLD_LAZY | RTLD_LOCAL);
      DigestFn digest = lib ? (DigestFn) dlsym (lib, "EVP_Digest") : NULL;
      MdFn sha256 = lib ? (MdFn) dlsym (lib, "EVP_sha256") : NULL;
      guint8 probe[32];

      if (digest && sha256)
        {
          crypto.digest = digest;
          crypto.sha256 = sha256 ();
          /* the first digest initializes OpenSSL: here, once; one that
           * fails (a FIPS configuration without SHA-256?) leaves GLib */
          if (crypto.sha256 && crypto_digest ("", 0, probe))
            g_atomic_int_set (&crypto_ready, 1);
        }
      g_once_init_leave (&crypto_once, 1);
    }
  return g_atomic_int_get (&crypto_ready);
}

char *
mn_sha256_hex (const void *data, gsize len)
{
  guint8 digest[32];

  if (g_atomic_int_get (&crypto_ready) && crypto_digest (data, len, digest))
    {
      char *hex = g_malloc (65);
      for (int i = 0; i < 32; i++)
        {
          hex[2 * i] = "0123456789abcdef"[digest[i] >> 4];
          hex[2 * i + 1] = "0123456789abcdef"[digest[i] & 15];
        }
      hex[64] = '\0';
      return hex;
    }
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, data, len);
}
