/* The command line only: options, dispatch, GError -> message + exit status.
 *
 *   minutes convert [-f FROM] [-t TO] [-o OUTPUT] [-O KEY=VALUE] INPUT
 *   minutes plugins
 *   minutes --help | --version
 */
#include <stdio.h>
#include <string.h>
#include <locale.h>
#include <signal.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/time.h>
#include "convert.h"
#include "batch/batch.h"
#include "printable.h"
#ifdef MN_HAVE_MIMALLOC
#include <mimalloc.h>
#endif
#ifdef MN_HAVE_SQLITE
#include "../plugins/sqlite/search.h"
#endif

#ifndef MN_VERSION
#define MN_VERSION "0.0.0"
#endif

static char *opt_plugin_dir;

/* convert --timeout: the message is made before the clock starts, so the
 * handler only writes and exits (async-signal-safe).  No output exists
 * yet when it fires: the output is renamed into place at the very end, and
 * mn_write_atomically holds SIGALRM while its temporary exists. */
static char timeout_message[1024];
static int timeout_stderr = STDERR_FILENO;

static void
on_timeout (int sig)
{
  ssize_t ignored = write (timeout_stderr, timeout_message, strlen (timeout_message));
  (void) ignored;
  _exit (MN_ERROR_TIMEOUT);
}

static void
start_deadline (const char *input, double seconds)
{
  struct itimerval t = { { 0, 0 }, { (time_t) seconds, (suseconds_t) ((seconds - (time_t) seconds) * 1e6) } };
  struct sigaction sa = { 0 };

  if (seconds <= 0)
    return;
  g_snprintf (timeout_message, sizeof timeout_message,
              "minutes: %s: timed out after %g s (--timeout)\n", input, seconds);
  /* the PDF plugin points fd 2 at a capture file while poppler parses:
   * the message goes to the stderr the user gave us */
  timeout_stderr = fcntl (STDERR_FILENO, F_DUPFD_CLOEXEC, 3);
  if (timeout_stderr < 0)
    timeout_stderr = STDERR_FILENO;
  sa.sa_handler = on_timeout;
  sigemptyset (&sa.sa_mask);
  sigaction (SIGALRM, &sa, NULL);
  setitimer (ITIMER_REAL, &t, NULL);
}

static void
print_error (const GError *error)
{
  /* one line, whatever the message holds */
  g_autofree char *line = mn_printable (error->message);
  fprintf (stderr, "minutes: %s\n", line);
}

static void
print_registry_warnings (MnRegistry *reg)
{
  GPtrArray *w = mn_registry_warnings (reg);
  for (guint i = 0; i < w->len; i++)
    fprintf (stderr, "minutes: warning: %s\n", (char *) g_ptr_array_index (w, i));
}

static MnRegistry *
open_registry (GError **error)
{
  MnRegistry *reg = mn_registry_new ();

  if (!mn_registry_load (reg, opt_plugin_dir, error))
    {
      mn_registry_free (reg);
      return NULL;
    }
  print_registry_warnings (reg);
  return reg;
}

