/* HTML pages: an agenda system's web rendering of a meeting (FirstAgenda's
 * public page, eDoc's XSLT rendering).  The page goes through the HTML
 * reader (html_blocks.c: libxml2's HTML parser, recover mode, no network)
 * into headings, paragraphs, list items and table rows, and the core's
 * parser reads them like any other paper.  Probes by the markup, not just
 * the extension; a text export with <p> marks stays the text plugin's
 * (its markup pass reads those). */
#include <string.h>
#include <minutes/plugin.h>
#include "export.h"
#include "html_blocks.h"

static const char *const html_extensions[] = { "html", "htm", "xhtml", NULL };

static gboolean
has_ci (const char *hay, const char *needle)
{
  gsize n = strlen (needle);
  for (const char *p = hay; *p; p++)
    if (g_ascii_strncasecmp (p, needle, n) == 0)
      return TRUE;
  return FALSE;
}

static int
html_probe (const guint8 *head, gsize len, const char *file_name)
{
  g_autofree char *h = g_strndup ((const char *) head, len);
  gboolean named = file_name && (g_str_has_suffix (file_name, ".html") || g_str_has_suffix (file_name, ".htm")
                                 || g_str_has_suffix (file_name, ".xhtml"));

  if (len >= 5 && (memcmp (head, "%PDF-", 5) == 0 || memcmp (head, "PK\003\004", 4) == 0))
    return MN_PROBE_NONE;
  if (has_ci (h, "<!doctype html") || has_ci (h, "<html"))
    return MN_PROBE_CERTAIN;
  if (named && (has_ci (h, "<body") || has_ci (h, "<div") || has_ci (h, "<table")))
    return MN_PROBE_LIKELY;
  return named ? MN_PROBE_EXTENSION : MN_PROBE_NONE;
}

static gboolean
html_extract (MnExtract *ex, GBytes *input, GError **error)
{
  gsize len;
  const char *data = g_bytes_get_data (input, &len);

  return mn_html_to_blocks (ex, data, len, 1, 0, error);
}

const MnInputPlugin mn_input_html = {
  MN_PLUGIN_HEADER (MnInputPlugin),
  .name = "html",
  .description = "HTML pages of agenda systems (libxml2's HTML parser): headings, paragraphs, lists, tables",
  .extensions = html_extensions,
  .probe = html_probe,
  .extract = html_extract,
  .libraries = mn_export_xml_libraries,
};

MN_PLUGIN_EXPORT_INPUT (input_html, mn_input_html);
