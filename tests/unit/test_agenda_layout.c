/* layout profiles: the bids, the choice, the doubt, and what a profile
 * changes in the reading */
#include "tap.h"
#include "parse_helpers.h"
#include "agenda/layout.h"

/* The paper's lines as the parser's content (paragraphs). */
static GPtrArray *
content (const char *text)
{
  GPtrArray *b = lines (text);
  mn_normalize (b);
  return b;
}

/* Paragraphs as they are, not normalized (leading spaces kept). */
static GPtrArray *
paragraphs (const char *const *texts)
{
  GPtrArray *b = mn_blocks_new ();

  for (; *texts; texts++)
    g_ptr_array_add (b, mn_block_new (MN_BLOCK_PARAGRAPH, *texts, 0, 0, 0));
  return b;
}

static const char *
choose (const char *text, char **doubt)
{
  g_autoptr (GPtrArray) c = content (text);
  return mn_layout_choose (c, doubt)->name;
}

static gboolean
warned (const MnDocument *doc, const char *code)
{
  for (guint i = 0; i < doc->warnings->len; i++)
    if (strcmp (((MnWarning *) g_ptr_array_index (doc->warnings, i))->code, code) == 0)
      return TRUE;
  return FALSE;
}

int
main (void)
{
  char *doubt = NULL;
  MnDocument *doc;

  IS_STR (choose ("2.\tBudget\n\nSagsnr.: 2012-28504\nDok.nr.: 2012-203438\n\nSundheds- og Forebyggelsesudvalgets "
                  "beslutning den 04.12.2012 Punkt 2\nGodkendt\n\nFølgende deltog ikke i behandlingen af punktet:", &doubt),
          "edoc", "eDoc's labels and genitive decision heading choose edoc");
  TAP_OK (doubt == NULL, "with no doubt");
  IS_STR (choose ("700.\tSkolernes budget\n\nSagen afgøres i: Byrådet\n\nBeslutning i Byrådet den 15-09-2015\nGodkendt.\n\n"
                  "Underskriftsside", &doubt), "acadre", "year-running numbers, Sagen afgøres i and a signature page: acadre");
  IS_STR (choose ("1\tFirst Agenda\n\n1.1\tStatus\n\nOplæg:\nTekst.\n\nReferat: Godkendt.\n\n1.2\tNyt\n\nOplæg:", &doubt),
          "sbsys", "sub-items with Oplæg: and Referat: choose sbsys");
  IS_STR (choose ("Punkt 1: Godkendelse\n\nEMN-2023-009832\n\nBeslutninger\nGodkendt.\n\nBeslutningspunkter\nAt ...", &doubt),
          "firstagenda", "Punkt N:, EMN- and Beslutninger choose firstagenda");
  IS_STR (choose ("1. Godkendelse af dagsorden\n\nÅben sag\n\nSagsfremstilling\nTekst.\n\nBeslutning i Direktionen den 20-03-2024\n"
                  "Godkendt.", &doubt), "generic", "a paper no system claims is generic");
  TAP_OK (doubt == NULL, "silently: the dated decision heading and Åben sag are everyone's");
  IS_STR (choose ("1. Budget\n\nBeslutningen træffes af\nByrådet\n\nTilstede\nAnna Berg\n\nAfbud/Fraværende", &doubt), "generic",
          "a little of eDoc is not enough");
  TAP_OK (doubt && strstr (doubt, "looks a little like edoc"), "and says so");
  g_clear_pointer (&doubt, g_free);
  IS_STR (choose ("Punkt 1: Budget\n\nEMN-2023-0001\n\nBeslutninger\nGodkendt.\n\n1.1\tStatus\n\nOplæg:\nTekst.\n\n1.2\tNyt\n\n"
                  "Referat: Godkendt.", &doubt), "generic", "two systems bidding alike: generic");
  TAP_OK (doubt && strstr (doubt, "alike"), "and says which two");
  g_clear_pointer (&doubt, g_free);

  /* a paragraph is asked only for the signs its first bytes allow (layout.c's
   * SignIndex): a prefix sign whatever the case of its first letter, a
   * line sign after leading spaces, and the others of every paragraph */
  {
    g_autoptr (GPtrArray) upper = content ("Sagen afgøres i: Byrådet");
    g_autoptr (GPtrArray) lower = content ("sagen afgøres i: Byrådet");
    const char *const spaced_text[] = { "   Underskriftsside", NULL };
    const char *const other_text[] = { "Tekst.", "Se direktørens påtegning.", NULL };
    g_autoptr (GPtrArray) spaced = paragraphs (spaced_text);
    g_autoptr (GPtrArray) plain = content ("Underskriftsside");
    g_autoptr (GPtrArray) other = paragraphs (other_text);

    IS_INT (mn_layout_bid (&mn_layout_acadre, upper), 25, "a prefix sign: its weight");
    IS_INT (mn_layout_bid (&mn_layout_acadre, lower), 25, "and the same in lower case");
    IS_INT (mn_layout_bid (&mn_layout_acadre, plain), 20, "a line sign: its weight");
    IS_INT (mn_layout_bid (&mn_layout_acadre, spaced), 20, "and the same after leading spaces");
    IS_INT (mn_layout_bid (&mn_layout_firstagenda, other), 10, "a sign inside a paragraph, asked of every one");
  }

  /* the digit signs' patterns are asked only of lines whose digits can
   * open them (layout.c's digits_then): at each edge of the count */
  {
    static const struct {
      const MnLayout *layout;
      const char *lines[3];
      int bid;
      const char *what;
    } digit_cases[] = {
      { &mn_layout_acadre, { "700. Budget" }, 35, "a year-running number of three digits" },
      { &mn_layout_acadre, { "1234. Budget" }, 35, "and of four" },
      { &mn_layout_acadre, { "12345. Budget" }, 0, "not of five" },
      { &mn_layout_acadre, { "70. Budget" }, 0, "nor of two" },
      { &mn_layout_sbsys, { "10.1 Status", "10.2 Nyt" }, 30, "sub-items under a two-digit number" },
      { &mn_layout_sbsys, { "100.1 Status", "100.2 Nyt" }, 0, "not under a three-digit one" },
    };
    for (gsize i = 0; i < G_N_ELEMENTS (digit_cases); i++)
      {
        g_autoptr (GPtrArray) lines = paragraphs (digit_cases[i].lines);
        IS_INT (mn_layout_bid (digit_cases[i].layout, lines), digit_cases[i].bid, "%s", digit_cases[i].what);
      }
  }

  /* what a profile changes: FirstAgenda's large bold sub-headings are sections, without doubt */
  doc = parse ("Punkt 1: Godkendelse\n\nEMN-2023-0001\n\n## Beslutninger\nGodkendt.\n\n## Borgmesterens Afdelings påtegning\n"
               "Ingen.\n\nPunkt 2: Budget\n\nEMN-2023-0002\n\n## Beslutninger\nGodkendt.");
  IS_STR (doc->layout, "firstagenda", "the FirstAgenda paper is read by its profile");
  IS_INT (doc->items->len, 2, "two items: the sub-heading opens none");
  TAP_OK (!warned (doc, "structure-doubtful"), "and its sub-heading raises no doubt there");
  mn_document_free (doc);
  doc = parse ("1. Godkendelse\n\nSagsfremstilling\nTekst.\n\n## Orientering fra direktøren\nIngen.\n\n2. Budget\n\n"
               "Sagsfremstilling\nTekst.");
  IS_STR (doc->layout, "generic", "a generic paper");
  TAP_OK (warned (doc, "structure-doubtful"), "keeps its doubt about an unnumbered heading between items");
  mn_document_free (doc);
  doc = parse ("1. Budget\n\nBeslutningen træffes af\nByrådet\n\nTilstede\nAnna Berg\n\nAfbud/Fraværende\n\nSagsfremstilling\nTekst.");
  TAP_OK (warned (doc, "layout-uncertain"), "a weak winner is a layout-uncertain warning in the document");
  mn_document_free (doc);
  return tap_done ();
}