static gboolean
parse_options (int *argc, char ***argv, GOptionEntry *entries,
               const char *params, const char *summary, GError **error)
{
  g_autoptr (GOptionContext) ctx = g_option_context_new (params);
  g_autoptr (GError) local = NULL;
  GOptionEntry common[] = {
    { "plugin-dir", 0, 0, G_OPTION_ARG_FILENAME, &opt_plugin_dir,
      "Load plugins from DIR first", "DIR" },
    G_OPTION_ENTRY_NULL
  };

  g_option_context_set_summary (ctx, summary);
  if (entries)
    g_option_context_add_main_entries (ctx, entries, NULL);
  g_option_context_add_main_entries (ctx, common, NULL);
  if (!g_option_context_parse (ctx, argc, argv, &local))
    {
      g_set_error (error, MN_ERROR, MN_ERROR_USAGE, "%s", local->message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
add_option (GHashTable *options, const char *kv, GError **error)
{
  const char *eq = strchr (kv, '=');

  if (eq == NULL || eq == kv)
    {
      g_set_error (error, MN_ERROR, MN_ERROR_USAGE,
                   "-O takes KEY=VALUE, not '%s'", kv);
      return FALSE;
    }
  g_hash_table_replace (options, g_strndup (kv, eq - kv), g_strdup (eq + 1));
  return TRUE;
}

/* "minutes: FILE: page 2: warning: CODE: message", as pandoc's [WARNING] */
static void
print_warning (const char *file, const MnWarning *w)
{
  g_autofree char *line = mn_printable (w->message);
  g_autofree char *name = mn_printable (file);

  if (w->page > 0)
    fprintf (stderr, "minutes: %s: page %d: warning: %s: %s\n", name, w->page, w->code, line);
  else
    fprintf (stderr, "minutes: %s: warning: %s: %s\n", name, w->code, line);
}

/* "--" ends the options ("convert -- -weird.pdf"); GOption leaves it. */
static void
drop_double_dash (int *argc, char **argv)
{
  for (int i = 1; i < *argc; i++)
    if (strcmp (argv[i], "--") == 0)
      {
        memmove (argv + i, argv + i + 1, (size_t) (*argc - i) * sizeof *argv);
        (*argc)--;
        return;
      }
}

/* convert a.pdf b.docx -o DIR: each into DIR/NAME.EXT, as batch names
 * outputs; two inputs of one name are refused before anything is done.
 * Every input is tried; the first failure's code is the exit status. */
static gboolean
convert_into_dir (MnRegistry *reg, int n, char **inputs, const char *dir,
                  const MnConvertOptions *opts, double timeout, GError **error)
{
  const MnOutputPlugin *out = mn_registry_output (reg, opts->to ? opts->to : "json", error);
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GPtrArray) outputs = g_ptr_array_new_with_free_func (g_free);
  GError *first = NULL;

  if (out == NULL)
    return FALSE;
  for (int i = 0; i < n; i++)
    {
      g_autofree char *base = g_path_get_basename (inputs[i]);
      char *name = g_strconcat (base, ".", out->extension ? out->extension : out->name, NULL);
      char *path = g_build_filename (dir, name, NULL);

      if (!g_hash_table_add (seen, name))
        {
          g_set_error (error, MN_ERROR, MN_ERROR_USAGE,
                       "%s: another INPUT would also write %s; nothing converted", inputs[i], path);
          g_free (path);
          return FALSE;
        }
      g_ptr_array_add (outputs, path);
    }
  start_deadline ("convert", timeout);
  for (int i = 0; i < n; i++)
    {
      g_autoptr (GError) local = NULL;
      if (!mn_convert_file (reg, inputs[i], g_ptr_array_index (outputs, i), opts, &local))
        {
          if (first == NULL)
            first = g_error_copy (local);
          else
            print_error (local);
        }
    }
  if (first)
    {
      g_propagate_error (error, first);
      return FALSE;
    }
  return TRUE;
}

static int
cmd_convert (int argc, char **argv, GError **error)
{
  g_autofree char *from = NULL, *to = NULL, *output = NULL;
  g_auto (GStrv) kvs = NULL;
  g_autoptr (GHashTable) options =
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  MnConvertOptions opts = { 0 };
  MnRegistry *reg;
  gboolean ok;
  double timeout = 300;
  gboolean quiet = FALSE, verbose = FALSE;
  GOptionEntry entries[] = {
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet,
      "Do not print the paper's warnings on stderr (they stay in the output)", NULL },
    { "verbose", 'v', 0, G_OPTION_ARG_NONE, &verbose,
      "Say on stderr what was read: plugin, pages, items, warnings", NULL },
    { "timeout", 0, 0, G_OPTION_ARG_DOUBLE, &timeout,
      "Give up after SEC seconds, exit 19 (default 300; 0: never)", "SEC" },
    { "from", 'f', 0, G_OPTION_ARG_STRING, &from,
      "Input format (default: detected)", "FROM" },
    { "to", 't', 0, G_OPTION_ARG_STRING, &to,
      "Output format (default: json)", "TO" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      "Write to OUTPUT (default or '-': standard output)", "OUTPUT" },
    { "option", 'O', 0, G_OPTION_ARG_STRING_ARRAY, &kvs,
      "Pass KEY=VALUE to the output plugin (repeatable)", "KEY=VALUE" },
    G_OPTION_ENTRY_NULL
  };

  if (!parse_options (&argc, &argv, entries, "INPUT...",
                      "Convert meeting papers into structured data: one INPUT to OUTPUT\n"
                      "(or standard output), or several into the directory -o DIR.", error))
    return 0;
  drop_double_dash (&argc, argv);
  if (argc < 2)
    {
      g_set_error (error, MN_ERROR, MN_ERROR_USAGE,
                   "convert needs an INPUT (see 'minutes convert --help')");
      return 0;
    }
  if (argc > 2 && (output == NULL || !g_file_test (output, G_FILE_TEST_IS_DIR)))
    {
      g_set_error (error, MN_ERROR, MN_ERROR_USAGE,
                   "several INPUTs need -o DIR, an existing directory (or 'minutes batch' for archives)");
      return 0;
    }
  for (guint i = 0; kvs && kvs[i]; i++)
    if (!add_option (options, kvs[i], error))
      return 0;
  reg = open_registry (error);
  if (reg == NULL)
    return 0;
  opts.from = from;
  opts.to = to;
  opts.options = options;
  opts.on_warning = quiet ? NULL : print_warning;
  if (timeout < 0)
    {
      g_set_error (error, MN_ERROR, MN_ERROR_USAGE, "--timeout takes a number of seconds >= 0");
      mn_registry_free (reg);
      return 0;
    }
  opts.verbose = verbose;
  if (argc == 2)
    {
      start_deadline (argv[1], timeout);
      ok = mn_convert_file (reg, argv[1], output, &opts, error);
    }
  else
    ok = convert_into_dir (reg, argc - 1, argv + 1, output, &opts, timeout, error);
  mn_registry_free (reg);
  return ok;
}

static gboolean
parse_shard (const char *text, int *k, int *n, GError **error)
{
  if (text == NULL)
    {
      *k = *n = 1;
      return TRUE;
    }
  if (sscanf (text, "%d/%d", k, n) != 2 || *n < 1 || *k < 1 || *k > *n)
    {
      g_set_error (error, MN_ERROR, MN_ERROR_USAGE, "--shard takes K/N with 1 <= K <= N, not '%s'", text);
      return FALSE;
    }
  return TRUE;
}

static int
cmd_batch (int argc, char **argv, GError **error)
{
  g_autofree char *outdir = NULL, *to = NULL, *shard = NULL, *manifest = NULL;
  int jobs = (int) g_get_num_processors (), max_memory = 2048, recycle = 50;
  double timeout = 60;
  gboolean force = FALSE, quiet = FALSE;
  g_auto (GStrv) formats = NULL, kvs = NULL;
  g_autoptr (GHashTable) options = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  MnBatchOptions opts = { 0 };
  MnRegistry *reg;
  int status;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &outdir, "Write outputs under OUTDIR (required)", "OUTDIR" },
    { "to", 't', 0, G_OPTION_ARG_STRING, &to, "Output formats, comma-separated (default: json)", "TO" },
    { "jobs", 'j', 0, G_OPTION_ARG_INT, &jobs, "Worker processes (default: CPUs)", "N" },
    { "timeout", 0, 0, G_OPTION_ARG_DOUBLE, &timeout, "Seconds per file before its worker is killed (default 60)", "SEC" },
    { "max-memory", 0, 0, G_OPTION_ARG_INT, &max_memory, "Memory limit per worker (default 2048)", "MB" },
    { "recycle", 0, 0, G_OPTION_ARG_INT, &recycle, "Files per worker before it is replaced (default 50)", "N" },
    { "force", 0, 0, G_OPTION_ARG_NONE, &force, "Redo inputs the manifest says are done", NULL },
    { "shard", 0, 0, G_OPTION_ARG_STRING, &shard, "Take shard K of N (by a hash of the relative path)", "K/N" },
    { "manifest", 0, 0, G_OPTION_ARG_FILENAME, &manifest, "Manifest file (default OUTDIR/manifest.jsonl)", "FILE" },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, "No progress and no summary", NULL },
    { "option", 'O', 0, G_OPTION_ARG_STRING_ARRAY, &kvs,
      "Pass KEY=VALUE to the output plugins that take KEY (repeatable)", "KEY=VALUE" },
    G_OPTION_ENTRY_NULL
  };

  if (!parse_options (&argc, &argv, entries, "INPUT...",
                      "Convert whole archives: files and directories, in worker processes.", error))
    return 0;
  if (outdir == NULL || argc < 2)
    {
      g_set_error (error, MN_ERROR, MN_ERROR_USAGE,
                   "batch needs -o OUTDIR and at least one INPUT (see 'minutes batch --help')");
      return 0;
    }
  if (jobs < 1 || jobs > 64 || timeout < 0 || max_memory < 0 || recycle < 1)
    {
      g_set_error (error, MN_ERROR, MN_ERROR_USAGE, "-j takes 1..64; --timeout, --max-memory, --recycle positive numbers");
      return 0;
    }
  drop_double_dash (&argc, argv);
  if (!parse_shard (shard, &opts.shard_k, &opts.shard_n, error))
    return 0;
  for (guint i = 0; kvs && kvs[i]; i++)
    if (!add_option (options, kvs[i], error))
      return 0;
  if (kvs)
    opts.options = options;
  formats = g_strsplit (to ? to : "json", ",", -1);
  reg = open_registry (error);
  if (reg == NULL)
    return 0;
  opts.outdir = outdir;
  opts.formats = formats;
  opts.jobs = jobs;
  opts.timeout = timeout;
  opts.max_memory = (guint64) max_memory << 20;
  opts.force = force;
  opts.manifest = manifest;
  opts.quiet = quiet;
  opts.recycle_after = recycle;
  status = mn_batch_run (reg, argv + 1, &opts, error);
  mn_registry_free (reg);
  if (status == MN_ERROR_BATCH_FAILURES)
    {
      g_set_error (error, MN_ERROR, status, "batch: some inputs failed (see the manifest)");
      return 0;
    }
  return status == 0 && (error == NULL || *error == NULL);
}

