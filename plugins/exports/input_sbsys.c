/* SBSYS Publication XML: what SBSYS's eDagsorden publishing writes (and
 * OS2dagsorden imports):
 *
 *   <Publication> <GeneratorSettings ShowEmptyFields, ShowEmptyFeedbackFields/>
 *     <Agendas><Agenda> <Meeting> When Where Until Members/MeetingMember
 *       {Name, ParticipationStatusAsText | Participate} </Meeting>
 *       <Committee><Name/></Committee>
 *       <Items><Item> Number Caption IsPublic Case/Number
 *         Fields/ItemField {Caption, Content (HTML), HasContent, IsFeedback}
 *         Enclosures/Enclosure {Name, Number, IsPublic} </Item></Items>
 *
 * The fields become the blocks the printed paper holds -- front page lines
 * with their labels, per item its numbered title (marked MN_STYLE_ITEM),
 * its access and case number, each field's caption as a heading and its
 * HTML through the HTML reader, its enclosures as a Bilag list -- and the
 * core's parser reads them.  libxml2 with no network and no DTD: a DTD
 * (a billion laughs) is refused, as in DOCX. */
#include <string.h>
#include "export.h"
#include "html_blocks.h"

static const char *const sb_extensions[] = { "xml", NULL };

static int
sb_probe (const guint8 *head, gsize len, const char *file_name)
{
  g_autofree char *h = g_strndup ((const char *) head, len);
  char *root = strstr (h, "<Publication");

  /* the root element, then its agendas (or their generator settings) */
  if (root && (strstr (root, "<Agendas") || strstr (root, "<GeneratorSettings")
               || strstr (root, "<Agenda")))
    return MN_PROBE_CERTAIN;
  return MN_PROBE_NONE;
}

static gboolean
named (const xmlNode *n, const char *name)
{
  return n && n->type == XML_ELEMENT_NODE && strcmp ((const char *) n->name, name) == 0;
}

static const xmlNode *
child (const xmlNode *n, const char *name)
{
  for (const xmlNode *c = n ? n->children : NULL; c; c = c->next)
    if (named (c, name))
      return c;
  return NULL;
}

/* The text of an element (its text and CDATA children), trimmed.
 * transfer full */
static char *
text_of (const xmlNode *n)
{
  GString *s = g_string_new (NULL);

  for (const xmlNode *c = n ? n->children : NULL; c; c = c->next)
    if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
      g_string_append (s, (const char *) c->content);
  return g_strstrip (g_string_free (s, FALSE));
}

static char *
field (const xmlNode *n, const char *name)
{
  return text_of (child (n, name));
}

static gboolean
is_true (const xmlNode *n, const char *name)
{
  g_autofree char *v = field (n, name);
  return g_ascii_strcasecmp (v, "true") == 0;
}

/* "15-05-2013 16:30:00": date and time as the papers print them */
static void
split_when (const char *when, char **date, char **time)
{
  *date = *time = NULL;
  if (when == NULL || strlen (when) < 10)
    return;
  *date = g_strndup (when, 10);
  if (strlen (when) >= 16)
    *time = g_strndup (when + 11, 5);
}

static gboolean
absent_status (const xmlNode *m)
{
  g_autofree char *status = field (m, "ParticipationStatusAsText");
  g_autofree char *participate = field (m, "Participate");

  return g_ascii_strcasecmp (participate, "false") == 0
         || strstr (status, "Absent") || strstr (status, "NotParticipating") || strstr (status, "Cancel");
}

static void
front_page (MnExtract *ex, const xmlNode *agenda)
{
  const xmlNode *meeting = child (agenda, "Meeting");
  const xmlNode *members = child (meeting, "Members");
  g_autofree char *body = field (child (agenda, "Committee"), "Name");
  g_autofree char *when = field (meeting, "When"), *until = field (meeting, "Until");
  g_autofree char *where = field (meeting, "Where");
  g_autofree char *date = NULL, *start = NULL, *end_date = NULL, *end = NULL;
  gboolean any_absent = FALSE, any = FALSE;

  split_when (when, &date, &start);
  split_when (until, &end_date, &end);
  mn_export_line (ex, body, 0, 0);
  mn_export_labelled (ex, "Mødedato", date);
  mn_export_labelled (ex, "Mødetidspunkt", start);
  mn_export_labelled (ex, "Mødeslut", end);
  mn_export_labelled (ex, "Mødested", where);
  for (const xmlNode *m = members ? members->children : NULL; m; m = m->next)
    if (named (m, "MeetingMember") || named (m, "Member"))
      {
        g_autofree char *name = field (m, "Name");
        if (!any)
          mn_export_line (ex, "Deltagere:", 0, 0);
        any = TRUE;
        mn_export_line (ex, name, 0, 0);
      }
  for (const xmlNode *m = members ? members->children : NULL; m; m = m->next)
    if ((named (m, "MeetingMember") || named (m, "Member")) && absent_status (m))
      {
        g_autofree char *name = field (m, "Name");
        if (!any_absent)
          mn_export_line (ex, "Fraværende:", 0, 0);
        any_absent = TRUE;
        mn_export_line (ex, name, 0, 0);
      }
  mn_extract_add (ex, MN_BLOCK_BREAK, NULL, 0, 0, 0);
}

