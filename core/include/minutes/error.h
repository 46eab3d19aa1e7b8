/* minutes: the error domain and its stable codes.
 *
 * Every failure the user can see carries one MN_ERROR code.  The code is the
 * process exit status (curl's CURLcode idea), so scripts can branch on it.
 * The numbers are documented in README.md: never renumber, never reuse;
 * new codes are only ever appended.
 */
#ifndef MINUTES_ERROR_H
#define MINUTES_ERROR_H

#include <glib.h>

G_BEGIN_DECLS

#define MN_ERROR (mn_error_quark ())
GQuark mn_error_quark (void);

typedef enum {
  MN_ERROR_USAGE = 2,          /* bad command line */
  MN_ERROR_READ = 3,           /* input missing or unreadable */
  MN_ERROR_UNKNOWN_FORMAT = 4, /* no plugin claims the input */
  MN_ERROR_NOT_BUILT = 5,      /* a known format whose plugin was not built */
  MN_ERROR_EMPTY = 6,          /* input has no content */
  MN_ERROR_NOT_TEXT = 7,       /* binary data where text was expected */
  MN_ERROR_TOO_LARGE = 8,      /* input over the size limit */
  MN_ERROR_CORRUPT = 9,        /* damaged or truncated file */
  MN_ERROR_ENCRYPTED = 10,     /* password-protected file */
  MN_ERROR_LIMIT = 11,         /* a safety limit hit: zip bomb, depth, pages */
  MN_ERROR_NO_TEXT = 12,       /* nothing to read: e.g. a scanned PDF */
  MN_ERROR_WRITE = 13,         /* output cannot be written */
  MN_ERROR_PLUGIN = 14,        /* a plugin could not be loaded */
  MN_ERROR_OPTION = 15,        /* a plugin option is unknown or invalid */
  MN_ERROR_BATCH_FAILURES = 16,/* batch: some inputs failed, the rest done */
  MN_ERROR_INTERRUPTED = 17,   /* batch: stopped by SIGINT or SIGTERM */
  MN_ERROR_LOCKED = 18,        /* batch: another batch holds OUTDIR's lock */
  MN_ERROR_TIMEOUT = 19,       /* over the wall-clock --timeout */
  MN_ERROR_OUT_OF_MEMORY = 20, /* over --max-memory, or no memory left */
  MN_ERROR_CRASHED = 21,       /* batch: a worker died by a signal */
  MN_ERROR_LAST = MN_ERROR_CRASHED
} MnErrorCode;

/* The exit status for an error: its MN_ERROR code, 1 for foreign domains. */
int mn_error_exit_status (const GError *error);

G_END_DECLS

#endif
