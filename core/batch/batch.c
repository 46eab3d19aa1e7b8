/* How a batch runs
 *
 * 1. Collect every file under the INPUT arguments (inputs.c), keep this
 *    machine's shard, and read the manifest of earlier runs: an input whose
 *    content hash, options and minutes version match an ok line, and whose
 *    outputs exist, is up to date and skipped (unless --force).
 * 2. A pool of N worker processes (worker.c) converts the rest, one file
 *    each at a time.  The parent only dispatches, watches and writes down:
 *    a worker over its wall-clock timeout is killed (status timeout); one
 *    that dies by a signal is a crash, or oom when it ran out of its memory
 *    limit; either way its temporary files are removed and a new worker
 *    takes its place.  Workers are replaced after recycle_after files, so
 *    a slow leak cannot grow without end.
 * 3. Each finished input appends one manifest line at once (manifest.c).
 *    Outputs are only ever renamed into place by the workers.
 * 4. SIGINT/SIGTERM stop the dispatching, kill the workers in flight,
 *    remove their temporary files and leave their inputs for the rerun.
 */
#include <dlfcn.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <sys/stat.h>
#include <glib/gstdio.h>
#include <gmodule.h>
#include "batch.h"
#include "../digest.h"
#include "../printable.h"

static int
compare_size_descending (gconstpointer a, gconstpointer b, gpointer inputs)
{
  const MnBatchInput *x = g_ptr_array_index ((GPtrArray *) inputs, *(const guint *) a);
  const MnBatchInput *y = g_ptr_array_index ((GPtrArray *) inputs, *(const guint *) b);

  if (x->size != y->size)
    return x->size > y->size ? -1 : 1;
  /* equal sizes keep path order */
  return (*(const guint *) a > *(const guint *) b) - (*(const guint *) a < *(const guint *) b);
}

#ifndef MN_VERSION
#define MN_VERSION "0.0.0"
#endif

typedef struct {
  pid_t pid;
  int job_fd, result_fd;
  FILE *err;                /* the worker's stderr, read after a crash */
  int job;                  /* in flight, or -1 */
  int sent;                 /* jobs sent; at recycle_after it is retired */
  gint64 started;
  GString *buf;
} Worker;

typedef struct {
  MnBatchContext ctx;
  GArray *pending;          /* of guint: inputs still to do */
  guint next;
  int manifest_fd;
  int lock_fd;              /* OUTDIR/.minutes-lock, held for the run */
  char *options_key;
  GError *manifest_error;   /* the first failed manifest write */
  char **failed_inputs;     /* per input: how it failed, or NULL */
  guint lost;               /* manifest lines not written */
  GHashTable *counts;       /* status -> count */
  GArray *durations;        /* of Duration */
  guint done, total, failures;
  gint64 started;
  gboolean tty;
} Run;

typedef struct {
  guint input;
  double seconds;
} Duration;

static volatile sig_atomic_t stop_requested;

static void
on_signal (int sig)
{
  stop_requested = sig;
}

static void
count (Run *run, const char *status)
{
  g_hash_table_replace (run->counts, (gpointer) status,
                        GINT_TO_POINTER (GPOINTER_TO_INT (g_hash_table_lookup (run->counts, status)) + 1));
}

static char **
outputs_of (Run *run, const MnBatchInput *in)
{
  const char *const *formats = (const char *const *) run->ctx.opts->formats;
  guint n = g_strv_length ((char **) formats);
  char **out = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    out[i] = mn_batch_output_path (&run->ctx, in, formats[i]);
  return out;
}

/* Each output's size as it is now, -1 for a database (updated in place by
 * its own transactions, growing with every paper) or one not there. */
static gint64 *
output_sizes (Run *run, char **outputs)
{
  gint64 *sizes = g_new (gint64, g_strv_length (outputs) + 1);

  for (guint i = 0; outputs[i]; i++)
    {
      const MnOutputPlugin *out = mn_registry_output (run->ctx.reg, run->ctx.opts->formats[i], NULL);
      GStatBuf st;
      sizes[i] = (out && MN_OUTPUT_STORE (out)) || g_stat (outputs[i], &st) != 0 || !S_ISREG (st.st_mode)
                 ? -1 : (gint64) st.st_size;
    }
  return sizes;
}

static char *
file_sha256 (const char *path)
{
  g_autoptr (GMappedFile) map = g_mapped_file_new (path, FALSE, NULL);

  if (map == NULL)
    return NULL;
  return mn_sha256_hex (g_mapped_file_get_contents (map), g_mapped_file_get_length (map));
}

