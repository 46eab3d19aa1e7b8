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

const char *const docx_libraries[] = { MN_LIBXML2_SONAME, MN_LIBZIP_SONAME, NULL };

static MnLibrary libxml2 = { MN_LIBXML2_SONAME, libxml2_symbols, 0, FALSE };
static MnLibrary libzip = { MN_LIBZIP_SONAME, libzip_symbols, 0, FALSE };

gboolean
docx_lib_load (GError **error)
{
  const char *missing = !mn_library_load (&libxml2) ? MN_LIBXML2_SONAME
                        : !mn_library_load (&libzip) ? MN_LIBZIP_SONAME : NULL;

  if (missing)
    g_set_error (error, MN_ERROR, MN_ERROR_NOT_BUILT,
                 "docx support unavailable: cannot load %s", missing);
  return missing == NULL;
}
