/* See libs.h: libzip and libxml2 resolved at the first DOCX. */
#include <minutes/plugin.h>
#include "libs.h"

#ifndef MN_LIBZIP_SONAME
#define MN_LIBZIP_SONAME "libzip.so.4"
#endif
#ifndef MN_LIBXML2_SONAME
#define MN_LIBXML2_SONAME "libxml2.so.2"
#endif

DocxLib docx_lib;

#define DOCX_LIB_SYMBOL(name) { #name, (gpointer *) &docx_lib.name },

static const MnLibrarySymbol libxml2_symbols[] = {
  DOCX_LIBXML2_FUNCTIONS (DOCX_LIB_SYMBOL)
  { NULL, NULL }
};

static const MnLibrarySymbol libzip_symbols[] = {
  DOCX_LIBZIP_FUNCTIONS (DOCX_LIB_SYMBOL)
  { NULL, NULL }
};

gboolean
docx_lib_load (GError **error)
{
  static gsize once;
  static const char *missing;

  if (g_once_init_enter (&once))
    {
      if (!mn_library_resolve (MN_LIBXML2_SONAME, libxml2_symbols))
        missing = MN_LIBXML2_SONAME;
      else if (!mn_library_resolve (MN_LIBZIP_SONAME, libzip_symbols))
        missing = MN_LIBZIP_SONAME;
      g_once_init_leave (&once, 1);
    }
  if (missing)
    g_set_error (error, MN_ERROR, MN_ERROR_NOT_BUILT,
                 "docx support unavailable: cannot load %s", missing);
  return missing == NULL;
}
