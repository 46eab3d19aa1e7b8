/* Case folding for comparing words: exactly g_utf8_casefold, faster on
 * ASCII and Latin-1 letters. */
#ifndef MN_AGENDA_FOLD_H
#define MN_AGENDA_FOLD_H

#include <glib.h>

/* Appends the fold of text[0..len) to out. */
void mn_fold_into (GString *out, const char *text, gsize len);
/* Whether text[0..len) folds to folded, without writing the fold (a
 * mismatch in the first letters answers at once). */
gboolean mn_fold_equals (const char *text, gsize len, const char *folded);
/* transfer full */
char *mn_fold (const char *text);

#endif
