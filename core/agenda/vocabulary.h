/* The words meeting papers use, one table per concept.
 *
 * Adding a municipality's wording is one line in vocabulary.c: section
 * headings, access labels, decision forms, month names, break words, roles,
 * participation phrases, topic introductions, front-page labels.  Nothing
 * else in the parser spells out Danish words.
 */
#ifndef MN_VOCABULARY_H
#define MN_VOCABULARY_H

#include <string.h>
#include <minutes/document.h>

/* Whether text has more than n bytes, reading no more than n + 1 of them:
 * the parser's length tests are asked of every paragraph, most of which
 * are far longer than the lines they look for (strlen was a twentieth of
 * a DOCX batch). */
static inline gboolean
mn_longer_than (const char *text, gsize n)
{
  return strnlen (text, n + 1) > n;
}

/* Whether text starts with the string literal prefix, reading no more of
 * text than the prefix's length: GLib's g_str_has_prefix (before 2.76)
 * measures the whole text first, and the parser asks it of every
 * paragraph.  ("" prefix "" refuses anything but a literal.) */
#define MN_HAS_PREFIX(text, prefix) (strncmp ((text), "" prefix "", sizeof (prefix) - 1) == 0)

/* Whether every ASCII byte of text is ASCII whitespace or in allowed (any
 * other byte may be anything: a letter, or a space of Unicode's, that a
 * pattern's \s or \d takes): a test that answers a long line at its
 * first other byte, before a pattern for a short one runs. */
static inline gboolean
mn_ascii_only (const char *text, const char *allowed)
{
  for (const guchar *p = (const guchar *) text; *p; p++)
    if (*p < 0x80 && !g_ascii_isspace (*p) && strchr (allowed, *p) == NULL)
      return FALSE;
  return TRUE;
}

/* A known section heading, the whole paragraph ("Bilag:", "Økonomi").
 * Returns TRUE and the kind; decision lines are matched too. */
/* A heading's key for comparing: trimmed, a trailing colon dropped, case
 * folded ("Sagsfremstilling:" -> "sagsfremstilling").  transfer full */
char *mn_vocab_heading_key (const char *text);
/* Whether a line whose first byte after ASCII whitespace is c may have
 * the heading key key, told by that byte alone: an ASCII byte folds to
 * its lower case (a line of spaces and colons has the key ""), any other
 * may fold to anything. */
static inline gboolean
mn_vocab_heading_key_may_start (guchar c, const char *key)
{
  return c >= 0x80 || *key == '\0' || (guchar) g_ascii_tolower ((char) c) == (guchar) *key;
}
/* Whether text's heading key is key, without making it. */
gboolean mn_vocab_heading_key_is (const char *text, const char *key);
gboolean mn_vocab_section_heading (const char *text, MnSectionKind *kind);
/* The kind of a heading the input styled as one but the table does not
 * hold, by its form: "Høring af Ældrerådet" is a hearing, "Forvaltningen
 * foreslår" a recommendation; else MN_SECTION_OTHER. */
MnSectionKind mn_vocab_heading_kind_by_form (const char *text);

/* "Beslutning i Direktionen den 20-03-2024": body and ISO date (either may
 * come back NULL for a bare "Beslutning").  transfer full */
gboolean mn_vocab_decision_heading (const char *text, char **body, char **date);

/* "Åben Sag" / "Lukket Sag" as a whole paragraph. */
MnAccess mn_vocab_access_line (const char *text);
/* "Åben" / "Lukket" as a word inside an attachment line. */
MnAccess mn_vocab_access_word (const char *word);

/* A short line that is a section heading, a break word, a paper kind or a
 * table-of-contents heading: the four tables with one casefold. */
gboolean mn_vocab_short_word_line (const char *text);

/* A running header "Direktionen 22-09-2021": body and ISO date. */
gboolean mn_vocab_running_header (const char *text, char **body, char **date);
/* Page furniture: "Side 2 af 5", a bare page number. */
gboolean mn_vocab_page_furniture (const char *text);

/* Front page: "Mødedato: ...", "Referat", "Dagsorden", members... */
gboolean mn_vocab_front_date_label (const char *text, const char **value);
gboolean mn_vocab_front_label (const char *text);
gboolean mn_vocab_paper_kind_word (const char *text);
/* "Referat for Økonomiudvalget": the body a paper's title names (transfer full) */
char *mn_vocab_kind_titled_body (const char *text);
/* "Notat": a memo, no meeting's paper */
gboolean mn_vocab_memo_kind_word (const char *text);
gboolean mn_vocab_toc_heading (const char *text);

/* The header row of a timetable printed as text: "Tid Punkt". */
gboolean mn_vocab_timetable_header (const char *text);
/* Month name (full or abbreviated, any case) to 1..12, else 0. */
int mn_vocab_month (const char *word);
/* Breaks in a timetable: Frokost, Pause, Ankomst. */
gboolean mn_vocab_break_word (const char *text);
/* A paragraph that introduces the meeting's sub-points ("... punkter til
 * behandling:"). */