static void
print_entry (const MnPluginEntry *e)
{
  GString *exts = g_string_new (NULL);
  const char *name, *kind;
  guint32 abi;

  if (e->input)
    {
      for (guint i = 0; e->input->extensions && e->input->extensions[i]; i++)
        g_string_append_printf (exts, "%s%s", i ? "," : "",
                                e->input->extensions[i]);
      name = e->input->name;
      kind = "input";
      abi = e->input->abi_version;
    }
  else
    {
      g_string_append (exts, e->output->extension ? e->output->extension : "");
      name = e->output->name;
      kind = "output";
      abi = e->output->abi_version;
    }
  printf ("%-11s %-7s abi %-3u %-10s %s\n", name, kind, abi,
          exts->len ? exts->str : "-", e->path ? e->path : "built-in");
  g_string_free (exts, TRUE);
}

static int
cmd_search (int argc, char **argv, GError **error)
{
  gboolean json = FALSE;
  int limit = 20;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, "JSON Lines, one object per item", NULL },
    { "limit", 'n', 0, G_OPTION_ARG_INT, &limit, "At most N items (default 20)", "N" },
    G_OPTION_ENTRY_NULL
  };

  if (!parse_options (&argc, &argv, entries, "DB QUERY",
                      "Search a database written by -t sqlite (FTS5 syntax: words, \"a phrase\", prefix*, AND/OR/NOT).",
                      error))
    return 0;
  drop_double_dash (&argc, argv);
  if (argc != 3 || limit < 1)
    {
      g_set_error (error, MN_ERROR, MN_ERROR_USAGE, "search takes DB QUERY (see 'minutes search --help')");
      return 0;
    }
