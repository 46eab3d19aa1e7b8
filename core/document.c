/* The agenda model's constructors and destructors. */
#include <stdarg.h>
#include <minutes/document.h>

MnWarning *
mn_warning_new (const char *code, int page, const char *message)
{
  MnWarning *w = g_new0 (MnWarning, 1);
  w->code = g_strdup (code);
  w->message = g_strdup (message);
  w->page = page;
  return w;
}

MnWarning *
mn_warning_new_valist (const char *code, int page, const char *format, va_list ap)
{
  g_autofree char *message = g_strdup_vprintf (format, ap);
  return mn_warning_new (code, page, message);
}

void
mn_warning_free (MnWarning *w)
{
  if (w == NULL)
    return;
  g_free (w->code);
  g_free (w->message);
  g_free (w);
}

MnDocument *
mn_document_new (void)
{
  MnDocument *doc = g_new0 (MnDocument, 1);
  doc->source.pages = -1;
  doc->meeting.participants = g_ptr_array_new_with_free_func ((GDestroyNotify) mn_member_free);
  doc->items = g_ptr_array_new_with_free_func ((GDestroyNotify) mn_item_free);
  doc->warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) mn_warning_free);
  return doc;
}

void
mn_document_free (MnDocument *doc)
{
  if (doc == NULL)
    return;
  g_free (doc->source.file);
  g_free (doc->source.path);
  g_free (doc->source.format);
  g_free (doc->source.sha256);
  g_free (doc->meeting.organisation);
  g_free (doc->meeting.body);
  g_free (doc->meeting.date);
  g_free (doc->meeting.start);
  g_free (doc->meeting.end);
  g_free (doc->meeting.location);
  g_ptr_array_unref (doc->meeting.participants);
  g_ptr_array_unref (doc->items);
  g_ptr_array_unref (doc->warnings);
  g_free (doc);
}

void
mn_document_warn (MnDocument *doc, const char *code, int page,
                  const char *format, ...)
{
  va_list ap;

  va_start (ap, format);
  g_ptr_array_add (doc->warnings, mn_warning_new_valist (code, page, format, ap));
  va_end (ap);
}

MnItem *
mn_item_new (void)
{
  MnItem *item = g_new0 (MnItem, 1);
  item->number = -1;
  item->case_flow = g_ptr_array_new_with_free_func (g_free);
  item->topics = g_ptr_array_new_with_free_func ((GDestroyNotify) mn_topic_free);
  item->attachments = g_ptr_array_new_with_free_func ((GDestroyNotify) mn_attachment_free);
  item->sections = g_ptr_array_new_with_free_func ((GDestroyNotify) mn_section_free);
  item->decisions = g_ptr_array_new_with_free_func ((GDestroyNotify) mn_decision_free);
  return item;
}

void
mn_item_free (MnItem *item)
{
  if (item == NULL)
    return;
  g_free (item->title);
  g_free (item->number_label);
  g_free (item->case_number);
  g_ptr_array_unref (item->case_flow);
  g_free (item->presentation);
  g_ptr_array_unref (item->topics);
  g_free (item->recommendation);
  g_ptr_array_unref (item->decisions);   /* item->decision is one of them */
  g_ptr_array_unref (item->attachments);
  g_ptr_array_unref (item->sections);
  g_free (item);
}

MnTopic *
mn_topic_new (void)
{
  MnTopic *t = g_new0 (MnTopic, 1);
  t->participants = g_ptr_array_new_with_free_func ((GDestroyNotify) mn_participant_free);
  return t;
}

void
mn_topic_free (MnTopic *t)
{
  if (t == NULL)
    return;
  g_free (t->start);
  g_free (t->end);
  g_free (t->title);
  g_free (t->text);
  g_ptr_array_unref (t->participants);
  g_free (t);
}

MnParticipant *
mn_participant_new (const char *role, const char *name)
{
  MnParticipant *p = g_new0 (MnParticipant, 1);
  p->role = g_strdup (role);
  p->name = g_strdup (name);
  return p;
}

