/* The least any poppler-glib converter does per PDF: load the document and
 * ask each page for its text (no layout, no fonts, no output).  Timed one
 * process per file against pdftotext by bench/bench.py: it bounds what
 * `minutes convert` can reach with poppler-glib. */
#include <poppler.h>

int
main (int argc, char **argv)
{
  for (int i = 1; i < argc; i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (GMappedFile) file = g_mapped_file_new (argv[i], FALSE, &error);
      g_autoptr (GBytes) bytes = NULL;
      PopplerDocument *doc;

      if (file == NULL)
        return 1;
      bytes = g_mapped_file_get_bytes (file);
      doc = poppler_document_new_from_bytes (bytes, NULL, &error);
      if (doc == NULL)
        return 1;
      for (int p = 0; p < poppler_document_get_n_pages (doc); p++)
        {
          PopplerPage *page = poppler_document_get_page (doc, p);
          g_free (poppler_page_get_text (page));
          g_object_unref (page);
        }
      g_object_unref (doc);
    }
  return 0;
}
