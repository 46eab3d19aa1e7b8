/* How plugins are loaded
 *
 * The registry starts with the built-in descriptors (core/builtin.c), then
 * walks the search path like GStreamer: the --plugin-dir directory, then
 * each directory of MINUTES_PLUGIN_PATH (':'-separated), then the compiled-in
 * MN_PLUGIN_DIR.  Every "*.so" there is opened with GModule and must export
 * one symbol named after the file: libfoo.so or foo.so exports
 * `mn_plugin_foo` (an MnPluginModule, see plugin.h).
 *
 * A file is refused, with one warning line naming it, when the symbol is
 * missing, when its abi_version differs from ours, or when a descriptor is
 * smaller than the fields we read.  Names are unique: the first plugin
 * with a name wins (built-ins come first) and later ones are refused with a
 * warning.  Nothing here prints; main.c prints the warnings.
 *
 * How probing works: every input plugin scores the first bytes and the file
 * name from 0 to 100 (MN_PROBE_*); the highest score wins and ties go to
 * the earlier plugin.  A score of 0 everywhere means "unknown format",
 * unless the extension belongs to a format this build left out, which is
 * its own error ("pdf support not built in").
 */
#include <string.h>
#include "registry.h"

#ifndef MN_PLUGIN_DIR
#define MN_PLUGIN_DIR "/usr/local/lib/minutes/plugins"
#endif

struct _MnRegistry {
  GPtrArray *entries;   /* of MnPluginEntry* */
  GPtrArray *modules;   /* of GModule*, kept open while the registry lives */
  GPtrArray *warnings;  /* of char* */
};

/* Formats this project knows of, so that a build without one can say so,
 * and a format asked for in the wrong direction (-t pdf) is told apart
 * from a typo.  (json and html are read too, by the plugins of issue 15
 * where they are built; as outputs they are always built in.) */
static const struct {
  const char *name;
  gboolean input;
  const char *extensions[3];
} known_formats[] = {
  { "pdf", TRUE, { "pdf", NULL } },
  { "docx", TRUE, { "docx", NULL } },
  { "text", TRUE, { "txt", "text", NULL } },
  { "json", FALSE, { NULL } },
  { "csv", FALSE, { NULL } },
  { "html", FALSE, { NULL } },
  { "sqlite", FALSE, { NULL } },
};

static void
entry_free (MnPluginEntry *e)
{
  g_free (e->path);
  g_free (e);
}

static void
module_close (GModule *module)
{
  g_module_close (module);
}

static const char *
entry_name (const MnPluginEntry *e)
{
  return e->input ? e->input->name : e->output->name;
}

static MnPluginEntry *
find (MnRegistry *reg, const char *name, gboolean input)
{
  for (guint i = 0; i < reg->entries->len; i++)
    {
      MnPluginEntry *e = g_ptr_array_index (reg->entries, i);
      /* "-t JSON" is json: names are ASCII, compared without case */
      if ((input ? e->input != NULL : e->output != NULL)
          && g_ascii_strcasecmp (entry_name (e), name) == 0)
        return e;
    }
  return NULL;
}

static void
add_entry (MnRegistry *reg, const MnInputPlugin *in, const MnOutputPlugin *out,
           const char *path)
{
  MnPluginEntry *e = g_new0 (MnPluginEntry, 1);
  e->input = in;
  e->output = out;
  e->path = g_strdup (path);
  g_ptr_array_add (reg->entries, e);
}

MnRegistry *
mn_registry_new (void)
{
  MnRegistry *reg = g_new0 (MnRegistry, 1);

  reg->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  reg->modules = g_ptr_array_new_with_free_func ((GDestroyNotify) module_close);
  reg->warnings = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; mn_builtin_inputs[i]; i++)
    add_entry (reg, mn_builtin_inputs[i], NULL, NULL);
  for (guint i = 0; mn_builtin_outputs[i]; i++)
    add_entry (reg, NULL, mn_builtin_outputs[i], NULL);
  return reg;
}

void
mn_registry_free (MnRegistry *reg)
{
  if (reg == NULL)
    return;
  /* entries point into the modules: drop them first */
  g_ptr_array_unref (reg->entries);
  g_ptr_array_unref (reg->modules);
  g_ptr_array_unref (reg->warnings);
  g_free (reg);
}

GPtrArray *
mn_registry_warnings (MnRegistry *reg)
{
  return reg->warnings;
}

GPtrArray *
mn_registry_entries (MnRegistry *reg)
{
  return reg->entries;
}

