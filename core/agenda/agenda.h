/* The agenda parser: normalized blocks -> the structured agenda. */
#ifndef MN_AGENDA_H
#define MN_AGENDA_H

#include "../blocks.h"
#include "vocabulary.h"
#include "layout.h"
#include "classify.h"
#include "dates.h"

/* Fills doc->meeting and doc->items from the blocks (transfer none). */
void mn_agenda_parse (MnBlocks *blocks, MnDocument *doc);

/* One section of an item as found: its heading and its blocks (borrowed). */
typedef struct {
  char *heading;            /* NULL for the text before the first heading;
                             * "" for an empty heading the paper prints */
  MnSectionKind kind;
  gboolean implied;         /* its heading is MN_STYLE_IMPLIED: not listed */
  GPtrArray *blocks;        /* of MnBlock*, transfer none */
} MnRawSection;

/* A block is the meeting's running header or other page furniture. */
gboolean mn_agenda_is_running (const MnBlock *b);

/* unplaced.c: whether over limit (0..1) of the words of blocks[from..],
 * furniture left out, are held by no string of the document.  *share is
 * that share where it is over the limit; at or under it, *share is only
 * known to be at or under it (the words are counted as far as they
 * decide). */
gboolean mn_unplaced_over (MnBlocks *blocks, const MnClass *classes, guint from,
                           const MnDocument *doc, GPtrArray *raw_sections, double limit,
                           double *share);

/* unplaced.c, its count alone (for the tests): how many words of input,
 * case-folded and counted as a multiset, output does not hold. */
guint64 mn_unplaced_words_missing (const char *input, const char *output);

/* render.c: blocks as clean text, paragraphs split by "\n\n", list items
 * as "- " lines.  transfer full */
char *mn_render_blocks (GPtrArray *blocks, guint from, guint to);

/* meeting.c: marks the lines under the input's running headers that
 * repeat with them (on the whole block list, before anything is read) */
void mn_meeting_header_continuations (MnBlocks *blocks);
/* meeting.c: marks running headers, which name the meeting first */
void mn_meeting_headers (MnBlocks *blocks, MnDocument *doc);
void mn_meeting_parse (MnBlocks *blocks, guint front_end, MnDocument *doc);
/* A front-page table row "Dato:" | "18. marts 2015" as the line
 * "Dato: 18. marts 2015" (cells after the label joined by spaces, their
 * line breaks kept), or NULL for any other row.  transfer full */
char *mn_front_row_text (const MnBlock *b);
/* attendance.c: start, end, location and participants from the blocks
 * before the first item */
void mn_attendance_parse (MnBlocks *blocks, guint front_end, MnMeeting *m);

/* item.c: splits the blocks into items, read as the layout says; returns
 * the index of the first item's title (blocks.len when there is none). */
guint mn_items_parse (MnBlocks *blocks, const MnClass *classes, const MnLayout *layout, MnDocument *doc,
                      GPtrArray *raw_sections);

/* subpoints.c: lettered sub-points "a. Title" as topics, their Bilag lines
 * as the item's attachments; mn_subpoints_start: a line "a. Title" */
void mn_subpoints_parse (GPtrArray *blocks, MnItem *item);
gboolean mn_subpoints_start (const char *text);

/* topics.c */
void mn_topics_parse (GPtrArray *blocks, MnItem *item);
/* The first sentence of text: its byte length (text's length when whole). */
gsize mn_first_sentence (const char *text);

/* participants.c: people a sentence says take part, appended to out (of
 * MnParticipant*).  Returns the byte offset where the people of a "X
 * deltager" sentence begin, or -1. */
int mn_participants_parse (const char *sentence, GPtrArray *out);

/* decision.c: every decision section with text into item->decisions, and
 * item->decision the meeting's own */
void mn_decision_choose (MnItem *item, GPtrArray *raw_sections, MnMeeting *m);
/* The sentence a result is read from (the spec's rule).  transfer full */
char *mn_decision_first_sentence (const char *text);
/* The names a decision's text says did not take part, appended to out. */
void mn_decision_absent (const char *text, GPtrArray *out);

/* attachments.c: parses the Bilag text; FALSE when nothing could be read. */
gboolean mn_attachments_parse (const char *text, MnItem *item);
/* Either shape of list (attachments.c); *rendered is the section's text
 * to keep (transfer full), or NULL to keep it as it was.  FALSE when
 * nothing could be read. */
gboolean mn_attachments_parse_any (const char *text, MnItem *item, char **rendered);
/* The canonical Bilag section text, one line per attachment.  transfer full */
char *mn_attachments_render (const MnItem *item);

#endif
