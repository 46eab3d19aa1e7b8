/* Danish dates and times to ISO. */
#ifndef MN_DATES_H
#define MN_DATES_H

#include <glib.h>

/* "22-09-2021", "22.09.2021", "14. august 2024", "Onsdag den 14. august
 * 2024", "d. 19. marts" (default_year when > 0).  The first date found in
 * text, as "YYYY-MM-DD", or NULL.  transfer full */
char *mn_date_parse (const char *text, int default_year);
/* "9.30", "09.30", "9:30" -> "09:30"; NULL unless text is exactly a time
 * (surrounding spaces allowed).  transfer full */
char *mn_time_parse (const char *text);
/* A time or range at the start of text: "10.00-10.30 Ankomst".  Sets start
 * and end (end NULL when absent; both transfer full) and returns the byte
 * offset where the rest begins, or -1 when text does not start so. */
int mn_time_range_prefix (const char *text, char **start, char **end);

#endif
