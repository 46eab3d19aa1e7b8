/* Layout profiles: how the papers of one agenda system are written.
 *
 * Each system (eDoc, Acadre, SBSYS, FirstAgenda) prints the same structure
 * its own way; a profile is one const table per system, in
 * core/agenda/layouts/, saying what its papers print (its signs) and how
 * the parser reads them there.  The profiles bid on the whole paper, as
 * input plugins bid on bytes (layout.c); the winner's reading is used, and
 * a weak winner or a tie falls back to `generic` -- the rules every paper
 * shares -- with a `layout-uncertain` warning. */
#ifndef MN_AGENDA_LAYOUT_H
#define MN_AGENDA_LAYOUT_H

#include "../blocks.h"

typedef enum {
  MN_SIGN_END = 0,
  MN_SIGN_LINE,              /* a paragraph that is exactly the text (case, colon ignored) */
  MN_SIGN_PREFIX,            /* a paragraph that starts with the text */
  MN_SIGN_CONTAINS,          /* a paragraph holding the text */
  MN_SIGN_GENITIVE_DECISION, /* "Økonomiudvalgets beslutning den 04.12.2012" */
  MN_SIGN_DATED_DECISION,    /* "Beslutning i Byrådet den 15-09-2015" */
  MN_SIGN_HIGH_NUMBERS,      /* items numbered across the year: "700. Title" */
  MN_SIGN_SUB_ITEMS,         /* "1.1 Title" under "1 Title" */
} MnSignKind;

typedef struct {
  MnSignKind kind;
  const char *text;          /* for LINE, PREFIX, CONTAINS */
  int weight;                /* counted once, however often the sign is seen */
} MnLayoutSign;

typedef struct {
  const char *name;                 /* "edoc": in -v and in warnings */
  const char *description;
  const MnLayoutSign *signs;        /* ends with { MN_SIGN_END } */
  /* An unnumbered heading between numbered items is one of the system's
   * sub-headings (FirstAgenda's large bold "Borgmesterens Afdelings
   * påtegning"): a section, and no doubt about the structure. */
  gboolean unnumbered_headings_are_sections;
} MnLayout;

/* A bid wins at this score or more; below MN_LAYOUT_WEAK nothing is said. */
#define MN_LAYOUT_WIN 50
#define MN_LAYOUT_WEAK 30

extern const MnLayout mn_layout_generic, mn_layout_edoc, mn_layout_acadre, mn_layout_sbsys,
  mn_layout_firstagenda;

/* The profile the paper's paragraphs bid highest for, or generic; *doubt
 * (transfer full, or NULL) says why a fallback was uncertain. */
const MnLayout *mn_layout_choose (GPtrArray *content, char **doubt);

/* The score profile p bids for the paper (0..100, capped). */
int mn_layout_bid (const MnLayout *p, GPtrArray *content);

#endif
