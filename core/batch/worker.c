/* A batch worker: a child process that converts the inputs the parent
 * sends it, one at a time, and answers with one line per input:
 *
 *   <exit code> TAB <warnings> TAB <understood: 0 or 1> TAB <sha256 or empty>
 *   TAB <error line or empty> LF
 *
 * (understood is 0 for a paper with the warning no-items or unplaced-text:
 * its manifest status is "empty")
 *
 * (the hash is the one the conversion computed anyway: the parent need not
 * read the file again)
 *
 * It runs under the memory and CPU limits the parent asked for; a crash,
 * a hang or a runaway allocation only costs this process.  After
 * recycle_after inputs it exits, and the parent starts a fresh one. */
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <glib/gstdio.h>
#include "batch.h"
#include "../convert.h"

/* The worker's RLIMIT_AS, 0 when none, and the address space it started
 * with: for telling oom from other ends.  What counts is the growth, not
 * the size: under sanitizers a process starts with terabytes reserved. */
static rlim_t address_limit;
static guint64 address_base;

char *
mn_batch_output_path (const MnBatchContext *ctx, const MnBatchInput *in,
                      const char *format)
{
  const MnOutputPlugin *out = mn_registry_output (ctx->reg, format, NULL);
  g_autofree char *name = NULL;

  /* a database holds the whole batch: one file, written by the parent */
  if (out && MN_OUTPUT_STORE (out))
    return g_strconcat (ctx->opts->outdir, G_DIR_SEPARATOR_S, "archive.", out->extension, NULL);
  name = g_strconcat (in->rel, ".", out && out->extension ? out->extension : format, NULL);
  return g_build_filename (ctx->opts->outdir, name, NULL);
}

char *
mn_batch_store_path (const MnBatchContext *ctx, guint job, const char *format)
{
  g_autofree char *name = g_strdup_printf ("store-%u-%s.json", job, format);
  return g_build_filename (ctx->tmpdir, name, NULL);
}

GHashTable *
mn_batch_options_for (const MnBatchOptions *opts, const MnOutputPlugin *out)
{
  GHashTable *own;
  GHashTableIter it;
  gpointer key, value;

  if (opts->options == NULL)
    return NULL;
  own = g_hash_table_new (g_str_hash, g_str_equal);
  g_hash_table_iter_init (&it, opts->options);
  while (g_hash_table_iter_next (&it, &key, &value))
    for (const MnOptionSpec *o = out->options; o && o->key; o++)
      if (strcmp (o->key, key) == 0)
        g_hash_table_insert (own, key, value);
  return own;
}

static gboolean
read_all (int fd, void *buf, gsize len)
{
  gsize done = 0;

  while (done < len)
    {
      ssize_t n = read (fd, (char *) buf + done, len - done);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      done += (gsize) n;
    }
  return TRUE;
}

static void
write_all (int fd, const char *s)
{
  gsize len = strlen (s), done = 0;

  while (done < len)
    {
      ssize_t n = write (fd, s + done, len - done);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        _exit (3);
      done += (gsize) n;
    }
}

/* Whether an address space of used bytes came within an eighth of the
 * worker's memory allowance. */
static gboolean
near_limit (guint64 used)
{
  guint64 allowance = (guint64) address_limit - address_base;
  return address_limit && used > address_base && used - address_base + allowance / 8 >= allowance;
}

/* Whether the worker's peak address space (VmPeak) came near its limit. */
static gboolean
statm_peak_near_limit (void)
{
  g_autofree char *status = NULL;
  const char *p;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL)
      || (p = strstr (status, "VmPeak:")) == NULL)
    return FALSE;
  return near_limit (g_ascii_strtoull (p + 7, NULL, 10) * 1024);
}

static void
convert_one (const MnBatchContext *ctx, guint job, const MnBatchInput *in, int result_fd)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) data = mn_read_input (in->path, &error);
  g_autoptr (MnDocument) doc = NULL;
  g_autofree char *line = NULL;
  guint warnings = 0;
  int understood = 1;

  if (data)
    doc = mn_convert_bytes (ctx->reg, data, in->path, in->plugin, &error);
  for (guint i = 0; doc && ctx->opts->formats[i]; i++)
    {
      const MnOutputPlugin *out = mn_registry_output (ctx->reg, ctx->opts->formats[i], &error);
      g_autofree char *path = mn_batch_output_path (ctx, in, ctx->opts->formats[i]);
      g_autofree char *dir = g_path_get_dirname (path);

      if (out == NULL)
        break;
      if (MN_OUTPUT_STORE (out))
        {
          /* the parent, the database's only writer, stores the document:
           * it is handed over as its JSON */
          g_autoptr (GString) json = g_string_new (NULL);
          g_autofree char *handover = mn_batch_store_path (ctx, job, ctx->opts->formats[i]);
          mn_document_write_json (doc, json);
          if (!mn_write_atomically (handover, ctx->tmpdir, json->str, json->len, &error))
            break;
          continue;
        }
      if (g_mkdir_with_parents (dir, 0777) != 0)
        {
          g_set_error (&error, MN_ERROR, MN_ERROR_WRITE, "%s: cannot create: %s", dir,
                       g_strerror (errno));
          break;
        }
      g_autoptr (GHashTable) own = mn_batch_options_for (ctx->opts, out);
      if (!mn_write_document (out, doc, own, path, ctx->tmpdir, &error))
        break;
    }
  if (doc)
    warnings = doc->warnings->len;
  for (guint i = 0; doc && i < doc->warnings->len; i++)
    {
      const MnWarning *w = g_ptr_array_index (doc->warnings, i);
      if (strcmp (w->code, "no-items") == 0 || strcmp (w->code, "unplaced-text") == 0)
        understood = 0;
    }
  if (error && address_limit && error->code != MN_ERROR_OUT_OF_MEMORY
      && statm_peak_near_limit ())
    {
      /* a library that failed an allocation reports "damaged" or "cannot
       * load": under --max-memory with the peak at the limit, it is oom */
      g_autofree char *was = g_strdup (error->message);
      g_clear_error (&error);
      g_set_error (&error, MN_ERROR, MN_ERROR_OUT_OF_MEMORY,
                   "out of memory (--max-memory) while converting: %s", was);
    }
  if (error)
    {
      g_autofree char *msg = g_strdup_printf ("%s: %s", in->path, error->message);
      g_strdelimit (msg, "\t\r\n", ' ');
      line = g_strdup_printf ("%d\t%u\t%d\t%s\t%s\n", mn_error_exit_status (error), warnings,
                              understood, doc ? doc->source.sha256 : "", msg);
    }
  else
    line = g_strdup_printf ("0\t%u\t%d\t%s\t\n", warnings, understood, doc->source.sha256);
  write_all (result_fd, line);
}


