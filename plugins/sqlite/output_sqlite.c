/* SQLite output: one database for a whole archive.
 *
 * `minutes convert -t sqlite -o archive.db paper.pdf` adds a paper to the
 * database (creating it), `minutes batch -t sqlite` adds every paper of a
 * batch to OUTDIR/archive.db, the parent being the only writer.  The tables
 * mirror the model (docs/sqlite-schema.md); a `sources` row per input file
 * (path, sha256, plugin, minutes version) owns its meeting, whose items own
 * their sections, decisions, topics and attachments (ON DELETE CASCADE),
 * so converting a paper again deletes its rows and inserts the new ones in
 * one transaction.  The FTS5 table `search` indexes item titles, section
 * texts and decision texts; its tokenizer (unicode61, diacritics kept)
 * keeps æ, ø and å as letters of their own.
 *
 * The rows are inserted from the document's JSON (the model's own
 * serialization) by SQLite's JSON functions: one reading of the model,
 * whichever process made the document. */
#include <string.h>
#include "sqlite_lib.h"

#ifndef MN_VERSION
#define MN_VERSION "0.0.0"
#endif

static const char schema[] =
  "PRAGMA journal_mode = WAL;"
  "CREATE TABLE sources (id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, file TEXT, sha256 TEXT,"
  "  plugin TEXT, pages INTEGER, minutes_version TEXT, converted_at TEXT);"
  "CREATE TABLE meetings (id INTEGER PRIMARY KEY,"
  "  source_id INTEGER NOT NULL UNIQUE REFERENCES sources(id) ON DELETE CASCADE,"
  "  organisation TEXT, body TEXT, date TEXT, kind TEXT, start TEXT, \"end\" TEXT, location TEXT);"
  "CREATE TABLE participants (id INTEGER PRIMARY KEY,"
  "  meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,"
  "  position INTEGER, name TEXT, party TEXT, role TEXT, present INTEGER);"
  "CREATE TABLE items (id INTEGER PRIMARY KEY,"
  "  meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE, position INTEGER,"
  "  number INTEGER, number_label TEXT, title TEXT, access TEXT, case_number TEXT, case_flow TEXT,"
  "  presentation TEXT, recommendation TEXT, first_page INTEGER, last_page INTEGER,"
  "  UNIQUE (meeting_id, position));"
  "CREATE TABLE sections (id INTEGER PRIMARY KEY,"
  "  item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE, position INTEGER,"
  "  heading TEXT, kind TEXT, text TEXT);"
  "CREATE TABLE decisions (id INTEGER PRIMARY KEY,"
  "  item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE, position INTEGER,"
  "  is_item_decision INTEGER, body TEXT, date TEXT, result TEXT, text TEXT, absent TEXT);"
  "CREATE TABLE topics (id INTEGER PRIMARY KEY,"
  "  item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE, position INTEGER,"
  "  start TEXT, \"end\" TEXT, title TEXT, text TEXT, participants TEXT);"
  "CREATE TABLE attachments (id INTEGER PRIMARY KEY,"
  "  item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE, position INTEGER,"
  "  number INTEGER, document_id TEXT, access TEXT, title TEXT, reference TEXT);"
  "CREATE INDEX items_case_number ON items (case_number);"
  "CREATE INDEX meetings_body_date ON meetings (body, date);"
  "CREATE INDEX decisions_body_date ON decisions (body, date);"
  "CREATE INDEX participants_name ON participants (name);"
  "CREATE VIRTUAL TABLE search USING fts5 (title, text, item_id UNINDEXED, what UNINDEXED,"
  "  tokenize = 'unicode61 remove_diacritics 0');"
  "PRAGMA user_version = 1;";

/* One paper, in order: the old rows out, the new ones in.  :json is the
 * document, :path the input as given, :version this minutes. */
