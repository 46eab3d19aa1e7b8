/* Case folding for comparing words: exactly g_utf8_casefold, faster on
 * ASCII and Latin-1 letters. */
#ifndef MN_AGENDA_FOLD_H
#define MN_AGENDA_FOLD_H

#include <glib.h>

/* Appends the fold of text[0..len) to out. */
void mn_fold_into (GString *out, const char *text, gsize len);
/* transfer full */
char *mn_fold (const char *text);

#endif
