/* SHA-256 of an input, as 64 lower-case hex digits (digest.c). */
#ifndef MN_DIGEST_H
#define MN_DIGEST_H

#include <glib.h>

/* transfer full.  libcrypto's where the process has it loaded, GLib's
 * otherwise: the same digest. */
char *mn_sha256_hex (const void *data, gsize len);

/* Loads libcrypto for the hashes to come (a batch, before its workers
 * fork); FALSE, and GLib hashes, where it is not installed or lacks the
 * functions.  Thread-safe. */
gboolean mn_sha256_use_libcrypto (void);

/* Which would hash an input of len bytes now: "libcrypto" or "GLib" (the
 * tests). */
const char *mn_sha256_engine (gsize len);

#endif