#ifdef MN_HAVE_SQLITE
  return mn_sqlite_search (argv[1], argv[2], limit, json, error);
#else
  g_set_error (error, MN_ERROR, MN_ERROR_NOT_BUILT, "sqlite support not built in");
  return 0;
#endif
}

/* minutes plugins NAME: what a plugin is and takes (gst-inspect's idea). */
static void
describe_entry (const MnPluginEntry *e)
{
  if (e->input)
    {
      printf ("%s: input plugin, ABI %u, %s\n", e->input->name, e->input->abi_version,
              e->path ? e->path : "built in");
      printf ("  %s\n", e->input->description ? e->input->description : "");
      printf ("  extensions:");
      for (guint i = 0; e->input->extensions && e->input->extensions[i]; i++)
        printf (" .%s", e->input->extensions[i]);
      printf ("\n  probe: %s\n", e->input->probe
              ? "by content and name, scored 0-100 (50 extension only, 80 likely, 100 certain)"
              : "none: only with -f");
      printf ("  use: minutes convert -f %s INPUT\n", e->input->name);
      return;
    }
  printf ("%s: output plugin, ABI %u, %s\n", e->output->name, e->output->abi_version,
          e->path ? e->path : "built in");
  printf ("  %s\n", e->output->description ? e->output->description : "");
  printf ("  extension: .%s\n", e->output->extension ? e->output->extension : e->output->name);
  if (e->output->options == NULL || e->output->options->key == NULL)
    printf ("  options: none\n");
  else
    {
      printf ("  options (-O KEY=VALUE):\n");
      for (const MnOptionSpec *o = e->output->options; o->key; o++)
        printf ("    %-10s %s\n", o->key, o->description ? o->description : "");
    }
  printf ("  use: minutes convert -t %s INPUT\n", e->output->name);
}

