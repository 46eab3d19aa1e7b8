/* The built-in plugins: one const table per kind (Lua's linit.c).  Which
 * optional formats are compiled in is decided by the Makefile. */
#include "registry.h"

MN_PLUGIN_EXPORT_INPUT (text, mn_input_text);
#ifdef MN_HAVE_PDF
MN_PLUGIN_EXPORT_INPUT (pdf, mn_input_pdf);
#endif
#ifdef MN_HAVE_DOCX
MN_PLUGIN_EXPORT_INPUT (docx, mn_input_docx);
/* the export formats read their HTML with libxml2, as DOCX reads XML */
MN_PLUGIN_EXPORT_INPUT (firstagenda, mn_input_firstagenda);
MN_PLUGIN_EXPORT_INPUT (html, mn_input_html);
MN_PLUGIN_EXPORT_INPUT (sbsys, mn_input_sbsys);
MN_PLUGIN_EXPORT_INPUT (edoc, mn_input_edoc);
MN_PLUGIN_EXPORT_INPUT (edoc_publishing, mn_input_edoc_publishing);
MN_PLUGIN_EXPORT_INPUT (acadre, mn_input_acadre);
#endif
MN_PLUGIN_EXPORT_OUTPUT (json, mn_output_json);
MN_PLUGIN_EXPORT_OUTPUT (csv, mn_output_csv);
MN_PLUGIN_EXPORT_OUTPUT (html, mn_output_html);
#ifdef MN_HAVE_SQLITE
MN_PLUGIN_EXPORT_OUTPUT (sqlite, mn_output_sqlite);
#endif

const MnInputPlugin *const mn_builtin_inputs[] = {
#ifdef MN_HAVE_PDF
  &mn_input_pdf,
#endif
#ifdef MN_HAVE_DOCX
  &mn_input_docx,
  &mn_input_firstagenda,
  &mn_input_html,
  &mn_input_sbsys,
  &mn_input_edoc,
  &mn_input_edoc_publishing,
  &mn_input_acadre,
#endif
  &mn_input_text,
  NULL,
};

const MnOutputPlugin *const mn_builtin_outputs[] = {
  &mn_output_json,
  &mn_output_csv,
  &mn_output_html,
#ifdef MN_HAVE_SQLITE
  &mn_output_sqlite,
#endif
  NULL,
};
