/* The batch manifest: JSON Lines, one line per input and run, appended and
 * flushed to disk per file, so a killed run loses at most the files in
 * flight.  On a rerun the last line per path says what is done. */
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <json-glib/json-glib.h>
#include <minutes/plugin.h>
#include "batch.h"

#ifndef MN_JSON_GLIB_SONAME
#define MN_JSON_GLIB_SONAME "libjson-glib-1.0.so.0"
#endif

void
mn_manifest_entry_free (MnManifestEntry *e)
{
  if (e == NULL)
    return;
  g_free (e->path);
  g_free (e->sha256);
  g_free (e->plugin);
  g_free (e->status);
  g_free (e->error);
  g_free (e->options);
  g_free (e->version);
  g_strfreev (e->outputs);
  g_free (e->output_bytes);
  g_free (e);
}

/* json-glib reads the manifest: it is resolved when a batch starts rather
 * than linked, because it and GIO, which it brings, cost 2 ms of every
 * process start, `minutes convert` included. */
#define JSON_GLIB_FUNCTIONS(F) \
  F (json_parser_new) F (json_parser_load_from_data) F (json_parser_get_root) \
  F (json_node_get_node_type) F (json_node_get_object) F (json_node_get_value_type) \
  F (json_node_get_string) F (json_node_get_array) F (json_object_get_member) \
  F (json_array_get_length) F (json_array_get_element) F (json_node_get_int) F (g_object_unref)

#define JSON_GLIB_FIELD(name) __typeof__ (name) *name;
#define JSON_GLIB_SYMBOL(name) { #name, (gpointer *) &jg.name },

static struct {
  JSON_GLIB_FUNCTIONS (JSON_GLIB_FIELD)
} jg;

static gboolean
json_glib_load (void)
{
  static const MnLibrarySymbol symbols[] = { JSON_GLIB_FUNCTIONS (JSON_GLIB_SYMBOL) { NULL, NULL } };
  static MnLibrary json_glib = { MN_JSON_GLIB_SONAME, symbols, 0, FALSE };

  return mn_library_load (&json_glib);
}

/* transfer full: the string at node, or NULL for anything else */
static char *
node_string (JsonNode *n)
{
  return n && jg.json_node_get_node_type (n) == JSON_NODE_VALUE
         && jg.json_node_get_value_type (n) == G_TYPE_STRING
         ? g_strdup (jg.json_node_get_string (n)) : NULL;
}

static char *
member_string (JsonObject *o, const char *key)
{
  return node_string (jg.json_object_get_member (o, key));
}

/* One manifest line, or NULL when it is not an object with a path. */
static MnManifestEntry *
parse_line (const char *line)
{
  JsonParser *p = jg.json_parser_new ();
  JsonNode *root, *outs_node;
  JsonArray *outs = NULL;
  JsonObject *o;
  MnManifestEntry *e = NULL;
  guint n_outs;

  /* a line cut short by a kill is not valid JSON: skip it */
  if (!jg.json_parser_load_from_data (p, line, -1, NULL)
      || (root = jg.json_parser_get_root (p)) == NULL
      || jg.json_node_get_node_type (root) != JSON_NODE_OBJECT)
    goto out;
  o = jg.json_node_get_object (root);
  e = g_new0 (MnManifestEntry, 1);
  e->path = member_string (o, "path");
  {
    /* a path that is not UTF-8 is in path_base64, byte for byte */
    g_autofree char *b64 = member_string (o, "path_base64");
    if (b64 && e->path)
      {
        gsize n;
        guchar *raw = g_base64_decode (b64, &n);
        g_free (e->path);
        e->path = g_strndup ((const char *) raw, n);
        g_free (raw);
      }
  }
  e->sha256 = member_string (o, "sha256");
  e->status = member_string (o, "status");
  e->options = member_string (o, "options");
  e->version = member_string (o, "version");
  outs_node = jg.json_object_get_member (o, "outputs");
  if (outs_node && jg.json_node_get_node_type (outs_node) == JSON_NODE_ARRAY)
    outs = jg.json_node_get_array (outs_node);
  n_outs = outs ? jg.json_array_get_length (outs) : 0;
  e->outputs = g_new0 (char *, n_outs + 1);
  for (guint k = 0, j = 0; k < n_outs; k++)
    if ((e->outputs[j] = node_string (jg.json_array_get_element (outs, k))))
      j++;
  {
    /* each output's size, when the line records them for every output */
    JsonNode *sizes_node = jg.json_object_get_member (o, "output_bytes");
    JsonArray *sizes = sizes_node && jg.json_node_get_node_type (sizes_node) == JSON_NODE_ARRAY
                       ? jg.json_node_get_array (sizes_node) : NULL;
    if (sizes && jg.json_array_get_length (sizes) == n_outs && g_strv_length (e->outputs) == n_outs)
      {
        e->output_bytes = g_new (gint64, n_outs + 1);
        for (guint k = 0; k < n_outs; k++)
          {
            JsonNode *v = jg.json_array_get_element (sizes, k);
            e->output_bytes[k] = v && jg.json_node_get_node_type (v) == JSON_NODE_VALUE
                                 && jg.json_node_get_value_type (v) == G_TYPE_INT64
                                 ? jg.json_node_get_int (v) : -1;
          }
      }
  }
  if (e->path == NULL)
    g_clear_pointer (&e, mn_manifest_entry_free);
out:
  jg.g_object_unref (p);
  return e;
}

