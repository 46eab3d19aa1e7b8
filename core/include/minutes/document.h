/* minutes: the structured agenda, field for field as
 * shared/spec/agenda-model.md ("minutes-agenda/1.1"; the fields marked 1.1
 * were appended, nothing of 1 changed).
 *
 * Ownership: the core owns every document and every string in it.  Output
 * plugins receive a `const MnDocument *` and must not keep pointers past
 * their write call.  Strings are UTF-8 in NFC; NULL means the JSON null.
 */
#ifndef MINUTES_DOCUMENT_H
#define MINUTES_DOCUMENT_H

#include <stdarg.h>
#include <glib.h>

G_BEGIN_DECLS

#define MN_DOCUMENT_FORMAT "minutes-agenda/1.1"

typedef enum {
  MN_ACCESS_UNKNOWN = 0, /* null */
  MN_ACCESS_OPEN,        /* Åben Sag */
  MN_ACCESS_CLOSED,      /* Lukket Sag */
} MnAccess;

typedef enum {
  MN_KIND_AGENDA = 0,    /* dagsorden: no item carries a decision */
  MN_KIND_MINUTES,       /* referat / beslutningsprotokol */
} MnKind;

/* sections[].kind (1.1): what a section is, whatever a system calls it.
 * The parser reads each kind's headings from one table (vocabulary.c). */
typedef enum {
  MN_SECTION_OTHER = 0,
  MN_SECTION_SUMMARY,
  MN_SECTION_BACKGROUND,
  MN_SECTION_PRESENTATION,
  MN_SECTION_ECONOMY,
  MN_SECTION_CONSEQUENCES,
  MN_SECTION_LEGAL_BASIS,
  MN_SECTION_HEARING,
  MN_SECTION_COMMUNICATION,
  MN_SECTION_PREVIOUS_HANDLING,
  MN_SECTION_CASE_FLOW,
  MN_SECTION_COMPETENCE,
  MN_SECTION_RECOMMENDATION,
  MN_SECTION_DECISION,
  MN_SECTION_ATTACHMENTS,
} MnSectionKind;

/* decision.result (1.1): the outcome its first sentence states. */
typedef enum {
  MN_RESULT_OTHER = 0,
  MN_RESULT_REJECTED,
  MN_RESULT_RECOMMENDED,
  MN_RESULT_APPROVED,
  MN_RESULT_NOTED,
  MN_RESULT_POSTPONED,
  MN_RESULT_REFERRED,
  MN_RESULT_DISCUSSED,
} MnResult;

typedef struct {
  char *file;            /* the input's base name (source.file) */
  char *path;            /* the input's path as given: CSV's file column,
                          * so 2021/a.pdf and 2022/a.pdf differ (not in
                          * the JSON, whose source.file stays the name) */
  char *format;          /* input plugin name */
  char *sha256;          /* hex digest of the input bytes */
  int pages;             /* -1: the format has no pages (null) */
} MnSource;

typedef struct {
  char *organisation;    /* "Norddjurs Kommune" or NULL */
  char *body;            /* "Direktionen" or NULL */
  char *date;            /* ISO "2021-09-22" or NULL */
  MnKind kind;
  char *start;           /* 1.1: "17:00" or NULL */
  char *end;             /* 1.1: "19:25" or NULL */
  char *location;        /* 1.1: as printed, lines joined with ", ", or NULL */
  GPtrArray *participants; /* 1.1: of MnMember*, in printed order */
} MnMeeting;

/* A member or other person the front page lists (1.1). */
typedef struct {
  char *name;            /* without party letter or role */
  char *party;           /* "A", "Løsgænger" or NULL */
  char *role;            /* "formand", lower case, or NULL */
  gboolean present;
} MnMember;

/* Someone a topic says takes part. */
typedef struct {
  char *role;            /* as printed, or NULL */
  char *name;
} MnParticipant;

