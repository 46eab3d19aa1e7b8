/* SHA-256 of the inputs: the document's source.sha256 and the batch
 * manifest's, which a rerun compares against every input of the archive.
 *
 * GLib's GChecksum hashes 400 MB/s on the benchmark machine, libcrypto's
 * (SHA extensions) 1,670 MB/s: a 55 KB DOCX in 55 us where GLib takes 205.
 * libcrypto is used where the process has it already -- libzip brings it
 * to every DOCX conversion -- and a batch with a few MB of inputs loads it
 * (1-2 ms) before its workers fork; otherwise, and where it is not
 * installed, GLib hashes, the same digest.
 *
 * Through SHA256_Init/Update/Final: OpenSSL 3 keeps them (deprecated, for
 * the 3.x series), and unlike EVP_Digest or SHA256() they need no library
 * start -- the first EVP digest of a process reads OpenSSL's configuration
 * and sets up its providers, 1.2-2.5 ms, more than GLib's hash of a
 * paper.  A libcrypto without them is not used. */
#include <dlfcn.h>
#include "digest.h"

#ifndef MN_LIBCRYPTO_SONAME
#define MN_LIBCRYPTO_SONAME "libcrypto.so.3"
#endif

/* Inputs below this are hashed by GLib without asking whether libcrypto
 * is loaded (that question costs up to 40 us when it is not). */
#define WORTH_ASKING (16u << 10)

/* OpenSSL's SHA256_CTX is 112 bytes; its layout stays OpenSSL's */
typedef union {
  guint8 bytes[256];
  guint64 align;
} Sha256Ctx;

static struct {
  int (*init) (Sha256Ctx *ctx);
  int (*update) (Sha256Ctx *ctx, const void *data, size_t len);
  int (*final) (unsigned char *md, Sha256Ctx *ctx);
} crypto;
static int crypto_ready;        /* set once crypto's functions are resolved */
G_LOCK_DEFINE_STATIC (crypto);

/* Resolves the functions from lib (a dlopen handle, kept open). */
static gboolean
resolve (void *lib)
{
  gboolean ok;

  if (lib == NULL)
    return FALSE;
  G_LOCK (crypto);
  if (!g_atomic_int_get (&crypto_ready))
    {
      crypto.init = (int (*) (Sha256Ctx *)) dlsym (lib, "SHA256_Init");
      crypto.update = (int (*) (Sha256Ctx *, const void *, size_t)) dlsym (lib, "SHA256_Update");
      crypto.final = (int (*) (unsigned char *, Sha256Ctx *)) dlsym (lib, "SHA256_Final");
      if (crypto.init && crypto.update && crypto.final)
        g_atomic_int_set (&crypto_ready, 1);
    }
  ok = g_atomic_int_get (&crypto_ready);
  G_UNLOCK (crypto);
  if (!ok)
    dlclose (lib);
  return ok;
}

gboolean
mn_sha256_use_libcrypto (void)
{
  return g_atomic_int_get (&crypto_ready)
         || resolve (dlopen (MN_LIBCRYPTO_SONAME, RTLD_LAZY | RTLD_LOCAL));
}

/* libcrypto if it is loaded already (RTLD_NOLOAD loads nothing) */
static gboolean
crypto_loaded (void)
{
  return g_atomic_int_get (&crypto_ready)
         || resolve (dlopen (MN_LIBCRYPTO_SONAME, RTLD_LAZY | RTLD_LOCAL | RTLD_NOLOAD));
}

static gboolean
crypto_digest (const void *data, gsize len, guint8 out[32])
{
  Sha256Ctx ctx;

  return crypto.init (&ctx) == 1 && crypto.update (&ctx, data, len) == 1 && crypto.final (out, &ctx) == 1;
}

const char *
mn_sha256_engine (gsize len)
{
  return len >= WORTH_ASKING && crypto_loaded () ? "libcrypto" : "GLib";
}

char *
mn_sha256_hex (const void *data, gsize len)
{
  guint8 digest[32];

  if (len >= WORTH_ASKING && crypto_loaded () && crypto_digest (data, len, digest))
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
