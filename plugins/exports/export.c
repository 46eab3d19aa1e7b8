/* What the export input plugins share (export.h). */
#include <string.h>
#include "export.h"

ExportXml export_xml;

#define EXPORT_XML_SYMBOL(name) { #name, (gpointer *) &export_xml.name },
static const MnLibrarySymbol symbols[] = { EXPORT_XML_FUNCTIONS (EXPORT_XML_SYMBOL) { NULL, NULL } };
static MnLibrary libxml2 = { MN_LIBXML2_SONAME, symbols, 0, FALSE };
const char *const mn_export_xml_libraries[] = { MN_LIBXML2_SONAME, NULL };

int
mn_export_probe_xml (const guint8 *head, gsize len, const char *root, const char *const *inside)
{
  g_autofree char *h = g_strndup ((const char *) head, len);
  const char *at = strstr (h, root);

  for (gsize i = 0; at && inside[i]; i++)
    if (strstr (at, inside[i]))
      return MN_PROBE_CERTAIN;
  return MN_PROBE_NONE;
}

gboolean
mn_export_xml_load (const char *who, GError **error)
{
  if (mn_library_load (&libxml2))
    return TRUE;
  g_set_error (error, MN_ERROR, MN_ERROR_NOT_BUILT, "%s support unavailable: cannot load %s", who,
               MN_LIBXML2_SONAME);
  return FALSE;
}

/* The prolog (before the root element) declares a DTD.  Comments and
 * processing instructions are passed over, so none can hide one. */
static gboolean
declares_dtd (const char *p, gsize len)
{
  const char *end = p + len;

  while (p < end)
    {
      const char *lt = memchr (p, '<', (gsize) (end - p));
      if (lt == NULL || lt + 1 >= end)
        return FALSE;
      if (lt[1] == '?' || (end - lt >= 4 && memcmp (lt, "<!--", 4) == 0))
        {
          const char *close = g_strstr_len (lt + 2, end - lt - 2, lt[1] == '?' ? "?>" : "-->");
          if (close == NULL)
            return FALSE;
          p = close + 2;
          continue;
        }
      return end - lt >= 9 && g_ascii_strncasecmp (lt, "<!DOCTYPE", 9) == 0;
    }
  return FALSE;
}

static const int read_options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_HUGE;

xmlDocPtr
mn_export_xml_read (MnExtract *ex, const char *who, GBytes *input, GError **error)
{
  gsize len;
  const char *data = g_bytes_get_data (input, &len);
  const xmlError *e;
  xmlDocPtr doc;
  int line;

  if (!mn_export_xml_load (who, error))
    return NULL;
  if (len > G_MAXINT)
    {
      g_set_error (error, MN_ERROR, MN_ERROR_LIMIT, "the XML is too large");
      return NULL;
    }
  if (declares_dtd (data, len))
    {
      g_set_error (error, MN_ERROR, MN_ERROR_LIMIT,
                   "an XML with a DTD is refused (entities could expand without end)");
      return NULL;
    }
  /* XML_PARSE_HUGE: libxml2 would otherwise cut a text node over 10 MB
   * short; the core's text limit bounds it instead (no DTD: nothing
   * amplifies) */
  if ((doc = export_xml.xmlReadMemory (data, (int) len, NULL, NULL, read_options)) != NULL)
    return doc;
  e = export_xml.xmlGetLastError ();
  line = e ? e->line : 0;
  if (e && e->code == XML_ERR_INVALID_CHAR
      && (doc = export_xml.xmlReadMemory (data, (int) len, NULL, NULL, read_options | XML_PARSE_RECOVER)) != NULL
      && export_xml.xmlDocGetRootElement (doc) != NULL)
    {
      mn_extract_warn (ex, "xml-recovered", 0,
                       "characters XML 1.0 forbids (as on line %d); read in recovery mode, those characters dropped",
                       line);
      return doc;
    }
  if (doc)
    export_xml.xmlFreeDoc (doc);
  if (line > 0)
    g_set_error (error, MN_ERROR, MN_ERROR_CORRUPT, "damaged XML: not well-formed (line %d)", line);
  else
    g_set_error (error, MN_ERROR, MN_ERROR_CORRUPT, "damaged XML: not well-formed");
  return NULL;
}

gboolean
mn_xml_named (const xmlNode *n, const char *name)
{
  return n && n->type == XML_ELEMENT_NODE && strcmp ((const char *) n->name, name) == 0;
}

const xmlNode *
mn_xml_child (const xmlNode *n, const char *name)
{
  for (const xmlNode *c = n ? n->children : NULL; c; c = c->next)
    if (mn_xml_named (c, name))
      return c;
  return NULL;
}

