/* libsqlite3, resolved at first use (mn_library_load): a conversion that
 * writes no database does not pay for it. */
#ifndef MN_SQLITE_LIB_H
#define MN_SQLITE_LIB_H

#include <sqlite3.h>
#include <minutes/plugin.h>

#define SQLITE_FUNCTIONS(F) \
  F (sqlite3_open_v2) F (sqlite3_close) F (sqlite3_exec) F (sqlite3_prepare_v2) \
  F (sqlite3_bind_text) F (sqlite3_bind_int) F (sqlite3_bind_parameter_index) F (sqlite3_step) \
  F (sqlite3_finalize) F (sqlite3_column_text) F (sqlite3_column_int) F (sqlite3_column_double) \
  F (sqlite3_column_type) F (sqlite3_errmsg) F (sqlite3_errcode) F (sqlite3_busy_timeout) \
  F (sqlite3_free) F (sqlite3_extended_errcode)

#define SQLITE_FIELD(name) __typeof__ (name) *name;

typedef struct {
  SQLITE_FUNCTIONS (SQLITE_FIELD)
} SqliteLib;

extern SqliteLib sq;

/* FALSE with MN_ERROR_NOT_BUILT when libsqlite3 cannot be loaded. */
gboolean mn_sqlite_load (GError **error);

/* The schema this build writes (PRAGMA user_version). */
#define MN_SQLITE_SCHEMA_VERSION 1

/* Opens path (creating it when create) and checks it is a minutes
 * database of a schema this build knows; NULL with MN_ERROR_WRITE (13) and
 * a message naming path otherwise.  The file is not written by a refusal. */
sqlite3 *mn_sqlite_open (const char *path, gboolean create, GError **error);

#endif