/* "libmarkdown.so" -> "mn_plugin_markdown" */
static char *
symbol_for_file (const char *base)
{
  g_autofree char *stem = g_strdup (base);
  char *dot = strrchr (stem, '.');

  if (dot)
    *dot = '\0';
  const char *s = g_str_has_prefix (stem, "lib") ? stem + 3 : stem;
  char *sym = g_strconcat ("mn_plugin_", s, NULL);
  for (char *p = sym; *p; p++)
    if (!g_ascii_isalnum (*p))
      *p = '_';
  return sym;
}

static void
warn (MnRegistry *reg, const char *format, ...) G_GNUC_PRINTF (2, 3);

static void
warn (MnRegistry *reg, const char *format, ...)
{
  va_list ap;

  va_start (ap, format);
  g_ptr_array_add (reg->warnings, g_strdup_vprintf (format, ap));
  va_end (ap);
}

static gboolean
descriptor_ok (MnRegistry *reg, const char *path, guint32 abi, guint32 size,
               gsize needed)
{
  if (abi != MN_PLUGIN_ABI_VERSION)
    {
      warn (reg, "%s: plugin ABI version %u, expected %u", path, abi,
            MN_PLUGIN_ABI_VERSION);
      return FALSE;
    }
  if (size < needed)
    {
      warn (reg, "%s: plugin descriptor is %u bytes, expected at least %zu",
            path, size, needed);
      return FALSE;
    }
  return TRUE;
}

static void
load_file (MnRegistry *reg, const char *path)
{
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *symbol = symbol_for_file (base);
  GModule *module;
  gpointer sym = NULL;
  const MnPluginModule *pm;
  const char *name;

  module = g_module_open (path, G_MODULE_BIND_LOCAL);
  if (module == NULL)
    {
      warn (reg, "%s: cannot load plugin: %s", path, g_module_error ());
      return;
    }
  if (!g_module_symbol (module, symbol, &sym) || sym == NULL)
    {
      warn (reg, "%s: expected symbol %s in %s", path, symbol, base);
      g_module_close (module);
      return;
    }
  pm = sym;
  if (!descriptor_ok (reg, path, pm->abi_version, pm->struct_size,
                      sizeof (MnPluginModule)))
    goto refuse;
  if ((pm->input == NULL) == (pm->output == NULL))
    {
      warn (reg, "%s: plugin must set exactly one of input and output", path);
      goto refuse;
    }
  /* a descriptor of ABI 1 without the appended libraries or store field
   * is complete */
  if (pm->input && !descriptor_ok (reg, path, pm->input->abi_version,
                                   pm->input->struct_size,
                                   G_STRUCT_OFFSET (MnInputPlugin, libraries)))
    goto refuse;
  if (pm->output && !descriptor_ok (reg, path, pm->output->abi_version,
                                    pm->output->struct_size,
                                    G_STRUCT_OFFSET (MnOutputPlugin, store)))
    goto refuse;
  name = pm->input ? pm->input->name : pm->output->name;
  if (name == NULL || find (reg, name, pm->input != NULL))
    {
      warn (reg, "%s: a plugin named '%s' is already loaded; keeping the first",
            path, name ? name : "(null)");
      goto refuse;
    }
  g_ptr_array_add (reg->modules, module);
  add_entry (reg, pm->input, pm->output, path);
  return;

refuse:
  g_module_close (module);
}

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static gboolean
load_dir (MnRegistry *reg, const char *dir, gboolean must_exist, GError **error)
{
  g_autoptr (GDir) d = NULL;
  g_autoptr (GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GError) local = NULL;
  const char *name;

  /* an optional directory that is not there (the installed one, in a
   * build tree) is asked about by a stat: g_dir_open writes its error
   * message even for no GError, and GLib and libc look for their
   * translations of it, ten files not found at every start */
  if (!must_exist && !g_file_test (dir, G_FILE_TEST_IS_DIR))
    return TRUE;
  d = g_dir_open (dir, 0, &local);
  if (d == NULL)
    {
      if (!must_exist)
        return TRUE;
      g_set_error (error, MN_ERROR, MN_ERROR_PLUGIN,
                   "%s: plugin directory cannot be read: %s", dir,
                   local->message);
      return FALSE;
    }
  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_suffix (name, "." G_MODULE_SUFFIX))
      g_ptr_array_add (files, g_build_filename (dir, name, NULL));
  /* a directory listing has no order: sort so "first wins" is stable */
  g_ptr_array_sort (files, compare_strings);
  for (guint i = 0; i < files->len; i++)
    load_file (reg, g_ptr_array_index (files, i));
  return TRUE;
}