/* sha256: from the worker when it hashed the input, else NULL: hashed here */
static void
record (Run *run, guint index, const char *status, int exit_code, const char *error,
        int warnings, double seconds, gboolean with_outputs, const char *sha256)
{
  MnBatchInput *in = g_ptr_array_index (run->ctx.inputs, index);
  MnManifestEntry e = { 0 };
  g_autoptr (GError) local = NULL;
  g_auto (GStrv) outputs = with_outputs ? outputs_of (run, in) : g_new0 (char *, 1);
  /* a skipped file may be anything, a video among papers: no hashing */
  g_autofree char *sha = sha256 && *sha256 ? g_strdup (sha256)
                         : strcmp (status, "skipped") != 0 ? file_sha256 (in->path) : NULL;

  e.path = in->path;
  e.size = in->size;
  e.sha256 = sha;
  e.plugin = (char *) in->plugin;
  e.status = (char *) status;
  e.error = (char *) error;
  e.exit_code = exit_code;
  e.seconds = seconds;
  e.warnings = warnings;
  e.outputs = outputs;
  /* what a rerun checks the outputs against: an output the disk lost in a
   * crash (a new file's data is not synced, only the manifest) is found
   * empty or short, and converted again */
  e.output_bytes = with_outputs ? output_sizes (run, outputs) : NULL;
  e.options = run->options_key;
  e.version = (char *) MN_VERSION;
  if (!mn_manifest_append (run->manifest_fd, &e, &local))
    {
      /* what the manifest does not hold is done again by the rerun: a
       * write failure ends the batch, with exit 13 (mn_batch_run) */
      if (run->manifest_error == NULL)
        run->manifest_error = g_steal_pointer (&local);
      run->lost++;
    }
  g_free (e.output_bytes);
  count (run, status);
  if (strcmp (status, "ok") != 0 && strcmp (status, "warnings") != 0
      && strcmp (status, "empty") != 0 && strcmp (status, "skipped") != 0)
    {
      run->failures++;
      if (run->failed_inputs && run->failed_inputs[index] == NULL)
        run->failed_inputs[index] = g_strdup_printf ("%s%s%s", status, error ? ": " : "",
                                                     error ? error : "");
    }
  if (strcmp (status, "skipped") != 0)
    {
      Duration d = { index, seconds };
      g_array_append_val (run->durations, d);
    }
  run->done++;
}

/* Removes what a killed worker was writing: its temporaries in the
 * batch's own directory are named "PID-XXXXXX" (mn_write_atomically). */
static void
remove_temporaries (Run *run, pid_t pid)
{
  g_autoptr (GDir) d = g_dir_open (run->ctx.tmpdir, 0, NULL);
  g_autofree char *prefix = g_strdup_printf ("%d-", (int) pid);
  const char *name;

  while (d && (name = g_dir_read_name (d)))
    if (g_str_has_prefix (name, prefix))
      {
        g_autofree char *p = g_build_filename (run->ctx.tmpdir, name, NULL);
        g_unlink (p);
      }
}

/* The sweep rule: a run killed outright (SIGKILL, power loss) may leave
 * temporaries, and they can only be in OUTDIR/.minutes-tmp, a directory
 * only minutes creates.  Nothing else in OUTDIR is ever removed.  The
 * caller holds the lock, so no other batch is writing there. */
static void
sweep_temporaries (const char *tmpdir)
{
  g_autoptr (GDir) d = g_dir_open (tmpdir, 0, NULL);
  const char *name;

  while (d && (name = g_dir_read_name (d)))
    {
      g_autofree char *p = g_build_filename (tmpdir, name, NULL);
      if (g_file_test (p, G_FILE_TEST_IS_REGULAR) && !g_file_test (p, G_FILE_TEST_IS_SYMLINK))
        g_unlink (p);
    }
}

static gboolean
spawn (Run *run, Worker *workers, int k, GError **error)
{
  Worker *w = &workers[k];
  int jobs[2], results[2];

  if (pipe (jobs) != 0 || pipe (results) != 0)
    {
      g_set_error (error, MN_ERROR, MN_ERROR_WRITE, "cannot create a pipe: %s", g_strerror (errno));
      return FALSE;
    }
  w->err = tmpfile ();
  fflush (NULL);
  w->pid = fork ();
  if (w->pid < 0)
    {
      g_set_error (error, MN_ERROR, MN_ERROR_WRITE, "cannot start a worker: %s", g_strerror (errno));
      return FALSE;
    }
  if (w->pid == 0)
    {
      signal (SIGINT, SIG_IGN);       /* the parent decides when to stop */
      signal (SIGTERM, SIG_DFL);
      /* the other workers' pipe ends are not ours: holding a job pipe's
       * write end would keep that worker from ever seeing its end */
      for (int i = 0; i < run->ctx.opts->jobs; i++)
        if (i != k && workers[i].pid > 0)
          {
            close (workers[i].job_fd);
            close (workers[i].result_fd);
          }
      close (run->manifest_fd);
      close (run->lock_fd);
      close (jobs[1]);
      close (results[0]);
      if (w->err)
        dup2 (fileno (w->err), STDERR_FILENO);
      mn_batch_worker_main (&run->ctx, jobs[0], results[1]);
    }
  close (jobs[0]);
  close (results[1]);
  w->job_fd = jobs[1];
  w->result_fd = results[0];
  w->job = -1;
  w->sent = 0;
  w->buf = g_string_new (NULL);
  return TRUE;
}