gboolean mn_vocab_topic_intro (const char *text);
/* An abbreviation whose full stop ends no sentence by itself ("d", "feb"). */
gboolean mn_vocab_abbreviation (const char *word, gsize len);
/* A word naming a job ("Sekretariatschef", "konsulent"). */
gboolean mn_vocab_role_word (const char *word);
/* Where a sentence says people take part: returns the byte offset where
 * the verb phrase starts, or -1.  *list_after is TRUE when the people come
 * after the phrase ("Arbejdsgruppen består af ...", "møde med ..."). */
int mn_vocab_participation (const char *sentence, gboolean *list_after);
/* Small words that join names or roles: "og". */
gboolean mn_vocab_conjunction (const char *word, gsize len);
/* Lowercase words that may follow a line-end hyphen without joining it
 * ("Vej- og Ejendomschef"). */
gboolean mn_vocab_suspended_hyphen_follower (const char *word, gsize len);
/* "Kommune", "Region": organisation nouns. */
gboolean mn_vocab_find_organisation (const char *text, char **municipality,
                                     char **region);

/* A label line under an item's title: "Sagsnr.: 2011-29298", "J.nr.:
 * 00.01.00-A00-1-24", "Sag: 306-2009-600", a bare "EMN-2025-003383"
 * (case_number: the number) or "Dok.nr.: ...", "Sagen afgøres i: ..."
 * (case_number NULL).  transfer full */
gboolean mn_vocab_item_label (const char *text, char **case_number);

/* What a front-page line labels (the meeting's time, place, attendance). */
typedef enum {
  MN_FRONT_NONE = 0,       /* no label: text, or a name under a list label */
  MN_FRONT_START,          /* Mødetidspunkt: Kl. 8.30 */
  MN_FRONT_TIME,           /* Tid: 13:00 - 15:00 (start and end) */
  MN_FRONT_END,            /* Slut kl.: 19:25 */
  MN_FRONT_LOCATION,       /* Mødested: ... */
  MN_FRONT_MEMBERS,        /* Medlemmer, Deltagere, Tilstede */
  MN_FRONT_ABSENT,         /* Fraværende, Afbud */
  MN_FRONT_SECRETARY,      /* Sekretær: the names below take its role */
  MN_FRONT_OTHER,          /* another label (Mødedato) */
  MN_FRONT_BODY,           /* Udvalg: Teknisk Udvalg (the meeting's body) */
} MnFrontLabel;

/* The label a line opens with ("LABEL: value" or "LABEL" alone); value is
 * what follows it ("" when nothing does).  transfer none */
MnFrontLabel mn_vocab_front_field (const char *text, const char **value);
/* "Dato:", "Deltagere:", "Sagsnr.:", "Sagen afgøres i:": a label of the
 * front page (*front its field) or of an item (*front MN_FRONT_NONE) with
 * nothing after it, as a text extraction prints a table's label column. */
gboolean mn_vocab_bare_label (const char *text, MnFrontLabel *front);
/* The role a list heading gives its names, lower case.  transfer full */
char *mn_vocab_front_role (const char *text);
/* "Formand Jan Petersen", "formand": a role word opening text; its byte
 * length (with a colon and spaces after it), 0 when none.  transfer full */
gsize mn_vocab_member_role_prefix (const char *text, char **role);

/* "Åbent referat" / "Lukket dagsorden": a line opening the paper's open or
 * closed part, whose items take its access. */
MnAccess mn_vocab_part_marker (const char *text);

/* "Lukket: Title": the title after the prefix, or NULL.  transfer none */
const char *mn_vocab_closed_title_prefix (const char *title);

/* "Referat: text": the length of the heading with its colon (0 when the
 * line is none) and the heading's kind. */
gsize mn_vocab_inline_heading (const char *text, MnSectionKind *kind);

/* "Underskriftsside": a line after which no item follows. */
gboolean mn_vocab_back_matter (const char *text);

/* "Kl. 10:30" and nothing else on the line. */
gboolean mn_vocab_clock_line (const char *text);

/* The result a decision's first sentence states (the spec's table). */
MnResult mn_vocab_result (const char *sentence);
/* "Fraværende: A, B" / "Afbud fra A": the names after the label, or NULL
 * when the line opens with no absence label.  transfer none (into line) */
const char *mn_vocab_absence_label (const char *line);
/* "Følgende deltog ikke i behandlingen af punktet:" (names follow). */
gboolean mn_vocab_absence_list_intro (const char *line);
/* "NAME deltog ikke i sagens behandling.": the byte length of NAME, or -1. */
gssize mn_vocab_absence_sentence (const char *sentence);
/* "Ingen": a list that names nobody. */
gboolean mn_vocab_nobody (const char *text);

#endif
