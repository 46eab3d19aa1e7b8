/* The pipeline: probe -> extract -> normalize -> parse -> write. */
#ifndef MN_CONVERT_H
#define MN_CONVERT_H

#include "registry.h"

typedef struct {
  const char *from;        /* input plugin name, NULL to probe */
  const char *to;          /* output plugin name */
  GHashTable *options;     /* -O key=value for the output plugin, or NULL */
} MnConvertOptions;

/* Reads a file ("-" is stdin) within the input size limit.  transfer full */
GBytes *mn_read_input (const char *path, GError **error);

/* Turns input bytes into a document.  file_name names the input in
 * messages and in source.file.  transfer full */
MnDocument *mn_convert_bytes (MnRegistry *reg, GBytes *data,
                              const char *file_name, const char *from,
                              GError **error);

/* Serializes doc with the output plugin to path ("-" or NULL: stdout).  A
 * file is written to a temporary file beside it and renamed into place, so
 * it is complete or absent. */
gboolean mn_write_document (const MnOutputPlugin *out, const MnDocument *doc,
                            GHashTable *options, const char *path,
                            GError **error);

/* The whole job for one input.  Errors carry the file name. */
gboolean mn_convert_file (MnRegistry *reg, const char *input,
                          const char *output, const MnConvertOptions *opts,
                          GError **error);

#endif