void
mn_participant_free (MnParticipant *p)
{
  if (p == NULL)
    return;
  g_free (p->role);
  g_free (p->name);
  g_free (p);
}

MnAttachment *
mn_attachment_new (void)
{
  MnAttachment *a = g_new0 (MnAttachment, 1);
  a->number = -1;
  return a;
}

void
mn_attachment_free (MnAttachment *a)
{
  if (a == NULL)
    return;
  g_free (a->document_id);
  g_free (a->title);
  g_free (a->reference);
  g_free (a);
}

MnMember *
mn_member_new (const char *name, const char *party, const char *role, gboolean present)
{
  MnMember *m = g_new0 (MnMember, 1);
  m->name = g_strdup (name);
  m->party = g_strdup (party);
  m->role = g_strdup (role);
  m->present = present;
  return m;
}

void
mn_member_free (MnMember *m)
{
  if (m == NULL)
    return;
  g_free (m->name);
  g_free (m->party);
  g_free (m->role);
  g_free (m);
}

MnSection *
mn_section_new (const char *heading, MnSectionKind kind, const char *text)
{
  MnSection *s = g_new0 (MnSection, 1);
  s->heading = g_strdup (heading);
  s->kind = kind;
  s->text = g_strdup (text);
  return s;
}

void
mn_section_free (MnSection *s)
{
  if (s == NULL)
    return;
  g_free (s->heading);
  g_free (s->text);
  g_free (s);
}

MnDecision *
mn_decision_new (void)
{
  MnDecision *d = g_new0 (MnDecision, 1);
  d->absent = g_ptr_array_new_with_free_func (g_free);
  return d;
}

void
mn_decision_free (MnDecision *d)
{
  if (d == NULL)
    return;
  g_free (d->body);
  g_free (d->date);
  g_free (d->text);
  g_ptr_array_unref (d->absent);
  g_free (d);
}

const char *
mn_access_to_string (MnAccess access)
{
  switch (access)
    {
    case MN_ACCESS_OPEN:
      return "open";
    case MN_ACCESS_CLOSED:
      return "closed";
    case MN_ACCESS_UNKNOWN:
    default:
      return NULL;
    }
}

const char *
mn_kind_to_string (MnKind kind)
{
  return kind == MN_KIND_MINUTES ? "minutes" : "agenda";
}

const char *
mn_section_kind_to_string (MnSectionKind kind)
{
  static const char *const names[] = {
    [MN_SECTION_OTHER] = "other", [MN_SECTION_SUMMARY] = "summary",
    [MN_SECTION_BACKGROUND] = "background", [MN_SECTION_PRESENTATION] = "presentation",
    [MN_SECTION_ECONOMY] = "economy", [MN_SECTION_CONSEQUENCES] = "consequences",
    [MN_SECTION_LEGAL_BASIS] = "legal_basis", [MN_SECTION_HEARING] = "hearing",
    [MN_SECTION_COMMUNICATION] = "communication",
    [MN_SECTION_PREVIOUS_HANDLING] = "previous_handling", [MN_SECTION_CASE_FLOW] = "case_flow",
    [MN_SECTION_COMPETENCE] = "competence", [MN_SECTION_RECOMMENDATION] = "recommendation",
    [MN_SECTION_DECISION] = "decision", [MN_SECTION_ATTACHMENTS] = "attachments",
  };

  return (guint) kind < G_N_ELEMENTS (names) ? names[kind] : "other";
}

const char *
mn_result_to_string (MnResult result)
{
  static const char *const names[] = {
    [MN_RESULT_OTHER] = "other", [MN_RESULT_REJECTED] = "rejected",
    [MN_RESULT_RECOMMENDED] = "recommended", [MN_RESULT_APPROVED] = "approved",
    [MN_RESULT_NOTED] = "noted", [MN_RESULT_POSTPONED] = "postponed",
    [MN_RESULT_REFERRED] = "referred", [MN_RESULT_DISCUSSED] = "discussed",
  };

  return (guint) result < G_N_ELEMENTS (names) ? names[result] : "other";
}
