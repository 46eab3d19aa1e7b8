/* minutes search DB QUERY: the items of a database that match. */
#ifndef MN_SQLITE_SEARCH_H
#define MN_SQLITE_SEARCH_H

#include <glib.h>

/* Prints the matching items of the FTS5 query, best first (bm25): date,
 * body, item number, title, a snippet around the hit, the source; as JSON
 * Lines with json.  FALSE with error (13 for a database that cannot be
 * read, 2 for a query FTS5 refuses). */
gboolean mn_sqlite_search (const char *db_path, const char *query, int limit, gboolean json,
                           GError **error);

#endif
