/* registry: built-ins, lookup errors, probing, a missing plugin dir */
#include "tap.h"
#include "registry.h"

int
main (void)
{
  MnRegistry *reg = mn_registry_new ();
  g_autoptr (GError) error = NULL;
  const MnInputPlugin *in;
  int score = 0;

  TAP_OK (mn_registry_output (reg, "json", NULL) != NULL, "json output is built in");
  TAP_OK (mn_registry_input (reg, "text", NULL) != NULL, "text input is built in");
  TAP_OK (mn_registry_output (reg, "yaml", &error) == NULL
          && g_error_matches (error, MN_ERROR, MN_ERROR_UNKNOWN_FORMAT),
          "an unknown output is MN_ERROR_UNKNOWN_FORMAT");
  g_clear_error (&error);
  in = mn_registry_probe (reg, (const guint8 *) "Punkter til behandling\n", 23, "a.txt", &score, &error);
  TAP_OK (in && strcmp (in->name, "text") == 0, "text is probed from a .txt");
  in = mn_registry_probe (reg, (const guint8 *) "%PDF-1.4\n", 9, "a.bin", &score, &error);
#ifdef MN_HAVE_PDF
  TAP_OK (in && strcmp (in->name, "pdf") == 0 && score == MN_PROBE_CERTAIN, "PDF magic wins over the name");
#else
  TAP_OK (in == NULL && g_error_matches (error, MN_ERROR, MN_ERROR_UNKNOWN_FORMAT), "no pdf plugin");
#endif
  g_clear_error (&error);
  TAP_OK (!mn_registry_load (reg, "/nonexistent/minutes-plugins", &error)
          && g_error_matches (error, MN_ERROR, MN_ERROR_PLUGIN)
          && strstr (error->message, "/nonexistent/minutes-plugins"),
          "a missing --plugin-dir is an error naming it");
  g_clear_error (&error);
  g_setenv ("MINUTES_PLUGIN_PATH", "/nonexistent/a:/nonexistent/b", TRUE);
  TAP_OK (mn_registry_load (reg, NULL, &error), "missing directories on the path are skipped");
  IS_INT (mn_registry_warnings (reg)->len, 0, "and cause no warning");
  mn_registry_free (reg);
  return tap_done ();
}