typedef struct {
  char *start;           /* "09:30" or NULL */
  char *end;             /* "10:00" or NULL */
  char *title;
  char *text;            /* "" when there is none */
  GPtrArray *participants; /* of MnParticipant* */
} MnTopic;

typedef struct {
  char *body;
  char *date;            /* ISO or NULL */
  char *text;
  MnResult result;       /* 1.1 */
  GPtrArray *absent;     /* 1.1: of char*, names without party letter */
} MnDecision;

typedef struct {
  int number;            /* -1: not printed (null) */
  char *document_id;
  MnAccess access;
  char *title;
  char *reference;
} MnAttachment;

typedef struct {
  char *heading;         /* as printed, "Bilag:" keeps its colon; NULL: none */
  MnSectionKind kind;    /* 1.1 */
  char *text;
} MnSection;

typedef struct {
  int number;            /* -1: not printed (null) */
  char *number_label;    /* 1.1: "3", "1.1", "B" as printed, or NULL */
  char *title;
  MnAccess access;
  char *case_number;     /* 1.1: "24/1234" or NULL */
  GPtrArray *case_flow;  /* of char* */
  char *presentation;
  GPtrArray *topics;     /* of MnTopic* */
  char *recommendation;
  MnDecision *decision;  /* NULL on an agenda; transfer none: one of decisions */
  GPtrArray *decisions;  /* 1.1: of MnDecision*, in printed order */
  GPtrArray *attachments;/* of MnAttachment* */
  GPtrArray *sections;   /* of MnSection* */
  int first_page;        /* 1.1 pages: 0 where the format has none (null) */
  int last_page;
} MnItem;

typedef struct {
  char *code;            /* stable, see README "Warning codes" */
  char *message;
  int page;              /* 0: unknown (null) */
} MnWarning;

typedef struct {
  MnSource source;
  MnMeeting meeting;
  GPtrArray *items;      /* of MnItem* */
  GPtrArray *warnings;   /* of MnWarning* */
  const char *layout;    /* the layout profile the parser read the paper by
                          * ("edoc", "generic"); static, not in the JSON
                          * (appended in ABI 1) */
} MnDocument;

/* transfer full; free with mn_document_free */
MnDocument *mn_document_new (void);
void mn_document_free (MnDocument *doc); /* accepts NULL */

/* Constructors; every one returns transfer full, owned by the container it
 * is added to.  Freed by the document. */
MnItem *mn_item_new (void);
void mn_item_free (MnItem *item);
MnTopic *mn_topic_new (void);
void mn_topic_free (MnTopic *topic);
MnParticipant *mn_participant_new (const char *role, const char *name);
void mn_participant_free (MnParticipant *p);
MnAttachment *mn_attachment_new (void);
void mn_attachment_free (MnAttachment *a);
MnMember *mn_member_new (const char *name, const char *party, const char *role,
                         gboolean present);
void mn_member_free (MnMember *m);
/* heading NULL: text under no heading */
MnSection *mn_section_new (const char *heading, MnSectionKind kind, const char *text);
void mn_section_free (MnSection *s);
MnDecision *mn_decision_new (void);
void mn_decision_free (MnDecision *d);

MnWarning *mn_warning_new (const char *code, int page, const char *message);
MnWarning *mn_warning_new_valist (const char *code, int page, const char *format,
                                  va_list ap) G_GNUC_PRINTF (3, 0);
void mn_warning_free (MnWarning *w);

/* Appends a warning; code and message are copied. */
void mn_document_warn (MnDocument *doc, const char *code, int page,
                       const char *format, ...) G_GNUC_PRINTF (4, 5);

/* "open", "closed" or NULL; "agenda" or "minutes". transfer none */
const char *mn_access_to_string (MnAccess access);
const char *mn_kind_to_string (MnKind kind);
/* "summary", "presentation", ...; "approved", "noted", ... transfer none */
const char *mn_section_kind_to_string (MnSectionKind kind);
const char *mn_result_to_string (MnResult result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MnDocument, mn_document_free)

G_END_DECLS

#endif
