/* minutes: the structured agenda, field for field as
 * shared/spec/agenda-model.md ("minutes-agenda/1").
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

#define MN_DOCUMENT_FORMAT "minutes-agenda/1"

typedef enum {
  MN_ACCESS_UNKNOWN = 0, /* null */
  MN_ACCESS_OPEN,        /* Åben Sag */
  MN_ACCESS_CLOSED,      /* Lukket Sag */
} MnAccess;

typedef enum {
  MN_KIND_AGENDA = 0,    /* dagsorden: no item carries a decision */
  MN_KIND_MINUTES,       /* referat / beslutningsprotokol */
} MnKind;

typedef struct {
  char *file;            /* base name of the input */
  char *format;          /* input plugin name */
  char *sha256;          /* hex digest of the input bytes */
  int pages;             /* -1: the format has no pages (null) */
} MnSource;

typedef struct {
  char *organisation;    /* "Norddjurs Kommune" or NULL */
  char *body;            /* "Direktionen" or NULL */
  char *date;            /* ISO "2021-09-22" or NULL */
  MnKind kind;
} MnMeeting;

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
} MnDecision;

typedef struct {
  int number;            /* -1: not printed (null) */
  char *document_id;
  MnAccess access;
  char *title;
  char *reference;
} MnAttachment;

typedef struct {
  char *heading;         /* as printed, "Bilag:" keeps its colon */
  char *text;
} MnSection;

typedef struct {
  int number;            /* -1: not printed (null) */
  char *title;
  MnAccess access;
  GPtrArray *case_flow;  /* of char* */
  char *presentation;
  GPtrArray *topics;     /* of MnTopic* */
  char *recommendation;
  MnDecision *decision;  /* NULL on an agenda */
  GPtrArray *attachments;/* of MnAttachment* */
  GPtrArray *sections;   /* of MnSection* */
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
MnSection *mn_section_new (const char *heading, const char *text);
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

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MnDocument, mn_document_free)

G_END_DECLS

#endif
