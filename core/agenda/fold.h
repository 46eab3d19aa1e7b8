/* Case folding for comparing words: exactly g_utf8_casefold, faster on
 * ASCII and Latin-1 letters. */
#ifndef MN_AGENDA_FOLD_H
#define MN_AGENDA_FOLD_H

#include <glib.h>

/* Appends the fold of text[0..len) to out. */
void mn_fold_into (GString *out, const char *text, gsize len);
/* Writes the fold of text[0..len) to out (len bytes, no NUL) when it is
 * one mn_fold_into makes without GLib (ASCII and the Latin-1 letters,
 * which keep their length); FALSE, out undefined, for any other text. */
gboolean mn_fold_simple (const char *text, gsize len, char *out);
/* Whether text[0..len) folds to folded, without writing the fold (a
 * mismatch in the first letters answers at once). */
gboolean mn_fold_equals (const char *text, gsize len, const char *folded);
/* transfer full */
char *mn_fold (const char *text);

#endif
