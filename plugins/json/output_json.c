/* JSON output: the document as the spec prints it (mn_document_write_json,
 * core/json_document.c). */
#include <minutes/plugin.h>

static gboolean
json_write (const MnDocument *doc, GHashTable *options, GString *out,
            GError **error)
{
  mn_document_write_json (doc, out);
  return TRUE;
}

const MnOutputPlugin mn_output_json = {
  MN_PLUGIN_HEADER (MnOutputPlugin),
  .name = "json",
  .description = "the structured agenda as JSON (minutes-agenda/1.1)",
  .extension = "json",
  .options = NULL,
  .write = json_write,
};

MN_PLUGIN_EXPORT_OUTPUT (output_json, mn_output_json);
