/* The document as JSON: the spec made executable.  Keys in the spec's order,
 * UTF-8 unescaped, two-space indent, `"key": value` -- byte for byte what
 * Python's json.dumps(indent=2, ensure_ascii=False) prints for the model
 * (strings through mn_json_append_string).
 *
 * In the core, not in the json plugin alone: the database output stores
 * documents as this text (a batch's workers hand it to the parent, the
 * only writer), so both read one serialization.
 *
 * Written straight from the document rather than through a json-glib tree:
 * the layout was ours anyway (json-glib's pretty printer writes
 * `"key" : value`), and building the tree and generating every scalar
 * with its own JsonGenerator took 12 % of a whole DOCX conversion. */
#include <minutes/plugin.h>
#include "gstring_put.h"

typedef struct {
  GString *out;
  int depth;
  gboolean first;     /* nothing written yet in the open container */
} Writer;

static void
newline_indent (Writer *w)
{
  /* a newline and the indent of any depth the model reaches, in one copy */
  static const char indent[] = "\n                                                                ";

  if (w->depth * 2 < (int) sizeof indent - 1)
    mn_put_len (w->out, indent, 1 + (gsize) w->depth * 2);
  else
    {
      g_string_append_c (w->out, '\n');
      for (int i = 0; i < w->depth; i++)
        mn_put_len (w->out, "  ", 2);
    }
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
  mn_put (w->out, key);
  mn_put_len (w->out, "\": ", 3);
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

static void
string_value (Writer *w, const char *s)
{
  if (s)
    mn_json_append_string (w->out, s);
  else
    mn_put_len (w->out, "null", 4);
}

static void
string_member (Writer *w, const char *key, const char *value)
{
  member (w, key);
  string_value (w, value);
}

static void
int_member (Writer *w, const char *key, int value, int null_value)
{
  member (w, key);
  if (value == null_value)
    mn_put_len (w->out, "null", 4);
  else
    mn_put_int (w->out, value);
}

typedef void (*WriteElement) (Writer *w, gconstpointer element);

/* "key": [ one write per element ], or [] when empty, as json.dumps has it */
static void
array_member (Writer *w, const char *key, const GPtrArray *array, WriteElement write)
{
  member (w, key);
  if (array->len == 0)
    {
      mn_put_len (w->out, "[]", 2);
      return;
    }
  begin_container (w, '[');
  for (guint i = 0; i < array->len; i++)
    {
      element (w);
      write (w, g_ptr_array_index (array, i));
    }
  end_container (w, ']');
}

static void
write_string (Writer *w, gconstpointer s)
{
  string_value (w, s);
}

static void
write_participant (Writer *w, gconstpointer element)
{
  const MnParticipant *p = element;

  begin_container (w, '{');
  string_member (w, "role", p->role);
  string_member (w, "name", p->name);
  end_container (w, '}');
}

static void
write_member (Writer *w, gconstpointer element)
{
  const MnMember *m = element;

  begin_container (w, '{');
  string_member (w, "name", m->name);
  string_member (w, "party", m->party);
  string_member (w, "role", m->role);
  member (w, "present");
  mn_put (w->out, m->present ? "true" : "false");
  end_container (w, '}');
}

static void
write_topic (Writer *w, gconstpointer element)
{
  const MnTopic *t = element;

  begin_container (w, '{');
  string_member (w, "start", t->start);
  string_member (w, "end", t->end);
  string_member (w, "title", t->title);
  string_member (w, "text", t->text ? t->text : "");
  array_member (w, "participants", t->participants, write_participant);
  end_container (w, '}');
}

static void
write_attachment (Writer *w, gconstpointer element)
{
  const MnAttachment *a = element;

  begin_container (w, '{');
  int_member (w, "number", a->number, -1);
  string_member (w, "document_id", a->document_id);
  string_member (w, "access", mn_access_to_string (a->access));
  string_member (w, "title", a->title);
  string_member (w, "reference", a->reference);
  end_container (w, '}');
}

static void
write_section (Writer *w, gconstpointer element)
{
  const MnSection *s = element;

  begin_container (w, '{');
  string_member (w, "heading", s->heading);
  string_member (w, "kind", mn_section_kind_to_string (s->kind));
  string_member (w, "text", s->text);
  end_container (w, '}');
}

static void
write_decision (Writer *w, gconstpointer element)
{
  const MnDecision *d = element;

  if (d == NULL)
    {
      mn_put_len (w->out, "null", 4);
      return;
    }
  begin_container (w, '{');
  string_member (w, "body", d->body);
  string_member (w, "date", d->date);
  string_member (w, "text", d->text);
  string_member (w, "result", mn_result_to_string (d->result));
  array_member (w, "absent", d->absent, write_string);
  end_container (w, '}');
}

/* "pages": [first, last], or null */
static void
pages_member (Writer *w, int first, int last)
{
  member (w, "pages");
  if (first <= 0)
    {
      mn_put_len (w->out, "null", 4);
      return;
    }
  begin_container (w, '[');
  element (w);
  mn_put_int (w->out, first);
  element (w);
  mn_put_int (w->out, last > 0 ? last : first);
  end_container (w, ']');
}

static void
write_item (Writer *w, gconstpointer element)
{
  const MnItem *it = element;

  begin_container (w, '{');
  int_member (w, "number", it->number, -1);
  string_member (w, "number_label", it->number_label);
  string_member (w, "title", it->title);
  string_member (w, "access", mn_access_to_string (it->access));
  string_member (w, "case_number", it->case_number);
  array_member (w, "case_flow", it->case_flow, write_string);
  string_member (w, "presentation", it->presentation);
  array_member (w, "topics", it->topics, write_topic);
  string_member (w, "recommendation", it->recommendation);
  member (w, "decision");
  write_decision (w, it->decision);
  array_member (w, "decisions", it->decisions, write_decision);
  array_member (w, "attachments", it->attachments, write_attachment);
  array_member (w, "sections", it->sections, write_section);
  pages_member (w, it->first_page, it->last_page);
  end_container (w, '}');
}

static void
write_warning (Writer *w, gconstpointer element)
{
  const MnWarning *wa = element;

  begin_container (w, '{');
  string_member (w, "code", wa->code);
  string_member (w, "message", wa->message);
  int_member (w, "page", wa->page, 0);
  end_container (w, '}');
}

void
mn_document_write_json (const MnDocument *doc, GString *out)
{
  Writer w = { out, 0, TRUE };

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
  string_member (&w, "start", doc->meeting.start);
  string_member (&w, "end", doc->meeting.end);
  string_member (&w, "location", doc->meeting.location);
  array_member (&w, "participants", doc->meeting.participants, write_member);
  end_container (&w, '}');
  array_member (&w, "items", doc->items, write_item);
  array_member (&w, "warnings", doc->warnings, write_warning);
  end_container (&w, '}');
  g_string_append_c (out, '\n');
}

