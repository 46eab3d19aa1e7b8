/* JSON output: the spec made executable.  Keys in the spec's order, UTF-8
 * unescaped, two-space indent, `"key": value` as the spec prints it.
 * json-glib builds the tree and escapes every scalar; the layout is ours,
 * because json-glib's pretty printer writes `"key" : value`. */
#include <json-glib/json-glib.h>
#include <minutes/plugin.h>

static void
string_or_null (JsonBuilder *b, const char *key, const char *value)
{
  json_builder_set_member_name (b, key);
  if (value)
    json_builder_add_string_value (b, value);
  else
    json_builder_add_null_value (b);
}

static void
int_or_null (JsonBuilder *b, const char *key, int value, int null_value)
{
  json_builder_set_member_name (b, key);
  if (value == null_value)
    json_builder_add_null_value (b);
  else
    json_builder_add_int_value (b, value);
}

static void
add_topic (JsonBuilder *b, const MnTopic *t)
{
  json_builder_begin_object (b);
  string_or_null (b, "start", t->start);
  string_or_null (b, "end", t->end);
  string_or_null (b, "title", t->title);
  string_or_null (b, "text", t->text ? t->text : "");
  json_builder_set_member_name (b, "participants");
  json_builder_begin_array (b);
  for (guint i = 0; i < t->participants->len; i++)
    {
      const MnParticipant *p = g_ptr_array_index (t->participants, i);
      json_builder_begin_object (b);
      string_or_null (b, "role", p->role);
      string_or_null (b, "name", p->name);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
}

static void
add_item (JsonBuilder *b, const MnItem *it)
{
  json_builder_begin_object (b);
  int_or_null (b, "number", it->number, -1);
  string_or_null (b, "title", it->title);
  string_or_null (b, "access", mn_access_to_string (it->access));
  json_builder_set_member_name (b, "case_flow");
  json_builder_begin_array (b);
  for (guint i = 0; i < it->case_flow->len; i++)
    json_builder_add_string_value (b, g_ptr_array_index (it->case_flow, i));
  json_builder_end_array (b);
  string_or_null (b, "presentation", it->presentation);
  json_builder_set_member_name (b, "topics");
  json_builder_begin_array (b);
  for (guint i = 0; i < it->topics->len; i++)
    add_topic (b, g_ptr_array_index (it->topics, i));
  json_builder_end_array (b);
  string_or_null (b, "recommendation", it->recommendation);
  json_builder_set_member_name (b, "decision");
  if (it->decision)
    {
      json_builder_begin_object (b);
      string_or_null (b, "body", it->decision->body);
      string_or_null (b, "date", it->decision->date);
      string_or_null (b, "text", it->decision->text);
      json_builder_end_object (b);
    }
  else
    json_builder_add_null_value (b);
  json_builder_set_member_name (b, "attachments");
  json_builder_begin_array (b);
  for (guint i = 0; i < it->attachments->len; i++)
    {
      const MnAttachment *a = g_ptr_array_index (it->attachments, i);
      json_builder_begin_object (b);
      int_or_null (b, "number", a->number, -1);
      string_or_null (b, "document_id", a->document_id);
      string_or_null (b, "access", mn_access_to_string (a->access));
      string_or_null (b, "title", a->title);
      string_or_null (b, "reference", a->reference);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "sections");
  json_builder_begin_array (b);
  for (guint i = 0; i < it->sections->len; i++)
    {
      const MnSection *s = g_ptr_array_index (it->sections, i);
      json_builder_begin_object (b);
      string_or_null (b, "heading", s->heading);
      string_or_null (b, "text", s->text);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
}

static void
indent (GString *out, int depth)
{
  for (int i = 0; i < depth; i++)
    g_string_append (out, "  ");
}

static void
print_node (GString *out, JsonNode *node, int depth)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *o = json_node_get_object (node);
      GList *members = json_object_get_members (o);   /* insertion order */

      if (members == NULL)
        g_string_append (out, "{}");
      else
        {
          g_string_append (out, "{\n");
          for (GList *m = members; m; m = m->next)
            {
              /* the keys are the model's own identifiers: nothing to escape */
              indent (out, depth + 1);
              g_string_append_printf (out, "\"%s\": ", (const char *) m->data);
              print_node (out, json_object_get_member (o, m->data), depth + 1);
              g_string_append (out, m->next ? ",\n" : "\n");
            }
          indent (out, depth);
          g_string_append_c (out, '}');
        }
      g_list_free (members);
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *a = json_node_get_array (node);
      guint n = json_array_get_length (a);

      if (n == 0)
        g_string_append (out, "[]");
      else
        {
          g_string_append (out, "[\n");
          for (guint i = 0; i < n; i++)
            {
              indent (out, depth + 1);
              print_node (out, json_array_get_element (a, i), depth + 1);
              g_string_append (out, i + 1 < n ? ",\n" : "\n");
            }
          indent (out, depth);
          g_string_append_c (out, ']');
        }
    }
  else
    {
      g_autofree char *scalar = json_to_string (node, FALSE);
      g_string_append (out, scalar);
    }
}

static gboolean
json_write (const MnDocument *doc, GHashTable *options, GString *out,
            GError **error)
{
  g_autoptr (JsonBuilder) b = json_builder_new ();
  g_autoptr (JsonNode) root = NULL;

  (void) options;
  (void) error;
  json_builder_begin_object (b);
  string_or_null (b, "format", MN_DOCUMENT_FORMAT);
  json_builder_set_member_name (b, "source");
  json_builder_begin_object (b);
  string_or_null (b, "file", doc->source.file);
  string_or_null (b, "format", doc->source.format);
  string_or_null (b, "sha256", doc->source.sha256);
  int_or_null (b, "pages", doc->source.pages, -1);
  json_builder_end_object (b);
  json_builder_set_member_name (b, "meeting");
  json_builder_begin_object (b);
  string_or_null (b, "organisation", doc->meeting.organisation);
  string_or_null (b, "body", doc->meeting.body);
  string_or_null (b, "date", doc->meeting.date);
  string_or_null (b, "kind", mn_kind_to_string (doc->meeting.kind));
  json_builder_end_object (b);
  json_builder_set_member_name (b, "items");
  json_builder_begin_array (b);
  for (guint i = 0; i < doc->items->len; i++)
    add_item (b, g_ptr_array_index (doc->items, i));
  json_builder_end_array (b);
  json_builder_set_member_name (b, "warnings");
  json_builder_begin_array (b);
  for (guint i = 0; i < doc->warnings->len; i++)
    {
      const MnWarning *w = g_ptr_array_index (doc->warnings, i);
      json_builder_begin_object (b);
      string_or_null (b, "code", w->code);
      string_or_null (b, "message", w->message);
      int_or_null (b, "page", w->page, 0);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  print_node (out, root, 0);
  g_string_append_c (out, '\n');
  return TRUE;
}

const MnOutputPlugin mn_output_json = {
  MN_PLUGIN_HEADER (MnOutputPlugin),
  .name = "json",
  .description = "the structured agenda as JSON (minutes-agenda/1)",
  .extension = "json",
  .options = NULL,
  .write = json_write,
};

MN_PLUGIN_EXPORT_OUTPUT (output_json, mn_output_json);
