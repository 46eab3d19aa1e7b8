/* CSV output (RFC 4180): UTF-8, fields quoted when they hold the
 * separator, a quote or a line break, quotes doubled, records ended by CRLF.
 *
 * Options (-O key=value):
 *   table=items|topics|attachments|decisions|participants
 *                           one row per item (default), topic, attachment,
 *                           decision (with the item it belongs to) or
 *                           participant of the meeting
 *   header=yes|no           the header row (default yes; "no" to append to
 *                           a file from an earlier run)
 *   separator=comma|semicolon|tab
 *                           semicolon for Excel on a Danish locale
 *   bom=no|yes              a UTF-8 byte order mark first, so that
 *                           LibreOffice and Excel read the file as UTF-8
 * Every row repeats the source file (the path as given) and the meeting's
 * fields, and rows below an item carry its number and title, so the rows
 * of many papers can be concatenated into one table.
 */
#include <string.h>
#include <minutes/plugin.h>

static const MnOptionSpec csv_options[] = {
  { "table", "items (default), topics, attachments, decisions or participants" },
  { "header", "yes (default) or no: print the header row" },
  { "separator", "comma (default), semicolon or tab" },
  { "bom", "no (default) or yes: start with a UTF-8 byte order mark" },
  { NULL, NULL },
};

typedef struct {
  GString *out;
  char sep;
  gboolean first;          /* no field yet in this record */
} Csv;

static void
field (Csv *c, const char *raw)
{
  /* text is UTF-8 already; a file name may not be (U+FFFD for its bytes) */
  g_autofree char *valid = raw && !g_utf8_validate (raw, -1, NULL) ? g_utf8_make_valid (raw, -1) : NULL;
  const char *value = valid ? valid : raw;

  if (!c->first)
    g_string_append_c (c->out, c->sep);
  c->first = FALSE;
  if (value == NULL)
    return;
  if (strchr (value, c->sep) == NULL && strpbrk (value, "\"\r\n") == NULL)
    {
      g_string_append (c->out, value);
      return;
    }
  g_string_append_c (c->out, '"');
  for (const char *p = value; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (c->out, '"');
      g_string_append_c (c->out, *p);
    }
  g_string_append_c (c->out, '"');
}

/* a number, or an empty field for null (value < 0) */
static void
int_field (Csv *c, int value)
{
  char buf[16] = "";

  if (value >= 0)
    g_snprintf (buf, sizeof buf, "%d", value);
  field (c, buf);
}

static void
end_record (Csv *c)
{
  g_string_append (c->out, "\r\n");
  c->first = TRUE;
}

/* file, organisation, body, date, kind */
static void
meeting_fields (Csv *c, const MnDocument *doc)
{
  field (c, doc->source.path ? doc->source.path : doc->source.file);
  field (c, doc->meeting.organisation);
  field (c, doc->meeting.body);
  field (c, doc->meeting.date);
  field (c, mn_kind_to_string (doc->meeting.kind));
}

/* file ... kind, item_number, item_title */
static void
item_fields (Csv *c, const MnDocument *doc, const MnItem *it)
{
  meeting_fields (c, doc);
  int_field (c, it->number);
  field (c, it->title);
}