static int
cmd_plugins (int argc, char **argv, GError **error)
{
  MnRegistry *reg;
  GPtrArray *entries;
  gboolean names_only = FALSE;
  GOptionEntry opts[] = {
    { "names", 0, 0, G_OPTION_ARG_NONE, &names_only,
      "Print only the names, KIND NAME a line (for shell completion)", NULL },
    G_OPTION_ENTRY_NULL
  };

  if (!parse_options (&argc, &argv, opts, "[NAME]",
                      "List the input and output plugins, or describe one.", error))
    return 0;
  reg = open_registry (error);
  if (reg == NULL)
    return 0;
  entries = mn_registry_entries (reg);
  if (names_only)
    {
      for (guint i = 0; i < entries->len; i++)
        {
          const MnPluginEntry *e = g_ptr_array_index (entries, i);
          printf ("%s %s\n", e->input ? "input" : "output", e->input ? e->input->name : e->output->name);
          for (const MnOptionSpec *o = e->output ? e->output->options : NULL; o && o->key; o++)
            printf ("option %s %s\n", e->output->name, o->key);
        }
      mn_registry_free (reg);
      return 1;
    }
  if (argc > 1)
    {
      gboolean found = FALSE;
      for (guint i = 0; i < entries->len; i++)
        {
          const MnPluginEntry *e = g_ptr_array_index (entries, i);
          if (g_ascii_strcasecmp (e->input ? e->input->name : e->output->name, argv[1]) == 0)
            {
              if (found)
                printf ("\n");
              describe_entry (e);
              found = TRUE;
            }
        }
      mn_registry_free (reg);
      if (!found)
        g_set_error (error, MN_ERROR, MN_ERROR_UNKNOWN_FORMAT,
                     "no plugin named '%s' (see 'minutes plugins')", argv[1]);
      return found;
    }
  printf ("%-11s %-7s %-7s %-10s %s\n", "NAME", "KIND", "ABI", "EXTENSIONS",
          "WHERE");
  for (guint i = 0; i < entries->len; i++)
    print_entry (g_ptr_array_index (entries, i));
  mn_registry_free (reg);
  return 1;
}