/* Reaps a worker; returns how it ended for its job in flight. */
static const char *
reap (Worker *w, gboolean killed_for_time)
{
  int status = 0;
  const char *how = "crashed";
  char text[4096] = "";

  /* an idle worker waits for a job: closing its pipe tells it to exit */
  if (w->job_fd >= 0)
    close (w->job_fd);
  while (waitpid (w->pid, &status, 0) < 0 && errno == EINTR)
    ;
  if (w->err)
    {
      size_t n;
      fflush (w->err);
      rewind (w->err);
      n = fread (text, 1, sizeof text - 1, w->err);
      text[n] = '\0';
      fclose (w->err);
      w->err = NULL;
    }
  close (w->result_fd);
  g_string_free (w->buf, TRUE);
  w->pid = 0;
  if (killed_for_time)
    return "timeout";
  /* the worker's own verdict (worker.c, on_fatal_signal) */
  if (WIFEXITED (status) && WEXITSTATUS (status) == MN_ERROR_OUT_OF_MEMORY)
    return "oom";
  /* an allocation refused under RLIMIT_AS aborts with one of these */
  if (strstr (text, "failed to allocate") || strstr (text, "bad_alloc")
      || strstr (text, "out of memory") || strstr (text, "Cannot allocate memory")
      || (WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL))
    how = "oom";
  else if (WIFSIGNALED (status) && WTERMSIG (status) == SIGXCPU)
    how = "timeout";
  return how;
}

/* The manifest's exit_code for a worker that did not answer: the code a
 * convert of that file would have ended with. */
static int
exit_code_of (const char *how)
{
  if (strcmp (how, "timeout") == 0)
    return MN_ERROR_TIMEOUT;
  if (strcmp (how, "oom") == 0)
    return MN_ERROR_OUT_OF_MEMORY;
  return MN_ERROR_CRASHED;
}

static double
seconds_since (gint64 t)
{
  return (g_get_monotonic_time () - t) / 1e6;
}

static void
progress (Run *run)
{
  double elapsed = seconds_since (run->started);
  double rate = elapsed > 0 ? run->done / elapsed : 0;
  double eta = rate > 0 ? (run->total - run->done) / rate : 0;

  if (!run->tty || run->ctx.opts->quiet)
    return;
  fprintf (stderr, "\r\033[K%u/%u files  %.1f files/s  %u failed  ETA %.0f s",
           run->done, run->total, rate, run->failures, eta);
  fflush (stderr);
}

/* The database outputs of a finished job: the worker left the document as
 * JSON in the batch's temporary directory; the parent, the only writer,
 * stores it (one transaction per paper) and removes the handover.  FALSE
 * with the reason when a database refused it. */
static gboolean
store_documents (Run *run, guint job, char **why)
{
  MnBatchInput *in = g_ptr_array_index (run->ctx.inputs, job);
  gboolean ok = TRUE;

  for (guint f = 0; run->ctx.opts->formats[f]; f++)
    {
      const MnOutputPlugin *out = mn_registry_output (run->ctx.reg, run->ctx.opts->formats[f], NULL);
      g_autofree char *handover = NULL, *json = NULL, *db = NULL;
      g_autoptr (GHashTable) own = NULL;
      g_autoptr (GError) error = NULL;

      if (out == NULL || !MN_OUTPUT_STORE (out))
        continue;
      handover = mn_batch_store_path (&run->ctx, job, run->ctx.opts->formats[f]);
      db = mn_batch_output_path (&run->ctx, in, run->ctx.opts->formats[f]);
      own = mn_batch_options_for (run->ctx.opts, out);
      if (ok && (!g_file_get_contents (handover, &json, NULL, &error)
                 || !MN_OUTPUT_STORE (out) (json, in->path, own, db, &error)))
        {
          ok = FALSE;
          *why = g_strdup_printf ("%s: %s", in->path, error->message);
        }
      g_unlink (handover);
    }
  return ok;
}

/* Removes what a job left for the parent to store when it did not finish. */
static void
remove_handovers (Run *run, guint job)
{
  for (guint f = 0; run->ctx.opts->formats[f]; f++)
    {
      g_autofree char *handover = mn_batch_store_path (&run->ctx, job, run->ctx.opts->formats[f]);
      g_unlink (handover);
    }
}

/* One result line from a worker (worker.c):
 * "exit TAB warnings TAB understood TAB sha256 TAB error". */
