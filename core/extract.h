/* The extraction context handed to input plugins (MnExtract). */
#ifndef MN_EXTRACT_H
#define MN_EXTRACT_H

#include "blocks.h"

struct _MnExtract {
  const char *file_name;   /* transfer none */
  MnLimits limits;
  MnBlocks *blocks;        /* owned */
  int pages;               /* -1 when the format has none */
  GPtrArray *warnings;     /* of MnWarning*, owned */
  guint64 text_bytes;      /* handed over so far, for max_text_bytes */
  const char *over;        /* the limit a plugin ran into, or NULL: from
                            * then on blocks are dropped, not kept */
};

/* Whether extraction ran into the text or block limit: sets
 * MN_ERROR_LIMIT naming it. */
gboolean mn_extract_check_limits (MnExtract *ex, GError **error);

void mn_extract_init (MnExtract *ex, const char *file_name);
void mn_extract_clear (MnExtract *ex);
/* The defaults documented in README "Limits". */
void mn_limits_init_default (MnLimits *limits);

#endif
