/* Text for a terminal line. */
#ifndef MN_PRINTABLE_H
#define MN_PRINTABLE_H

#include <glib.h>

/* s as one printable line: bytes that are not UTF-8 as U+FFFD, line breaks
 * as spaces, other control characters as \xNN (a file name may hold any
 * byte but '/' and NUL, and must not move the cursor).  transfer full */
char *mn_printable (const char *s);

#endif
