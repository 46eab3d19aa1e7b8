/* double_spacing pass */
#include "tap.h"
#include "blocks_helpers.h"
#include "normalize/normalize.h"

int
main (void)
{
  GString *pdf = g_string_new (NULL);
  g_autofree char *d1 = NULL, *d2 = NULL;
  g_autoptr (GPtrArray) plain = NULL;
  g_autoptr (GPtrArray) spaced = NULL;

  for (int i = 0; i < 10; i++)
    g_string_append_printf (pdf, "linje %d af teksten \n\n", i);
  g_string_append (pdf, " \n\nNy sætning. \n\n Punkt med tabt punkttegn \n");
  spaced = lines (pdf->str);
  mn_pass_double_spacing (spaced);
  d1 = dump (spaced);
  TAP_OK (strstr (d1, "L:linje 0 af teksten \nL:linje 1") != NULL,
          "empty lines between printed lines are dropped");
  TAP_OK (strstr (d1, "L:linje 9 af teksten \nB\nL:Ny sætning.") != NULL,
          "a whitespace-only line is the paragraph break");
  TAP_OK (strstr (d1, "L-: Punkt med tabt punkttegn") != NULL,
          "an indented capitalised line after a sentence is a lost bullet");

  plain = lines ("Et afsnit.\n\nEt andet afsnit.\n\nTredje.\n\nFjerde.\n\nFemte.\n\n"
                 "Sjette.\n\nSyvende.\n\nOttende.\n\nNiende.\n\nTiende.");
  mn_pass_double_spacing (plain);
  d2 = dump (plain);
  TAP_OK (strstr (d2, "L:Et afsnit.\nB\nL:Et andet afsnit.") != NULL,
          "one-line paragraphs without trailing spaces keep their breaks");
  {
    /* one-line paragraphs of such an extraction: every printed line still
     * spaced and ended by a space, each paragraph's end marked by a line
     * of a space, but few lines wrap (one here): still that extraction */
    GString *t = g_string_new (NULL);
    g_autoptr (GPtrArray) b = NULL;
    g_autofree char *d = NULL;
    for (int i = 0; i < 8; i++)
      g_string_append_printf (t, "Afsnit %d. \n\n \n\n", i);
    g_string_append (t, "Punkt 2: Lokalplan for et område ved Skolegade i \n\nVejle – endelig vedtagelse \n \n\n"
                        "EMN-2022-005657 \n");
    b = lines (t->str);
    mn_pass_double_spacing (b);
    d = dump (b);
    TAP_OK (strstr (d, "L:Punkt 2: Lokalplan for et område ved Skolegade i \nL:Vejle – endelig vedtagelse \nB\n") != NULL,
            "paragraph ends marked by a space's line, few wraps: the wrapped title's lines meet");
    g_string_free (t, TRUE);
  }
  {
    /* a recommendation's "at"-clause lost its bullet after "indstiller,";
     * a list goes on past a page's number (and header: page_headers marks
     * it running, which needs more pages than this) */
    GString *t = g_string_new (NULL);
    g_autoptr (GPtrArray) b = NULL;
    g_autofree char *d = NULL;
    for (int i = 0; i < 8; i++)
      g_string_append_printf (t, "linje %d af teksten \n\n", i);
    g_string_append (t, " \n\nDirektøren indstiller, \n\n \n\n at der gives en bevilling \n\n \n\n"
                        "Afvigelserne er: \n\n Skoler: mindreforbrug \n\nSide 6 \n\n"
                        " Kultur: merforbrug \n");
    b = lines (t->str);
    mn_pass_double_spacing (b);
    d = dump (b);
    TAP_OK (strstr (d, "L-: at der gives en bevilling") != NULL, "an indented 'at' after 'indstiller,' is a lost bullet");
    TAP_OK (strstr (d, "L-: Kultur: merforbrug") != NULL, "a lost bullet after a page number goes on from the list before it");
    g_string_free (t, TRUE);
  }
  g_string_free (pdf, TRUE);
  return tap_done ();
}
