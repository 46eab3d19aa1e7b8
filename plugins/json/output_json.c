/* JSON output: the spec made executable.  Keys in the spec's order, UTF-8
 * unescaped, two-space indent, `"key": value` -- byte for byte what
 * Python's json.dumps(indent=2, ensure_ascii=False) prints for the model
 * (strings through mn_json_append_string).
 *
 * Written straight from the document rather than through a json-glib tree:
 * the layout was ours anyway (json-glib's pretty printer writes
 * `"key" : value`), and building the tree and generating every scalar
 * with its own JsonGenerator took 12 % of a whole DOCX conversion. */
#include <minutes/plugin.h>

typedef struct {
  GString *out;
  int depth;
  gboolean first;     /* nothing written yet in the open container */
} Writer;

static void
newline_indent (Writer *w)
{
  g_string_append_c (w->out, '\n');
  for (int i = 0; i < w->depth; i++)
    g_string_append (w->out, "  ");
}

/* Starts the next element of the open container. */
static void
element (Writer *w)
{
  if (!w->first)
    g_string_append_c (w->out, ',');
  w->first = FALSE;
  newline_indent (w);
}

/* Starts the next member; keys are the model's identifiers, never escaped. */
static void
member (Writer *w, const char *key)
{
  element (w);
  g_string_append_c (w->out, '"');
  g_string_append (w->out, key);
  g_string_append (w->out, "\": ");
}

static void
begin_container (Writer *w, char bracket)
{
  g_string_append_c (w->out, bracket);
  w->depth++;
  w->first = TRUE;
}

static void
end_container (Writer *w, char bracket)
{
  w->depth--;
  newline_indent (w);
  g_string_append_c (w->out, bracket);
  w->first = FALSE;   /* the container was an element of its parent */
}

/* An array with n elements: "[]" when empty, as json.dumps prints it. */
static gboolean
open_array (Writer *w, guint n)
{
  if (n == 0)
    {
      g_string_append (w->out, "[]");
      return FALSE;
    }
  begin_container (w, '[');
  return TRUE;
}

static void
string_value (Writer *w, const char *s)
{
  mn_json_append_string (w->out, s);
}

static void
string_member (Writer *w, const char *key, const char *value)
{
  member (w, key);
  if (value)
    string_value (w, value);
  else
    g_string_append (w->out, "null");
}

static void
int_member (Writer *w, const char *key, int value, int null_value)
{
  member (w, key);
  if (value == null_value)
    g_string_append (w->out, "null");
  else
    g_string_append_printf (w->out, "%d", value);
}

static void
write_topic (Writer *w, const MnTopic *t)
{
  begin_container (w, '{');
  string_member (w, "start", t->start);
  string_member (w, "end", t->end);
  string_member (w, "title", t->title);
  string_member (w, "text", t->text ? t->text : "");
  member (w, "participants");
  if (open_array (w, t->participants->len))
    {
      for (guint i = 0; i < t->participants->len; i++)
        {
          const MnParticipant *p = g_ptr_array_index (t->participants, i);
          element (w);
          begin_container (w, '{');
          string_member (w, "role", p->role);
          string_member (w, "name", p->name);
          end_container (w, '}');
        }
      end_container (w, ']');
    }
  end_container (w, '}');
}

static void
write_attachment (Writer *w, const MnAttachment *a)
{
  begin_container (w, '{');
  int_member (w, "number", a->number, -1);
  string_member (w, "document_id", a->document_id);
  string_member (w, "access", mn_access_to_string (a->access));
  string_member (w, "title", a->title);
  string_member (w, "reference", a->reference);
  end_container (w, '}');
}

static void
write_item (Writer *w, const MnItem *it)
{
  begin_container (w, '{');
  int_member (w, "number", it->number, -1);
  string_member (w, "title", it->title);
  string_member (w, "access", mn_access_to_string (it->access));
  member (w, "case_flow");
  if (open_array (w, it->case_flow->len))
    {
      for (guint i = 0; i < it->case_flow->len; i++)
        {
          element (w);
          string_value (w, g_ptr_array_index (it->case_flow, i));
        }
      end_container (w, ']');
    }
  string_member (w, "presentation", it->presentation);
  member (w, "topics");
  if (open_array (w, it->topics->len))
    {
      for (guint i = 0; i < it->topics->len; i++)
        {
          element (w);
          write_topic (w, g_ptr_array_index (it->topics, i));
        }
      end_container (w, ']');
    }
  string_member (w, "recommendation", it->recommendation);
  member (w, "decision");
  if (it->decision)
    {
      begin_container (w, '{');
      string_member (w, "body", it->decision->body);
      string_member (w, "date", it->decision->date);
      string_member (w, "text", it->decision->text);
      end_container (w, '}');
    }
  else
    g_string_append (w->out, "null");
  member (w, "attachments");
  if (open_array (w, it->attachments->len))
    {
      for (guint i = 0; i < it->attachments->len; i++)
        {
          element (w);
          write_attachment (w, g_ptr_array_index (it->attachments, i));
        }
      end_container (w, ']');
    }
  member (w, "sections");
  if (open_array (w, it->sections->len))
    {
      for (guint i = 0; i < it->sections->len; i++)
        {
          const MnSection *s = g_ptr_array_index (it->sections, i);
          element (w);
          begin_container (w, '{');
          string_member (w, "heading", s->heading);
          string_member (w, "text", s->text);
          end_container (w, '}');
        }
      end_container (w, ']');
    }
  end_container (w, '}');
}

static gboolean
json_write (const MnDocument *doc, GHashTable *options, GString *out,
            GError **error)
{
  Writer w = { out, 0, TRUE };

  (void) options;
  (void) error;
  begin_container (&w, '{');
  string_member (&w, "format", MN_DOCUMENT_FORMAT);
  member (&w, "source");
  begin_container (&w, '{');
  string_member (&w, "file", doc->source.file);
  string_member (&w, "format", doc->source.format);
  string_member (&w, "sha256", doc->source.sha256);
  int_member (&w, "pages", doc->source.pages, -1);
  end_container (&w, '}');
  member (&w, "meeting");
  begin_container (&w, '{');
  string_member (&w, "organisation", doc->meeting.organisation);
  string_member (&w, "body", doc->meeting.body);
  string_member (&w, "date", doc->meeting.date);
  string_member (&w, "kind", mn_kind_to_string (doc->meeting.kind));
  end_container (&w, '}');
  member (&w, "items");
  if (open_array (&w, doc->items->len))
    {
      for (guint i = 0; i < doc->items->len; i++)
        {
          element (&w);
          write_item (&w, g_ptr_array_index (doc->items, i));
        }
      end_container (&w, ']');
    }
  member (&w, "warnings");
  if (open_array (&w, doc->warnings->len))
    {
      for (guint i = 0; i < doc->warnings->len; i++)
        {
          const MnWarning *wa = g_ptr_array_index (doc->warnings, i);
          element (&w);
          begin_container (&w, '{');
          string_member (&w, "code", wa->code);
          string_member (&w, "message", wa->message);
          int_member (&w, "page", wa->page, 0);
          end_container (&w, '}');
        }
      end_container (&w, ']');
    }
  end_container (&w, '}');
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
