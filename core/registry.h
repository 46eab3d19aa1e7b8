/* The plugin registry: built-ins plus GModule plugins found on the path. */
#ifndef MN_REGISTRY_H
#define MN_REGISTRY_H

#include <minutes/plugin.h>

typedef struct {
  const MnInputPlugin *input;     /* exactly one of input, output is set */
  const MnOutputPlugin *output;
  char *path;                     /* NULL for a built-in */
} MnPluginEntry;

typedef struct _MnRegistry MnRegistry;

/* The built-in descriptors (core/builtin.c). */
extern const MnInputPlugin *const mn_builtin_inputs[];
extern const MnOutputPlugin *const mn_builtin_outputs[];

/* A registry holding the built-ins.  transfer full */
MnRegistry *mn_registry_new (void);
void mn_registry_free (MnRegistry *reg);

/* Loads every plugin in the search order: plugin_dir (may be NULL; a
 * missing one is an error), then MINUTES_PLUGIN_PATH, then the compiled-in
 * directory (missing ones skipped).  Problems with single files become
 * warnings (mn_registry_warnings), the rest still load. */
gboolean mn_registry_load (MnRegistry *reg, const char *plugin_dir,
                           GError **error);

/* One line per problem seen while loading.  transfer none */
GPtrArray *mn_registry_warnings (MnRegistry *reg);
/* Every plugin, built-ins first, in load order.  transfer none */
GPtrArray *mn_registry_entries (MnRegistry *reg);

/* Lookup by name: NULL with MN_ERROR_NOT_BUILT or _UNKNOWN_FORMAT set. */
const MnInputPlugin *mn_registry_input (MnRegistry *reg, const char *name,
                                        GError **error);
const MnOutputPlugin *mn_registry_output (MnRegistry *reg, const char *name,
                                          GError **error);
/* Chooses the input plugin for a file by probing its first bytes and name.
 * The score of the winner goes to *score when not NULL. */
const MnInputPlugin *mn_registry_probe (MnRegistry *reg, const guint8 *head,
                                        gsize head_len, const char *file_name,
                                        int *score, GError **error);

#endif
