/* FirstAgenda publication JSON: what the dagsordener.<kommune>.dk portals
 * answer for a meeting (GET /api/agenda/dagsorden/{id}):
 *
 *   { "Udvalg": { "Navn" }, "Moede": { "Navn", "Dato", "MeetingEndUtc",
 *     "Sted", "Moededeltagere": [{ "Name", "Absent",
 *     "ParticipationCancelled" }] },
 *     "Dagsordenpunkter": [{ "Punktnummer", "Navn", "SagsNummer",
 *       "Felter": [{ "Html" }], "Bilag": [{ "Navn" }] }] }
 *
 * The fields become the blocks a printed paper of the same meeting holds
 * -- front page lines with their labels, then per item its numbered title
 * as a heading, its case number label, the item's HTML through the HTML
 * reader, its Bilag list -- and the core's parser reads them like any
 * other paper.  The labels are the parser's own words for these fields; this
 * plugin only writes them.  Probes by its keys, not by extension. */
#include <string.h>
#include <json-glib/json-glib.h>
#include <minutes/plugin.h>
#include "export.h"
#include "html_blocks.h"

#ifndef MN_JSON_GLIB_SONAME
#define MN_JSON_GLIB_SONAME "libjson-glib-1.0.so.0"
#endif

/* json-glib resolved at the first such file, as the batch manifest does */
#define FA_FUNCTIONS(F) \
  F (json_parser_new) F (json_parser_load_from_data) F (json_parser_get_root) \
  F (json_node_get_node_type) F (json_node_get_object) F (json_node_get_value_type) \
  F (json_node_get_string) F (json_node_get_array) F (json_object_get_member) \
  F (json_array_get_length) F (json_array_get_element) F (json_node_get_boolean) \
  F (json_node_get_int) F (g_object_unref)
#define FA_FIELD(name) __typeof__ (name) *name;
#define FA_SYMBOL(name) { #name, (gpointer *) &jg.name },

static struct {
  FA_FUNCTIONS (FA_FIELD)
} jg;

static const MnLibrarySymbol fa_symbols[] = { FA_FUNCTIONS (FA_SYMBOL) { NULL, NULL } };
static MnLibrary json_glib = { MN_JSON_GLIB_SONAME, fa_symbols, 0, FALSE };

static const char *const fa_extensions[] = { "json", NULL };
/* json-glib for the JSON, libxml2 (export.c) for the items' HTML */
static const char *const fa_libraries[] = { MN_JSON_GLIB_SONAME, MN_LIBXML2_SONAME, NULL };

static int
fa_probe (const guint8 *head, gsize len, const char *file_name)
{
  /* the keys of a meeting, near the start; a listing page has neither */
  g_autofree char *h = g_strndup ((const char *) head, len);
  gsize i = 0;

  while (i < len && g_ascii_isspace (h[i]))
    i++;
  if (i >= len || h[i] != '{')
    return MN_PROBE_NONE;
  /* the meeting's keys may come last: its items' keys tell as much */
  if (strstr (h, "\"Dagsordenpunkter\"")
      && (strstr (h, "\"Moede\"") || strstr (h, "\"Udvalg\"") || strstr (h, "\"Punktnummer\"")))
    return MN_PROBE_CERTAIN;
  return MN_PROBE_NONE;
}

static JsonNode *
member (JsonNode *n, const char *key)
{
  if (n == NULL || jg.json_node_get_node_type (n) != JSON_NODE_OBJECT)
    return NULL;
  return jg.json_object_get_member (jg.json_node_get_object (n), key);
}

static const char *
string_of (JsonNode *n)
{
  return n && jg.json_node_get_node_type (n) == JSON_NODE_VALUE
         && jg.json_node_get_value_type (n) == G_TYPE_STRING ? jg.json_node_get_string (n) : NULL;
}

static gboolean
true_of (JsonNode *n)
{
  return n && jg.json_node_get_node_type (n) == JSON_NODE_VALUE
         && jg.json_node_get_value_type (n) == G_TYPE_BOOLEAN && jg.json_node_get_boolean (n);
}

static guint
length_of (JsonNode *n)
{
  return n && jg.json_node_get_node_type (n) == JSON_NODE_ARRAY
         ? jg.json_array_get_length (jg.json_node_get_array (n)) : 0;
}

static JsonNode *
element (JsonNode *n, guint i)
{
  return jg.json_array_get_element (jg.json_node_get_array (n), i);
}

static void
front_page (MnExtract *ex, JsonNode *root)
{
  JsonNode *meeting = member (root, "Moede");
  JsonNode *list = member (meeting, "Moededeltagere");
  g_autoptr (GPtrArray) people = g_ptr_array_new_with_free_func ((GDestroyNotify) mn_export_person_free);

  /* the date-times are ISO ("2023-10-02T19:00:00+02:00") */
  mn_export_meeting (ex, string_of (member (member (root, "Udvalg"), "Navn")), string_of (member (meeting, "Dato")),
                     string_of (member (meeting, "MeetingEndUtc")), string_of (member (meeting, "Sted")));
  if (length_of (list) == 0)
    return;
  for (guint i = 0; i < length_of (list); i++)
    {
      JsonNode *p = element (list, i);
      g_ptr_array_add (people, mn_export_person_new (string_of (member (p, "Name")), NULL,
                                                     true_of (member (p, "Absent"))
                                                     || true_of (member (p, "ParticipationCancelled"))));
    }
  mn_export_people (ex, people);
  mn_extract_add (ex, MN_BLOCK_BREAK, NULL, 0, 0, 0);
}

