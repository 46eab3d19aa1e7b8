#include "regex.h"

/* No G_REGEX_OPTIMIZE: PCRE's JIT costs more at start-up than it saves on
 * paragraph-sized strings (18 scale packs: 1.40 s with it, 1.45 s without,
 * within noise), and JIT code is opaque to valgrind. */
GRegex *
mn_regex (GRegex **slot, const char *pattern, GRegexCompileFlags flags)
{
  if (g_once_init_enter (slot))
    {
      g_autoptr (GError) error = NULL;
      GRegex *re = g_regex_new (pattern, flags, 0, &error);
      if (re == NULL)
        g_error ("bad built-in regex %s: %s", pattern, error->message);
      g_once_init_leave (slot, re);
    }
  return *slot;
}
