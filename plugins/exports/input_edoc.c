/* eDoc agenda XML (Fujitsu): what eDoc's agenda publishing writes beside
 * its HTML rendering (and OS2dagsorden imports), in the namespace
 * http://www.fujitsu.dk/agenda/xml/schemas/...:
 *
 *   <Root> <edoc:Committee> Name
 *     <edoc:Meeting> MeetingDateTime EndDateTime MeetingLocation
 *       MeetingParticipants/MeetingParticipant {Name, RoleInMeeting, Participate}
 *       <edoc:Agenda> Type ("Dagsorden", "Referat")
 *         AgendaElements/AgendaElement {AccessIsPublic, HandlingItem {
 *           SerialNo Title CaseNumber HandlingPlan/Handling {Placement, Decision}
 *           CasePresentations/CasePresentation {Title, Content (HTML)}
 *           Attachments/Attachment {AttachmentNumber, Title, AccessEnumName}}}
 *
 * As the SBSYS plugin does, the fields become the blocks the printed paper
 * holds, the item titles marked MN_STYLE_ITEM, and the core's parser reads
 * them.  The export writes Word's page breaks as "&#xC;", which XML 1.0
 * forbids: such a file is read in recovery mode, with a warning. */
#include <string.h>
#include "export.h"
#include "html_blocks.h"

static const char *const edoc_extensions[] = { "xml", NULL };

static int
edoc_probe (const guint8 *head, gsize len, const char *file_name)
{
  static const char *const inside[] = { "fujitsu.dk/agenda", NULL };

  return mn_export_probe_xml (head, len, "<Root", inside);
}

/* The printed paper's kind, from the agenda's type: its decisions are
 * recorded only in a referat. */
static gboolean
is_minutes (const xmlNode *agenda)
{
  g_autofree char *type = mn_xml_field (agenda, "Type");
  return g_ascii_strncasecmp (type, "Referat", 7) == 0 || g_ascii_strncasecmp (type, "Beslutning", 10) == 0;
}

static void
participants (MnExtract *ex, const xmlNode *meeting)
{
  const xmlNode *list = mn_xml_child (meeting, "MeetingParticipants");
  g_autoptr (GPtrArray) people = g_ptr_array_new_with_free_func ((GDestroyNotify) mn_export_person_free);

  for (const xmlNode *p = list ? list->children : NULL; p; p = p->next)
    if (mn_xml_named (p, "MeetingParticipant"))
      {
        g_autofree char *name = mn_xml_field (p, "Name"), *role = mn_xml_field (p, "RoleInMeeting");
        g_autofree char *participate = mn_xml_field (p, "Participate");
        g_ptr_array_add (people, mn_export_person_new (name, role, g_ascii_strcasecmp (participate, "false") == 0));
      }
  mn_export_people (ex, people);
}

static void
front_page (MnExtract *ex, const xmlNode *committee, const xmlNode *meeting)
{
  g_autofree char *body = mn_xml_field (committee, "Name");
  g_autofree char *when = mn_xml_field (meeting, "MeetingDateTime"), *until = mn_xml_field (meeting, "EndDateTime");
  g_autofree char *where = mn_xml_field (meeting, "MeetingLocation");

  mn_export_meeting (ex, body, when, until, where);
  participants (ex, meeting);
  mn_extract_add (ex, MN_BLOCK_BREAK, NULL, 0, 0, 0);
}

/* The decision this meeting made, where the agenda records one: the
 * handling placed at this meeting.  "Beslutning ikke frigivet" is the
 * system's placeholder for one not yet released. transfer full or NULL */
static char *
decision_of (const xmlNode *handling_item)
{
  const xmlNode *plan = mn_xml_child (handling_item, "HandlingPlan");

  for (const xmlNode *h = plan ? plan->children : NULL; h; h = h->next)
    if (mn_xml_named (h, "Handling"))
      {
        g_autofree char *placement = mn_xml_field (h, "Placement");
        char *decision;
        if (g_ascii_strcasecmp (placement, "This") != 0)
          continue;
        decision = mn_xml_field (h, "Decision");
        if (*decision && g_ascii_strcasecmp (decision, "Beslutning ikke frigivet") != 0)
          return decision;
        g_free (decision);
      }
  return NULL;
}

static gboolean
html_field (MnExtract *ex, const char *content, GError **error)
{
  /* HTML, or a line of text (whose entities are HTML's too) */
  if (strchr (content, '<') == NULL && strchr (content, '&') == NULL)
    {
      mn_export_text (ex, content);
      return TRUE;
    }
  return mn_html_to_blocks (ex, content, strlen (content), 3, 0, error);
}