gboolean
mn_registry_load (MnRegistry *reg, const char *plugin_dir, GError **error)
{
  const char *env = g_getenv ("MINUTES_PLUGIN_PATH");

  if (!g_module_supported ())
    return TRUE;
  if (plugin_dir && !load_dir (reg, plugin_dir, TRUE, error))
    return FALSE;
  if (env && *env)
    {
      g_auto (GStrv) dirs = g_strsplit (env, G_SEARCHPATH_SEPARATOR_S, -1);
      for (guint i = 0; dirs[i]; i++)
        if (*dirs[i])
          load_dir (reg, dirs[i], FALSE, NULL);
    }
  return load_dir (reg, MN_PLUGIN_DIR, FALSE, NULL);
}

static gboolean
known_format (const char *name, gboolean input)
{
  for (gsize i = 0; i < G_N_ELEMENTS (known_formats); i++)
    if (g_ascii_strcasecmp (known_formats[i].name, name) == 0 && known_formats[i].input == input)
      return TRUE;
  return FALSE;
}

/* "json, csv, html": the names of this build's plugins of one direction. */
static char *
names_of (MnRegistry *reg, gboolean input)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < reg->entries->len; i++)
    {
      MnPluginEntry *e = g_ptr_array_index (reg->entries, i);
      if (input ? e->input != NULL : e->output != NULL)
        g_string_append_printf (s, "%s%s", s->len ? ", " : "", entry_name (e));
    }
  return g_string_free (s, FALSE);
}

/* The error for a name no plugin of that direction has. */
static void
not_found (MnRegistry *reg, const char *name, gboolean input, GError **error)
{
  g_autofree char *names = names_of (reg, input);

  if (known_format (name, input))
    g_set_error (error, MN_ERROR, MN_ERROR_NOT_BUILT, "%s support not built in", name);
  else if (find (reg, name, !input) || known_format (name, !input))
    g_set_error (error, MN_ERROR, MN_ERROR_UNKNOWN_FORMAT,
                 "%s is an %s format, not an %s one (%s formats: %s)", name,
                 input ? "output" : "input", input ? "input" : "output",
                 input ? "input" : "output", names);
  else
    g_set_error (error, MN_ERROR, MN_ERROR_UNKNOWN_FORMAT,
                 "unknown %s format '%s' (%s formats: %s)", input ? "input" : "output", name,
                 input ? "input" : "output", names);
}

const MnInputPlugin *
mn_registry_input (MnRegistry *reg, const char *name, GError **error)
{
  MnPluginEntry *e = find (reg, name, TRUE);

  if (e)
    return e->input;
  not_found (reg, name, TRUE, error);
  return NULL;
}

const MnOutputPlugin *
mn_registry_output (MnRegistry *reg, const char *name, GError **error)
{
  MnPluginEntry *e = find (reg, name, FALSE);

  if (e)
    return e->output;
  not_found (reg, name, FALSE, error);
  return NULL;
}

const MnInputPlugin *
mn_registry_probe (MnRegistry *reg, const guint8 *head, gsize head_len,
                   const char *file_name, int *score, GError **error)
{
  const MnInputPlugin *best = NULL;
  int best_score = 0;
  const char *ext;

  for (guint i = 0; i < reg->entries->len; i++)
    {
      MnPluginEntry *e = g_ptr_array_index (reg->entries, i);
      int s;

      if (e->input == NULL || e->input->probe == NULL)
        continue;
      s = CLAMP (e->input->probe (head, head_len, file_name), 0, 100);
      if (s > best_score)
        {
          best = e->input;
          best_score = s;
        }
    }
  if (score)
    *score = best_score;
  if (best)
    return best;

  ext = file_name ? strrchr (file_name, '.') : NULL;
  if (ext)
    for (gsize i = 0; i < G_N_ELEMENTS (known_formats); i++)
      for (guint j = 0; known_formats[i].extensions[j]; j++)
        if (g_ascii_strcasecmp (ext + 1, known_formats[i].extensions[j]) == 0
            && find (reg, known_formats[i].name, TRUE) == NULL)
          {
            g_set_error (error, MN_ERROR, MN_ERROR_NOT_BUILT,
                         "%s support not built in", known_formats[i].name);
            return NULL;
          }
  /* formats users have that no plugin reads, said by name */
  if (head_len >= 8 && memcmp (head, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0)
    g_set_error (error, MN_ERROR, MN_ERROR_UNKNOWN_FORMAT,
                 "a Word 97 .doc (or another OLE file) is not supported; save it as .docx");
  else if (head_len >= 5 && memcmp (head, "{\\rtf", 5) == 0)
    g_set_error (error, MN_ERROR, MN_ERROR_UNKNOWN_FORMAT,
                 "RTF is not supported; save it as .docx");
  else
    g_set_error (error, MN_ERROR, MN_ERROR_UNKNOWN_FORMAT,
                 "unknown input format (no plugin recognizes it)");
  return NULL;
}
