/* The block list between the input plugins, the normalization passes and
 * the agenda parser.  A GPtrArray of MnBlock* that owns its blocks. */
#ifndef MN_BLOCKS_H
#define MN_BLOCKS_H

#include <minutes/plugin.h>

typedef GPtrArray MnBlocks;

MnBlocks *mn_blocks_new (void);                          /* transfer full */
MnBlock *mn_block_new (MnBlockKind kind, const char *text, guint style,
                       int level, int page);             /* transfer full */
MnBlock *mn_block_new_row (const char *const *cells, guint n_cells, int page);
void mn_block_free (MnBlock *block);
/* Replaces the text of a block (takes ownership of text). */
void mn_block_take_text (MnBlock *block, char *text);
/* A block's text with table cells joined by tab.  transfer full */
char *mn_block_flat_text (const MnBlock *block);
/* Empties blocks and returns its former contents (transfer full: the
 * caller appends each block back or frees it).  For passes that rebuild. */
MnBlock **mn_blocks_take_all (MnBlocks *blocks, guint *n_blocks);
/* Whitespace-only or empty. */
gboolean mn_text_is_blank (const char *text);
/* Ends in a '.', '!' or '?' after a letter or digit ("i 2019."),
 * trailing blanks aside: the end of a sentence, not of a label ("Dato:
 * 20.08.2014", "Kl. 16:30"). */
gboolean mn_text_ends_sentence (const char *text);
/* A break, or a printed line with nothing on it: what separates lines. */
gboolean mn_block_is_blank (const MnBlock *block);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MnBlock, mn_block_free)

#endif
