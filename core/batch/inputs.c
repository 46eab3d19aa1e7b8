/* Batch inputs: every regular file under the INPUT arguments (directories
 * recursed, symbolic links to files followed, to directories not), sorted so runs
 * and shards are reproducible, each with the plugin that claims it.  A file
 * is claimed when a probe gives it at least MN_PROBE_EXTENSION; the others
 * are skipped, not failed (an archive holds spreadsheets and images too). */
#include <string.h>
#include <errno.h>
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
  gsize n = 0;
  FILE *fp = g_fopen (path, "rb");
  const MnInputPlugin *in;
  int score = 0;

  if (fp == NULL)
    return NULL;
  n = fread (head, 1, sizeof head, fp);
  fclose (fp);
  if (n == 0)
    return NULL;
  in = mn_registry_probe (reg, head, n, path, &score, NULL);
  return in && score >= MN_PROBE_EXTENSION ? in->name : NULL;
}

static void
add_file (MnRegistry *reg, GPtrArray *out, const char *path, const char *rel,
          guint64 size)
{
  MnBatchInput *in = g_new0 (MnBatchInput, 1);

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
walk (MnRegistry *reg, GPtrArray *out, const char *dir, const char *rel,
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
            walk (reg, out, path, r, skip_dir, depth + 1);
        }
      else if (S_ISREG (st.st_mode))
        add_file (reg, out, path, r, (guint64) st.st_size);
    }
}

GPtrArray *
mn_batch_collect (MnRegistry *reg, char **inputs, const char *skip_dir,
                  GError **error)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) mn_batch_input_free);

  for (guint i = 0; inputs[i]; i++)
    {
      GStatBuf st;
      g_autofree char *trimmed = g_strdup (inputs[i]);
      gsize len = strlen (trimmed);

      while (len > 1 && trimmed[len - 1] == '/')
        trimmed[--len] = '\0';
      if (g_stat (trimmed, &st) != 0)
        {
          g_set_error (error, MN_ERROR, MN_ERROR_READ, "%s: cannot read: %s",
                       inputs[i], g_strerror (errno));
          g_ptr_array_unref (out);
          return NULL;
        }
      if (S_ISDIR (st.st_mode))
        walk (reg, out, trimmed, "", skip_dir, 0);
      else
        {
          g_autofree char *base = g_path_get_basename (trimmed);
          add_file (reg, out, trimmed, base, (guint64) st.st_size);
        }
    }
  return out;
}