char *
mn_xml_text (const xmlNode *n)
{
  GString *s = g_string_new (NULL);

  for (const xmlNode *c = n ? n->children : NULL; c; c = c->next)
    if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
      g_string_append (s, (const char *) c->content);
  return g_strstrip (g_string_free (s, FALSE));
}

char *
mn_xml_field (const xmlNode *n, const char *name)
{
  return mn_xml_text (mn_xml_child (n, name));
}

gboolean
mn_xml_true (const xmlNode *n, const char *name)
{
  g_autofree char *v = mn_xml_field (n, name);
  return g_ascii_strcasecmp (v, "true") == 0;
}

void
mn_export_line (MnExtract *ex, const char *text, guint style, int level)
{
  if (text && *text)
    mn_extract_add (ex, MN_BLOCK_PARAGRAPH, text, style, level, 0);
}

void
mn_export_labelled (MnExtract *ex, const char *label, const char *value)
{
  if (value && *value)
    {
      g_autofree char *t = g_strdup_printf ("%s: %s", label, value);
      mn_export_line (ex, t, 0, 0);
    }
}

void
mn_export_text (MnExtract *ex, const char *text)
{
  g_auto (GStrv) lines = g_strsplit_set (text ? text : "", "\n", -1);

  for (guint i = 0; lines[i] && !mn_extract_full (ex); i++)
    {
      char *l = lines[i];
      gsize n = strlen (l);
      if (n && l[n - 1] == '\r')
        l[--n] = '\0';
      if (strspn (l, " \t\f\v\r") == n)
        mn_extract_add (ex, MN_BLOCK_BREAK, NULL, 0, 0, 0);
      else
        mn_extract_add (ex, MN_BLOCK_LINE, l, 0, 0, 0);
    }
}

void
mn_export_when (const char *when, char **date, char **time)
{
  *date = *time = NULL;
  if (when == NULL || strlen (when) < 10)
    return;
  if (when[4] == '-' && g_ascii_isdigit (when[0]))
    *date = g_strdup_printf ("%.2s-%.2s-%.4s", when + 8, when + 5, when);
  else
    *date = g_strndup (when, 10);
  if (strlen (when) >= 16 && (when[10] == ' ' || when[10] == 'T') && when[13] == ':')
    *time = g_strndup (when + 11, 5);
}

void
mn_export_meeting (MnExtract *ex, const char *body, const char *when, const char *until, const char *where)
{
  g_autofree char *date = NULL, *start = NULL, *end_date = NULL, *end = NULL;

  mn_export_when (when, &date, &start);
  mn_export_when (until, &end_date, &end);
  mn_export_line (ex, body, 0, 0);
  mn_export_labelled (ex, "Mødedato", date);
  mn_export_labelled (ex, "Mødetidspunkt", start);
  mn_export_labelled (ex, "Mødeslut", end);
  mn_export_labelled (ex, "Mødested", where);
}

MnExportPerson *
mn_export_person_new (const char *name, const char *role, gboolean absent)
{
  MnExportPerson *p = g_new0 (MnExportPerson, 1);

  p->name = g_strdup (name ? name : "");
  /* a member is a member: only the offices are roles */
  p->role = role && *role && g_ascii_strcasecmp (role, "Medlem") != 0 ? g_utf8_strdown (role, -1) : NULL;
  p->absent = absent;
  return p;
}

void
mn_export_person_free (MnExportPerson *p)
{
  if (p == NULL)
    return;
  g_free (p->name);
  g_free (p->role);
  g_free (p);
}

void
mn_export_people (MnExtract *ex, GPtrArray *people)
{
  gboolean any_absent = FALSE;

  for (guint i = 0; i < people->len; i++)
    {
      const MnExportPerson *p = g_ptr_array_index (people, i);
      g_autofree char *line = p->role ? g_strdup_printf ("%s - %s", p->name, p->role) : NULL;
      if (i == 0)
        mn_export_line (ex, "Deltagere:", 0, 0);
      mn_export_line (ex, line ? line : p->name, 0, 0);
    }
  for (guint i = 0; i < people->len; i++)
    {
      const MnExportPerson *p = g_ptr_array_index (people, i);
      if (!p->absent)
        continue;
      if (!any_absent)
        mn_export_line (ex, "Fraværende:", 0, 0);
      any_absent = TRUE;
      mn_export_line (ex, p->name, 0, 0);
    }
}

void
mn_export_item_title (MnExtract *ex, const char *number, const char *title)
{
  g_autofree char *heading = number && *number ? g_strdup_printf ("%s. %s", number, title) : g_strdup (title);

  mn_extract_add (ex, MN_BLOCK_BREAK, NULL, 0, 0, 0);
  mn_export_line (ex, heading, MN_STYLE_HEADING | MN_STYLE_ITEM, 1);
}
