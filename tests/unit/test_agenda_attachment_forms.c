/* Attachment lists in the other systems' forms (attachments.c, shape 2). */
#include <string.h>
#include "tap.h"
#include "agenda/agenda.h"

static MnAttachment *
att (MnItem *it, guint i)
{
  return i < it->attachments->len ? g_ptr_array_index (it->attachments, i) : NULL;
}

int
main (void)
{
  MnItem *it = mn_item_new ();
  char *rendered = NULL;
  MnAttachment *a;

  TAP_OK (mn_attachments_parse_any ("2013-172137 - Samlet tilsynsrapport\n2013-231475 - Handleplaner", it, &rendered),
          "eDoc lines read");
  a = att (it, 1);
  TAP_OK (it->attachments->len == 2 && a && !strcmp (a->document_id, "2013-231475") && !strcmp (a->title, "Handleplaner")
          && a->number == -1, "document id and title, no number");
  IS_STR (rendered, "2013-172137 - Samlet tilsynsrapport\n2013-231475 - Handleplaner", "the lines stay as printed");
  g_clear_pointer (&rendered, g_free);
  mn_item_free (it);

  it = mn_item_new ();
  mn_attachments_parse_any ("1 Åben Projektbeskrivelse - renovering 233639/15\n2 Lukket Tidsplan", it, &rendered);
  a = att (it, 0);
  TAP_OK (a && a->number == 1 && a->access == MN_ACCESS_OPEN && !strcmp (a->title, "Projektbeskrivelse - renovering")
          && !strcmp (a->reference, "233639/15"), "Acadre: number, access, title, reference");
  a = att (it, 1);
  TAP_OK (a && a->number == 2 && a->access == MN_ACCESS_CLOSED && a->reference == NULL, "a row without a reference");
  g_clear_pointer (&rendered, g_free);
  mn_item_free (it);

  it = mn_item_new ();
  mn_attachments_parse_any ("1 Åben Budgetopfølgning - Udvalget for børn og 209586/15 unge (BU)\n"
                            "2 Åben Budget 2017/18 for skolerne 120955/17", it, &rendered);
  a = att (it, 0);
  TAP_OK (a && a->number == 1 && !strcmp (a->title, "Budgetopfølgning - Udvalget for børn og unge (BU)")
          && !strcmp (a->reference, "209586/15"),
          "Acadre: a title wrapped past its reference column joins the title");
  a = att (it, 1);
  TAP_OK (a && !strcmp (a->title, "Budget 2017/18 for skolerne") && !strcmp (a->reference, "120955/17"),
          "a number with a slash inside a title is no reference when one ends the row");
  IS_STR (rendered, "1 Åben Budgetopfølgning - Udvalget for børn og unge (BU) 209586/15\n"
                    "2 Åben Budget 2017/18 for skolerne 120955/17", "the wrapped row as printed: the reference last");
  g_clear_pointer (&rendered, g_free);
  mn_item_free (it);

  it = mn_item_new ();
  mn_attachments_parse_any ("Indstilling\nBilag 1: Kvalitetsrapport 2023/24\nBilag 2 - Høringssvar", it, &rendered);
  TAP_OK (it->attachments->len == 3 && att (it, 0)->number == -1 && !strcmp (att (it, 0)->title, "Indstilling")
          && att (it, 1)->number == 1 && !strcmp (att (it, 2)->title, "Høringssvar"),
          "FirstAgenda: a title a line, Bilag N: and Bilag N - give the number");
  g_clear_pointer (&rendered, g_free);
  mn_item_free (it);

  it = mn_item_new ();
  mn_attachments_parse_any ("1. Lokalplan nr. 248\n2) Notat om høring\n3.5 mio. kr. i alt", it, &rendered);
  TAP_OK (it->attachments->len == 3 && att (it, 0)->number == 1 && !strcmp (att (it, 0)->title, "Lokalplan nr. 248")
          && att (it, 1)->number == 2 && !strcmp (att (it, 1)->title, "Notat om høring")
          && att (it, 2)->number == -1,
          "a numbered list of titles: 'N. Title' and 'N) Title' give the number, a number with no stop after it none");
  IS_STR (rendered, "1. Lokalplan nr. 248\n2) Notat om høring\n3.5 mio. kr. i alt", "the lines stay as printed");
  g_clear_pointer (&rendered, g_free);
  mn_item_free (it);

  it = mn_item_new ();
  TAP_OK (mn_attachments_parse_any ("Ingen", it, &rendered) && it->attachments->len == 0 && rendered == NULL,
          "Ingen lists none and keeps the text");
  mn_item_free (it);

  it = mn_item_new ();
  mn_attachments_parse_any ("1 - 3575461 Åben VIA - Underskrevet partnerskabsaftale (12706/24) (H)", it, &rendered);
  TAP_OK (att (it, 0) && !strcmp (att (it, 0)->document_id, "3575461") && !strcmp (att (it, 0)->reference, "12706/24"),
          "the seeds' row form is read as before");
  g_free (rendered);
  mn_item_free (it);
  return tap_done ();
}
