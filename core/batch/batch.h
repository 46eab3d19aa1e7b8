/* Batch mode: whole archives, unattended (minutes batch). */
#ifndef MN_BATCH_H
#define MN_BATCH_H

#include "../registry.h"

typedef struct {
  const char *outdir;
  char **formats;            /* output plugin names, NULL-terminated */
  int jobs;                  /* worker processes */
  double timeout;            /* wall-clock seconds per file */
  guint64 max_memory;        /* bytes per worker (RLIMIT_AS), 0: none */
  gboolean force;            /* redo inputs the manifest says are done */
  int shard_k, shard_n;      /* this machine takes shard k of n (1-based) */
  const char *manifest;      /* NULL: OUTDIR/manifest.jsonl */
  gboolean quiet;
  int recycle_after;         /* files per worker before it is replaced */
  GHashTable *options;       /* -O key=value, or NULL: each output plugin
                              * gets the keys it declares */
} MnBatchOptions;

/* One input file found under the INPUT arguments. */
typedef struct {
  char *path;                /* as found: for opening */
  char *rel;                 /* relative to its INPUT root: for outputs */
  guint64 size;
  const char *plugin;        /* NULL: no plugin claims it (skipped) */
} MnBatchInput;

/* Runs the batch; returns the exit status (0, MN_ERROR_BATCH_FAILURES,
 * MN_ERROR_INTERRUPTED) or sets error when the batch cannot run. */
int mn_batch_run (MnRegistry *reg, char **inputs, const MnBatchOptions *opts,
                  GError **error);

/* inputs.c: every file under the arguments, sorted, with its plugin, each
 * file once.  Files under skip_dir (the output directory) are left out.
 * rel (where its outputs go): below the INPUT when there is one, below the
 * INPUTs' common parent when there are several. */
GPtrArray *mn_batch_collect (MnRegistry *reg, char **inputs, const char *skip_dir,
                             GError **error);
void mn_batch_input_free (MnBatchInput *in);
/* The shard (1..n) a relative path falls in: stable across machines. */
int mn_batch_shard_of (const char *rel, int n);

/* manifest.c */
typedef struct {
  char *path, *sha256, *plugin, *status, *error, *options, *version;
  guint64 size;
  int exit_code, warnings;
  double seconds;
  char **outputs;
  gint64 *output_bytes;      /* beside outputs: each one's size when written,
                              * -1 for none recorded (a database, an older
                              * line); NULL: none at all */
} MnManifestEntry;

/* The last entry per path of an existing manifest (path -> entry). */
GHashTable *mn_manifest_load (const char *file);
/* Appends one line and flushes it to disk.  FALSE with error on failure. */
gboolean mn_manifest_append (int fd, const MnManifestEntry *e, GError **error);
void mn_manifest_entry_free (MnManifestEntry *e);
/* Ends a last line left without its newline (a kill, a full disk). */
gboolean mn_manifest_end_torn_line (int fd, GError **error);

/* lock.c: the lock on OUTDIR (an fd to keep open for the run, or -1 with
 * error MN_ERROR_LOCKED naming the holder's pid), and on the manifest. */
int mn_batch_lock_outdir (const char *outdir, GError **error);
gboolean mn_batch_lock_manifest (int fd, const char *manifest, GError **error);

/* worker.c: converts job inputs in a child process; never returns. */
typedef struct {
  MnRegistry *reg;
  GPtrArray *inputs;         /* of MnBatchInput* */
  const MnBatchOptions *opts;
  char *tmpdir;              /* OUTDIR/.minutes-tmp: every temporary output */
} MnBatchContext;

/* The -O options output plugin out declares (transfer container), NULL
 * when there are none. */
GHashTable *mn_batch_options_for (const MnBatchOptions *opts, const MnOutputPlugin *out);
/* Where a worker leaves a document for a database output, as its JSON, for
 * the parent to store: OUTDIR/.minutes-tmp/store-JOB-FORMAT.json */
char *mn_batch_store_path (const MnBatchContext *ctx, guint job, const char *format);
/* The output file for an input and a format: OUTDIR/rel.ext, or
 * OUTDIR/archive.EXT for a database output (one for the batch) */
char *mn_batch_output_path (const MnBatchContext *ctx, const MnBatchInput *in,
                            const char *format);
void mn_batch_worker_main (const MnBatchContext *ctx, int job_fd, int result_fd)
  G_GNUC_NORETURN;

#endif