static const char usage[] =
  "Usage: minutes COMMAND [OPTIONS]\n"
  "\n"
  "Turn meeting papers (agendas, minutes) into structured data.\n"
  "\n"
  "Commands:\n"
  "  convert [-f FROM] [-t TO] [-o OUTPUT] [-O KEY=VALUE] [-q|-v] [--timeout SEC] INPUT...\n"
  "                 convert one paper (INPUT '-' reads standard input), or several\n"
  "                 into the directory -o DIR\n"
  "  batch -o OUTDIR [-t json,csv,html] [-O KEY=VALUE] [-j N] [--timeout SEC]\n"
  "        [--max-memory MB] [--force] [--shard K/N] [--manifest FILE] [--quiet] INPUT...\n"
  "                 convert files and directories in worker processes\n"
  "  plugins [NAME] list the input and output plugins, or describe one\n"
  "  search [--json] [--limit N] DB QUERY\n"
  "                 the items of a database (-t sqlite) that match, best first\n"
  "\n"
  "Options:\n"
  "  -h, --help     show this help; COMMAND --help for a command's options\n"
  "  --version      show the version\n"
  "\n"
  "Exit status: 0 on success; see README.md for the numbered failures.\n";

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  int ok;

  /* the user's character set and message language, nothing else: numbers
   * are written for machines (JSON, CSV) with '.' whatever LC_NUMERIC
   * says, dates are ISO, and each of the ten other categories was a file
   * to find and map at every start */
  setlocale (LC_CTYPE, "");
  setlocale (LC_MESSAGES, "");
  /* With TZ unset, glibc reads /etc/localtime again at every mktime, and
   * libzip calls mktime for each entry of a DOCX (its DOS times): 38
   * stat(2)s a paper, 5 % of a DOCX batch.  Naming the same default zone
   * lets glibc see it unchanged and keep it. */
  if (g_getenv ("TZ") == NULL)
    g_setenv ("TZ", ":/etc/localtime", FALSE);
  if (argc < 2)
    {
      fprintf (stderr, "minutes: no command given (see 'minutes --help')\n");
      return MN_ERROR_USAGE;
    }
  if (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0
      || strcmp (argv[1], "help") == 0)
    {
      fputs (usage, stdout);
      return 0;
    }
  if (strcmp (argv[1], "--version") == 0)
    {
#ifdef MN_HAVE_MIMALLOC
      int mi = mi_version ();   /* 209: 2.0.9 */
      g_autofree char *allocator = g_strdup_printf ("mimalloc %d.%d.%d", mi / 100, mi / 10 % 10, mi % 10);
#else
      const char *allocator = "glibc";
#endif
      printf ("minutes %s (plugin ABI %d, schema %s, allocator %s)\n", MN_VERSION,
              MN_PLUGIN_ABI_VERSION, MN_DOCUMENT_FORMAT, allocator);
      return 0;
    }
  if (strcmp (argv[1], "convert") == 0)
    ok = cmd_convert (argc - 1, argv + 1, &error);
  else if (strcmp (argv[1], "batch") == 0)
    ok = cmd_batch (argc - 1, argv + 1, &error);
  else if (strcmp (argv[1], "plugins") == 0)
    ok = cmd_plugins (argc - 1, argv + 1, &error);
  else if (strcmp (argv[1], "search") == 0)
    ok = cmd_search (argc - 1, argv + 1, &error);
  else
    {
      g_set_error (&error, MN_ERROR, MN_ERROR_USAGE,
                   "unknown command '%s' (see 'minutes --help')", argv[1]);
      ok = 0;
    }
  g_free (opt_plugin_dir);
  if (!ok)
    {
      print_error (error);
      return mn_error_exit_status (error);
    }
  return 0;
}
