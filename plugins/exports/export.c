/* What the export input plugins share (export.h). */
#include "export.h"

#ifndef MN_LIBXML2_SONAME
#define MN_LIBXML2_SONAME "libxml2.so.2"
#endif

ExportXml export_xml;

#define EXPORT_XML_SYMBOL(name) { #name, (gpointer *) &export_xml.name },
static const MnLibrarySymbol symbols[] = { EXPORT_XML_FUNCTIONS (EXPORT_XML_SYMBOL) { NULL, NULL } };
static MnLibrary libxml2 = { MN_LIBXML2_SONAME, symbols, 0, FALSE };

gboolean
mn_export_xml_load (const char *who, GError **error)
{
  if (mn_library_load (&libxml2))
    return TRUE;
  g_set_error (error, MN_ERROR, MN_ERROR_NOT_BUILT, "%s support unavailable: cannot load %s", who,
               MN_LIBXML2_SONAME);
  return FALSE;
}

void
mn_export_line (MnExtract *ex, const char *text, guint style, int level)
{
  if (text && *text)
    mn_extract_add (ex, MN_BLOCK_PARAGRAPH, text, style, level, 0);
}

void
mn_export_labelled (MnExtract *ex, const char *label, const char *value)
{
  if (value && *value)
    {
      g_autofree char *t = g_strdup_printf ("%s: %s", label, value);
      mn_export_line (ex, t, 0, 0);
    }
}
