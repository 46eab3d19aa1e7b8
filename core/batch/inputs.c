/* Batch inputs: every regular file under the INPUT arguments (directories
 * recursed, symbolic links to files followed, to directories not), sorted so runs
 * and shards are reproducible, each with the plugin that claims it.  A file
 * is claimed when a probe gives it at least MN_PROBE_EXTENSION; the others
 * are skipped, not failed (an archive holds spreadsheets and images too). */
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>
#include <glib/gstdio.h>
#include "batch.h"

void
mn_batch_input_free (MnBatchInput *in)
{
  if (in == NULL)
    return;
  g_free (in->path);
  g_free (in->rel);
  g_free (in);
}

int
mn_batch_shard_of (const char *rel, int n)
{
  guint8 digest[32];
  gsize len = sizeof digest;
  g_autoptr (GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  guint32 v;

  g_checksum_update (sum, (const guchar *) rel, -1);
  g_checksum_get_digest (sum, digest, &len);
  v = ((guint32) digest[0] << 24) | ((guint32) digest[1] << 16)
      | ((guint32) digest[2] << 8) | digest[3];
  return (int) (v % (guint32) n) + 1;
}

static const char *
claim (MnRegistry *reg, const char *path)
{
  guint8 head[MN_PROBE_HEAD_SIZE];
  ssize_t n;
  /* O_NONBLOCK: should the file have been swapped for a FIFO since it was
   * listed, the read fails instead of waiting for a writer */
  int fd = g_open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC, 0);
  struct stat st;
  const MnInputPlugin *in;
  int score = 0;

  if (fd < 0)
    return NULL;
  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      close (fd);
      return NULL;
    }
  n = read (fd, head, sizeof head);
  close (fd);
  if (n <= 0)
    return NULL;
  in = mn_registry_probe (reg, head, (gsize) n, path, &score, NULL);
  return in && score >= MN_PROBE_EXTENSION ? in->name : NULL;
}

static void
add_file (MnRegistry *reg, GPtrArray *out, GHashTable *seen, const char *path,
          const char *rel, guint64 size)
{
  MnBatchInput *in;
  char *canonical = g_canonicalize_filename (path, NULL);

  /* overlapping INPUTs ("in in/sub", "in in") give each file once */
  if (!g_hash_table_add (seen, canonical))
    return;
  in = g_new0 (MnBatchInput, 1);
  in->path = g_strdup (path);
  in->rel = g_strdup (rel);
  in->size = size;
  in->plugin = claim (reg, path);
  g_ptr_array_add (out, in);
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static void
walk (MnRegistry *reg, GPtrArray *out, GHashTable *seen, const char *dir, const char *rel,
      const char *skip_dir, int depth)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (d == NULL || depth > 64)
    return;
  while ((name = g_dir_read_name (d)))
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      const char *nm = g_ptr_array_index (names, i);
      g_autofree char *path = g_build_filename (dir, nm, NULL);
      g_autofree char *r = *rel ? g_build_filename (rel, nm, NULL) : g_strdup (nm);
      GStatBuf st;

      /* a link to a file is followed; a link to a directory is not
       * (no loops): lstat first, stat for what a file link points at */
      if (g_lstat (path, &st) != 0)
        continue;
      if (S_ISLNK (st.st_mode) && (g_stat (path, &st) != 0 || S_ISDIR (st.st_mode)))
        continue;
      if (S_ISDIR (st.st_mode))
        {
          g_autofree char *canonical = g_canonicalize_filename (path, NULL);
          /* the output directory may sit inside an input: not an input */
          if (skip_dir == NULL || strcmp (canonical, skip_dir) != 0)
            walk (reg, out, seen, path, r, skip_dir, depth + 1);
        }
      else if (S_ISREG (st.st_mode))
        add_file (reg, out, seen, path, r, (guint64) st.st_size);
    }
}

/* The directory the INPUTs' outputs are placed below: for one INPUT,
 * itself (a directory) or its parent (a file); for several, the deepest
 * directory that holds them all, so "2020/ 2021/" mirror as OUTDIR/2020/
 * and OUTDIR/2021/ and two files of one name never meet.  Paths are
 * compared after g_canonicalize_filename (lexical: "a/../b" is "b"). */
static char *
common_parent (char **canonical, gboolean single_dir)
{
  char *base;

  if (canonical[0] == NULL)
    return g_strdup ("/");
  if (single_dir && canonical[1] == NULL)
    return g_strdup (canonical[0]);
  base = g_path_get_dirname (canonical[0]);
  for (guint i = 1; canonical[i]; i++)
    while (!(g_str_has_prefix (canonical[i], base)
             && (canonical[i][strlen (base)] == '/' || strcmp (base, "/") == 0)))
      {
        char *up = g_path_get_dirname (base);
        g_free (base);
        base = up;
      }
  return base;
}

static const char *
relative_to (const char *path, const char *base)
{
  gsize n = strlen (base);

  if (strcmp (path, base) == 0)
    return "";
  return path + (strcmp (base, "/") == 0 ? 1 : n + 1);
}

GPtrArray *
mn_batch_collect (MnRegistry *reg, char **inputs, const char *skip_dir,
                  GError **error)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) mn_batch_input_free);
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n = g_strv_length (inputs);
  g_auto (GStrv) trimmed = g_new0 (char *, n + 1);
  g_auto (GStrv) canonical = g_new0 (char *, n + 1);
  g_autofree char *base = NULL;
  gboolean first_is_dir = FALSE;

  for (guint i = 0; i < n; i++)
    {
      GStatBuf st;
      gsize len;

      trimmed[i] = g_strdup (inputs[i]);
      len = strlen (trimmed[i]);
      while (len > 1 && trimmed[i][len - 1] == '/')
        trimmed[i][--len] = '\0';
      if (g_stat (trimmed[i], &st) != 0)
        {
          g_set_error (error, MN_ERROR, MN_ERROR_READ, "%s: cannot read: %s",
                       inputs[i], g_strerror (errno));
          g_ptr_array_unref (out);
          return NULL;
        }
      /* a FIFO or a device would block the parent on its first read, before
       * any worker or timeout exists: regular files only, as in convert */
      if (!S_ISDIR (st.st_mode) && !S_ISREG (st.st_mode))
        {
          g_set_error (error, MN_ERROR, MN_ERROR_READ, "%s: cannot read: not a regular file",
                       inputs[i]);
          g_ptr_array_unref (out);
          return NULL;
        }
      if (i == 0)
        first_is_dir = S_ISDIR (st.st_mode);
      canonical[i] = g_canonicalize_filename (trimmed[i], NULL);
    }
  base = common_parent (canonical, first_is_dir);
  for (guint i = 0; i < n; i++)
    {
      GStatBuf st;
      const char *rel = relative_to (canonical[i], base);

      if (g_stat (trimmed[i], &st) != 0)
        continue;
      if (S_ISDIR (st.st_mode))
        walk (reg, out, seen, trimmed[i], rel, skip_dir, 0);
      else
        add_file (reg, out, seen, trimmed[i], rel, (guint64) st.st_size);
    }
  return out;
}
