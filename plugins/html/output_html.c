/* HTML output: one standalone HTML5 page per paper, inline CSS, no
 * external assets, lang="da".  The meeting in the header; each item with
 * its sections in document order, the topics as a table with their times
 * after the presentation, the decision set apart in a box, the attachments
 * as a list.  Every text goes through g_markup_escape_text: escaping is by
 * construction, there is no other way onto the page. */
#include <string.h>
#include <minutes/plugin.h>

static const char css[] =
  "body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}"
  "header{border-bottom:3px solid #0b5394;margin-bottom:1.5rem}"
  "header p{margin:.2rem 0;color:#444}"
  "h1{font-size:1.7rem;margin:.2rem 0}"
  "h2{font-size:1.3rem;margin-top:2.2rem;border-bottom:1px solid #ccc}"
  "h3{font-size:1rem;margin:1.2rem 0 .3rem}"
  ".access{font-size:.8rem;font-weight:normal;padding:.1rem .5rem;border-radius:.6rem;background:#e6f0e6;margin-left:.5rem}"
  ".access.closed{background:#f6e0e0}"
  ".flow{color:#555;font-size:.9rem}"
  "table{border-collapse:collapse;width:100%;margin:.5rem 0}"
  "th,td{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top;text-align:left}"
  "td.time{white-space:nowrap;width:7rem}"
  "td p{margin:.2rem 0}.people{color:#555;font-size:.9rem}"
  ".decision{background:#fff8e1;border-left:4px solid #f1c232;padding:.4rem 1rem;margin:1rem 0}"
  ".warnings{color:#8a4b00;font-size:.9rem}"
  ".case{color:#555;font-size:.9rem;margin:.2rem 0}"
  ".result{font-weight:bold}.absent{color:#555;font-size:.9rem}"
  ".participants li.absent{text-decoration:line-through;color:#777}";

/* The outcome as a Danish reader says it; "other" gets no label. */
static const char *
result_label (MnResult r)
{
  switch (r)
    {
    case MN_RESULT_APPROVED: return "Godkendt";
    case MN_RESULT_REJECTED: return "Forkastet";
    case MN_RESULT_RECOMMENDED: return "Anbefalet";
    case MN_RESULT_NOTED: return "Taget til efterretning";
    case MN_RESULT_POSTPONED: return "Udsat";
    case MN_RESULT_REFERRED: return "Oversendt";
    case MN_RESULT_DISCUSSED: return "Drøftet";
    case MN_RESULT_OTHER:
    default: return NULL;
    }
}

static void
esc (GString *out, const char *text)
{
  /* a file name may not be UTF-8: U+FFFD for its bytes */
  g_autofree char *valid = text && !g_utf8_validate (text, -1, NULL) ? g_utf8_make_valid (text, -1) : NULL;
  g_autofree char *e = g_markup_escape_text (valid ? valid : text ? text : "", -1);
  g_string_append (out, e);
}

/* Clean prose: paragraphs split by blank lines, "- " lines as a list.
 * Stops before the paragraph holding stop_at (the topics, shown as a table
 * instead), when given. */
static void
prose_until (GString *out, const char *text, const char *stop_at)
{
  g_auto (GStrv) paras = g_strsplit (text ? text : "", "\n\n", -1);

  for (guint i = 0; paras[i]; i++)
    {
      if (stop_at && (strstr (paras[i], stop_at) || g_str_has_prefix (paras[i], "Tid Punkt")))
        break;
      g_auto (GStrv) lines = g_strsplit (paras[i], "\n", -1);
      gboolean list = lines[0] && g_str_has_prefix (lines[0], "- ");

      if (*paras[i] == '\0')
        continue;
      if (list)
        {
          g_string_append (out, "<ul>");
          for (guint j = 0; lines[j]; j++)
            {
              g_string_append (out, "<li>");
              esc (out, g_str_has_prefix (lines[j], "- ") ? lines[j] + 2 : lines[j]);
              g_string_append (out, "</li>");
            }
          g_string_append (out, "</ul>\n");
        }
      else
        {
          g_string_append (out, "<p>");
          esc (out, paras[i]);
          g_string_append (out, "</p>\n");
        }
    }
}

static void
prose (GString *out, const char *text)
{
  prose_until (out, text, NULL);
}

