/* Danish dates and times.  Month names live in the vocabulary. */
#include <string.h>
#include <stdlib.h>
#include "dates.h"
#include "vocabulary.h"
#include "../regex.h"

static char *
iso (int y, int m, int d)
{
  if (y < 1900 || y > 2200 || !g_date_valid_dmy (d, m, y))
    return NULL;
  return g_strdup_printf ("%04d-%02d-%02d", y, m, d);
}

/* Reads 1 or 2 digits at p; the count read, 0 if none. */
static int
one_or_two_digits (const char *p, int *value)
{
  if (!g_ascii_isdigit (p[0]))
    return 0;
  if (g_ascii_isdigit (p[1]))
    {
      *value = (p[0] - '0') * 10 + (p[1] - '0');
      return 2;
    }
  *value = p[0] - '0';
  return 1;
}

/* The first D-M-YYYY in text (separators '-', '.', '/'), not inside a
 * longer run of digits: what (?<!\d)(\d{1,2})[-./](\d{1,2})[-./](\d{4})(?!\d)
 * matches, without a regex -- every decision heading and front page line
 * asks. */
static gboolean
numeric_date (const char *text, int *d, int *m, int *y)
{
  for (const char *p = text; *p; p++)
    {
      const char *q = p;
      int n;

      if (!g_ascii_isdigit (*p) || (p > text && g_ascii_isdigit (p[-1])))
        continue;
      if (!(n = one_or_two_digits (q, d)) || !strchr ("-./", q[n]) || !q[n])
        continue;
      q += n + 1;
      if (!(n = one_or_two_digits (q, m)) || !strchr ("-./", q[n]) || !q[n])
        continue;
      q += n + 1;
      if (!(g_ascii_isdigit (q[0]) && g_ascii_isdigit (q[1]) && g_ascii_isdigit (q[2])
            && g_ascii_isdigit (q[3])) || g_ascii_isdigit (q[4]))
        continue;
      *y = atoi (q);
      return TRUE;
    }
  return FALSE;
}

char *
mn_date_parse (const char *text, int default_year)
{
  MnMatch mi;
  char *out = NULL;
  int day, month, year;

  if (text == NULL)
    return NULL;
  if (numeric_date (text, &day, &month, &year))
    return iso (year, month, day);
  mn_regex_match (MN_REGEX ("(\\d{1,2})\\.\\s*([[:alpha:]]+)\\.?(?:\\s+(\\d{4}))?", 0), text, &mi);
  while (out == NULL && mn_match_found (&mi))
    {
      g_autofree char *d = mn_match_fetch (&mi, 1);
      g_autofree char *mon = mn_match_fetch (&mi, 2);
      g_autofree char *y = mn_match_fetch (&mi, 3);
      int month = mn_vocab_month (mon);
      int year = y && *y ? atoi (y) : default_year;
      if (month > 0 && year > 0)
        out = iso (year, month, atoi (d));
      mn_match_next (&mi);
    }
  return out;
}

/* Parses H.MM / HH:MM at p; returns the length consumed or 0. */
static int
time_at (const char *p, char **out)
{
  int h, m, n = 0;

  if (!g_ascii_isdigit (p[0]))
    return 0;
  h = p[n++] - '0';
  if (g_ascii_isdigit (p[n]))
    h = h * 10 + (p[n++] - '0');
  if (p[n] != '.' && p[n] != ':')
    return 0;
  n++;
  if (!g_ascii_isdigit (p[n]) || !g_ascii_isdigit (p[n + 1]))
    return 0;
  m = (p[n] - '0') * 10 + (p[n + 1] - '0');
  n += 2;
  if (g_ascii_isdigit (p[n]) || h > 24 || m > 59)
    return 0;
  /* "19.03.24" is a date, not a time */
  if ((p[n] == '.' || p[n] == ':') && g_ascii_isdigit (p[n + 1]))
    return 0;
  if (out)
    *out = g_strdup_printf ("%02d:%02d", h, m);
  return n;
}

char *
mn_time_parse (const char *text)
{
  char *t = NULL;
  int n;

  while (*text == ' ')
    text++;
  n = time_at (text, &t);
  if (n == 0)
    return NULL;
  for (const char *p = text + n; *p; p++)
    if (*p != ' ')
      {
        g_free (t);
        return NULL;
      }
  return t;
}

int
mn_time_range_prefix (const char *text, char **start, char **end)
{
  const char *p = text;
  int n;

  *start = *end = NULL;
  while (*p == ' ')
    p++;
  n = time_at (p, start);
  if (n == 0)
    return -1;
  p += n;
  {
    const char *q = p;
    while (*q == ' ')
      q++;
    if (*q == '-' || g_str_has_prefix (q, "–"))
      {
        q += *q == '-' ? 1 : strlen ("–");
        while (*q == ' ')
          q++;
        n = time_at (q, end);
        if (n > 0)
          p = q + n;
        else if (*q == '\0')
          p = q;      /* "10.00-" with the end lost */
      }
  }
  /* a time must stand apart from what follows */
  if (*p != '\0' && *p != ' ' && *p != '\t')
    {
      g_clear_pointer (start, g_free);
      g_clear_pointer (end, g_free);
      return -1;
    }
  while (*p == ' ' || *p == '\t')
    p++;
  return (int) (p - text);
}
