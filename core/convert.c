/* The pipeline in one page.
 *
 *   read (size limit) -> probe (or -f) -> extract (input plugin: blocks)
 *   -> normalize (core/normalize) -> parse (core/agenda) -> write (output
 *   plugin into memory) -> temporary file -> rename into place.
 *
 * Every error is set where it is detected; this file only prefixes the
 * input's name, so the user reads "minutes: FILE: page 2: what failed".
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <glib/gstdio.h>
#include "convert.h"
#include "digest.h"
#include "extract.h"
#include "normalize/normalize.h"
#include "agenda/agenda.h"

GBytes *
mn_read_input (const char *path, GError **error)
{
  MnLimits limits;
  g_autoptr (GByteArray) buf = NULL;
  gsize expected = 65536;
  int fd;

  mn_limits_init_default (&limits);
  if (strcmp (path, "-") == 0)
    fd = STDIN_FILENO;
  else
    {
      GStatBuf st;
      if (g_stat (path, &st) != 0)
        {
          g_set_error (error, MN_ERROR, MN_ERROR_READ, "cannot read: %s",
                       g_strerror (errno));
          return NULL;
        }
      if (!S_ISREG (st.st_mode))
        {
          g_set_error (error, MN_ERROR, MN_ERROR_READ,
                       "cannot read: not a regular file");
          return NULL;
        }
      if ((guint64) st.st_size > limits.max_input_bytes)
        {
          g_set_error (error, MN_ERROR, MN_ERROR_TOO_LARGE,
                       "file is %" G_GUINT64_FORMAT " bytes, over the limit of %"
                       G_GUINT64_FORMAT, (guint64) st.st_size,
                       limits.max_input_bytes);
          return NULL;
        }
      expected = (gsize) st.st_size;
      fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
      if (fd < 0)
        {
          g_set_error (error, MN_ERROR, MN_ERROR_READ, "cannot read: %s",
                       g_strerror (errno));
          return NULL;
        }
    }
  /* read straight into a buffer sized by stat: a regular file is neither
   * copied through a bounce buffer nor moved as the buffer grows */
  buf = g_byte_array_sized_new ((guint) (expected + 1));
  for (;;)
    {
      /* the rest of what stat said and a byte more, to see the end without
       * growing; past that (a file grown since, a pipe) 64 KB at a time */
      guint before = buf->len;
      gsize room = before < expected + 1 ? expected + 1 - before : 65536;
      ssize_t n;

      g_byte_array_set_size (buf, before + (guint) room);
      n = read (fd, buf->data + before, room);
      g_byte_array_set_size (buf, before + (guint) MAX (n, 0));
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved = errno;
          if (fd != STDIN_FILENO)
            close (fd);
          g_set_error (error, MN_ERROR, MN_ERROR_READ, "cannot read: %s", g_strerror (saved));
          return NULL;
        }
      if (n == 0)
        break;
      if (buf->len > limits.max_input_bytes)
        {
          if (fd != STDIN_FILENO)
            close (fd);
          g_set_error (error, MN_ERROR, MN_ERROR_TOO_LARGE,
                       "input is over the limit of %" G_GUINT64_FORMAT " bytes",
                       limits.max_input_bytes);
          return NULL;
        }
    }
  if (fd != STDIN_FILENO)
    close (fd);
  return g_byte_array_free_to_bytes (g_steal_pointer (&buf));
}

static char *
sha256_hex (GBytes *data)
{
  gsize len;
  const guchar *p = g_bytes_get_data (data, &len);
  return mn_sha256_hex (p, len);
}

MnDocument *
mn_convert_bytes (MnRegistry *reg, GBytes *data, const char *file_name,
                  const char *from, GError **error)
{
  return mn_convert_bytes_timed (reg, data, file_name, from, NULL, error);
}

