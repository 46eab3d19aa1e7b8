/* DOCX libraries resolved at run time: a library missing on the machine is
 * MN_ERROR_NOT_BUILT (exit 5) naming it, not a crash.  The loader is
 * compiled here with a soname that cannot exist. */
#include "tap.h"

#ifdef MN_HAVE_DOCX
#undef MN_LIBZIP_SONAME
#define MN_LIBZIP_SONAME "libzip-not-installed.so.0"
#include "../../plugins/docx/libs.c"

int
main (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GError) again = NULL;

  TAP_OK (!docx_lib_load (&error) && g_error_matches (error, MN_ERROR, MN_ERROR_NOT_BUILT),
          "a missing libzip is MN_ERROR_NOT_BUILT");
  TAP_OK (error && strstr (error->message, "libzip-not-installed.so.0"),
          "the message names the library: %s", error ? error->message : "(none)");
  TAP_OK (docx_lib.xmlParseChunk != NULL, "libxml2, which is there, was resolved");
  TAP_OK (!docx_lib_load (&again) && g_error_matches (again, MN_ERROR, MN_ERROR_NOT_BUILT),
          "the second call gives the same answer");
  return tap_done ();
}
#else
int
main (void)
{
  printf ("1..0 # SKIP built without DOCX support\n");
  return 0;
}
#endif