static gboolean
item (MnExtract *ex, JsonNode *it, GError **error)
{
  const char *number = string_of (member (it, "Punktnummer"));
  const char *title = string_of (member (it, "Navn"));
  const char *case_number = string_of (member (it, "SagsNummer"));
  JsonNode *fields = member (it, "Felter");
  JsonNode *bilag = member (it, "Bilag");
  gboolean marked_up = FALSE;

  if (title == NULL)
    title = string_of (member (it, "Caption"));
  if (title == NULL)
    return TRUE;
  mn_export_item_title (ex, number, title);
  mn_export_labelled (ex, "Sagsnr.", case_number);
  for (guint i = 0; i < length_of (fields); i++)
    {
      const char *html = string_of (member (element (fields, i), "Html"));
      if (html && strchr (html, '<'))
        marked_up = TRUE;
      if (html && strchr (html, '<') == NULL)
        {
          /* some years hold the text itself, a paragraph a line */
          g_auto (GStrv) lines = g_strsplit_set (html, "\r\n", -1);
          for (guint k = 0; lines[k]; k++)
            mn_export_line (ex, g_strstrip (lines[k]), 0, 0);
        }
      else if (html && !mn_html_to_blocks (ex, html, strlen (html), 2, 0, error))
        return FALSE;
    }
  if (length_of (bilag))
    {
      /* styled as the item's other headings are: the parser takes a styled
       * item's sections from its styled headings alone; implied, as the
       * export lists its files apart from the text */
      mn_export_line (ex, "Bilag", MN_STYLE_IMPLIED | (marked_up ? MN_STYLE_HEADING : 0), marked_up ? 2 : 0);
      for (guint i = 0; i < length_of (bilag); i++)
        mn_export_line (ex, string_of (member (element (bilag, i), "Navn")), 0, 0);
    }
  return TRUE;
}

/* Text outside the markup: a letter or digit not inside a tag. */
static gboolean
has_text (const char *html)
{
  gboolean in_tag = FALSE;

  for (const char *p = html; p && *p; p++)
    {
      if (*p == '<')
        in_tag = TRUE;
      else if (*p == '>')
        in_tag = FALSE;
      else if (!in_tag && (g_ascii_isalnum (*p) || (guchar) *p >= 0x80))
        return TRUE;
    }
  return FALSE;
}

static gboolean
any_item_text (JsonNode *items)
{
  for (guint i = 0; i < length_of (items); i++)
    {
      JsonNode *fields = member (element (items, i), "Felter");
      for (guint k = 0; k < length_of (fields); k++)
        if (has_text (string_of (member (element (fields, k), "Html"))))
          return TRUE;
    }
  return length_of (items) == 0;
}

static gboolean
fa_extract (MnExtract *ex, GBytes *input, GError **error)
{
  gsize len;
  const char *data = g_bytes_get_data (input, &len);
  g_autoptr (GError) local = NULL;
  JsonParser *parser;
  JsonNode *root, *items;
  gboolean ok = TRUE;

  if (!mn_library_load (&json_glib))
    {
      g_set_error (error, MN_ERROR, MN_ERROR_NOT_BUILT, "firstagenda support unavailable: cannot load %s",
                   MN_JSON_GLIB_SONAME);
      return FALSE;
    }
  parser = jg.json_parser_new ();
  if (!jg.json_parser_load_from_data (parser, data, (gssize) len, &local))
    {
      g_set_error (error, MN_ERROR, MN_ERROR_CORRUPT, "damaged JSON: %s", local->message);
      jg.g_object_unref (parser);
      return FALSE;
    }
  root = jg.json_parser_get_root (parser);
  items = member (root, "Dagsordenpunkter");
  if (root == NULL || jg.json_node_get_node_type (root) != JSON_NODE_OBJECT)
    {
      g_set_error (error, MN_ERROR, MN_ERROR_CORRUPT, "not a FirstAgenda meeting: the JSON is no object");
      jg.g_object_unref (parser);
      return FALSE;
    }
  front_page (ex, root);
  /* a record whose items hold no text at all is no meeting's agenda but a
   * list of documents (the portals' "Spørgsmål / Svar" pseudo-committee):
   * its items are none, and the parser says so */
  if (!any_item_text (items))
    {
      mn_extract_warn (ex, "export-no-content", 0,
                       "the export's %u item record(s) hold no text: a list of documents, not an agenda",
                       length_of (items));
      jg.g_object_unref (parser);
      return TRUE;
    }
  for (guint i = 0; ok && i < length_of (items) && !mn_extract_full (ex); i++)
    ok = item (ex, element (items, i), error);
  jg.g_object_unref (parser);
  return ok;
}

const MnInputPlugin mn_input_firstagenda = {
  MN_PLUGIN_HEADER (MnInputPlugin),
  .name = "firstagenda",
  .description = "FirstAgenda publication JSON (a meeting from the dagsordener portals), item HTML through libxml2",
  .extensions = fa_extensions,
  .probe = fa_probe,
  .extract = fa_extract,
  .libraries = fa_libraries,
};

MN_PLUGIN_EXPORT_INPUT (input_firstagenda, mn_input_firstagenda);
