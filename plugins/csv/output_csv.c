/* CSV output (RFC 4180): UTF-8, fields quoted when they hold a comma, a
 * quote or a line break, quotes doubled, records ended by CRLF.
 *
 * Options (-O key=value):
 *   table=items|topics|attachments   one row per item (default), topic or
 *                                    attachment
 *   header=yes|no                    the header row (default yes; "no" to
 *                                    append to a file from an earlier run)
 * Every row repeats the source file and the meeting's fields, and topic and
 * attachment rows carry the item's number and title, so the rows of many
 * papers can be concatenated into one table.
 */
#include <string.h>
#include <minutes/plugin.h>

static const MnOptionSpec csv_options[] = {
  { "table", "items (default), topics or attachments" },
  { "header", "yes (default) or no: print the header row" },
  { NULL, NULL },
};

static void
field (GString *out, const char *value, gboolean first)
{
  if (!first)
    g_string_append_c (out, ',');
  if (value == NULL)
    return;
  if (strpbrk (value, ",\"\r\n") == NULL)
    {
      g_string_append (out, value);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = value; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
int_field (GString *out, int value)
{
  if (value >= 0)
    g_string_append_printf (out, ",%d", value);
  else
    g_string_append_c (out, ',');
}

static void
end_record (GString *out)
{
  g_string_append (out, "\r\n");
}

static void
header (GString *out, const char *const *names)
{
  for (guint i = 0; names[i]; i++)
    field (out, names[i], i == 0);
  end_record (out);
}

/* file, organisation, body, date, kind */
static void
meeting_fields (GString *out, const MnDocument *doc)
{
  field (out, doc->source.file, TRUE);
  field (out, doc->meeting.organisation, FALSE);
  field (out, doc->meeting.body, FALSE);
  field (out, doc->meeting.date, FALSE);
  field (out, mn_kind_to_string (doc->meeting.kind), FALSE);
}

static char *
join_case_flow (const MnItem *it)
{
  GString *s = g_string_new (NULL);
  for (guint i = 0; i < it->case_flow->len; i++)
    g_string_append_printf (s, "%s%s", i ? ", " : "", (char *) g_ptr_array_index (it->case_flow, i));
  return g_string_free (s, FALSE);
}

static char *
join_participants (const MnTopic *t)
{
  GString *s = g_string_new (NULL);
  for (guint i = 0; i < t->participants->len; i++)
    {
      const MnParticipant *p = g_ptr_array_index (t->participants, i);
      g_string_append_printf (s, "%s%s%s%s", i ? "; " : "", p->role ? p->role : "",
                              p->role ? " " : "", p->name);
    }
  return g_string_free (s, FALSE);
}

static const char *const item_columns[] = {
  "file", "organisation", "body", "date", "kind", "item_number", "item_title",
  "access", "case_flow", "presentation", "recommendation", "decision_body",
  "decision_date", "decision_text", "topics", "attachments", NULL,
};

static const char *const topic_columns[] = {
  "file", "organisation", "body", "date", "kind", "item_number", "item_title",
  "start", "end", "title", "text", "participants", NULL,
};

static const char *const attachment_columns[] = {
  "file", "organisation", "body", "date", "kind", "item_number", "item_title",
  "number", "document_id", "access", "title", "reference", NULL,
};

static gboolean
csv_write (const MnDocument *doc, GHashTable *options, GString *out, GError **error)
{
  const char *table = options ? g_hash_table_lookup (options, "table") : NULL;
  const char *hdr = options ? g_hash_table_lookup (options, "header") : NULL;
  gboolean want_header = TRUE;
  int kind;

  if (table == NULL || strcmp (table, "items") == 0)
    kind = 0;
  else if (strcmp (table, "topics") == 0)
    kind = 1;
  else if (strcmp (table, "attachments") == 0)
    kind = 2;
  else
    {
      g_set_error (error, MN_ERROR, MN_ERROR_OPTION,
                   "csv option table=%s: expected items, topics or attachments", table);
      return FALSE;
    }
  if (hdr && strcmp (hdr, "no") == 0)
    want_header = FALSE;
  else if (hdr && strcmp (hdr, "yes") != 0)
    {
      g_set_error (error, MN_ERROR, MN_ERROR_OPTION, "csv option header=%s: expected yes or no", hdr);
      return FALSE;
    }
  if (want_header)
    header (out, kind == 0 ? item_columns : kind == 1 ? topic_columns : attachment_columns);

  for (guint i = 0; i < doc->items->len; i++)
    {
      const MnItem *it = g_ptr_array_index (doc->items, i);

      if (kind == 0)
        {
          g_autofree char *flow = join_case_flow (it);
          meeting_fields (out, doc);
          int_field (out, it->number);
          field (out, it->title, FALSE);
          field (out, mn_access_to_string (it->access), FALSE);
          field (out, flow, FALSE);
          field (out, it->presentation, FALSE);
          field (out, it->recommendation, FALSE);
          field (out, it->decision ? it->decision->body : NULL, FALSE);
          field (out, it->decision ? it->decision->date : NULL, FALSE);
          field (out, it->decision ? it->decision->text : NULL, FALSE);
          g_string_append_printf (out, ",%u,%u", it->topics->len, it->attachments->len);
          end_record (out);
        }
      for (guint k = 0; kind == 1 && k < it->topics->len; k++)
        {
          const MnTopic *t = g_ptr_array_index (it->topics, k);
          g_autofree char *people = join_participants (t);
          meeting_fields (out, doc);
          int_field (out, it->number);
          field (out, it->title, FALSE);
          field (out, t->start, FALSE);
          field (out, t->end, FALSE);
          field (out, t->title, FALSE);
          field (out, t->text, FALSE);
          field (out, people, FALSE);
          end_record (out);
        }
      for (guint k = 0; kind == 2 && k < it->attachments->len; k++)
        {
          const MnAttachment *a = g_ptr_array_index (it->attachments, k);
          meeting_fields (out, doc);
          int_field (out, it->number);
          field (out, it->title, FALSE);
          int_field (out, a->number);
          field (out, a->document_id, FALSE);
          field (out, mn_access_to_string (a->access), FALSE);
          field (out, a->title, FALSE);
          field (out, a->reference, FALSE);
          end_record (out);
        }
    }
  return TRUE;
}

const MnOutputPlugin mn_output_csv = {
  MN_PLUGIN_HEADER (MnOutputPlugin),
  .name = "csv",
  .description = "CSV (RFC 4180): one row per item, topic or attachment",
  .extension = "csv",
  .options = csv_options,
  .write = csv_write,
};

MN_PLUGIN_EXPORT_OUTPUT (output_csv, mn_output_csv);
