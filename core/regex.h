/* Regexes compiled once, on first use, and kept for the process: the
 * vocabulary is matched on every paragraph, compiling per call would
 * dominate.  Thread-safe (g_once_init). */
#ifndef MN_REGEX_H
#define MN_REGEX_H

#include <glib.h>

/* Compiles pattern into *slot the first time.  A pattern that does not
 * compile is a programming error.  transfer none */
GRegex *mn_regex (GRegex **slot, const char *pattern, GRegexCompileFlags flags);

#define MN_REGEX(pattern, flags) \
  ({ static GRegex *mn_regex_slot_; mn_regex (&mn_regex_slot_, (pattern), (flags)); })

#endif
