/* A tiny TAP producer for the unit tests.  Each assertion prints one
 * "ok"/"not ok" line and, on failure, what it expected and what it got. */
#ifndef MN_TAP_H
#define MN_TAP_H

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <glib.h>

static int tap_n, tap_failed;

/* Prints "ok N - name" or "not ok N - name" and counts it. */
static G_GNUC_UNUSED void
tap_line (int pass, const char *file, int line, const char *format, va_list ap)
{
  tap_n++;
  printf ("%s %d - ", pass ? "ok" : "not ok", tap_n);
  vprintf (format, ap);
  printf ("\n");
  if (!pass)
    {
      tap_failed++;
      printf ("#   at %s:%d\n", file, line);
    }
}

#define TAP_OK(cond, ...) tap_ok ((cond) != 0, __FILE__, __LINE__, __VA_ARGS__)

static G_GNUC_UNUSED void
tap_ok (int pass, const char *file, int line, const char *format, ...)
{
  va_list ap;

  va_start (ap, format);
  tap_line (pass, file, line, format, ap);
  va_end (ap);
}

static G_GNUC_UNUSED char *
tap_one_line (const char *s)
{
  GString *out = g_string_new ("\"");
  for (; *s; s++)
    if (*s == '\n')
      g_string_append (out, "\\n");
    else
      g_string_append_c (out, *s);
  g_string_append_c (out, '"');
  return g_string_free (out, FALSE);
}

#define IS_STR(got, want, ...) \
  tap_is_str ((got), (want), __FILE__, __LINE__, __VA_ARGS__)

static G_GNUC_UNUSED void
tap_is_str (const char *got, const char *want, const char *file, int line,
            const char *name, ...)
{
  int pass = g_strcmp0 (got, want) == 0;
  va_list ap;

  va_start (ap, name);
  tap_line (pass, file, line, name, ap);
  va_end (ap);
  if (!pass)
    {
      /* newlines shown as \n keep each diagnostic on one TAP comment line */
      g_autofree char *w = want ? tap_one_line (want) : NULL;
      g_autofree char *g = got ? tap_one_line (got) : NULL;
      printf ("#   expected: %s\n#        got: %s\n", w ? w : "NULL", g ? g : "NULL");
    }
}

#define IS_INT(got, want, ...) \
  tap_is_int ((long) (got), (long) (want), __FILE__, __LINE__, __VA_ARGS__)

static G_GNUC_UNUSED void
tap_is_int (long got, long want, const char *file, int line, const char *name, ...)
{
  va_list ap;

  va_start (ap, name);
  tap_line (got == want, file, line, name, ap);
  va_end (ap);
  if (got != want)
    printf ("#   expected: %ld\n#        got: %ld\n", want, got);
}

static G_GNUC_UNUSED int
tap_done (void)
{
  printf ("1..%d\n", tap_n);
  return tap_failed ? 1 : 0;
}

#endif