static void
topics_table (GString *out, const MnItem *it)
{
  g_string_append (out, "<table class=\"topics\"><thead><tr><th>Tid</th><th>Punkt</th></tr></thead><tbody>\n");
  for (guint i = 0; i < it->topics->len; i++)
    {
      const MnTopic *t = g_ptr_array_index (it->topics, i);
      g_string_append (out, "<tr><td class=\"time\">");
      esc (out, t->start);
      if (t->end)
        {
          g_string_append (out, "–");
          esc (out, t->end);
        }
      g_string_append (out, "</td><td><p><strong>");
      esc (out, t->title);
      g_string_append (out, "</strong></p>");
      prose (out, t->text);
      if (t->participants->len)
        {
          g_string_append (out, "<p class=\"people\">Deltagere: ");
          for (guint k = 0; k < t->participants->len; k++)
            {
              const MnParticipant *p = g_ptr_array_index (t->participants, k);
              if (k)
                g_string_append (out, ", ");
              if (p->role)
                {
                  esc (out, p->role);
                  g_string_append_c (out, ' ');
                }
              esc (out, p->name);
            }
          g_string_append (out, "</p>");
        }
      g_string_append (out, "</td></tr>\n");
    }
  g_string_append (out, "</tbody></table>\n");
}

static void
attachments_list (GString *out, const MnItem *it)
{
  g_string_append (out, "<ol class=\"attachments\">\n");
  for (guint i = 0; i < it->attachments->len; i++)
    {
      const MnAttachment *a = g_ptr_array_index (it->attachments, i);
      g_string_append_printf (out, "<li value=\"%d\">", a->number > 0 ? a->number : (int) i + 1);
      esc (out, a->title);
      if (a->access == MN_ACCESS_CLOSED)
        g_string_append (out, " <span class=\"access closed\">Lukket</span>");
      if (a->document_id || a->reference)
        {
          g_string_append (out, " <small>(");
          esc (out, a->document_id ? a->document_id : "");
          if (a->document_id && a->reference)
            g_string_append (out, ", ");
          esc (out, a->reference ? a->reference : "");
          g_string_append (out, ")</small>");
        }
      g_string_append (out, "</li>\n");
    }
  g_string_append (out, "</ol>\n");
}

/* The decision whose text a decision section holds. */
static const MnDecision *
decision_of (const MnItem *it, const MnSection *s)
{
  for (guint i = 0; s->kind == MN_SECTION_DECISION && i < it->decisions->len; i++)
    {
      const MnDecision *d = g_ptr_array_index (it->decisions, i);
      if (g_strcmp0 (d->text, s->text) == 0)
        return d;
    }
  return NULL;
}

static void
decision_outcome (GString *out, const MnDecision *d)
{
  const char *label = result_label (d->result);

  if (label)
    {
      g_string_append_printf (out, "<p class=\"result %s\">", mn_result_to_string (d->result));
      esc (out, label);
      g_string_append (out, "</p>\n");
    }
  if (d->absent->len)
    {
      g_string_append (out, "<p class=\"absent\">Fraværende: ");
      for (guint k = 0; k < d->absent->len; k++)
        {
          if (k)
            g_string_append (out, ", ");
          esc (out, g_ptr_array_index (d->absent, k));
        }
      g_string_append (out, "</p>\n");
    }
}

static void
item_html (GString *out, const MnItem *it)
{
  gboolean topics_done = FALSE;

  g_string_append (out, "<section class=\"item\">\n<h2>");
  if (it->number_label)
    {
      esc (out, it->number_label);
      g_string_append (out, ". ");
    }
  else if (it->number >= 0)
    g_string_append_printf (out, "%d. ", it->number);
  esc (out, it->title);
  if (it->access != MN_ACCESS_UNKNOWN)
    g_string_append_printf (out, " <span class=\"access %s\">%s</span>",
                            mn_access_to_string (it->access),
                            it->access == MN_ACCESS_OPEN ? "Åben sag" : "Lukket sag");
  g_string_append (out, "</h2>\n");
  if (it->case_number)
    {
      g_string_append (out, "<p class=\"case\">Sagsnr. ");
      esc (out, it->case_number);
      g_string_append (out, "</p>\n");
    }
  for (guint i = 0; i < it->sections->len; i++)
    {
      const MnSection *s = g_ptr_array_index (it->sections, i);
      const MnDecision *decision = decision_of (it, s);
      gboolean is_decision = decision != NULL;
      gboolean is_attachments = it->attachments->len && s->kind == MN_SECTION_ATTACHMENTS;

      if (is_decision)
        g_string_append (out, "<div class=\"decision\">\n");
      if (s->heading)
        {
          g_string_append (out, "<h3>");
          esc (out, s->heading);
          g_string_append (out, "</h3>\n");
        }
      if (is_decision)
        decision_outcome (out, decision);
      if (is_attachments)
        attachments_list (out, it);
      else if (!topics_done && it->topics->len && g_strcmp0 (s->text, it->presentation) == 0)
        prose_until (out, s->text, ((MnTopic *) g_ptr_array_index (it->topics, 0))->title);
      else
        prose (out, s->text);
      if (is_decision)
        g_string_append (out, "</div>\n");
      if (!topics_done && it->topics->len && it->presentation
          && g_strcmp0 (s->text, it->presentation) == 0)
        {
          topics_table (out, it);
          topics_done = TRUE;
        }
    }
  if (!topics_done && it->topics->len)
    topics_table (out, it);
  g_string_append (out, "</section>\n");
}

