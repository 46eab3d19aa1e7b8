/* The least any libzip + libxml2 converter does per DOCX: open the ZIP,
 * inflate word/document.xml and word/styles.xml, and run libxml2's SAX
 * parser over both with no callbacks (no output).  Timed one process per
 * file against docx2txt by bench/bench.py: it bounds what `minutes
 * convert` can reach with the fixed libraries. */
#include <string.h>
#include <zip.h>
#include <libxml/parser.h>
#include <glib.h>

static gboolean
parse_entry (zip_t *zip, const char *name)
{
  zip_stat_t st;
  zip_file_t *f;
  g_autofree char *buf = NULL;
  xmlSAXHandler sax;
  xmlParserCtxtPtr ctxt;

  if (zip_stat (zip, name, 0, &st) != 0 || (f = zip_fopen (zip, name, 0)) == NULL)
    return FALSE;
  buf = g_malloc (st.size + 1);
  if (zip_fread (f, buf, st.size) != (zip_int64_t) st.size)
    return FALSE;
  zip_fclose (f);
  memset (&sax, 0, sizeof sax);
  sax.initialized = XML_SAX2_MAGIC;
  ctxt = xmlCreatePushParserCtxt (&sax, NULL, NULL, 0, name);
  /* minutes' parser options (plugins/docx/walk.c) but for the two that
   * only silence messages: XML_PARSE_HUGE is also the cheaper, the floor
   * 2-3 % lower than without it */
  xmlCtxtUseOptions (ctxt, XML_PARSE_NONET | XML_PARSE_COMPACT | XML_PARSE_HUGE);
  xmlParseChunk (ctxt, buf, (int) st.size, 1);
  xmlFreeParserCtxt (ctxt);
  return TRUE;
}

int
main (int argc, char **argv)
{
  for (int i = 1; i < argc; i++)
    {
      int err;
      zip_t *zip = zip_open (argv[i], ZIP_RDONLY, &err);

      if (zip == NULL || !parse_entry (zip, "word/document.xml"))
        return 1;
      parse_entry (zip, "word/styles.xml");
      zip_close (zip);
    }
  return 0;
}
