/* The pipeline: probe -> extract -> normalize -> parse -> write. */
#ifndef MN_CONVERT_H
#define MN_CONVERT_H

#include "registry.h"

typedef struct {
  const char *from;        /* input plugin name, NULL to probe */
  const char *to;          /* output plugin name */
  GHashTable *options;     /* -O key=value for the output plugin, or NULL */
  /* called for each of the document's warnings once it is written (the
   * CLI prints them on stderr), or NULL */
  void (*on_warning) (const char *file, const MnWarning *warning);
  gboolean verbose;        /* say on stderr what was read */
} MnConvertOptions;

/* Reads a file ("-" is stdin) within the input size limit.  transfer full */
GBytes *mn_read_input (const char *path, GError **error);

/* Turns input bytes into a document.  file_name names the input in
 * messages and in source.file.  transfer full */
MnDocument *mn_convert_bytes (MnRegistry *reg, GBytes *data,
                              const char *file_name, const char *from,
                              GError **error);

/* Where one conversion's time went, in microseconds (convert -v): reading
 * the input; the input plugin (with its libraries, loaded at a process's
 * first file of the format) and the input's SHA-256; the structure
 * (normalization and the agenda parse); the output plugin and the write. */
typedef struct {
  gint64 read, extract, structure, write;
} MnConvertTimes;

/* mn_convert_bytes, adding its extract and structure times to times. */
MnDocument *mn_convert_bytes_timed (MnRegistry *reg, GBytes *data,
                                    const char *file_name, const char *from,
                                    MnConvertTimes *times, GError **error);

/* Serializes doc with the output plugin to path ("-" or NULL: stdout).  A
 * file is written to a temporary file and renamed into place, so it is
 * complete or absent: see mn_write_atomically. */
gboolean mn_write_document (const MnOutputPlugin *out, const MnDocument *doc,
                            GHashTable *options, const char *path,
                            const char *tmpdir, GError **error);

/* Every temporary minutes writes beside an output starts with this, and
 * nothing else does: the only names a cleanup may remove. */
#define MN_TEMP_PREFIX ".minutes-tmp-"

/* Writes data to path through a temporary file, fsynced, then renamed.
 * The temporary is "tmpdir/PID-XXXXXX" when tmpdir is given (the batch's
 * own directory, on the same file system), else MN_TEMP_PREFIX NAME.XXXXXX
 * beside path.  Errors name path, never the temporary. */
gboolean mn_write_atomically (const char *path, const char *tmpdir,
                              const char *data, gsize len, GError **error);

/* The whole job for one input.  Errors carry the file name. */
gboolean mn_convert_file (MnRegistry *reg, const char *input,
                          const char *output, const MnConvertOptions *opts,
                          GError **error);

#endif