MnDocument *
mn_convert_bytes_timed (MnRegistry *reg, GBytes *data, const char *file_name,
                        const char *from, MnConvertTimes *times, GError **error)
{
  const MnInputPlugin *in;
  MnExtract ex;
  MnDocument *doc;
  gsize len;
  const guint8 *bytes = g_bytes_get_data (data, &len);
  gint64 start = g_get_monotonic_time (), extracted;

  if (len == 0)
    {
      g_set_error (error, MN_ERROR, MN_ERROR_EMPTY, "file is empty");
      return NULL;
    }
  if (from)
    in = mn_registry_input (reg, from, error);
  else
    in = mn_registry_probe (reg, bytes, MIN (len, MN_PROBE_HEAD_SIZE),
                            file_name, NULL, error);
  if (in == NULL)
    return NULL;

  mn_extract_init (&ex, file_name);
  if (!in->extract (&ex, data, error) || !mn_extract_check_limits (&ex, error))
    {
      mn_extract_clear (&ex);
      return NULL;
    }

  doc = mn_document_new ();
  doc->source.file = g_path_get_basename (file_name);
  doc->source.path = g_strdup (file_name);
  doc->source.format = g_strdup (in->name);
  doc->source.sha256 = sha256_hex (data);
  doc->source.pages = ex.pages;
  /* the extractor's warnings come first: they happened first */
  for (guint i = 0; i < ex.warnings->len; i++)
    {
      MnWarning *w = g_ptr_array_index (ex.warnings, i);
      g_ptr_array_add (doc->warnings, mn_warning_new (w->code, w->page,
                                                      w->message));
    }
  extracted = g_get_monotonic_time ();
  mn_normalize (ex.blocks);
  mn_agenda_parse (ex.blocks, doc);
  mn_extract_clear (&ex);
  if (times)
    {
      times->extract += extracted - start;
      times->structure += g_get_monotonic_time () - extracted;
    }
  return doc;
}