static void
finish_job (Run *run, guint job, double seconds, const char *line)
{
  g_auto (GStrv) f = g_strsplit (line, "\t", 5);
  guint n = g_strv_length (f);
  int code = n > 0 ? atoi (f[0]) : 1;
  int warnings = n > 1 ? atoi (f[1]) : 0;
  gboolean understood = n > 2 ? atoi (f[2]) != 0 : TRUE;
  const char *sha = n > 3 ? f[3] : NULL;
  const char *msg = n > 4 && *f[4] ? f[4] : NULL;
  /* a worker that ran out of memory or time and said so */
  const char *status = code == MN_ERROR_OUT_OF_MEMORY ? "oom" : code == MN_ERROR_TIMEOUT ? "timeout"
                       : code != 0 ? "failed" : !understood ? "empty" : warnings ? "warnings" : "ok";

  g_autofree char *stored_error = NULL;

  if (code == 0 && !store_documents (run, job, &stored_error))
    {
      /* the paper converted but the database refused it: a failure */
      status = "failed";
      code = MN_ERROR_WRITE;
      msg = stored_error;
    }
  record (run, job, status, code, msg, warnings, seconds, code == 0, sha);
}

/* Hands worker k its next input, starting the worker if needed.  FALSE
 * when there is nothing left to hand out or no worker could be started
 * (error set); TRUE otherwise, also when the worker is busy or retired. */
static gboolean
give_work (Run *run, Worker *workers, int k, GError **error)
{
  const MnBatchOptions *opts = run->ctx.opts;
  Worker *w = &workers[k];
  guint32 job;

  if (w->pid > 0 && (w->job >= 0 || w->sent >= opts->recycle_after))
    return TRUE;              /* busy, or retired and about to exit */
  if (run->next >= run->pending->len)
    return FALSE;
  if (w->pid == 0 && !spawn (run, workers, k, error))
    return FALSE;
  job = g_array_index (run->pending, guint, run->next++);
  if (write (w->job_fd, &job, sizeof job) != sizeof job)
    {
      /* the worker is gone (recycled): it will be reaped */
      run->next--;
      return TRUE;
    }
  w->job = (int) job;
  w->started = g_get_monotonic_time ();
  /* recycling is the parent's call: after its last job the worker finds
   * its pipe closed and exits, and a fresh one takes over */
  if (++w->sent >= opts->recycle_after)
    {
      close (w->job_fd);
      w->job_fd = -1;
    }
  return TRUE;
}

static int
compare_durations (gconstpointer a, gconstpointer b)
{
  const Duration *x = a, *y = b;
  return x->seconds < y->seconds ? 1 : x->seconds > y->seconds ? -1 : 0;
}

static void
summary (Run *run, guint up_to_date)
{
  static const char *const statuses[] = { "ok", "warnings", "empty", "failed", "timeout", "crashed",
                                          "oom", "skipped", NULL };
  struct rusage self, children;
  GString *s = g_string_new (NULL);

  if (run->ctx.opts->quiet)
    {
      g_string_free (s, TRUE);
      return;
    }
  if (run->tty)
    fputs ("\r\033[K", stderr);
  getrusage (RUSAGE_SELF, &self);
  getrusage (RUSAGE_CHILDREN, &children);
  g_string_append_printf (s, "minutes: batch: %u files in %.1f s:", run->done, seconds_since (run->started));
  for (guint i = 0; statuses[i]; i++)
    {
      int c = GPOINTER_TO_INT (g_hash_table_lookup (run->counts, statuses[i]));
      if (c)
        g_string_append_printf (s, " %d %s,", c, statuses[i]);
    }
  g_string_append_printf (s, " %u up to date; peak RSS parent %ld MB, largest worker %ld MB\n",
                          up_to_date, self.ru_maxrss / 1024, children.ru_maxrss / 1024);
  for (guint i = 0, shown = 0; i < run->ctx.inputs->len && run->failed_inputs; i++)
    if (run->failed_inputs[i] && shown++ < 20)
      {
        MnBatchInput *in = g_ptr_array_index (run->ctx.inputs, i);
        g_autofree char *name = mn_printable (in->path);
        const char *reason = run->failed_inputs[i];
        g_autofree char *prefix = g_strconcat (in->path, ": ", NULL);
        const char *own = strstr (reason, prefix);
        /* the worker's message names the file already: not twice */
        g_autofree char *cut = own ? g_strdup_printf ("%.*s%s", (int) (own - reason), reason,
                                                      own + strlen (prefix))
                                   : g_strdup (reason);
        g_autofree char *why = mn_printable (cut);
        g_string_append_printf (s, "minutes: batch: failed: %s (%s)\n", name, why);
      }
  if (run->failures > 20)
    g_string_append_printf (s, "minutes: batch: ... and %u more failed (see the manifest)\n", run->failures - 20);
  g_array_sort (run->durations, compare_durations);
  for (guint i = 0; i < run->durations->len && i < 5; i++)
    {
      Duration *d = &g_array_index (run->durations, Duration, i);
      MnBatchInput *in = g_ptr_array_index (run->ctx.inputs, d->input);
      g_autofree char *name = mn_printable (in->path);
      g_string_append_printf (s, "minutes: batch: slowest %u: %.2f s %s\n", i + 1, d->seconds, name);
    }
  fputs (s->str, stderr);
  g_string_free (s, TRUE);
}

