/* eDoc AgendaPublishing XML: what eDoc's publishing service writes for a
 * meeting (and OS2dagsorden imports):
 *
 *   <Meeting> Committee MeetingDate MeetingState
 *     <MeetingAgendaTypes><MeetingAgendaType> AgendaType ("Åben dagsorden")
 *       FullText (the whole paper as text: front page, contents, items)
 *       <MeetingAgendaItems><MeetingAgendaItem> AgendaItemNumber
 *         <Document><Title/> <Attachments/> </Document>
 *         FullText (the item as printed: title, labels, sections, Bilag,
 *                   the decision) </MeetingAgendaItem>
 *
 * The item texts are the paper's own, so they go to the parser as a text
 * file's lines would; what the export knows outright -- which items there
 * are, in which order, their numbers and titles -- marks each item's title
 * (MN_STYLE_ITEM).  The front page is the paper's text before the first
 * item's title line.  Items are listed in any order: they are printed by
 * number.  Word's page breaks arrive as "&#xC;", read in recovery mode
 * with a warning. */
#include <stdlib.h>
#include <string.h>
#include "export.h"

static const char *const pub_extensions[] = { "xml", NULL };

static int
pub_probe (const guint8 *head, gsize len, const char *file_name)
{
  static const char *const inside[] = { "<MeetingAgendaTypes", "<MeetingDate", NULL };

  return mn_export_probe_xml (head, len, "<Meeting>", inside);
}

typedef struct {
  int number;
  const xmlNode *node;
} Entry;

static int
by_number (gconstpointer a, gconstpointer b)
{
  const Entry *x = a, *y = b;
  return (x->number > y->number) - (x->number < y->number);
}

/* The first line of text that is not blank.  transfer full */
static char *
first_line (const char *text)
{
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i]; i++)
    {
      g_strstrip (lines[i]);
      if (*lines[i])
        return g_strdup (lines[i]);
    }
  return g_strdup ("");
}

/* The paper's text before the line `title` stands alone on: its front
 * page and table of contents (whose lines carry a page number after the
 * title, so they do not match).  NULL when the line is not there.
 * transfer full */
static char *
front_matter (const char *paper, const char *title)
{
  gsize n = strlen (title);

  if (n == 0)
    return NULL;
  for (const char *p = paper; p && *p; p = strchr (p, '\n') ? strchr (p, '\n') + 1 : NULL)
    {
      const char *s = p + strspn (p, " \t");
      const char *end = s + strcspn (s, "\n");
      const char *e = end;
      while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
        e--;
      if ((gsize) (e - s) == n && strncmp (s, title, n) == 0)
        return g_strndup (paper, (gsize) (p - paper));
    }
  return NULL;
}

static void
front_from_fields (MnExtract *ex, const xmlNode *meeting)
{
  g_autofree char *body = mn_xml_field (meeting, "Committee"), *when = mn_xml_field (meeting, "MeetingDate");

  mn_export_meeting (ex, body, when, NULL, NULL);
}

static void
item (MnExtract *ex, const xmlNode *it)
{
  g_autofree char *number = mn_xml_field (it, "AgendaItemNumber");
  g_autofree char *title = mn_xml_field (mn_xml_child (it, "Document"), "Title");
  g_autofree char *text = mn_xml_field (it, "FullText");
  g_autofree char *printed = first_line (text);
  const char *body = text;

  if (*title == '\0' && *printed == '\0')
    return;
  mn_export_item_title (ex, number, title);
  /* the text opens with the title as printed ("2.<TAB>Title"): said above */
  if (*number && g_str_has_prefix (printed, number))
    {
      const char *at = strstr (text, printed);
      body = at ? at + strlen (printed) : text;
    }
  mn_export_text (ex, body);
}

static void
agenda_type (MnExtract *ex, const xmlNode *meeting, const xmlNode *type, gboolean first)
{
  const xmlNode *items = mn_xml_child (type, "MeetingAgendaItems");
  g_autoptr (GArray) entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  g_autofree char *kind = mn_xml_field (type, "AgendaType");
  g_autofree char *paper = mn_xml_field (type, "FullText");
  g_autofree char *front = NULL;

  for (const xmlNode *it = items ? items->children : NULL; it; it = it->next)
    if (mn_xml_named (it, "MeetingAgendaItem"))
      {
        g_autofree char *n = mn_xml_field (it, "AgendaItemNumber");
        Entry e = { *n ? atoi (n) : G_MAXINT, it };
        g_array_append_val (entries, e);
      }
  /* a stable sort: items without a number keep their order, last */
  g_array_sort (entries, by_number);
  if (first)
    {
      if (entries->len)
        {
          g_autofree char *t = mn_xml_field (g_array_index (entries, Entry, 0).node, "FullText");
          g_autofree char *title_line = first_line (t);
          front = front_matter (paper, title_line);
        }
      if (front)
        mn_export_text (ex, front);
      else
        front_from_fields (ex, meeting);
    }
  /* "Åben dagsorden" / "Lukket dagsorden": the part its items are in */
  mn_extract_add (ex, MN_BLOCK_BREAK, NULL, 0, 0, 0);
  mn_export_line (ex, kind, 0, 0);
  for (guint i = 0; i < entries->len && !mn_extract_full (ex); i++)
    item (ex, g_array_index (entries, Entry, i).node);
}

static gboolean
pub_extract (MnExtract *ex, GBytes *input, GError **error)
{
  xmlDocPtr doc = mn_export_xml_read (ex, "edoc-publishing", input, error);
  const xmlNode *root, *types;
  gboolean first = TRUE;

  if (doc == NULL)
    return FALSE;
  root = export_xml.xmlDocGetRootElement (doc);
  types = mn_xml_child (root, "MeetingAgendaTypes");
  for (const xmlNode *t = types ? types->children : NULL; t; t = t->next)
    if (mn_xml_named (t, "MeetingAgendaType"))
      {
        agenda_type (ex, root, t, first);
        first = FALSE;
      }
  if (first)
    front_from_fields (ex, root);
  export_xml.xmlFreeDoc (doc);
  return TRUE;
}

const MnInputPlugin mn_input_edoc_publishing = {
  MN_PLUGIN_HEADER (MnInputPlugin),
  .name = "edoc-publishing",
  .description = "eDoc AgendaPublishing XML (a meeting's items and their full text)",
  .extensions = pub_extensions,
  .probe = pub_probe,
  .extract = pub_extract,
  .libraries = mn_export_xml_libraries,
};

MN_PLUGIN_EXPORT_INPUT (input_edoc_publishing, mn_input_edoc_publishing);