/* Time, place and who attended, as the front page printed them. */
static void
meeting_details (GString *out, const MnMeeting *m)
{
  if (m->start || m->location)
    {
      g_string_append (out, "<p class=\"where\">");
      if (m->start)
        {
          g_string_append (out, "Kl. ");
          esc (out, m->start);
          if (m->end)
            {
              g_string_append (out, "–");
              esc (out, m->end);
            }
        }
      if (m->start && m->location)
        g_string_append (out, " · ");
      esc (out, m->location);
      g_string_append (out, "</p>\n");
    }
  if (m->participants->len == 0)
    return;
  g_string_append (out, "<details class=\"participants\"><summary>Deltagere</summary><ul>\n");
  for (guint i = 0; i < m->participants->len; i++)
    {
      const MnMember *p = g_ptr_array_index (m->participants, i);
      g_string_append (out, p->present ? "<li>" : "<li class=\"absent\">");
      esc (out, p->name);
      if (p->party)
        {
          g_string_append (out, " (");
          esc (out, p->party);
          g_string_append (out, ")");
        }
      if (p->role)
        {
          g_string_append (out, ", ");
          esc (out, p->role);
        }
      if (!p->present)
        g_string_append (out, " – fraværende");
      g_string_append (out, "</li>\n");
    }
  g_string_append (out, "</ul></details>\n");
}

static gboolean
html_write (const MnDocument *doc, GHashTable *options, GString *out, GError **error)
{
  const MnMeeting *m = &doc->meeting;

  g_string_append (out, "<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
  esc (out, m->body ? m->body : doc->source.file);
  if (m->date)
    {
      g_string_append (out, " ");
      esc (out, m->date);
    }
  g_string_append_printf (out, "</title>\n<style>%s</style>\n</head>\n<body>\n<header>\n", css);
  if (m->organisation)
    {
      g_string_append (out, "<p>");
      esc (out, m->organisation);
      g_string_append (out, "</p>\n");
    }
  g_string_append (out, "<h1>");
  esc (out, m->body ? m->body : "Møde");
  g_string_append (out, "</h1>\n<p>");
  esc (out, m->kind == MN_KIND_MINUTES ? "Referat" : "Dagsorden");
  if (m->date)
    {
      g_string_append (out, " · <time datetime=\"");
      esc (out, m->date);
      g_string_append (out, "\">");
      esc (out, m->date);
      g_string_append (out, "</time>");
    }
  g_string_append (out, "</p>\n");
  meeting_details (out, m);
  g_string_append (out, "</header>\n<main>\n");
  for (guint i = 0; i < doc->items->len; i++)
    item_html (out, g_ptr_array_index (doc->items, i));
  g_string_append (out, "</main>\n");
  if (doc->warnings->len)
    {
      g_string_append (out, "<footer class=\"warnings\"><h3>Advarsler</h3><ul>\n");
      for (guint i = 0; i < doc->warnings->len; i++)
        {
          const MnWarning *w = g_ptr_array_index (doc->warnings, i);
          g_string_append (out, "<li><code>");
          esc (out, w->code);
          g_string_append (out, "</code> ");
          esc (out, w->message);
          g_string_append (out, "</li>\n");
        }
      g_string_append (out, "</ul></footer>\n");
    }
  g_string_append (out, "</body>\n</html>\n");
  return TRUE;
}

const MnOutputPlugin mn_output_html = {
  MN_PLUGIN_HEADER (MnOutputPlugin),
  .name = "html",
  .description = "a standalone HTML5 page per paper",
  .extension = "html",
  .options = NULL,
  .write = html_write,
};

MN_PLUGIN_EXPORT_OUTPUT (output_html, mn_output_html);