static gboolean
up_to_date (Run *run, GHashTable *done, const MnBatchInput *in)
{
  MnManifestEntry *e = g_hash_table_lookup (done, in->path);
  g_autofree char *sha = NULL;
  g_auto (GStrv) outputs = NULL;

  if (e == NULL || e->status == NULL || run->ctx.opts->force
      || !(strcmp (e->status, "ok") == 0 || strcmp (e->status, "warnings") == 0
           || strcmp (e->status, "empty") == 0)
      || g_strcmp0 (e->options, run->options_key) != 0
      || g_strcmp0 (e->version, MN_VERSION) != 0)
    return FALSE;
  outputs = outputs_of (run, in);
  for (guint i = 0; outputs[i]; i++)
    {
      GStatBuf st;
      if (g_stat (outputs[i], &st) != 0 || !S_ISREG (st.st_mode))
        return FALSE;
      /* not the size it was written with: lost in a crash, or changed */
      if (e->output_bytes && i < g_strv_length (e->outputs) && e->output_bytes[i] >= 0
          && (gint64) st.st_size != e->output_bytes[i])
        return FALSE;
    }
  sha = file_sha256 (in->path);
  return g_strcmp0 (sha, e->sha256) == 0;
}

/* What the manifest records of the options, so a rerun with others
 * converts again: "json,csv" or "csv -O header=no -O table=topics" (keys
 * sorted). */
static char *
options_key (const MnBatchOptions *opts)
{
  GString *s = g_string_new (NULL);
  g_autofree char *formats = g_strjoinv (",", opts->formats);

  g_string_append (s, formats);
  if (opts->options)
    {
      g_autoptr (GList) keys = g_list_sort (g_hash_table_get_keys (opts->options), (GCompareFunc) strcmp);
      for (GList *k = keys; k; k = k->next)
        g_string_append_printf (s, " -O %s=%s", (char *) k->data,
                                (char *) g_hash_table_lookup (opts->options, k->data));
    }
  return g_string_free (s, FALSE);
}

/* Every -O key must be one that an output plugin of the batch declares,
 * and its value one the plugin takes: checked on an empty document before
 * anything is converted (the same check as convert's). */
static gboolean
check_options (MnRegistry *reg, const MnBatchOptions *opts, GError **error)
{
  GHashTableIter it;
  gpointer key;

  if (opts->options == NULL)
    return TRUE;
  g_hash_table_iter_init (&it, opts->options);
  while (g_hash_table_iter_next (&it, &key, NULL))
    {
      gboolean known = FALSE;
      for (guint f = 0; opts->formats[f]; f++)
        {
          const MnOutputPlugin *out = mn_registry_output (reg, opts->formats[f], NULL);
          for (const MnOptionSpec *o = out ? out->options : NULL; o && o->key; o++)
            known |= strcmp (o->key, key) == 0;
        }
      if (!known)
        {
          g_set_error (error, MN_ERROR, MN_ERROR_OPTION, "no output of this batch has an option '%s'",
                       (char *) key);
          return FALSE;
        }
    }
  for (guint f = 0; opts->formats[f]; f++)
    {
      const MnOutputPlugin *out = mn_registry_output (reg, opts->formats[f], NULL);
      g_autoptr (GHashTable) own = mn_batch_options_for (opts, out);
      g_autoptr (MnDocument) empty = mn_document_new ();
      g_autoptr (GString) scratch = g_string_new (NULL);
      if (own && g_hash_table_size (own) && !out->write (empty, own, scratch, error))
        return FALSE;
    }
  return TRUE;
}

/* A run that could not start: what it opened so far, closed. */
static void
abandon (Run *run)
{
  if (run->manifest_fd >= 0)
    close (run->manifest_fd);
  close (run->lock_fd);
  g_free (run->ctx.tmpdir);
  g_ptr_array_unref (run->ctx.inputs);
}

/* Two inputs must never write one output (2020/a.pdf and 2021/a.pdf given
 * as files of one name), nor an output land on an input: refused before
 * anything is converted. */
