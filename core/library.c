/* Libraries resolved at their first use: see mn_library_resolve in
 * minutes/plugin.h. */
#include <gmodule.h>
#include <minutes/plugin.h>

gboolean
mn_library_resolve (const char *soname, const MnLibrarySymbol *symbols)
{
  GModule *module = g_module_open (soname, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);

  if (module == NULL)
    return FALSE;
  for (const MnLibrarySymbol *s = symbols; s->name; s++)
    if (!g_module_symbol (module, s->name, s->address))
      return FALSE;     /* the module stays open: it may be half used */
  return TRUE;
}
