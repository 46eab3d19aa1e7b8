/* See libs.h: libzip and libxml2 resolved at the first DOCX. */
#include <gmodule.h>
#include <minutes/plugin.h>
#include "libs.h"

#ifndef MN_LIBZIP_SONAME
#define MN_LIBZIP_SONAME "libzip.so.4"
#endif
#ifndef MN_LIBXML2_SONAME
#define MN_LIBXML2_SONAME "libxml2.so.2"
#endif

DocxLib docx_lib;

/* kept open for the life of the process, like a linked library */
static GModule *
open_library (const char *soname)
{
  return g_module_open (soname, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
}

#define DOCX_LIB_RESOLVE(name) \
  && g_module_symbol (module, #name, (gpointer *) &docx_lib.name)

gboolean
docx_lib_load (GError **error)
{
  static gsize once;
  static const char *missing;

  if (g_once_init_enter (&once))
    {
      GModule *module = open_library (MN_LIBXML2_SONAME);

      if (!(module != NULL DOCX_LIBXML2_FUNCTIONS (DOCX_LIB_RESOLVE)))
        missing = MN_LIBXML2_SONAME;
      else if (!((module = open_library (MN_LIBZIP_SONAME)) != NULL
                 DOCX_LIBZIP_FUNCTIONS (DOCX_LIB_RESOLVE)))
        missing = MN_LIBZIP_SONAME;
      g_once_init_leave (&once, 1);
    }
  if (missing)
    g_set_error (error, MN_ERROR, MN_ERROR_NOT_BUILT,
                 "docx support unavailable: cannot load %s", missing);
  return missing == NULL;
}