static gboolean
item (MnExtract *ex, const xmlNode *it, gboolean show_empty, gboolean show_empty_feedback,
      GError **error)
{
  g_autofree char *number = field (it, "Number");
  g_autofree char *caption = field (it, "Caption");
  g_autofree char *case_number = field (child (it, "Case"), "Number");
  g_autofree char *heading = NULL;
  const xmlNode *fields = child (it, "Fields"), *enclosures = child (it, "Enclosures");
  gboolean bilag = FALSE;

  /* items numbered 0 only carry the meeting's own documents */
  if (*caption == '\0' || strcmp (number, "0") == 0)
    return TRUE;
  heading = *number ? g_strdup_printf ("%s. %s", number, caption) : g_strdup (caption);
  mn_extract_add (ex, MN_BLOCK_BREAK, NULL, 0, 0, 0);
  mn_export_line (ex, heading, MN_STYLE_HEADING | MN_STYLE_ITEM, 1);
  if (child (it, "IsPublic"))
    mn_export_line (ex, is_true (it, "IsPublic") ? "Åben Sag" : "Lukket Sag", 0, 0);
  mn_export_labelled (ex, "Sagsnr.", case_number);
  for (const xmlNode *f = fields ? fields->children : NULL; f; f = f->next)
    {
      g_autofree char *fcaption = NULL, *content = NULL;
      gboolean feedback;

      if (!named (f, "ItemField"))
        continue;
      fcaption = field (f, "Caption");
      content = field (f, "Content");
      feedback = is_true (f, "IsFeedback");
      if (*content == '\0' && !(feedback ? show_empty_feedback : show_empty))
        continue;
      mn_export_line (ex, fcaption, MN_STYLE_HEADING, 2);
      if (*content && !mn_html_to_blocks (ex, content, strlen (content), 3, 0, error))
        return FALSE;
    }
  for (const xmlNode *e = enclosures ? enclosures->children : NULL; e; e = e->next)
    {
      g_autofree char *name = NULL, *n = NULL, *t = NULL;
      if (!named (e, "Enclosure"))
        continue;
      name = field (e, "Name");
      n = field (e, "Number");
      if (!bilag)
        mn_export_line (ex, "Bilag", MN_STYLE_HEADING, 2);
      bilag = TRUE;
      t = *n ? g_strdup_printf ("Bilag %s: %s", n, name) : g_strdup (name);
      mn_export_line (ex, t, 0, 0);
    }
  return TRUE;
}

static gboolean
sb_extract (MnExtract *ex, GBytes *input, GError **error)
{
  gsize len;
  const char *data = g_bytes_get_data (input, &len);
  const xmlNode *root, *settings;
  gboolean show_empty = FALSE, show_empty_feedback = TRUE, ok = TRUE;
  xmlDocPtr doc;

  if (!mn_export_xml_load ("sbsys", error))
    return FALSE;
  if (len > G_MAXINT)
    {
      g_set_error (error, MN_ERROR, MN_ERROR_LIMIT, "the XML is too large");
      return FALSE;
    }
  if (g_strstr_len (data, (gssize) MIN (len, 4096), "<!DOCTYPE"))
    {
      g_set_error (error, MN_ERROR, MN_ERROR_LIMIT, "an XML with a DTD is refused (entities could expand without end)");
      return FALSE;
    }
  doc = export_xml.xmlReadMemory (data, (int) len, NULL, NULL,
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_HUGE);
  if (doc == NULL)
    {
      g_set_error (error, MN_ERROR, MN_ERROR_CORRUPT, "damaged XML: not well-formed");
      return FALSE;
    }
  root = export_xml.xmlDocGetRootElement (doc);
  if ((settings = child (root, "GeneratorSettings")) != NULL)
    {
      g_autofree char *e = field (settings, "ShowEmptyFields"), *f = field (settings, "ShowEmptyFeedbackFields");
      show_empty = g_ascii_strcasecmp (e, "true") == 0;
      show_empty_feedback = *f == '\0' || g_ascii_strcasecmp (f, "true") == 0;
    }
  for (const xmlNode *a = child (child (root, "Agendas"), "Agenda"); ok && a; a = a->next)
    {
      if (!named (a, "Agenda"))
        continue;
      front_page (ex, a);
      for (const xmlNode *it = child (child (a, "Items"), "Item"); ok && it; it = it->next)
        if (named (it, "Item"))
          ok = item (ex, it, show_empty, show_empty_feedback, error);
    }
  export_xml.xmlFreeDoc (doc);
  return ok;
}

const MnInputPlugin mn_input_sbsys = {
  MN_PLUGIN_HEADER (MnInputPlugin),
  .name = "sbsys",
  .description = "SBSYS Publication XML (eDagsorden), item fields' HTML through libxml2",
  .extensions = sb_extensions,
  .probe = sb_probe,
  .extract = sb_extract,
};

MN_PLUGIN_EXPORT_INPUT (input_sbsys, mn_input_sbsys);
