/* Acadre MM XML: what Acadre's meeting module (MM) writes for a produced
 * agenda or referat (and OS2dagsorden imports).  Every record is a
 * <table name="..."> whose <fields> hold <field name="...">value</field>:
 *
 *   <root> <table name="agenda"> fields {name ("Referat"), access}
 *     <table name="committee"> fields {name}
 *     <table name="meeting"> fields {date, finish, location}
 *       <table name="meetmember"><table name="member"> fields {name, absent, role}
 *     <table name="agendaitemparents"> fields {sort (the printed number)}
 *       <table name="agendaitem"> fields {name, accessname, caseno}
 *         <table name="bullet"> fields {bulletname, bulletcontent (HTML)}
 *         <table name="enclosure"> fields {name, accessname, fileno, sort}
 *
 * As the other exports, the records become the blocks the printed paper
 * holds, item titles marked MN_STYLE_ITEM, the bullets' HTML through the
 * HTML reader; bullets with no content are left out, as the paper leaves
 * them.  libxml2 with no network and no DTD. */
#include <string.h>
#include "export.h"
#include "html_blocks.h"

static const char *const acadre_extensions[] = { "xml", NULL };

static int
acadre_probe (const guint8 *head, gsize len, const char *file_name)
{
  static const char *const inside[] = { "<table name=\"agenda\">", NULL };

  return mn_export_probe_xml (head, len, "<root>", inside);
}

static gboolean
has_name (const xmlNode *n, const char *element, const char *name)
{
  gboolean yes = FALSE;

  if (mn_xml_named (n, element))
    for (const xmlAttr *a = n->properties; a && !yes; a = a->next)
      if (a->name && strcmp ((const char *) a->name, "name") == 0 && a->children && a->children->content)
        yes = strcmp ((const char *) a->children->content, name) == 0;
  return yes;
}

/* The child <table name="name">. */
static const xmlNode *
table (const xmlNode *n, const char *name)
{
  for (const xmlNode *c = n ? n->children : NULL; c; c = c->next)
    if (has_name (c, "table", name))
      return c;
  return NULL;
}

/* The value of a record's <field name="name">, "" when it has none.
 * transfer full */
static char *
value (const xmlNode *record, const char *name)
{
  const xmlNode *fields = mn_xml_child (record, "fields");

  for (const xmlNode *f = fields ? fields->children : NULL; f; f = f->next)
    if (has_name (f, "field", name))
      return mn_xml_text (f);
  return g_strdup ("");
}

static void
members (MnExtract *ex, const xmlNode *meeting)
{
  const xmlNode *list = table (meeting, "meetmember");
  g_autoptr (GPtrArray) people = g_ptr_array_new_with_free_func ((GDestroyNotify) mn_export_person_free);

  for (const xmlNode *m = list ? list->children : NULL; m; m = m->next)
    if (has_name (m, "table", "member"))
      {
        g_autofree char *name = value (m, "name"), *role = value (m, "role"), *absent = value (m, "absent");
        g_ptr_array_add (people, mn_export_person_new (name, role, strcmp (absent, "1") == 0
                                                                   || g_ascii_strcasecmp (absent, "true") == 0));
      }
  mn_export_people (ex, people);
}

static void
front_page (MnExtract *ex, const xmlNode *agenda)
{
  const xmlNode *meeting = table (agenda, "meeting");
  g_autofree char *kind = value (agenda, "name"), *body = value (table (agenda, "committee"), "name");
  g_autofree char *when = value (meeting, "date"), *until = value (meeting, "finish");
  g_autofree char *where = value (meeting, "location");

  /* the paper's kind first: the body is the line after it */
  mn_export_line (ex, kind, 0, 0);
  mn_export_meeting (ex, body, when, until, where);
  members (ex, meeting);
  mn_extract_add (ex, MN_BLOCK_BREAK, NULL, 0, 0, 0);
}

static gboolean
item (MnExtract *ex, const xmlNode *parent, GError **error)
{
  const xmlNode *it = table (parent, "agendaitem");
  g_autofree char *number = value (parent, "sort"), *title = value (it, "name");
  g_autofree char *access = value (it, "accessname"), *case_number = value (it, "caseno");
  gboolean bilag = FALSE;

  if (it == NULL || *title == '\0')
    return TRUE;
  mn_export_item_title (ex, number, title);
  /* "Åben" / "Lukket" as the paper prints it under the title */
  mn_export_line (ex, access, 0, 0);
  mn_export_labelled (ex, "Sagsnr.", case_number);
  for (const xmlNode *b = it->children; b; b = b->next)
    {
      g_autofree char *name = NULL, *content = NULL;
      if (!has_name (b, "table", "bullet"))
        continue;
      name = value (b, "bulletname");
      content = value (b, "bulletcontent");
      if (*content == '\0')
        continue;
      mn_export_line (ex, name, MN_STYLE_HEADING, 2);
      if (!mn_html_to_blocks (ex, content, strlen (content), 3, 0, error))
        return FALSE;
    }
  for (const xmlNode *e = it->children; e; e = e->next)
    {
      g_autofree char *n = NULL, *name = NULL, *acc = NULL, *fileno = NULL;
      GString *line;
      if (!has_name (e, "table", "enclosure"))
        continue;
      n = value (e, "sort");
      name = value (e, "name");
      acc = value (e, "accessname");
      fileno = value (e, "fileno");
      if (!bilag)
        mn_export_line (ex, "Bilag", MN_STYLE_HEADING | MN_STYLE_IMPLIED, 2);
      bilag = TRUE;
      /* "1 Åben Title 222359/12": Acadre's printed row */
      line = g_string_new (NULL);
      if (*n)
        g_string_append_printf (line, "%s ", n);
      if (*n && *acc)
        g_string_append_printf (line, "%s ", acc);
      g_string_append (line, name);
      if (*n && *acc && *fileno)
        g_string_append_printf (line, " %s", fileno);
      mn_export_line (ex, line->str, 0, 0);
      g_string_free (line, TRUE);
    }
  return TRUE;
}

static gboolean
acadre_extract (MnExtract *ex, GBytes *input, GError **error)
{
  xmlDocPtr doc = mn_export_xml_read (ex, "acadre", input, error);
  const xmlNode *agenda;
  gboolean ok = TRUE;

  if (doc == NULL)
    return FALSE;
  agenda = table (export_xml.xmlDocGetRootElement (doc), "agenda");
  if (agenda)
    {
      front_page (ex, agenda);
      for (const xmlNode *p = agenda->children; ok && p && !mn_extract_full (ex); p = p->next)
        if (has_name (p, "table", "agendaitemparents"))
          ok = item (ex, p, error);
    }
  export_xml.xmlFreeDoc (doc);
  return ok;
}

const MnInputPlugin mn_input_acadre = {
  MN_PLUGIN_HEADER (MnInputPlugin),
  .name = "acadre",
  .description = "Acadre MM XML (a produced agenda or referat), bullets' HTML through libxml2",
  .extensions = acadre_extensions,
  .probe = acadre_probe,
  .extract = acadre_extract,
  .libraries = mn_export_xml_libraries,
};

MN_PLUGIN_EXPORT_INPUT (input_acadre, mn_input_acadre);
