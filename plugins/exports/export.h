/* What the export input plugins share: libxml2, resolved at first use
 * (one table for the HTML reader and the XML formats), and the two ways
 * they hand a field over as a printed paper would show it. */
#ifndef MN_EXPORT_H
#define MN_EXPORT_H

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <minutes/plugin.h>

#define EXPORT_XML_FUNCTIONS(F) \
  F (htmlReadMemory) F (xmlReadMemory) F (xmlFreeDoc) F (xmlDocGetRootElement)
#define EXPORT_XML_FIELD(name) __typeof__ (name) *name;

typedef struct {
  EXPORT_XML_FUNCTIONS (EXPORT_XML_FIELD)
} ExportXml;

extern ExportXml export_xml;

/* Loads libxml2 once per process; FALSE (MN_ERROR_NOT_BUILT, naming the
 * format `who`) when it is missing at run time. */
gboolean mn_export_xml_load (const char *who, GError **error);

/* A paragraph of text, when there is any. */
void mn_export_line (MnExtract *ex, const char *text, guint style, int level);
/* "LABEL: value", when there is a value: a front page's line, in the words
 * the parser reads ("Mødedato", "Sagsnr."). */
void mn_export_labelled (MnExtract *ex, const char *label, const char *value);

#endif