static const char *const replace[] = {
  "DELETE FROM search WHERE item_id IN (SELECT it.id FROM items it JOIN meetings m ON m.id = it.meeting_id"
  "  JOIN sources s ON s.id = m.source_id WHERE s.path = :path)",
  "DELETE FROM sources WHERE path = :path",
  "INSERT INTO sources (path, file, sha256, plugin, pages, minutes_version, converted_at)"
  "  VALUES (:path, json_extract (:json, '$.source.file'), json_extract (:json, '$.source.sha256'),"
  "  json_extract (:json, '$.source.format'), json_extract (:json, '$.source.pages'), :version,"
  "  strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'))",
  "INSERT INTO meetings (source_id, organisation, body, date, kind, start, \"end\", location)"
  "  SELECT s.id, json_extract (:json, '$.meeting.organisation'), json_extract (:json, '$.meeting.body'),"
  "  json_extract (:json, '$.meeting.date'), json_extract (:json, '$.meeting.kind'),"
  "  json_extract (:json, '$.meeting.start'), json_extract (:json, '$.meeting.end'),"
  "  json_extract (:json, '$.meeting.location') FROM sources s WHERE s.path = :path",
  "INSERT INTO participants (meeting_id, position, name, party, role, present)"
  "  SELECT m.id, p.key, json_extract (p.value, '$.name'), json_extract (p.value, '$.party'),"
  "  json_extract (p.value, '$.role'), json_extract (p.value, '$.present')"
  "  FROM sources s JOIN meetings m ON m.source_id = s.id, json_each (:json, '$.meeting.participants') p"
  "  WHERE s.path = :path",
  "INSERT INTO items (meeting_id, position, number, number_label, title, access, case_number, case_flow,"
  "  presentation, recommendation, first_page, last_page)"
  "  SELECT m.id, i.key, json_extract (i.value, '$.number'), json_extract (i.value, '$.number_label'),"
  "  json_extract (i.value, '$.title'), json_extract (i.value, '$.access'),"
  "  json_extract (i.value, '$.case_number'),"
  "  (SELECT group_concat (f.value, ', ') FROM json_each (i.value, '$.case_flow') f),"
  "  json_extract (i.value, '$.presentation'), json_extract (i.value, '$.recommendation'),"
  "  json_extract (i.value, '$.pages[0]'), json_extract (i.value, '$.pages[1]')"
  "  FROM sources s JOIN meetings m ON m.source_id = s.id, json_each (:json, '$.items') i"
  "  WHERE s.path = :path",
  "INSERT INTO sections (item_id, position, heading, kind, text)"
  "  SELECT it.id, x.key, json_extract (x.value, '$.heading'), json_extract (x.value, '$.kind'),"
  "  json_extract (x.value, '$.text')"
  "  FROM sources s JOIN meetings m ON m.source_id = s.id JOIN items it ON it.meeting_id = m.id,"
  "  json_each (:json, '$.items') i, json_each (i.value, '$.sections') x"
  "  WHERE s.path = :path AND it.position = i.key",
  "INSERT INTO decisions (item_id, position, is_item_decision, body, date, result, text, absent)"
  "  SELECT it.id, x.key, x.value = json_extract (i.value, '$.decision'), json_extract (x.value, '$.body'),"
  "  json_extract (x.value, '$.date'), json_extract (x.value, '$.result'), json_extract (x.value, '$.text'),"
  "  json_extract (x.value, '$.absent')"
  "  FROM sources s JOIN meetings m ON m.source_id = s.id JOIN items it ON it.meeting_id = m.id,"
  "  json_each (:json, '$.items') i, json_each (i.value, '$.decisions') x"
  "  WHERE s.path = :path AND it.position = i.key",
  "INSERT INTO topics (item_id, position, start, \"end\", title, text, participants)"
  "  SELECT it.id, x.key, json_extract (x.value, '$.start'), json_extract (x.value, '$.end'),"
  "  json_extract (x.value, '$.title'), json_extract (x.value, '$.text'),"
  "  json_extract (x.value, '$.participants')"
  "  FROM sources s JOIN meetings m ON m.source_id = s.id JOIN items it ON it.meeting_id = m.id,"
  "  json_each (:json, '$.items') i, json_each (i.value, '$.topics') x"
  "  WHERE s.path = :path AND it.position = i.key",
  "INSERT INTO attachments (item_id, position, number, document_id, access, title, reference)"
  "  SELECT it.id, x.key, json_extract (x.value, '$.number'), json_extract (x.value, '$.document_id'),"
  "  json_extract (x.value, '$.access'), json_extract (x.value, '$.title'),"
  "  json_extract (x.value, '$.reference')"
  "  FROM sources s JOIN meetings m ON m.source_id = s.id JOIN items it ON it.meeting_id = m.id,"
  "  json_each (:json, '$.items') i, json_each (i.value, '$.attachments') x"
  "  WHERE s.path = :path AND it.position = i.key",
  "INSERT INTO search (title, text, item_id, what)"
  "  SELECT it.title, '', it.id, 'title' FROM sources s JOIN meetings m ON m.source_id = s.id"
  "  JOIN items it ON it.meeting_id = m.id WHERE s.path = :path",
  "INSERT INTO search (title, text, item_id, what)"
  "  SELECT '', x.text, x.item_id, 'section' FROM sources s JOIN meetings m ON m.source_id = s.id"
  "  JOIN items it ON it.meeting_id = m.id JOIN sections x ON x.item_id = it.id"
  "  WHERE s.path = :path AND x.kind <> 'decision' AND x.text <> ''",
  "INSERT INTO search (title, text, item_id, what)"
  "  SELECT '', x.text, x.item_id, 'decision' FROM sources s JOIN meetings m ON m.source_id = s.id"
  "  JOIN items it ON it.meeting_id = m.id JOIN decisions x ON x.item_id = it.id WHERE s.path = :path",
};

