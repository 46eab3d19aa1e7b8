/* The least any poppler-glib converter does per PDF: load the document and
 * ask each page for its text (no layout, no fonts, no output).  Timed one
 * process per file against pdftotext by bench/bench.py: it bounds what
 * `minutes convert` can reach with poppler-glib.
 *
 * --boxes: each page also gives what minutes asks of it beyond the text,
 * the glyph boxes (poppler_page_get_text_layout) and the font runs
 * (poppler_page_get_text_attributes): the bound for a converter that reads
 * the page's layout, before any work of its own. */
#include <string.h>
#include <poppler.h>

int
main (int argc, char **argv)
{
  gboolean boxes = argc > 1 && strcmp (argv[1], "--boxes") == 0;

  for (int i = boxes ? 2 : 1; i < argc; i++)
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
          if (boxes)
            {
              PopplerRectangle *rects = NULL;
              guint n = 0;
              poppler_page_get_text_layout (page, &rects, &n);
              g_free (rects);
              poppler_page_free_text_attributes (poppler_page_get_text_attributes (page));
            }
          g_object_unref (page);
        }
      g_object_unref (doc);
    }
  return 0;
}
