/* minutes search: FTS5 over the item titles, section and decision texts of
 * a database that `-t sqlite` wrote, ranked by bm25, one row per item. */
#include <stdio.h>
#include <string.h>
#include "sqlite_lib.h"
#include "search.h"

static const char query_sql[] =
  "WITH hits AS (SELECT item_id, bm25 (search) AS rank,"
  "  snippet (search, -1, '[', ']', '…', 12) AS snip FROM search WHERE search MATCH :q),"
  " best AS (SELECT item_id, min (rank) AS rank FROM hits GROUP BY item_id)"
  " SELECT m.date, m.body, it.number_label, it.title, h.snip, s.path, b.rank"
  " FROM best b JOIN hits h ON h.item_id = b.item_id AND h.rank = b.rank"
  " JOIN items it ON it.id = b.item_id JOIN meetings m ON m.id = it.meeting_id"
  " JOIN sources s ON s.id = m.source_id GROUP BY b.item_id ORDER BY b.rank LIMIT :n";

static const char *
column (sqlite3_stmt *st, int i)
{
  const char *t = (const char *) sq.sqlite3_column_text (st, i);
  return t ? t : "";
}

static void
json_member (GString *out, const char *key, sqlite3_stmt *st, int i, gboolean first)
{
  g_string_append_printf (out, "%s\"%s\":", first ? "" : ",", key);
  if (sq.sqlite3_column_type (st, i) == SQLITE_NULL)
    g_string_append (out, "null");
  else
    mn_json_append_string (out, column (st, i));
}

gboolean
mn_sqlite_search (const char *db_path, const char *query, int limit, gboolean json, GError **error)
{
  sqlite3 *db = mn_sqlite_open (db_path, FALSE, error);
  sqlite3_stmt *st = NULL;
  int rc, found = 0;

  if (db == NULL)
    return FALSE;
  if (sq.sqlite3_prepare_v2 (db, query_sql, -1, &st, NULL) != SQLITE_OK)
    {
      g_set_error (error, MN_ERROR, MN_ERROR_WRITE, "%s: not a minutes database: %s", db_path,
                   sq.sqlite3_errmsg (db));
      sq.sqlite3_close (db);
      return FALSE;
    }
  sq.sqlite3_bind_text (st, sq.sqlite3_bind_parameter_index (st, ":q"), query, -1, SQLITE_TRANSIENT);
  sq.sqlite3_bind_int (st, sq.sqlite3_bind_parameter_index (st, ":n"), limit);
  while ((rc = sq.sqlite3_step (st)) == SQLITE_ROW)
    {
      found++;
      if (json)
        {
          g_autoptr (GString) line = g_string_new ("{");
          json_member (line, "date", st, 0, TRUE);
          json_member (line, "body", st, 1, FALSE);
          json_member (line, "number", st, 2, FALSE);
          json_member (line, "title", st, 3, FALSE);
          json_member (line, "snippet", st, 4, FALSE);
          json_member (line, "file", st, 5, FALSE);
          char rank[G_ASCII_DTOSTR_BUF_SIZE];
          /* '.' whatever the locale: JSON */
          g_string_append_printf (line, ",\"rank\":%s}\n",
                                  g_ascii_formatd (rank, sizeof rank, "%.6f", sq.sqlite3_column_double (st, 6)));
          fputs (line->str, stdout);
        }
      else
        {
          g_autofree char *snip = g_strdup (column (st, 4));
          g_strdelimit (snip, "\n", ' ');
          printf ("%s  %s  %s%s%s\n    %s\n    (%s)\n", column (st, 0), column (st, 1), column (st, 2),
                  *column (st, 2) ? ". " : "", column (st, 3), snip, column (st, 5));
        }
    }
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, MN_ERROR, MN_ERROR_USAGE, "search: %s", sq.sqlite3_errmsg (db));
      sq.sqlite3_finalize (st);
      sq.sqlite3_close (db);
      return FALSE;
    }
  sq.sqlite3_finalize (st);
  sq.sqlite3_close (db);
  if (!json && found == 0)
    fprintf (stderr, "minutes: search: nothing matches '%s'\n", query);
  return TRUE;
}
