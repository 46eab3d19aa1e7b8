/* An output plugin built out of tree: the agenda as Markdown.
 *
 * Build it against an installed minutes with the Makefile beside this file
 * (pkg-config --cflags minutes-plugin), then point MINUTES_PLUGIN_PATH at
 * the directory holding libmarkdown.so:
 *
 *   MINUTES_PLUGIN_PATH=$PWD minutes convert -t markdown referat.pdf
 */
#include <string.h>
#include <minutes/plugin.h>

static void
line (GString *out, const char *prefix, const char *text)
{
  if (text && *text)
    g_string_append_printf (out, "%s%s\n\n", prefix, text);
}

static gboolean
markdown_write (const MnDocument *doc, GHashTable *options, GString *out, GError **error)
{
  const MnMeeting *m = &doc->meeting;

  (void) options;
  (void) error;
  g_string_append_printf (out, "# %s %s\n\n", m->body ? m->body : "Møde", m->date ? m->date : "");
  line (out, "", m->organisation);
  for (guint i = 0; i < doc->items->len; i++)
    {
      const MnItem *it = g_ptr_array_index (doc->items, i);

      if (it->number >= 0)
        g_string_append_printf (out, "## %d. %s\n\n", it->number, it->title);
      else
        g_string_append_printf (out, "## %s\n\n", it->title);
      if (mn_access_to_string (it->access))
        g_string_append_printf (out, "*%s*\n\n", it->access == MN_ACCESS_OPEN ? "Åben Sag" : "Lukket Sag");
      for (guint k = 0; k < it->topics->len; k++)
        {
          const MnTopic *t = g_ptr_array_index (it->topics, k);
          g_string_append_printf (out, "- %s%s%s %s\n", t->start ? t->start : "",
                                  t->end ? "–" : "", t->end ? t->end : "", t->title);
        }
      if (it->topics->len)
        g_string_append_c (out, '\n');
      line (out, "**Indstilling:** ", it->recommendation);
      if (it->decision)
        line (out, "**Beslutning:** ", it->decision->text);
      for (guint k = 0; k < it->attachments->len; k++)
        {
          const MnAttachment *a = g_ptr_array_index (it->attachments, k);
          g_string_append_printf (out, "%d. %s\n", a->number, a->title);
        }
      if (it->attachments->len)
        g_string_append_c (out, '\n');
    }
  return TRUE;
}

const MnOutputPlugin mn_output_markdown = {
  MN_PLUGIN_HEADER (MnOutputPlugin),
  .name = "markdown",
  .description = "the agenda as Markdown (an out-of-tree example)",
  .extension = "md",
  .options = NULL,
  .write = markdown_write,
};

/* libmarkdown.so exports mn_plugin_markdown */
MN_PLUGIN_EXPORT_OUTPUT (markdown, mn_output_markdown);
