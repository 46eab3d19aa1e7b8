/* The batch manifest: JSON Lines, one line per input and run, appended and
 * flushed to disk per file, so a killed run loses at most the files in
 * flight.  On a rerun the last line per path says what is done. */
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <json-glib/json-glib.h>
#include "batch.h"

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
  g_free (e);
}

static char *
member_string (JsonObject *o, const char *key)
{
  JsonNode *n = json_object_get_member (o, key);
  return n && JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING
         ? g_strdup (json_node_get_string (n)) : NULL;
}

GHashTable *
mn_manifest_load (const char *file)
{
  GHashTable *done = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                            (GDestroyNotify) mn_manifest_entry_free);
  g_autofree char *text = NULL;
  g_auto (GStrv) lines = NULL;

  if (!g_file_get_contents (file, &text, NULL, NULL))
    return done;
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_autoptr (JsonParser) p = json_parser_new ();
      JsonObject *o;
      JsonArray *outs;
      MnManifestEntry *e;

      /* a line cut short by a kill is not valid JSON: skip it */
      if (*lines[i] == '\0' || !json_parser_load_from_data (p, lines[i], -1, NULL)
          || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (p)))
        continue;
      o = json_node_get_object (json_parser_get_root (p));
      e = g_new0 (MnManifestEntry, 1);
      e->path = member_string (o, "path");
      e->sha256 = member_string (o, "sha256");
      e->status = member_string (o, "status");
      e->options = member_string (o, "options");
      e->version = member_string (o, "version");
      outs = json_object_has_member (o, "outputs") ? json_object_get_array_member (o, "outputs") : NULL;
      e->outputs = g_new0 (char *, (outs ? json_array_get_length (outs) : 0) + 1);
      for (guint k = 0; outs && k < json_array_get_length (outs); k++)
        e->outputs[k] = g_strdup (json_array_get_string_element (outs, k));
      if (e->path == NULL)
        {
          mn_manifest_entry_free (e);
          continue;
        }
      g_hash_table_replace (done, e->path, e);
    }
  return done;
}

static void
str_member (JsonBuilder *b, const char *key, const char *value)
{
  json_builder_set_member_name (b, key);
  if (value)
    json_builder_add_string_value (b, value);
  else
    json_builder_add_null_value (b);
}

gboolean
mn_manifest_append (int fd, const MnManifestEntry *e, GError **error)
{
  g_autoptr (JsonBuilder) b = json_builder_new ();
  g_autoptr (JsonGenerator) gen = json_generator_new ();
  g_autoptr (JsonNode) root = NULL;
  g_autofree char *line = NULL;
  g_autofree char *with_nl = NULL;
  gsize len, done = 0;

  json_builder_begin_object (b);
  str_member (b, "path", e->path);
  json_builder_set_member_name (b, "size");
  json_builder_add_int_value (b, (gint64) e->size);
  str_member (b, "sha256", e->sha256);
  str_member (b, "plugin", e->plugin);
  str_member (b, "status", e->status);
  str_member (b, "error", e->error);
  json_builder_set_member_name (b, "exit_code");
  json_builder_add_int_value (b, e->exit_code);
  json_builder_set_member_name (b, "seconds");
  json_builder_add_double_value (b, ((gint64) (e->seconds * 1000 + 0.5)) / 1000.0);
  json_builder_set_member_name (b, "warnings");
  json_builder_add_int_value (b, e->warnings);
  json_builder_set_member_name (b, "outputs");
  json_builder_begin_array (b);
  for (guint i = 0; e->outputs && e->outputs[i]; i++)
    json_builder_add_string_value (b, e->outputs[i]);
  json_builder_end_array (b);
  str_member (b, "options", e->options);
  str_member (b, "version", e->version);
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  json_generator_set_root (gen, root);
  line = json_generator_to_data (gen, NULL);
  with_nl = g_strconcat (line, "\n", NULL);
  len = strlen (with_nl);
  /* one write per line on an O_APPEND descriptor, then to the disk */
  while (done < len)
    {
      ssize_t n = write (fd, with_nl + done, len - done);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          g_set_error (error, MN_ERROR, MN_ERROR_WRITE, "manifest: cannot write: %s",
                       g_strerror (errno));
          return FALSE;
        }
      done += (gsize) n;
    }
  fdatasync (fd);
  return TRUE;
}
