/* The normalization stage: passes over the block list, run in order. */
#ifndef MN_NORMALIZE_H
#define MN_NORMALIZE_H

#include "../blocks.h"

typedef struct {
  const char *name;
  void (*run) (MnBlocks *blocks);
} MnPass;

/* The passes in the order they run (normalize.c explains the order). */
extern const MnPass mn_normalize_passes[];

void mn_normalize (MnBlocks *blocks);

void mn_pass_unicode (MnBlocks *blocks);
void mn_pass_table_rows (MnBlocks *blocks);
void mn_pass_markup (MnBlocks *blocks);
void mn_pass_double_spacing (MnBlocks *blocks);
void mn_pass_columns (MnBlocks *blocks);
void mn_pass_item_numbers (MnBlocks *blocks);
void mn_pass_list_numbers (MnBlocks *blocks);
void mn_pass_time_ranges (MnBlocks *blocks);
void mn_pass_page_headers (MnBlocks *blocks);
void mn_pass_paragraphs (MnBlocks *blocks);

/* Helpers the passes share, exposed for unit tests. */
char *mn_unicode_clean (const char *text, gboolean *bullet);  /* transfer full */
char *mn_markup_strip (const char *text);                       /* transfer full */
gboolean mn_line_stands_alone (const char *text);
/* Joins two printed lines, undoing a line-end hyphenation.  transfer full */
char *mn_join_lines (const char *a, const char *b);
/* The same, appending b to left in place (linear over many lines). */
void mn_join_lines_into (GString *left, const char *b);

#endif