static gboolean
check_outputs_distinct (MnRegistry *reg, const MnBatchOptions *opts, GPtrArray *inputs,
                        GError **error)
{
  MnBatchContext ctx = { .reg = reg, .opts = opts };
  g_autoptr (GHashTable) input_at = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) output_of = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < inputs->len; i++)
    {
      MnBatchInput *in = g_ptr_array_index (inputs, i);
      g_hash_table_insert (input_at, g_canonicalize_filename (in->path, NULL), in);
    }
  for (guint i = 0; i < inputs->len; i++)
    {
      MnBatchInput *in = g_ptr_array_index (inputs, i);
      for (guint f = 0; in->plugin && opts->formats[f]; f++)
        {
          const MnOutputPlugin *plugin = mn_registry_output (reg, opts->formats[f], NULL);
          if (plugin && MN_OUTPUT_STORE (plugin))
            continue;   /* one database for all: no collision */
          g_autofree char *out = mn_batch_output_path (&ctx, in, opts->formats[f]);
          char *key = g_canonicalize_filename (out, NULL);
          MnBatchInput *input = g_hash_table_lookup (input_at, key);
          MnBatchInput *writer = g_hash_table_lookup (output_of, key);

          if (input != NULL || writer != NULL)
            {
              if (input != NULL)
                g_set_error (error, MN_ERROR, MN_ERROR_USAGE,
                             "%s: its output %s would overwrite the input %s; choose another OUTDIR",
                             in->path, out, input->path);
              else
                g_set_error (error, MN_ERROR, MN_ERROR_USAGE,
                             "%s and %s would both write %s; nothing converted", writer->path,
                             in->path, out);
              g_free (key);
              return FALSE;
            }
          g_hash_table_insert (output_of, key, in);
        }
    }
  return TRUE;
}

/* The libraries the batch's input plugins load at their first file
 * (MnInputPlugin.libraries), loaded now, before the workers fork: a worker
 * under --max-memory would fail to map them ("cannot load libxml2", exit
 * 5) where it only ran short of memory, and every worker shares the
 * parent's mapping instead of making its own.  Only the plugins the
 * pending inputs were probed to need: a DOCX archive does not map poppler
 * (10 ms of a 40-paper batch). */
static void
preload_libraries (MnRegistry *reg, GPtrArray *inputs, GArray *pending)
{
  g_autoptr (GHashTable) plugins = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GHashTable) opened = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer name;

  for (guint i = 0; i < pending->len; i++)
    {
      const MnBatchInput *in = g_ptr_array_index (inputs, g_array_index (pending, guint, i));
      if (in->plugin)
        g_hash_table_add (plugins, (gpointer) in->plugin);
    }
  g_hash_table_iter_init (&iter, plugins);
  while (g_hash_table_iter_next (&iter, &name, NULL))
    {
      const MnInputPlugin *plugin = mn_registry_input (reg, name, NULL);
      const char *const *sonames = plugin ? MN_INPUT_LIBRARIES (plugin) : NULL;

      for (guint k = 0; sonames && sonames[k]; k++)
        if (g_hash_table_add (opened, (gpointer) sonames[k]))
          dlopen (sonames[k], RTLD_LAZY | RTLD_LOCAL);   /* as mn_library_load, never closed */
    }
}

/* libcrypto hashes 4x as fast as GLib but takes 1-2 ms to load where no
 * format library brought it (digest.c): worth it from a MB of inputs,
 * which the rerun check and the workers (forked after this) hash. */
#define LIBCRYPTO_FROM (1u << 20)

static void
use_libcrypto_if_worth (GPtrArray *inputs)
{
  guint64 total = 0;

  for (guint i = 0; i < inputs->len; i++)
    total += ((const MnBatchInput *) g_ptr_array_index (inputs, i))->size;
  if (total >= LIBCRYPTO_FROM)
    mn_sha256_use_libcrypto ();
}

