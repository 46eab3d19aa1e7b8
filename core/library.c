/* Libraries resolved at their first use: see mn_library_load in
 * minutes/plugin.h.
 *
 * dlopen rather than g_module_open: given a soname, GModule first looks
 * for a file of that name in the working directory and with ".so" and
 * ".la" added, and its failed attempts have libc look for the translation
 * of their messages -- a dozen system calls before the library is found
 * where the dynamic linker would look anyway. */
#include <dlfcn.h>
#include <minutes/plugin.h>

static gboolean
resolve (const char *soname, const MnLibrarySymbol *symbols)
{
  void *handle = dlopen (soname, RTLD_LAZY | RTLD_LOCAL);

  if (handle == NULL)
    return FALSE;
  for (const MnLibrarySymbol *s = symbols; s->name; s++)
    if ((*s->address = dlsym (handle, s->name)) == NULL)
      return FALSE;     /* the library stays open: it may be half used */
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