GHashTable *
mn_manifest_load (const char *file)
{
  GHashTable *done = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                            (GDestroyNotify) mn_manifest_entry_free);
  g_autofree char *text = NULL;
  g_auto (GStrv) lines = NULL;

  /* a new manifest (just created, empty) has nothing to parse: json-glib,
   * with the GIO it brings, is 1 ms of a batch's start, not loaded for it */
  if (!g_file_get_contents (file, &text, NULL, NULL) || text[strspn (text, " \t\r\n")] == '\0')
    return done;
  if (!json_glib_load ())
    {
      /* without it nothing counts as done: every input is converted again */
      g_printerr ("minutes: %s: cannot load %s to read the manifest; converting everything\n",
                  file, MN_JSON_GLIB_SONAME);
      return done;
    }
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      MnManifestEntry *e = *lines[i] ? parse_line (lines[i]) : NULL;
      if (e)
        g_hash_table_replace (done, e->path, e);
    }
  return done;
}

static void
str_member (GString *line, const char *key, const char *value)
{
  g_string_append_printf (line, ",\"%s\":", key);
  if (value)
    mn_json_append_string (line, value);
  else
    g_string_append (line, "null");
}

gboolean
mn_manifest_append (int fd, const MnManifestEntry *e, GError **error)
{
  g_autoptr (GString) line = g_string_new ("{\"path\":");
  char seconds[G_ASCII_DTOSTR_BUF_SIZE];
  const char *with_nl;
  gsize len, done = 0;
  off_t before;

  mn_json_append_string (line, e->path);
  if (!g_utf8_validate (e->path, -1, NULL))
    {
      /* "path" has U+FFFD for the bytes that are not UTF-8: the name itself
       * goes beside it, so a rerun finds the file again */
      g_autofree char *b64 = g_base64_encode ((const guchar *) e->path, strlen (e->path));
      g_string_append_printf (line, ",\"path_base64\":\"%s\"", b64);
    }
  g_string_append_printf (line, ",\"size\":%" G_GUINT64_FORMAT, (guint64) e->size);
  str_member (line, "sha256", e->sha256);
  str_member (line, "plugin", e->plugin);
  str_member (line, "status", e->status);
  str_member (line, "error", e->error);
  g_string_append_printf (line, ",\"exit_code\":%d", e->exit_code);
  g_string_append_printf (line, ",\"seconds\":%s",
                          g_ascii_formatd (seconds, sizeof seconds, "%.3f", e->seconds));
  g_string_append_printf (line, ",\"warnings\":%d", e->warnings);
  g_string_append (line, ",\"outputs\":[");
  for (guint i = 0; e->outputs && e->outputs[i]; i++)
    {
      if (i)
        g_string_append_c (line, ',');
      mn_json_append_string (line, e->outputs[i]);
    }
  g_string_append_c (line, ']');
  if (e->output_bytes && e->outputs && e->outputs[0])
    {
      g_string_append (line, ",\"output_bytes\":[");
      for (guint i = 0; e->outputs[i]; i++)
        {
          if (i)
            g_string_append_c (line, ',');
          if (e->output_bytes[i] >= 0)
            g_string_append_printf (line, "%" G_GINT64_FORMAT, e->output_bytes[i]);
          else
            g_string_append (line, "null");
        }
      g_string_append_c (line, ']');
    }
  str_member (line, "options", e->options);
  str_member (line, "version", e->version);
  g_string_append (line, "}\n");
  with_nl = line->str;
  len = line->len;
  /* one write per line on an O_APPEND descriptor, then to the disk; a
   * line that could not be written whole is cut off again, so the next
   * run does not append to half a line */
  before = lseek (fd, 0, SEEK_END);
  while (done < len)
    {
      ssize_t n = write (fd, with_nl + done, len - done);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          int saved = n < 0 ? errno : ENOSPC;
          if (before >= 0 && done > 0 && ftruncate (fd, before) != 0)
            {
              /* mn_manifest_end_torn_line mends it at the next start */
            }
          g_set_error (error, MN_ERROR, MN_ERROR_WRITE, "cannot write the manifest: %s",
                       g_strerror (saved));
          return FALSE;
        }
      done += (gsize) n;
    }
  if (fdatasync (fd) != 0 && errno != EINVAL)
    {
      g_set_error (error, MN_ERROR, MN_ERROR_WRITE, "cannot write the manifest to disk: %s",
                   g_strerror (errno));
      return FALSE;
    }
  return TRUE;
}

gboolean
mn_manifest_end_torn_line (int fd, GError **error)
{
  off_t end = lseek (fd, 0, SEEK_END);
  char last;

  /* a line cut short by a kill or a full disk: ended here, so that the
   * loader skips it (it is no JSON) and the next line stands alone */
  if (end <= 0 || pread (fd, &last, 1, end - 1) != 1 || last == '\n')
    return TRUE;
  if (write (fd, "\n", 1) != 1)
    {
      g_set_error (error, MN_ERROR, MN_ERROR_WRITE, "cannot mend the manifest's last line: %s",
                   g_strerror (errno));
      return FALSE;
    }
  return TRUE;
}
