/* Cross-probing: every input plugin's probe on every other format's
 * fixtures and on random bytes stays below MN_PROBE_LIKELY, and claims its
 * own format's fixtures at LIKELY or above. */
#include "tap.h"
#include "registry.h"

static const char *const fixtures[][2] = {
  { "fixtures/dev/m01.txt", "text" }, { "fixtures/dev/m05.txt", "text" },
  { "fixtures/seeds/000_394bd3df60c257ca.txt", "text" },
  { "fixtures/dev/m01.pdf", "pdf" }, { "fixtures/dev/m07.pdf", "pdf" },
  { "fixtures/dev/m01.docx", "docx" }, { "fixtures/dev/m07.docx", "docx" },
};

int
main (void)
{
  GRand *rand = g_rand_new_with_seed (42);

  for (guint p = 0; mn_builtin_inputs[p]; p++)
    {
      const MnInputPlugin *in = mn_builtin_inputs[p];

      for (gsize f = 0; f < G_N_ELEMENTS (fixtures); f++)
        {
          g_autofree char *data = NULL;
          gsize len = 0;
          int score;

          if (!g_file_get_contents (fixtures[f][0], &data, &len, NULL))
            {
              TAP_OK (FALSE, "read %s", fixtures[f][0]);
              continue;
            }
          score = in->probe ((const guint8 *) data, MIN (len, MN_PROBE_HEAD_SIZE), fixtures[f][0]);
          if (strcmp (fixtures[f][1], in->name) == 0)
            TAP_OK (score >= MN_PROBE_LIKELY || (strcmp (in->name, "text") == 0 && score >= MN_PROBE_EXTENSION),
                    "%s claims its own %s (score %d)", in->name, fixtures[f][0], score);
          else
            TAP_OK (score < MN_PROBE_LIKELY, "%s stays below LIKELY on %s (score %d)",
                    in->name, fixtures[f][0], score);
        }
      for (int r = 0; r < 50; r++)
        {
          guint8 buf[512];
          static const char *const names[] = { "x.pdf", "x.docx", "x.txt", "x", NULL };
          for (gsize i = 0; i < sizeof buf; i++)
            buf[i] = (guint8) g_rand_int_range (rand, 0, 256);
          for (guint k = 0; k < 5; k++)
            {
              int score = in->probe (buf, sizeof buf, names[k]);
              if (score >= MN_PROBE_LIKELY)
                TAP_OK (FALSE, "%s on random bytes named %s scored %d", in->name,
                        names[k] ? names[k] : "(none)", score);
            }
        }
      TAP_OK (TRUE, "%s stays below LIKELY on 250 random inputs", in->name);
    }
  {
    /* "%PDF-" after junk: found where it starts at byte 1,023 at most */
    const MnInputPlugin *pdf = NULL;
    guint8 buf[1100];
    static const gsize offsets[] = { 0, 1, 1019, 1023, 1024, 1090 };
    static const int want[] = { MN_PROBE_CERTAIN, MN_PROBE_LIKELY, MN_PROBE_LIKELY,
                                MN_PROBE_LIKELY, MN_PROBE_NONE, MN_PROBE_NONE };

    for (guint p = 0; mn_builtin_inputs[p]; p++)
      if (strcmp (mn_builtin_inputs[p]->name, "pdf") == 0)
        pdf = mn_builtin_inputs[p];
    for (gsize k = 0; pdf && k < G_N_ELEMENTS (offsets); k++)
      {
        memset (buf, ' ', sizeof buf);
        memcpy (buf + offsets[k], "%PDF-1.7", 8);
        TAP_OK (pdf->probe (buf, sizeof buf, NULL) == want[k],
                "pdf probe: %%PDF- at byte %zu scores %d", offsets[k], want[k]);
        /* a head cut short inside the marker finds none */
        TAP_OK (pdf->probe (buf, offsets[k] + 4, NULL) == MN_PROBE_NONE,
                "pdf probe: a head ending inside %%PDF- at byte %zu finds none", offsets[k]);
      }
  }
  g_rand_free (rand);
  return tap_done ();
}
