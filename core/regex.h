/* The vocabulary's regexes, on PCRE2 (the library GLib's GRegex wraps),
 * compiled once, on first use, and kept for the process: the vocabulary
 * is matched on every paragraph, compiling per call would dominate.
 *
 * Not GRegex: every g_regex_match makes a GMatchInfo and a PCRE2 match
 * block with its backtracking frames (20 KB), and frees them -- half the
 * time of a match on a paragraph, a tenth of a DOCX conversion.  Here a
 * thread matches into one block of its own, kept, and the offsets are
 * copied out into the caller's MnMatch, so matches nest freely.
 *
 * The patterns are compiled as GRegex compiles them (UTF-8, Unicode
 * properties for \d \w \s and POSIX classes, any Unicode newline for
 * ^ $ and .), so a pattern means what it meant under GLib, and one
 * matched often is compiled to machine code, which matches alike;
 * tests/unit/test_regex.c holds them beside GRegex.  Thread-safe. */
#ifndef MN_REGEX_H
#define MN_REGEX_H

#include <glib.h>

typedef struct _MnRegex MnRegex;

typedef enum {
  MN_REGEX_CASELESS = 1 << 0,
} MnRegexFlags;

/* The most capture groups a pattern may have (checked when compiled). */
#define MN_MATCH_GROUPS 15

/* One match: where it and its groups are in the subject. */
typedef struct {
  const MnRegex *re;
  const char *subject;
  gsize length;
  int count;                            /* the pattern's groups + 1; 0: no match */
  gsize offsets[2 * (MN_MATCH_GROUPS + 1)];
} MnMatch;

/* Compiles pattern into *slot the first time.  A pattern that does not
 * compile is a programming error.  transfer none */
MnRegex *mn_regex (MnRegex **slot, const char *pattern, guint flags);

/* Frees a regex compiled into a slot of one's own (the tests); those of
 * MN_REGEX live as long as the process. */
void mn_regex_free (MnRegex *re);

/* The match at which a pattern is compiled to machine code (regex.c). */
#define MN_REGEX_JIT_AFTER 256

/* Whether patterns are compiled to machine code in this process (PCRE2's
 * JIT exists here and valgrind is not watching), and whether re is now:
 * a pattern is, once matched often (regex.c).  For the tests. */
gboolean mn_regex_jit_enabled (void);
gboolean mn_regex_is_jit (MnRegex *re);

#define MN_REGEX(pattern, flags) \
  ({ static MnRegex *mn_regex_slot_; mn_regex (&mn_regex_slot_, (pattern), (flags)); })

/* The first match in text; m (may be NULL) holds it, or no match. */
gboolean mn_regex_match (const MnRegex *re, const char *text, MnMatch *m);
/* The next match after m's, as g_match_info_next finds it (after an empty
 * match one character on); FALSE, and m no match, when there is none. */
gboolean mn_match_next (MnMatch *m);
static inline gboolean
mn_match_found (const MnMatch *m)
{
  return m->count > 0;
}
/* Group n's text: NULL when there is no match or the pattern has no
 * group n, "" for a group that took no part (as g_match_info_fetch).
 * transfer full */
char *mn_match_fetch (const MnMatch *m, int n);
/* Group n's byte offsets; FALSE as mn_match_fetch gives NULL, -1 for a
 * group that took no part. */
gboolean mn_match_fetch_pos (const MnMatch *m, int n, int *start, int *end);

/* text with every match replaced by replacement.  transfer full */
char *mn_regex_replace (const MnRegex *re, const char *text, const char *replacement);
/* text with every match replaced by its group n ("\\n").  transfer full */
char *mn_regex_replace_group (const MnRegex *re, const char *text, int n);
/* The pieces of text between matches (empty ones too), as g_regex_split
 * cuts a pattern without groups.  transfer full */
char **mn_regex_split (const MnRegex *re, const char *text);

#endif