/* Reads a "/proc/self/statm" field (pages) with async-signal-safe calls. */
static guint64
statm_bytes (void)
{
  char buf[128];
  guint64 pages = 0;
  int fd = open ("/proc/self/statm", O_RDONLY);
  ssize_t n = fd >= 0 ? read (fd, buf, sizeof buf - 1) : -1;

  if (fd >= 0)
    close (fd);
  for (ssize_t i = 0; i < n && buf[i] >= '0' && buf[i] <= '9'; i++)
    pages = pages * 10 + (guint64) (buf[i] - '0');
  return pages * (guint64) sysconf (_SC_PAGESIZE);
}

/* A worker that dies by SIGSEGV or SIGABRT with its address space nearly
 * at --max-memory ran out of memory: GLib's out-of-memory handler can
 * recurse until the stack overflows, and libraries abort on a failed
 * allocation.  It says so with its own exit status, so the batch records
 * oom, every time, rather than crashed. */
static void
on_fatal_signal (int sig)
{
  static const char msg[] = "minutes: worker: out of memory\n";
  guint64 used = statm_bytes ();

  if (near_limit (used))
    {
      ssize_t ignored = write (STDERR_FILENO, msg, sizeof msg - 1);
      (void) ignored;
      _exit (MN_ERROR_OUT_OF_MEMORY);
    }
  signal (sig, SIG_DFL);
  raise (sig);
}

static void
catch_fatal_signals (void)
{
  static char stack[64 * 1024];
  stack_t ss = { .ss_sp = stack, .ss_size = sizeof stack };
  struct sigaction sa = { 0 };

  /* on an alternate stack: a stack overflow must still reach the handler */
  sigaltstack (&ss, NULL);
  sa.sa_handler = on_fatal_signal;
  sa.sa_flags = SA_ONSTACK | SA_RESETHAND;
  sigemptyset (&sa.sa_mask);
  sigaction (SIGSEGV, &sa, NULL);
  sigaction (SIGABRT, &sa, NULL);
  sigaction (SIGBUS, &sa, NULL);
}

/* The address space the worker already has (from the parent's fork). */
static guint64
address_space_now (void)
{
  g_autofree char *statm = NULL;
  guint64 pages = 0;

  if (g_file_get_contents ("/proc/self/statm", &statm, NULL, NULL))
    pages = g_ascii_strtoull (statm, NULL, 10);
  return pages * (guint64) sysconf (_SC_PAGESIZE);
}

void
mn_batch_worker_main (const MnBatchContext *ctx, int job_fd, int result_fd)
{
  const MnBatchOptions *o = ctx->opts;
  guint32 job;
  int done = 0;

  if (o->max_memory > 0)
    {
      /* --max-memory is what a worker may add to what it was forked with:
       * an absolute RLIMIT_AS would be wrong under sanitizers, which
       * reserve terabytes of address space at start */
      guint64 base = address_space_now ();
      rlim_t limit = (rlim_t) (base + o->max_memory);
      struct rlimit rl = { limit, limit };
      if (setrlimit (RLIMIT_AS, &rl) == 0)
        {
          address_limit = limit;
          address_base = base;
        }
      catch_fatal_signals ();
    }
  if (o->timeout > 0)
    {
      /* CPU seconds for this worker's whole life: the wall-clock timeout
       * per file is the parent's; this is the backstop */
      rlim_t cpu = (rlim_t) (o->timeout * o->recycle_after + 10);
      struct rlimit rl = { cpu, cpu + 5 };
      setrlimit (RLIMIT_CPU, &rl);
    }
#ifdef __GLIBC__
  /* a worker converts file after file: keep freed memory in the heap
   * rather than unmapping each large buffer (a DOCX part, a page's glyphs)
   * and faulting fresh pages in for the next file -- a sixth of a DOCX
   * batch's time.  The worker's peak is what it holds anyway; --recycle
   * and --max-memory still bound it. */
  mallopt (M_MMAP_THRESHOLD, 64 << 20);
  mallopt (M_TRIM_THRESHOLD, 128 << 20);
#endif
  while (read_all (job_fd, &job, sizeof job))
    {
      if (job < ctx->inputs->len)
        convert_one (ctx, job, g_ptr_array_index (ctx->inputs, job), result_fd);
      /* the parent closes the pipe after recycle_after jobs; this is
       * only the backstop */
      if (++done >= o->recycle_after)
        break;
    }
  _exit (0);
}