static gboolean
item (MnExtract *ex, const xmlNode *element, gboolean minutes, GError **error)
{
  const xmlNode *it = mn_xml_child (element, "HandlingItem");
  const xmlNode *presentations = mn_xml_child (it, "CasePresentations");
  const xmlNode *attachments = mn_xml_child (it, "Attachments");
  g_autofree char *number = mn_xml_field (it, "SerialNo"), *title = mn_xml_field (it, "Title");
  g_autofree char *case_number = mn_xml_field (it, "CaseNumber");
  g_autofree char *decision = NULL;
  gboolean bilag = FALSE, decided = FALSE;

  if (it == NULL || *title == '\0')
    return TRUE;
  mn_export_item_title (ex, number, title);
  if (mn_xml_child (element, "AccessIsPublic"))
    mn_export_line (ex, mn_xml_true (element, "AccessIsPublic") ? "Åben sag" : "Lukket sag", 0, 0);
  mn_export_labelled (ex, "Sagsnr.", case_number);
  for (const xmlNode *p = presentations ? presentations->children : NULL; p; p = p->next)
    {
      g_autofree char *caption = NULL, *content = NULL;
      if (!mn_xml_named (p, "CasePresentation"))
        continue;
      caption = mn_xml_field (p, "Title");
      content = mn_xml_field (p, "Content");
      /* a presentation that is the decision prints it already */
      decided |= mn_xml_true (p, "IsDecision") && *content;
      mn_export_line (ex, caption, MN_STYLE_HEADING, 2);
      if (*content && !html_field (ex, content, error))
        return FALSE;
    }
  if (minutes && !decided && (decision = decision_of (it)) != NULL)
    {
      mn_export_line (ex, "Beslutning", MN_STYLE_HEADING, 2);
      if (!html_field (ex, decision, error))
        return FALSE;
    }
  for (const xmlNode *a = attachments ? attachments->children : NULL; a; a = a->next)
    {
      g_autofree char *n = NULL, *name = NULL, *access = NULL, *line = NULL;
      if (!mn_xml_named (a, "Attachment"))
        continue;
      n = mn_xml_field (a, "AttachmentNumber");
      name = mn_xml_field (a, "Title");
      access = mn_xml_field (a, "AccessEnumName");
      if (!bilag)
        mn_export_line (ex, "Bilag", MN_STYLE_HEADING | MN_STYLE_IMPLIED, 2);
      bilag = TRUE;
      /* "1 Åben Title": the numbered form with its access */
      if (*n && *access)
        line = g_strdup_printf ("%s %s %s", n, g_ascii_strcasecmp (access, "Public") == 0 ? "Åben" : "Lukket",
                                name);
      else if (*n)
        line = g_strdup_printf ("Bilag %s: %s", n, name);
      mn_export_line (ex, line ? line : name, 0, 0);
    }
  return TRUE;
}

static gboolean
edoc_extract (MnExtract *ex, GBytes *input, GError **error)
{
  xmlDocPtr doc = mn_export_xml_read (ex, "edoc", input, error);
  const xmlNode *root;
  gboolean ok = TRUE;

  if (doc == NULL)
    return FALSE;
  root = export_xml.xmlDocGetRootElement (doc);
  for (const xmlNode *c = root ? root->children : NULL; ok && c; c = c->next)
    {
      if (!mn_xml_named (c, "Committee"))
        continue;
      for (const xmlNode *m = c->children; ok && m; m = m->next)
        {
          const xmlNode *agenda = mn_xml_child (m, "Agenda");
          const xmlNode *elements = mn_xml_child (agenda, "AgendaElements");
          gboolean minutes;

          if (!mn_xml_named (m, "Meeting") || agenda == NULL)
            continue;
          minutes = is_minutes (agenda);
          front_page (ex, c, m);
          for (const xmlNode *e = elements ? elements->children : NULL; ok && e && !mn_extract_full (ex);
               e = e->next)
            if (mn_xml_named (e, "AgendaElement"))
              ok = item (ex, e, minutes, error);
        }
    }
  export_xml.xmlFreeDoc (doc);
  return ok;
}

const MnInputPlugin mn_input_edoc = {
  MN_PLUGIN_HEADER (MnInputPlugin),
  .name = "edoc",
  .description = "eDoc (Fujitsu) agenda XML, case presentations' HTML through libxml2",
  .extensions = edoc_extensions,
  .probe = edoc_probe,
  .extract = edoc_extract,
  .libraries = mn_export_xml_libraries,
};

MN_PLUGIN_EXPORT_INPUT (input_edoc, mn_input_edoc);
