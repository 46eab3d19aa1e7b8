#include "regex.h"

GRegex *
mn_regex (GRegex **slot, const char *pattern, GRegexCompileFlags flags)
{
  if (g_once_init_enter (slot))
    {
      g_autoptr (GError) error = NULL;
      GRegex *re = g_regex_new (pattern, flags | G_REGEX_OPTIMIZE, 0, &error);
      if (re == NULL)
        g_error ("bad built-in regex %s: %s", pattern, error->message);
      g_once_init_leave (slot, re);
    }
  return *slot;
}
