/* SHA-256 of an input, as 64 lower-case hex digits (digest.c). */
#ifndef MN_DIGEST_H
#define MN_DIGEST_H

#include <glib.h>

/* transfer full.  libcrypto's once mn_sha256_use_libcrypto has set it up,
 * GLib's otherwise: the same digest. */
char *mn_sha256_hex (const void *data, gsize len);

/* Loads libcrypto and initializes it for the hashes to come (a batch,
 * before its workers fork); FALSE, and GLib hashes, where it is not
 * installed or cannot hash.  Thread-safe, once per process. */
gboolean mn_sha256_use_libcrypto (void);

#endif