static gboolean
validate_options (const MnOutputPlugin *out, GHashTable *options,
                  GError **error)
{
  GHashTableIter it;
  gpointer key;

  if (options == NULL)
    return TRUE;
  g_hash_table_iter_init (&it, options);
  while (g_hash_table_iter_next (&it, &key, NULL))
    {
      gboolean known = FALSE;
      for (const MnOptionSpec *o = out->options; o && o->key; o++)
        if (strcmp (o->key, key) == 0)
          known = TRUE;
      if (!known)
        {
          g_set_error (error, MN_ERROR, MN_ERROR_OPTION,
                       "%s output has no option '%s'", out->name,
                       (const char *) key);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
write_special (const char *path, const GString *buf, GError **error)
{
  FILE *fp = g_fopen (path, "wb");
  gboolean ok;

  if (fp == NULL)
    {
      g_set_error (error, MN_ERROR, MN_ERROR_WRITE, "%s: cannot write: %s", path,
                   g_strerror (errno));
      return FALSE;
    }
  ok = fwrite (buf->str, 1, buf->len, fp) == buf->len;
  ok = (fclose (fp) == 0) && ok;
  if (!ok)
    g_set_error (error, MN_ERROR, MN_ERROR_WRITE, "%s: cannot write: %s", path,
                 g_strerror (errno));
  return ok;
}

/* The process umask, read without changing it for other threads for long. */
static mode_t
current_umask (void)
{
  mode_t m = umask (022);
  umask (m);
  return m;
}

/* About the size of the document's JSON, its largest output: what the
 * output buffer starts with.  Grown by doubling, a 300 KB output was
 * copied through every power of two below it, and on an allocator that
 * moves what it grows (mimalloc) each copy touched fresh pages: 150 page
 * faults of a 60-page paper's thousand.  The sections' text and the
 * presentation and recommendation (printed again beside them) are most
 * of it; the rest is structure (over 216 papers, output = 0.7-1.4x the
 * hint, 0.9x in the median). */
static gsize
output_size_hint (const MnDocument *doc)
{
  gsize text = 4096;

  for (guint k = 0; k < doc->items->len; k++)
    {
      const MnItem *it = g_ptr_array_index (doc->items, k);
      text += 300 + (it->presentation ? strlen (it->presentation) : 0)
              + (it->recommendation ? strlen (it->recommendation) : 0);
      for (guint i = 0; i < it->sections->len; i++)
        {
          const MnSection *sec = g_ptr_array_index (it->sections, i);
          text += sec->text ? strlen (sec->text) : 0;
        }
    }
  return text + text / 2;
}

gboolean
mn_write_document (const MnOutputPlugin *out, const MnDocument *doc,
                   GHashTable *options, const char *path, const char *tmpdir,
                   GError **error)
{
  g_autoptr (GString) buf = g_string_sized_new (output_size_hint (doc));
  GStatBuf st;

  if (!validate_options (out, options, error))
    return FALSE;
  if (MN_OUTPUT_STORE (out))
    {
      /* a database is updated in place: the plugin's own transaction
       * makes it all or nothing */
      if (path == NULL || strcmp (path, "-") == 0)
        {
          g_set_error (error, MN_ERROR, MN_ERROR_USAGE,
                       "%s output is a database: give it with -o FILE", out->name);
          return FALSE;
        }
      mn_document_write_json (doc, buf);
      return MN_OUTPUT_STORE (out) (buf->str, doc->source.path ? doc->source.path : doc->source.file,
                                    options, path, error);
    }
  if (!out->write (doc, options, buf, error))
    return FALSE;
  if (path == NULL || strcmp (path, "-") == 0)
    {
      if (fwrite (buf->str, 1, buf->len, stdout) != buf->len
          || fflush (stdout) != 0)
        {
          g_set_error (error, MN_ERROR, MN_ERROR_WRITE,
                       "cannot write to standard output: %s",
                       g_strerror (errno));
          return FALSE;
        }
      return TRUE;
    }
  /* A device or a pipe ("-o /dev/null", a FIFO) is written to, never
   * replaced: renaming a file over /dev/null would break the system. */
  if (g_stat (path, &st) == 0 && !S_ISREG (st.st_mode) && !S_ISDIR (st.st_mode))
    return write_special (path, buf, error);
  return mn_write_atomically (path, tmpdir, buf->str, buf->len, error);
}

/* Why not g_file_set_contents: its temporary is "NAME.XXXXXX", a shape
 * users' own files have too ("budget.xlsx.backup"), so a sweep after a
 * crash could not tell ours from theirs; and its error messages name the
 * temporary, not the output.  Ours start with MN_TEMP_PREFIX, a name only
 * minutes writes, and every message names the output. */
gboolean
mn_write_atomically (const char *path, const char *tmpdir, const char *data,
                     gsize len, GError **error)
{
  g_autofree char *dir = tmpdir ? g_strdup (tmpdir) : g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *tmp = tmpdir
    ? g_strdup_printf ("%s/%d-XXXXXX", dir, (int) getpid ())
    : g_strdup_printf ("%s/" MN_TEMP_PREFIX "%s.XXXXXX", dir, base);
  gsize done = 0;
  gboolean ok;
  int fd, saved = 0;
  GStatBuf st;

  gboolean replacing = g_stat (path, &st) == 0;

  if (replacing && S_ISDIR (st.st_mode))
    {
      g_set_error (error, MN_ERROR, MN_ERROR_WRITE, "%s: cannot write: is a directory", path);
      return FALSE;
    }
  sigset_t hold, old;

  /* a deadline (convert --timeout) must not leave the temporary behind */
  sigemptyset (&hold);
  sigaddset (&hold, SIGALRM);
  sigprocmask (SIG_BLOCK, &hold, &old);
  fd = g_mkstemp_full (tmp, O_WRONLY | O_CLOEXEC, 0666 & ~current_umask ());
  if (fd < 0)
    {
      sigprocmask (SIG_SETMASK, &old, NULL);
      g_set_error (error, MN_ERROR, MN_ERROR_WRITE, "%s: cannot write: %s", path,
                   g_strerror (errno));
      return FALSE;
    }
  while (done < len)
    {
      ssize_t n = write (fd, data + done, len - done);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          saved = n < 0 ? errno : ENOSPC;
          break;
        }
      done += (gsize) n;
    }
  /* the data on disk before the name when an output is replaced: a crash
   * leaves the old output or the new one, never an empty file under its
   * name (a new file has nothing to lose: GLib's rule too) */
  ok = done == len && (!replacing || fsync (fd) == 0);
  if (!ok && saved == 0)
    saved = errno;
  if (close (fd) != 0 && ok)
    {
      ok = FALSE;
      saved = errno;
    }
  if (ok && g_rename (tmp, path) != 0)
    {
      ok = FALSE;
      saved = errno;
    }
  if (!ok)
    {
      g_unlink (tmp);
      sigprocmask (SIG_SETMASK, &old, NULL);
      g_set_error (error, MN_ERROR, MN_ERROR_WRITE, "%s: cannot write: %s", path,
                   g_strerror (saved));
      return FALSE;
    }
  sigprocmask (SIG_SETMASK, &old, NULL);
  return TRUE;
}

gboolean
mn_convert_file (MnRegistry *reg, const char *input, const char *output,
                 const MnConvertOptions *opts, GError **error)
{
  g_autoptr (GBytes) data = NULL;
  g_autoptr (MnDocument) doc = NULL;
  const MnOutputPlugin *out;
  const char *name = strcmp (input, "-") == 0 ? "<stdin>" : input;
  MnConvertTimes times = { 0 };
  gint64 start;

  /* resolve the output first: a typo in -t should not cost a conversion */
  out = mn_registry_output (reg, opts->to ? opts->to : "json", error);
  if (out == NULL || !validate_options (out, opts->options, error))
    return FALSE;
  if (strcmp (input, "-") != 0 && g_file_test (input, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, MN_ERROR, MN_ERROR_READ,
                   "%s: is a directory; 'minutes batch -o OUTDIR %s' converts a whole directory",
                   input, input);
      return FALSE;
    }
  start = g_get_monotonic_time ();
  data = mn_read_input (input, error);
  times.read = g_get_monotonic_time () - start;
  if (data)
    doc = mn_convert_bytes_timed (reg, data, name, opts->from, &times, error);
  if (doc == NULL)
    {
      g_prefix_error (error, "%s: ", name);
      return FALSE;
    }
  start = g_get_monotonic_time ();
  if (!mn_write_document (out, doc, opts->options, output, NULL, error))
    return FALSE;
  times.write = g_get_monotonic_time () - start;
  for (guint i = 0; opts->on_warning && i < doc->warnings->len; i++)
    opts->on_warning (name, g_ptr_array_index (doc->warnings, i));
  if (opts->verbose)
    {
      char pages[32] = "";
      if (doc->source.pages > 0)
        g_snprintf (pages, sizeof pages, ", %d pages", doc->source.pages);
      fprintf (stderr, "minutes: %s: read as %s%s, layout %s: %s of %s %s, %u items, %u warnings -> %s"
               " (read %.2f ms, extract %.2f ms, structure %.2f ms, write %.2f ms)\n",
               name, doc->source.format, pages, doc->layout ? doc->layout : "generic",
               mn_kind_to_string (doc->meeting.kind),
               doc->meeting.body ? doc->meeting.body : "an unnamed body",
               doc->meeting.date ? doc->meeting.date : "(no date)", doc->items->len,
               doc->warnings->len, output && strcmp (output, "-") ? output : "standard output",
               times.read / 1e3, times.extract / 1e3, times.structure / 1e3, times.write / 1e3);
    }
  return TRUE;
}
