/* dates and times */
#include "tap.h"
#include "agenda/dates.h"

int
main (void)
{
  struct { const char *in; int year; const char *want; } dates[] = {
    { "22-09-2021", 0, "2021-09-22" },
    { "Mødedato: 27.05.2024", 0, "2024-05-27" },
    { "Onsdag den 14. august 2024", 0, "2024-08-14" },
    { "d. 19. marts", 2024, "2024-03-19" },
    { "d. 19. marts", 0, NULL },
    { "31-02-2024", 0, NULL },
    { "ingen dato", 0, NULL },
    { "sag 123-4-2020 og 5/6/2021", 0, "2021-06-05" },   /* the first in a longer number is no date */
    { "1-2-20201", 0, NULL },
    { "Beslutning i Direktionen den 3.4.2024:", 0, "2024-04-03" },
    { "12.3.", 0, NULL },
  };
  struct { const char *in, *want; } times[] = {
    { "9.30", "09:30" }, { "09.30", "09:30" }, { "9:30 ", "09:30" },
    { "19.03.24", NULL }, { "25.61", NULL }, { "9.30 Ankomst", NULL },
  };
  char *s = NULL, *e = NULL;
  int rest;

  for (gsize i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autofree char *got = mn_date_parse (dates[i].in, dates[i].year);
      IS_STR (got, dates[i].want, "date '%s' (year %d)", dates[i].in, dates[i].year);
    }
  for (gsize i = 0; i < G_N_ELEMENTS (times); i++)
    {
      g_autofree char *got = mn_time_parse (times[i].in);
      IS_STR (got, times[i].want, "time '%s'", times[i].in);
    }
  rest = mn_time_range_prefix ("10.00-10.30 Ankomst", &s, &e);
  IS_INT (rest, 12, "a range prefix ends where the title begins");
  IS_STR (s, "10:00", "range start");
  IS_STR (e, "10:30", "range end");
  g_free (s);
  g_free (e);
  rest = mn_time_range_prefix ("1 - 3098197", &s, &e);
  IS_INT (rest, -1, "an attachment number is no time");
  rest = mn_time_range_prefix ("12.30 – 12.45", &s, &e);
  IS_STR (e, "12:45", "an en dash separates a range too");
  g_free (s);
  g_free (e);
  return tap_done ();
}