int
mn_batch_run (MnRegistry *reg, char **inputs, const MnBatchOptions *opts, GError **error)
{
  Run run = { 0 };
  g_autofree char *manifest = opts->manifest ? g_strdup (opts->manifest)
                                             : g_build_filename (opts->outdir, "manifest.jsonl", NULL);
  g_autofree char *outdir_abs = NULL;
  g_autoptr (GHashTable) done = NULL;
  g_autoptr (GPtrArray) all = NULL;
  Worker *workers;
  guint up = 0;
  int status;
  struct sigaction sa = { 0 }, ign = { 0 }, old_int, old_term, old_pipe;
  struct stat manifest_st;

  for (guint i = 0; opts->formats[i]; i++)
    if (mn_registry_output (reg, opts->formats[i], error) == NULL)
      return 0;
  if (!check_options (reg, opts, error))
    return 0;
  /* over a file size limit, a write fails (EFBIG) as on a full disk and
   * is reported, rather than the signal killing the batch; a batch is
   * the whole process's job, so this stays for its life */
  ign.sa_handler = SIG_IGN;
  sigemptyset (&ign.sa_mask);
  sigaction (SIGXFSZ, &ign, NULL);
  if (g_mkdir_with_parents (opts->outdir, 0777) != 0)
    {
      g_set_error (error, MN_ERROR, MN_ERROR_WRITE, "%s: cannot create: %s", opts->outdir,
                   g_strerror (errno));
      return 0;
    }
  outdir_abs = g_canonicalize_filename (opts->outdir, NULL);
  run.lock_fd = mn_batch_lock_outdir (opts->outdir, error);
  if (run.lock_fd < 0)
    return 0;
  all = mn_batch_collect (reg, inputs, outdir_abs, error);
  if (all == NULL || !check_outputs_distinct (reg, opts, all, error))
    {
      close (run.lock_fd);
      return 0;
    }
  run.ctx.reg = reg;
  run.ctx.opts = opts;
  run.ctx.tmpdir = g_build_filename (opts->outdir, ".minutes-tmp", NULL);
  run.ctx.inputs = g_ptr_array_new_with_free_func ((GDestroyNotify) mn_batch_input_free);
  for (guint i = 0; i < all->len; i++)
    {
      MnBatchInput *in = g_ptr_array_index (all, i);
      if (opts->shard_n <= 1 || mn_batch_shard_of (in->rel, opts->shard_n) == opts->shard_k)
        g_ptr_array_add (run.ctx.inputs, g_ptr_array_steal_index (all, i--));
    }
  run.manifest_fd = g_open (manifest, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0666);
  if (run.manifest_fd >= 0 && (fstat (run.manifest_fd, &manifest_st) != 0 || !S_ISREG (manifest_st.st_mode)))
    {
      g_set_error (error, MN_ERROR, MN_ERROR_WRITE, "%s: the manifest must be a regular file", manifest);
      abandon (&run);
      return 0;
    }
  if (run.manifest_fd < 0)
    {
      g_set_error (error, MN_ERROR, MN_ERROR_WRITE, "%s: cannot open the manifest: %s", manifest,
                   g_strerror (errno));
      abandon (&run);
      return 0;
    }
  if (g_mkdir_with_parents (run.ctx.tmpdir, 0777) != 0)
    {
      g_set_error (error, MN_ERROR, MN_ERROR_WRITE, "%s: cannot create: %s", run.ctx.tmpdir,
                   g_strerror (errno));
      abandon (&run);
      return 0;
    }
  if (!mn_batch_lock_manifest (run.manifest_fd, manifest, error))
    {
      abandon (&run);
      return 0;
    }
  done = mn_manifest_load (manifest);
  if (!mn_manifest_end_torn_line (run.manifest_fd, error))
    {
      abandon (&run);
      return 0;
    }
  sweep_temporaries (run.ctx.tmpdir);
  run.options_key = options_key (opts);
  run.counts = g_hash_table_new (g_str_hash, g_str_equal);
  run.failed_inputs = g_new0 (char *, run.ctx.inputs->len + 1);
  run.durations = g_array_new (FALSE, FALSE, sizeof (Duration));
  run.pending = g_array_new (FALSE, FALSE, sizeof (guint));
  run.started = g_get_monotonic_time ();
  run.tty = isatty (STDERR_FILENO);
  use_libcrypto_if_worth (run.ctx.inputs);

  for (guint i = 0; i < run.ctx.inputs->len; i++)
    {
      MnBatchInput *in = g_ptr_array_index (run.ctx.inputs, i);
      if (in->plugin == NULL)
        record (&run, i, "skipped", 0, NULL, 0, 0, FALSE, NULL);
      else if (up_to_date (&run, done, in))
        up++;
      else
        g_array_append_val (run.pending, i);
    }
  run.total = run.done + run.pending->len;
  /* largest first: a big file dispatched last keeps one worker busy while
   * the others idle, and on a short batch that tail is a tenth of the run */
  g_array_sort_with_data (run.pending, compare_size_descending, run.ctx.inputs);

  sa.sa_handler = on_signal;
  sigemptyset (&sa.sa_mask);
  sigaction (SIGINT, &sa, &old_int);
  sigaction (SIGTERM, &sa, &old_term);
  /* a recycled worker's pipe may close under a write: EPIPE, not death */
  ign.sa_handler = SIG_IGN;
  sigaction (SIGPIPE, &ign, &old_pipe);
  stop_requested = 0;

  if (opts->max_memory > 0)
    preload_libraries (reg, run.ctx.inputs, run.pending);
  workers = g_new0 (Worker, MAX (1, opts->jobs));
  for (;;)
    {
      struct pollfd fds[64];
      int map[64], nfds = 0, busy = 0;

      /* hand out work to idle workers, starting them as needed */
      for (int k = 0; k < opts->jobs && !stop_requested && !run.manifest_error; k++)
        if (!give_work (&run, workers, k, error))
          break;
      for (int k = 0; k < opts->jobs; k++)
        if (workers[k].pid > 0)
          {
            fds[nfds].fd = workers[k].result_fd;
            fds[nfds].events = POLLIN;
            map[nfds++] = k;
            busy += workers[k].job >= 0;
          }
      if (stop_requested || (busy == 0 && (run.next >= run.pending->len || run.manifest_error)))
        break;
      if (poll (fds, (nfds_t) nfds, 100) < 0 && errno != EINTR)
        break;
      for (int f = 0; f < nfds; f++)
        {
          Worker *w = &workers[map[f]];
          char chunk[4096];
          ssize_t n;

          if (!(fds[f].revents & (POLLIN | POLLHUP | POLLERR)))
            continue;
          n = read (w->result_fd, chunk, sizeof chunk);
          if (n > 0)
            {
              char *nl;
              g_string_append_len (w->buf, chunk, n);
              while ((nl = strchr (w->buf->str, '\n')) != NULL)
                {
                  g_autofree char *line = g_strndup (w->buf->str, (gsize) (nl - w->buf->str));
                  g_string_erase (w->buf, 0, nl - w->buf->str + 1);
                  if (w->job >= 0)
                    {
                      guint job = (guint) w->job;
                      double seconds = seconds_since (w->started);

                      /* the next file first: the worker converts it while
                       * the manifest line goes to the disk */
                      w->job = -1;
                      if (!stop_requested && !run.manifest_error)
                        give_work (&run, workers, map[f], error);
                      finish_job (&run, job, seconds, line);
                    }
                }
              progress (&run);
            }
          else if (n == 0 || (n < 0 && errno != EINTR && errno != EAGAIN))
            {
              int job = w->job;
              pid_t pid = w->pid;
              const char *how = reap (w, FALSE);
              if (job >= 0)
                {
                  remove_temporaries (&run, pid);
                  remove_handovers (&run, (guint) job);
                  record (&run, (guint) job, how, exit_code_of (how), NULL, 0, seconds_since (w->started), FALSE, NULL);
                  progress (&run);
                }
            }
        }
      /* the wall clock: kill a worker over its time */
      for (int k = 0; k < opts->jobs; k++)
        {
          Worker *w = &workers[k];
          if (w->pid > 0 && w->job >= 0 && opts->timeout > 0
              && seconds_since (w->started) > opts->timeout)
            {
              int job = w->job;
              pid_t pid = w->pid;
              double secs = seconds_since (w->started);
              kill (pid, SIGKILL);
              reap (w, TRUE);
              remove_temporaries (&run, pid);
              remove_handovers (&run, (guint) job);
              record (&run, (guint) job, "timeout", MN_ERROR_TIMEOUT, NULL, 0, secs, FALSE, NULL);
              progress (&run);
            }
        }
    }

  /* stop: workers in flight are killed, idle ones told to exit */
  for (int k = 0; k < opts->jobs; k++)
    {
      Worker *w = &workers[k];
      if (w->pid <= 0)
        continue;
      if (w->job >= 0)
        {
          pid_t pid = w->pid;
          kill (pid, SIGKILL);
          reap (w, TRUE);
          remove_temporaries (&run, pid);
        }
      else
        reap (w, FALSE);
    }
  g_free (workers);
  sigaction (SIGINT, &old_int, NULL);
  sigaction (SIGTERM, &old_term, NULL);
  sigaction (SIGPIPE, &old_pipe, NULL);

  summary (&run, up);
  if (run.manifest_error)
    status = MN_ERROR_WRITE;
  else if (stop_requested)
    status = MN_ERROR_INTERRUPTED;
  else
    status = run.failures ? MN_ERROR_BATCH_FAILURES : 0;
  close (run.manifest_fd);
  close (run.lock_fd);
  g_free (run.ctx.tmpdir);
  g_free (run.options_key);
  for (guint i = 0; i < run.ctx.inputs->len; i++)
    g_free (run.failed_inputs[i]);
  g_free (run.failed_inputs);
  g_hash_table_unref (run.counts);
  g_array_unref (run.durations);
  g_array_unref (run.pending);
  g_ptr_array_unref (run.ctx.inputs);
  if (status == MN_ERROR_WRITE)
    {
      g_set_error (error, MN_ERROR, MN_ERROR_WRITE,
                   "%s: %s; %u finished file%s not recorded, the batch stopped (a rerun redoes them)",
                   manifest, run.manifest_error->message, run.lost, run.lost == 1 ? "" : "s");
      g_error_free (run.manifest_error);
    }
  else if (status == MN_ERROR_INTERRUPTED)
    g_set_error (error, MN_ERROR, MN_ERROR_INTERRUPTED, "batch: interrupted by signal %d; rerun to finish",
                 (int) stop_requested);
  return status;
}