static char *
join_strings (const GPtrArray *a, const char *sep)
{
  GString *s = g_string_new (NULL);
  for (guint i = 0; i < a->len; i++)
    g_string_append_printf (s, "%s%s", i ? sep : "", (char *) g_ptr_array_index (a, i));
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

static void
item_row (Csv *c, const MnDocument *doc, const MnItem *it)
{
  g_autofree char *flow = join_strings (it->case_flow, ", ");
  const MnDecision *d = it->decision;

  meeting_fields (c, doc);
  int_field (c, it->number);
  field (c, it->number_label);
  field (c, it->title);
  field (c, mn_access_to_string (it->access));
  field (c, it->case_number);
  field (c, flow);
  field (c, it->presentation);
  field (c, it->recommendation);
  field (c, d ? d->body : NULL);
  field (c, d ? d->date : NULL);
  field (c, d ? d->text : NULL);
  field (c, d ? mn_result_to_string (d->result) : NULL);
  int_field (c, (int) it->decisions->len);
  int_field (c, (int) it->topics->len);
  int_field (c, (int) it->attachments->len);
  end_record (c);
}

static void
topic_rows (Csv *c, const MnDocument *doc, const MnItem *it)
{
  for (guint k = 0; k < it->topics->len; k++)
    {
      const MnTopic *t = g_ptr_array_index (it->topics, k);
      g_autofree char *people = join_participants (t);
      item_fields (c, doc, it);
      field (c, t->start);
      field (c, t->end);
      field (c, t->title);
      field (c, t->text);
      field (c, people);
      end_record (c);
    }
}

static void
attachment_rows (Csv *c, const MnDocument *doc, const MnItem *it)
{
  for (guint k = 0; k < it->attachments->len; k++)
    {
      const MnAttachment *a = g_ptr_array_index (it->attachments, k);
      item_fields (c, doc, it);
      int_field (c, a->number);
      field (c, a->document_id);
      field (c, mn_access_to_string (a->access));
      field (c, a->title);
      field (c, a->reference);
      end_record (c);
    }
}

static void
decision_rows (Csv *c, const MnDocument *doc, const MnItem *it)
{
  for (guint k = 0; k < it->decisions->len; k++)
    {
      const MnDecision *d = g_ptr_array_index (it->decisions, k);
      g_autofree char *absent = join_strings (d->absent, "; ");
      item_fields (c, doc, it);
      int_field (c, (int) k + 1);
      field (c, d == it->decision ? "yes" : "no");
      field (c, d->body);
      field (c, d->date);
      field (c, mn_result_to_string (d->result));
      field (c, d->text);
      field (c, absent);
      end_record (c);
    }
}

static void
participant_rows (Csv *c, const MnDocument *doc)
{
  for (guint k = 0; k < doc->meeting.participants->len; k++)
    {
      const MnMember *m = g_ptr_array_index (doc->meeting.participants, k);
      meeting_fields (c, doc);
      field (c, m->name);
      field (c, m->party);
      field (c, m->role);
      field (c, m->present ? "true" : "false");
      end_record (c);
    }
}

typedef void (*ItemRows) (Csv *c, const MnDocument *doc, const MnItem *it);

static const struct {
  const char *name;
  const char *const columns[24];
  ItemRows per_item;         /* NULL: rows of the meeting (participants) */
} tables[] = {
  { "items", { "file", "organisation", "body", "date", "kind", "item_number", "number_label",
               "item_title", "access", "case_number", "case_flow", "presentation",
               "recommendation", "decision_body", "decision_date", "decision_text",
               "decision_result", "decisions", "topics", "attachments", NULL }, item_row },
  { "topics", { "file", "organisation", "body", "date", "kind", "item_number", "item_title",
                "start", "end", "title", "text", "participants", NULL }, topic_rows },
  { "attachments", { "file", "organisation", "body", "date", "kind", "item_number",
                     "item_title", "number", "document_id", "access", "title", "reference",
                     NULL }, attachment_rows },
  { "decisions", { "file", "organisation", "body", "date", "kind", "item_number", "item_title",
                   "decision_number", "is_item_decision", "decision_body", "decision_date",
                   "result", "text", "absent", NULL }, decision_rows },
  { "participants", { "file", "organisation", "body", "date", "kind", "name", "party", "role",
                      "present", NULL }, NULL },
};

static const char *
option (GHashTable *options, const char *key, const char *fallback)
{
  const char *v = options ? g_hash_table_lookup (options, key) : NULL;
  return v ? v : fallback;
}

static gboolean
yes_no (const char *key, const char *value, gboolean *out, GError **error)
{
  if (strcmp (value, "yes") == 0 || strcmp (value, "no") == 0)
    {
      *out = strcmp (value, "yes") == 0;
      return TRUE;
    }
  g_set_error (error, MN_ERROR, MN_ERROR_OPTION, "csv option %s=%s: expected yes or no", key, value);
  return FALSE;
}

static gboolean
csv_write (const MnDocument *doc, GHashTable *options, GString *out, GError **error)
{
  const char *table = option (options, "table", "items");
  const char *sep = option (options, "separator", "comma");
  gboolean want_header, bom;
  Csv c = { out, ',', TRUE };
  guint t;

  for (t = 0; t < G_N_ELEMENTS (tables) && strcmp (tables[t].name, table) != 0; t++)
    ;
  if (t == G_N_ELEMENTS (tables))
    {
      g_set_error (error, MN_ERROR, MN_ERROR_OPTION,
                   "csv option table=%s: expected items, topics, attachments, decisions or participants",
                   table);
      return FALSE;
    }
  if (!yes_no ("header", option (options, "header", "yes"), &want_header, error)
      || !yes_no ("bom", option (options, "bom", "no"), &bom, error))
    return FALSE;
  if (strcmp (sep, "comma") == 0 || strcmp (sep, ",") == 0)
    c.sep = ',';
  else if (strcmp (sep, "semicolon") == 0 || strcmp (sep, ";") == 0)
    c.sep = ';';
  else if (strcmp (sep, "tab") == 0)
    c.sep = '\t';
  else
    {
      g_set_error (error, MN_ERROR, MN_ERROR_OPTION,
                   "csv option separator=%s: expected comma, semicolon or tab", sep);
      return FALSE;
    }
  if (bom)
    g_string_append (out, "\xEF\xBB\xBF");
  if (want_header)
    {
      for (guint i = 0; tables[t].columns[i]; i++)
        field (&c, tables[t].columns[i]);
      end_record (&c);
    }
  if (tables[t].per_item == NULL)
    participant_rows (&c, doc);
  for (guint i = 0; tables[t].per_item && i < doc->items->len; i++)
    tables[t].per_item (&c, doc, g_ptr_array_index (doc->items, i));
  return TRUE;
}

const MnOutputPlugin mn_output_csv = {
  MN_PLUGIN_HEADER (MnOutputPlugin),
  .name = "csv",
  .description = "CSV (RFC 4180): one row per item, topic, attachment, decision or participant",
  .extension = "csv",
  .options = csv_options,
  .write = csv_write,
};

MN_PLUGIN_EXPORT_OUTPUT (output_csv, mn_output_csv);
