/* Libraries resolved at their first use: see mn_library_load in
 * minutes/plugin.h. */
#include <gmodule.h>
#include <minutes/plugin.h>

static gboolean
resolve (const char *soname, const MnLibrarySymbol *symbols)
{
  GModule *module = g_module_open (soname, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);

  if (module == NULL)
    return FALSE;
  for (const MnLibrarySymbol *s = symbols; s->name; s++)
    if (!g_module_symbol (module, s->name, s->address))
      return FALSE;     /* the module stays open: it may be half used */
  return TRUE;
}

gboolean
mn_library_load (MnLibrary *lib)
{
  if (g_once_init_enter (&lib->once))
    {
      lib->loaded = resolve (lib->soname, lib->symbols);
      g_once_init_leave (&lib->once, 1);
    }
  return lib->loaded;
}
