/* Every paragraph classified once (classify.c): what the vocabulary says
 * of it, asked before the structure is read, so that the item parser, the
 * unplaced measure and the layout bids look the answers up rather than
 * asking again (cmark keeps its scanners apart from its block parser). */
#ifndef MN_AGENDA_CLASSIFY_H
#define MN_AGENDA_CLASSIFY_H

#include "../blocks.h"

typedef struct {
  guint text : 1;          /* a paragraph of the paper's text (not running) */
  guint title : 1;         /* a numbered title: "3. Title", "Punkt 3: Title", "1.1 Title" */
  guint label : 1;         /* an item's label line ("Sagsnr.: 2011-29298", "EMN-...") */
  guint label_row : 1;     /* a two-cell row reading as one ("Sagsnr.:" | "14/34266") */
  guint back_matter : 1;   /* "Underskriftsside": the items end here */
  guint toc_heading : 1;   /* "Indholdsfortegnelse" (asked of running headers too) */
  gint8 access;            /* MnAccess of an access line ("Åben sag"), else UNKNOWN */
  gint8 access_word;       /* MnAccess of a bare "Åben" / "Lukket" */
  gint8 part;              /* MnAccess of a part marker ("Lukket referat"; asked of
                            * running headers too) */
  gint8 section;           /* MnSectionKind of a section heading, or -1 */
  gint8 inline_kind;       /* MnSectionKind of an inline heading ("Referat: ..."), or -1 */
  guint16 inline_len;      /* that heading's bytes */
  int number;              /* the title's number; -1 for a sub-item ("1.1") */
  char *number_label;      /* the title's number as printed ("1.1") */
  char *title_text;        /* the title's text */
  char *case_number;       /* the label's case number, or NULL */
} MnClass;

/* One class per block of content (transfer full: mn_classes_free). */
MnClass *mn_classify (GPtrArray *content);
void mn_classes_free (MnClass *classes, guint n);

#endif