static gboolean
fail (sqlite3 *db, const char *path, const char *what, GError **error)
{
  g_set_error (error, MN_ERROR, MN_ERROR_WRITE, "%s: cannot %s: %s", path, what, sq.sqlite3_errmsg (db));
  return FALSE;
}

static void
bind (sqlite3_stmt *st, const char *name, const char *value)
{
  int i = sq.sqlite3_bind_parameter_index (st, name);
  if (i > 0)
    sq.sqlite3_bind_text (st, i, value, -1, SQLITE_TRANSIENT);
}

/* A new file gets the schema; a database of ours of this version is used
 * as it is; any other (tables of someone else's, user_version 0) is
 * refused untouched. */
static gboolean
ensure_schema (sqlite3 *db, const char *path, GError **error)
{
  sqlite3_stmt *st = NULL;
  int version = 0, tables = 0;
  char *msg = NULL;

  if (sq.sqlite3_prepare_v2 (db, "SELECT (SELECT user_version FROM pragma_user_version),"
                                 " (SELECT count(*) FROM sqlite_master)", -1, &st, NULL) != SQLITE_OK)
    return fail (db, path, "read the database", error);
  if (sq.sqlite3_step (st) == SQLITE_ROW)
    {
      version = sq.sqlite3_column_int (st, 0);
      tables = sq.sqlite3_column_int (st, 1);
    }
  sq.sqlite3_finalize (st);
  if (version == MN_SQLITE_SCHEMA_VERSION)
    return TRUE;
  if (tables > 0)
    {
      g_set_error (error, MN_ERROR, MN_ERROR_WRITE,
                   "%s: an SQLite database that is not a minutes database; left untouched", path);
      return FALSE;
    }
  if (sq.sqlite3_exec (db, schema, NULL, NULL, &msg) != SQLITE_OK)
    {
      g_set_error (error, MN_ERROR, MN_ERROR_WRITE, "%s: cannot create the tables: %s", path,
                   msg ? msg : "?");
      sq.sqlite3_free (msg);
      return FALSE;
    }
  return TRUE;
}

static gboolean
sqlite_store (const char *json, const char *source_path, GHashTable *options, const char *path,
              GError **error)
{
  sqlite3 *db = mn_sqlite_open (path, TRUE, error);
  gboolean ok = TRUE;

  if (db == NULL)
    return FALSE;
  if (!ensure_schema (db, path, error)
      || sq.sqlite3_exec (db, "PRAGMA foreign_keys = ON; BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
    {
      if (error && *error == NULL)
        fail (db, path, "write", error);
      sq.sqlite3_close (db);
      return FALSE;
    }
  for (gsize i = 0; ok && i < G_N_ELEMENTS (replace); i++)
    {
      sqlite3_stmt *st = NULL;
      if (sq.sqlite3_prepare_v2 (db, replace[i], -1, &st, NULL) != SQLITE_OK)
        ok = fail (db, path, "prepare the insert", error);
      else
        {
          bind (st, ":json", json);
          bind (st, ":path", source_path);
          bind (st, ":version", MN_VERSION);
          if (sq.sqlite3_step (st) != SQLITE_DONE)
            ok = fail (db, path, "write", error);
        }
      sq.sqlite3_finalize (st);
    }
  if (sq.sqlite3_exec (db, ok ? "COMMIT" : "ROLLBACK", NULL, NULL, NULL) != SQLITE_OK && ok)
    ok = fail (db, path, "commit", error);
  sq.sqlite3_close (db);
  return ok;
}

const MnOutputPlugin mn_output_sqlite = {
  MN_PLUGIN_HEADER (MnOutputPlugin),
  .name = "sqlite",
  .description = "an SQLite database for a whole archive, full-text searchable (minutes search)",
  .extension = "db",
  .options = NULL,
  .write = NULL,
  .store = sqlite_store,
};

MN_PLUGIN_EXPORT_OUTPUT (output_sqlite, mn_output_sqlite);
