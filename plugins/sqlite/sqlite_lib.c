/* libsqlite3 resolved at first use, and opening a minutes database. */
#include <string.h>
#include <errno.h>
#include <glib/gstdio.h>
#include "sqlite_lib.h"

#ifndef MN_SQLITE_SONAME
#define MN_SQLITE_SONAME "libsqlite3.so.0"
#endif

SqliteLib sq;

#define SQLITE_SYMBOL(name) { #name, (gpointer *) &sq.name },
static const MnLibrarySymbol sqlite_symbols[] = { SQLITE_FUNCTIONS (SQLITE_SYMBOL) { NULL, NULL } };
static MnLibrary libsqlite = { MN_SQLITE_SONAME, sqlite_symbols, 0, FALSE };

gboolean
mn_sqlite_load (GError **error)
{
  if (mn_library_load (&libsqlite))
    return TRUE;
  g_set_error (error, MN_ERROR, MN_ERROR_NOT_BUILT, "sqlite support unavailable: cannot load %s",
               MN_SQLITE_SONAME);
  return FALSE;
}

sqlite3 *
mn_sqlite_open (const char *path, gboolean create, GError **error)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *st = NULL;
  int version = -1, rc;
  GStatBuf sb;

  if (!mn_sqlite_load (error))
    return NULL;
  if (g_stat (path, &sb) == 0 && !S_ISREG (sb.st_mode))
    {
      g_set_error (error, MN_ERROR, MN_ERROR_WRITE, "%s: not a database file", path);
      return NULL;
    }
  if (!create && g_stat (path, &sb) != 0)
    {
      g_set_error (error, MN_ERROR, MN_ERROR_READ, "%s: cannot read: %s", path, g_strerror (errno));
      return NULL;
    }
  rc = sq.sqlite3_open_v2 (path, &db, create ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
                                             : SQLITE_OPEN_READONLY, NULL);
  if (rc == SQLITE_OK)
    rc = sq.sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &st, NULL);
  if (rc == SQLITE_OK && sq.sqlite3_step (st) == SQLITE_ROW)
    version = sq.sqlite3_column_int (st, 0);
  else if (rc == SQLITE_OK)
    rc = sq.sqlite3_errcode (db);
  if (st)
    sq.sqlite3_finalize (st);
  if (rc != SQLITE_OK || version < 0)
    {
      if (rc == SQLITE_NOTADB)
        g_set_error (error, MN_ERROR, MN_ERROR_WRITE, "%s: not an SQLite database (left untouched)", path);
      else
        g_set_error (error, MN_ERROR, MN_ERROR_WRITE, "%s: cannot open: %s", path,
                     db ? sq.sqlite3_errmsg (db) : "out of memory");
      sq.sqlite3_close (db);
      return NULL;
    }
  if (version > MN_SQLITE_SCHEMA_VERSION)
    {
      g_set_error (error, MN_ERROR, MN_ERROR_WRITE,
                   "%s: database schema version %d is newer than this minutes knows (%d); left untouched",
                   path, version, MN_SQLITE_SCHEMA_VERSION);
      sq.sqlite3_close (db);
      return NULL;
    }
  sq.sqlite3_busy_timeout (db, 10000);
  return db;
}
