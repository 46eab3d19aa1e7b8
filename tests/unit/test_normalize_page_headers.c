/* page_headers pass: a text's page headers found beside its page numbers */
#include "tap.h"
#include "blocks_helpers.h"
#include "normalize/normalize.h"

/* The texts of the blocks marked running, one a line.  transfer full */
static char *
running (MnBlocks *b)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < b->len; i++)
    {
      const MnBlock *x = g_ptr_array_index (b, i);
      if (x->style & MN_STYLE_RUNNING)
        g_string_append_printf (s, "%s%s", s->len ? "|" : "", x->text);
    }
  return g_string_free (s, FALSE);
}

/* A paper of n pages, each opening with header, then "Side N", then
 * body; the last line of a page is foot. */
static MnBlocks *
paper (int n, const char *header, const char *foot)
{
  GString *s = g_string_new (NULL);

  for (int p = 1; p <= n; p++)
    g_string_append_printf (s, "%s\n\nSide %d\n\n%d. Punkt nummer %d\n\nTekst på side %d.\n\n%s\n\n",
                            header, p, p, p, p, foot);
  g_string_truncate (s, s->len - 2);
  {
    MnBlocks *b = lines (s->str);
    g_string_free (s, TRUE);
    return b;
  }
}

int
main (void)
{
  {
    g_autoptr (GPtrArray) b = paper (4, "Referat For Udvalget for børn og unge (BU)\n\n23. august 2016 - kl. 16:30 ", "Godkendt.");
    g_autofree char *r = NULL;
    mn_pass_page_headers (b);
    r = running (b);
    IS_STR (r, "Referat For Udvalget for børn og unge (BU)|23. august 2016 - kl. 16:30 |"
               "Referat For Udvalget for børn og unge (BU)|23. august 2016 - kl. 16:30 |"
               "Referat For Udvalget for børn og unge (BU)|23. august 2016 - kl. 16:30 |"
               "Referat For Udvalget for børn og unge (BU)|23. august 2016 - kl. 16:30 ",
            "a dated header beside every 'Side N' is running; a decision over the page's end is not");
  }
  {
    g_autoptr (GPtrArray) b = paper (4, "Børne- og Skoleudvalget\nDagsorden\nLukket punkt\nDato: 20.08.2014", "Slut.");
    g_autofree char *r = NULL;
    mn_pass_page_headers (b);
    r = running (b);
    IS_STR (r, "Børne- og Skoleudvalget|Dagsorden|Dato: 20.08.2014|Børne- og Skoleudvalget|Dagsorden|Dato: 20.08.2014|"
               "Børne- og Skoleudvalget|Dagsorden|Dato: 20.08.2014|Børne- og Skoleudvalget|Dagsorden|Dato: 20.08.2014",
            "the run through an item's access line is the header; the access line is left to the parser");
  }
  {
    g_autoptr (GPtrArray) b = paper (4, "Børne- og Skoleudvalget", "Slut.");
    g_autofree char *r = NULL;
    mn_pass_page_headers (b);
    r = running (b);
    IS_STR (r, "", "repeated lines with no date are no header (a decision, a closing line)");
  }
  {
    g_autoptr (GPtrArray) b = paper (2, "Udvalget 23.08.2016", "Slut.");
    g_autofree char *r = NULL;
    mn_pass_page_headers (b);
    r = running (b);
    IS_STR (r, "", "two page numbers are too few to tell a header");
  }
  {
    g_autoptr (GPtrArray) b = paper (4, "Udvalget 23.08.2016", "Slut.");
    g_autofree char *r = NULL;
    for (guint i = 0; i < b->len; i++)
      ((MnBlock *) g_ptr_array_index (b, i))->page = 1;
    mn_pass_page_headers (b);
    r = running (b);
    IS_STR (r, "", "a paper whose input knows its pages is left to it");
  }
  return tap_done ();
}
