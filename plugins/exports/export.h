/* What the export input plugins share: libxml2, resolved at first use
 * (one table for the HTML reader and the XML formats), reading an export's
 * XML under the DOCX rules, walking its elements, and the two ways they
 * hand a field over as a printed paper would show it. */
#ifndef MN_EXPORT_H
#define MN_EXPORT_H

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <minutes/plugin.h>

#define EXPORT_XML_FUNCTIONS(F) \
  F (htmlReadMemory) F (xmlReadMemory) F (xmlFreeDoc) F (xmlDocGetRootElement) \
  F (xmlGetLastError) F (htmlEntityLookup)
#define EXPORT_XML_FIELD(name) __typeof__ (name) *name;

typedef struct {
  EXPORT_XML_FUNCTIONS (EXPORT_XML_FIELD)
} ExportXml;

extern ExportXml export_xml;

/* Loads libxml2 once per process; FALSE (MN_ERROR_NOT_BUILT, naming the
 * format `who`) when it is missing at run time. */
gboolean mn_export_xml_load (const char *who, GError **error);
#ifndef MN_LIBXML2_SONAME
#define MN_LIBXML2_SONAME "libxml2.so.2"
#endif

/* The soname mn_export_xml_load opens, alone, for the descriptors. */
extern const char *const mn_export_xml_libraries[];

/* An XML export's probe: MN_PROBE_CERTAIN when the first bytes hold the
 * root's mark and, after it, one of the marks inside (NULL-terminated),
 * else MN_PROBE_NONE. */
int mn_export_probe_xml (const guint8 *head, gsize len, const char *root,
                         const char *const *inside);

/* Parses an export's XML: no network, no DTD (refused: a billion laughs),
 * no size cut.  A document whose only fault is a character XML 1.0 forbids
 * (eDoc writes "&#xC;" for Word's page breaks) is read again in recovery
 * mode, with an `xml-recovered` warning; any other damage is
 * MN_ERROR_CORRUPT naming the line.  Free with export_xml.xmlFreeDoc. */
xmlDocPtr mn_export_xml_read (MnExtract *ex, const char *who, GBytes *input, GError **error);

/* Elements by local name (namespace prefixes are not compared). */
gboolean mn_xml_named (const xmlNode *n, const char *name);
const xmlNode *mn_xml_child (const xmlNode *n, const char *name);
/* The text of an element (its text and CDATA children), trimmed; "" when
 * n is NULL.  transfer full */
char *mn_xml_text (const xmlNode *n);
/* mn_xml_text of the child `name`.  transfer full */
char *mn_xml_field (const xmlNode *n, const char *name);
/* The child `name` says "true" (any case). */
gboolean mn_xml_true (const xmlNode *n, const char *name);

/* A paragraph of text, when there is any. */
void mn_export_line (MnExtract *ex, const char *text, guint style, int level);
/* "LABEL: value", when there is a value: a front page's line, in the words
 * the parser reads ("Mødedato", "Sagsnr."). */
void mn_export_labelled (MnExtract *ex, const char *label, const char *value);
/* Plain text as a text file holds it: a LINE a line, a BREAK a blank line
 * (the core joins the lines into paragraphs). */
void mn_export_text (MnExtract *ex, const char *text);
/* The front page's meeting lines, as the parser reads them: the body, then
 * "Mødedato:", "Mødetidspunkt:", "Mødeslut:" from the start and end date-times
 * (mn_export_when's forms) and "Mødested:"; what is missing is left out. */
void mn_export_meeting (MnExtract *ex, const char *body, const char *when, const char *until,
                        const char *where);

/* A person of the meeting, for mn_export_people. */
typedef struct {
  char *name;
  char *role;        /* the office ("Formand"), or NULL; "Medlem" is none */
  gboolean absent;
} MnExportPerson;

/* transfer full (strings copied); free with mn_export_person_free */
MnExportPerson *mn_export_person_new (const char *name, const char *role, gboolean absent);
void mn_export_person_free (MnExportPerson *p);
/* "Deltagere:" and a line each ("Lise Dam (A) - formand": the office as
 * the papers print it), then "Fraværende:" and the absent ones; nothing
 * when there is nobody. */
void mn_export_people (MnExtract *ex, GPtrArray *people);

/* An item's record: a break, then "N. Title" (or the title alone) as a
 * heading marked MN_STYLE_ITEM. */
void mn_export_item_title (MnExtract *ex, const char *number, const char *title);

/* "15-05-2013 16:30:00" or "2013-06-20 10:30": the date as the papers
 * print it (DD-MM-YYYY) and the time (HH:MM); NULL for what is missing. */
void mn_export_when (const char *when, char **date, char **time);

#endif
