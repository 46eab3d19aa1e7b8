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
  /* the root element, then its agendas (or their generator settings) */
  static const char *const inside[] = { "<Agendas", "<GeneratorSettings", "<Agenda", NULL };

  return mn_export_probe_xml (head, len, "<Publication", inside);
}

static gboolean
absent_status (const xmlNode *m)
{
  g_autofree char *status = mn_xml_field (m, "ParticipationStatusAsText");
  g_autofree char *participate = mn_xml_field (m, "Participate");

  return g_ascii_strcasecmp (participate, "false") == 0
         || strstr (status, "Absent") || strstr (status, "NotParticipating") || strstr (status, "Cancel");
}

static void
front_page (MnExtract *ex, const xmlNode *agenda)
{
  const xmlNode *meeting = mn_xml_child (agenda, "Meeting");
  const xmlNode *members = mn_xml_child (meeting, "Members");
  g_autofree char *body = mn_xml_field (mn_xml_child (agenda, "Committee"), "Name");
  g_autofree char *when = mn_xml_field (meeting, "When"), *until = mn_xml_field (meeting, "Until");
  g_autofree char *where = mn_xml_field (meeting, "Where");
  g_autoptr (GPtrArray) people = g_ptr_array_new_with_free_func ((GDestroyNotify) mn_export_person_free);

  mn_export_meeting (ex, body, when, until, where);
  for (const xmlNode *m = members ? members->children : NULL; m; m = m->next)
    if (mn_xml_named (m, "MeetingMember") || mn_xml_named (m, "Member"))
      {
        g_autofree char *name = mn_xml_field (m, "Name");
        g_ptr_array_add (people, mn_export_person_new (name, NULL, absent_status (m)));
      }
  mn_export_people (ex, people);
  mn_extract_add (ex, MN_BLOCK_BREAK, NULL, 0, 0, 0);
}

static gboolean
item (MnExtract *ex, const xmlNode *it, gboolean show_empty, gboolean show_empty_feedback,
      GError **error)
{
  g_autofree char *number = mn_xml_field (it, "Number");
  g_autofree char *caption = mn_xml_field (it, "Caption");
  g_autofree char *case_number = mn_xml_field (mn_xml_child (it, "Case"), "Number");
  const xmlNode *fields = mn_xml_child (it, "Fields"), *enclosures = mn_xml_child (it, "Enclosures");
  gboolean bilag = FALSE;

  /* items numbered 0 only carry the meeting's own documents */
  if (*caption == '\0' || strcmp (number, "0") == 0)
    return TRUE;
  mn_export_item_title (ex, number, caption);
  if (mn_xml_child (it, "IsPublic"))
    mn_export_line (ex, mn_xml_true (it, "IsPublic") ? "Åben Sag" : "Lukket Sag", 0, 0);
  mn_export_labelled (ex, "Sagsnr.", case_number);
  for (const xmlNode *f = fields ? fields->children : NULL; f; f = f->next)
    {
      g_autofree char *fcaption = NULL, *content = NULL;
      gboolean feedback;

      if (!mn_xml_named (f, "ItemField"))
        continue;
      fcaption = mn_xml_field (f, "Caption");
      content = mn_xml_field (f, "Content");
      feedback = mn_xml_true (f, "IsFeedback");
      if (*content == '\0' && !(feedback ? show_empty_feedback : show_empty))
        continue;
      mn_export_line (ex, fcaption, MN_STYLE_HEADING, 2);
      if (*content && !mn_html_to_blocks (ex, content, strlen (content), 3, 0, error))
        return FALSE;
    }
  for (const xmlNode *e = enclosures ? enclosures->children : NULL; e; e = e->next)
    {
      g_autofree char *name = NULL, *n = NULL, *t = NULL;
      if (!mn_xml_named (e, "Enclosure"))
        continue;
      name = mn_xml_field (e, "Name");
      n = mn_xml_field (e, "Number");
      if (!bilag)
        mn_export_line (ex, "Bilag", MN_STYLE_HEADING | MN_STYLE_IMPLIED, 2);
      bilag = TRUE;
      t = *n ? g_strdup_printf ("Bilag %s: %s", n, name) : g_strdup (name);
      mn_export_line (ex, t, 0, 0);
    }
  return TRUE;
}

static gboolean
sb_extract (MnExtract *ex, GBytes *input, GError **error)
{
  const xmlNode *root, *settings;
  gboolean show_empty = FALSE, show_empty_feedback = TRUE, ok = TRUE;
  xmlDocPtr doc = mn_export_xml_read (ex, "sbsys", input, error);

  if (doc == NULL)
    return FALSE;
  root = export_xml.xmlDocGetRootElement (doc);
  if ((settings = mn_xml_child (root, "GeneratorSettings")) != NULL)
    {
      g_autofree char *e = mn_xml_field (settings, "ShowEmptyFields");
      g_autofree char *f = mn_xml_field (settings, "ShowEmptyFeedbackFields");
      show_empty = g_ascii_strcasecmp (e, "true") == 0;
      show_empty_feedback = *f == '\0' || g_ascii_strcasecmp (f, "true") == 0;
    }
  for (const xmlNode *a = mn_xml_child (mn_xml_child (root, "Agendas"), "Agenda"); ok && a; a = a->next)
    {
      if (!mn_xml_named (a, "Agenda"))
        continue;
      front_page (ex, a);
      for (const xmlNode *it = mn_xml_child (mn_xml_child (a, "Items"), "Item"); ok && it; it = it->next)
        if (mn_xml_named (it, "Item"))
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
  .libraries = mn_export_xml_libraries,
};

MN_PLUGIN_EXPORT_INPUT (input_sbsys, mn_input_sbsys);
