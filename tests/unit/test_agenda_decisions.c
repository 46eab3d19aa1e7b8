/* Decisions (minutes-agenda/1.1): the result table and its first-sentence
 * rule, absent names, every decision of an item, label lines. */
#include <string.h>
#include "tap.h"
#include "parse_helpers.h"

static const char *
result_of (const char *text)
{
  g_autofree char *s = mn_decision_first_sentence (text);
  return mn_result_to_string (mn_vocab_result (s));
}

static char *
absent_of (const char *text)
{
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (names, NULL);
  g_ptr_array_set_size (names, 0);
  mn_decision_absent (text, names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv ("|", (char **) names->pdata);
}

int
main (void)
{
  char *s;

  /* the result table, top row first */
  IS_STR (result_of ("Godkendt."), "approved", "Godkendt");
  IS_STR (result_of ("Anbefales."), "recommended", "Anbefales (anbefal begins the word)");
  IS_STR (result_of ("Indstilles til godkendelse"), "recommended", "recommended before approved");
  IS_STR (result_of ("Indstillingen blev ikke godkendt."), "rejected", "rejected is the top row");
  IS_STR (result_of ("Forslaget faldt."), "rejected", "faldt");
  IS_STR (result_of ("Taget til efterretning."), "noted", "efterretning");
  IS_STR (result_of ("Sagen udsættes."), "postponed", "udsæt");
  IS_STR (result_of ("Drøftet."), "discussed", "drøft");
  IS_STR (result_of ("Oversendes til Økonomiudvalget."), "referred", "oversend");
  IS_STR (result_of ("Intet."), "other", "none of the phrases");
  IS_STR (result_of ("Ikkegodkendt."), "other", "a phrase must begin a word");
  /* the first-sentence rule */
  IS_STR (result_of ("Fraværende: Jens Hansen\n\nGodkendt."), "approved",
          "a leading Fraværende line is skipped");
  IS_STR (result_of ("Udvalget besluttede,\n- at planen godkendes"), "approved",
          "a first line ending in a comma runs on");
  IS_STR (result_of ("Direktionen havde følgende punkter til behandling:\n- Budget godkendt"), "other",
          "a first line ending in a colon does not");
  IS_STR (result_of ("Mødet den 27. august blev godkendt."), "approved",
          "'27.' after a digit ends no sentence");
  IS_STR (result_of ("Orienteringen blev givet. Godkendt."), "other", "later sentences do not count");
  s = mn_decision_first_sentence ("Godkendt! Resten.");
  IS_STR (s, "Godkendt!", "an exclamation mark after a letter ends it");
  g_free (s);

  /* absent */
  s = absent_of ("Godkendt.\n\nFraværende: Jens Hansen (A), Eva Holm og Ib Lund");
  IS_STR (s, "Jens Hansen|Eva Holm|Ib Lund", "Fraværende: list, party letters dropped");
  g_free (s);
  s = absent_of ("Godkendt.\nAfbud: Ronni Mark Nielsen (Stedfortræder: Jesper Fini Kuhre)");
  IS_STR (s, "Ronni Mark Nielsen", "Afbud: with a parenthesis holding a comma-free note");
  g_free (s);
  s = absent_of ("Fraværende: Ingen");
  IS_STR (s, "", "Fraværende: Ingen names nobody");
  g_free (s);
  s = absent_of ("Indstilles.\n\nFølgende deltog ikke i behandlingen af punktet:\n\nKim Krogh Fisker (Æ)");
  IS_STR (s, "Kim Krogh Fisker", "names one a line under the intro");
  g_free (s);
  s = absent_of ("Indstillingen godkendt\n\nFølgende deltog ikke i behandlingen af punktet:");
  IS_STR (s, "", "an intro with no names under it");
  g_free (s);
  s = absent_of ("Godkendt.\n\nHans Hansen deltog ikke i sagens behandling.");
  IS_STR (s, "Hans Hansen", "NAME deltog ikke i sagens behandling");
  g_free (s);
  s = absent_of ("Godkendt. Eva Holm deltog ikke i behandlingen af sagen.");
  IS_STR (s, "Eva Holm", "the absence sentence after another in one paragraph: its own sentence's names");
  g_free (s);
  s = absent_of ("Godkendt. J. Hansen deltog ikke i sagens behandling.");
  IS_STR (s, "J. Hansen", "an initial's stop ends no sentence");
  g_free (s);
  s = absent_of ("Godkendt.\n\nFraværende:\n\nJens Hansen (A)\n\nEva Holm");
  IS_STR (s, "Jens Hansen|Eva Holm", "a bare Fraværende: with the names one a line under it");
  g_free (s);
  s = absent_of ("Fraværende:\n\nGodkendt.");
  IS_STR (s, "", "an empty Fraværende: over the decision's sentence names nobody");
  g_free (s);

  /* an item's decisions, the meeting's own chosen, an empty one dropped */
  {
    g_autoptr (MnDocument) d = parse (
      "Favrskov Kommune\n\nReferat\n\nKommunalbestyrelsen\n\nMødedato: 27-05-2024\n\n"
      "1. Budget\n\nSagsnr.: 24/1234\n\nDok.nr.: 99\n\nSagsfremstilling\n\nTekst.\n\n"
      "Beslutning i Økonomiudvalget den 20-05-2024\n\nAnbefales.\n\n"
      "Beslutning i Kommunalbestyrelsen den 27-05-2024\n\nGodkendt.\n\nFraværende: Jens Hansen\n\n"
      "Referat\n\n");
    MnItem *it = d->items->len ? g_ptr_array_index (d->items, 0) : NULL;
    MnDecision *first = it && it->decisions->len ? g_ptr_array_index (it->decisions, 0) : NULL;

    TAP_OK (it != NULL, "one item");
    IS_STR (it ? it->case_number : NULL, "24/1234", "Sagsnr.: is the case number");
    IS_STR (it ? it->number_label : NULL, "1", "number_label as printed");
    IS_INT (it ? (int) it->decisions->len : -1, 2, "both decisions, in printed order");
    IS_STR (first ? first->body : NULL, "Økonomiudvalget", "the earlier body's first");
    IS_STR (first ? mn_result_to_string (first->result) : NULL, "recommended", "with its result");
    TAP_OK (it && it->decision == g_ptr_array_index (it->decisions, 1), "decision is the meeting's own");
    IS_STR (it && it->decision->absent->len ? g_ptr_array_index (it->decision->absent, 0) : NULL,
            "Jens Hansen", "and its absent name");
    TAP_OK (it && it->sections->len == 4 && ((MnSection *) g_ptr_array_index (it->sections, 0))->kind
                                           == MN_SECTION_PRESENTATION,
            "label lines are no sections; the sections keep their kinds");
    TAP_OK (it && it->sections->len == 4
            && !strcmp (((MnSection *) g_ptr_array_index (it->sections, 3))->text, "")
            && ((MnSection *) g_ptr_array_index (it->sections, 3))->kind == MN_SECTION_DECISION,
            "an empty Referat stays a section with no text, and is no decision");
  }
  return tap_done ();
}
