#include <string.h>
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include "regex.h"

#if defined __has_include
#if __has_include (<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#endif
#endif
#ifndef RUNNING_ON_VALGRIND
#define RUNNING_ON_VALGRIND 0
#endif

struct _MnRegex {
  pcre2_code *code;
  pcre2_code *jit;      /* a copy compiled to machine code, once matched often */
  guint matches;        /* matches so far (until it is compiled) */
  int groups;           /* capture groups + 1 (the whole match) */
};

/* A pattern is compiled to machine code (PCRE2's JIT) at its
 * MN_REGEX_JIT_AFTER-th match (regex.h; mn_regex_match below): the
 * patterns a paper asks a few hundred times stay interpreted, those asked
 * of every line over a long paper or a batch are compiled.
 * A process's first JIT costs 150-180 us (PCRE2's executable memory set
 * up), each further one 20-30 us, where an interpreted match of most
 * patterns costs under a microsecond: at the 16th match, as before, a
 * 60-page DOCX spent 229 us compiling 9 patterns and 161 us matching;
 * at the 256th, no JIT and 220 us in all (one process per file over the
 * scale packs, DOCX 3 % and PDF 1 % less CPU; a batch the same, its hot
 * patterns compiled after a paper or two).  Not under valgrind:
 * memcheck cannot follow JIT code (uninitialised-value reports in
 * PCRE2's generated code), and the interpreter gives the same matches. */

MnRegex *
mn_regex (MnRegex **slot, const char *pattern, guint flags)
{
  if (g_once_init_enter (slot))
    {
      pcre2_compile_context *context = pcre2_compile_context_create (NULL);
      guint32 options = PCRE2_UTF | PCRE2_UCP, groups = 0;
      int error;
      PCRE2_SIZE at;
      pcre2_code *code;
      MnRegex *re;

      /* GRegex's defaults: any Unicode line end ends a line for ^ $ and . */
      pcre2_set_newline (context, PCRE2_NEWLINE_ANY);
      pcre2_set_bsr (context, PCRE2_BSR_UNICODE);
      if (flags & MN_REGEX_CASELESS)
        options |= PCRE2_CASELESS;
      code = pcre2_compile ((PCRE2_SPTR) pattern, PCRE2_ZERO_TERMINATED, options, &error, &at, context);
      pcre2_compile_context_free (context);
      if (code == NULL)
        {
          PCRE2_UCHAR message[256];
          pcre2_get_error_message (error, message, sizeof message);
          g_error ("bad built-in regex %s at %zu: %s", pattern, (gsize) at, message);
        }
      pcre2_pattern_info (code, PCRE2_INFO_CAPTURECOUNT, &groups);
      if (groups > MN_MATCH_GROUPS)
        g_error ("built-in regex %s has %u groups, at most %d", pattern, groups, MN_MATCH_GROUPS);
      re = g_new0 (MnRegex, 1);
      re->code = code;
      re->groups = (int) groups + 1;
      g_once_init_leave (slot, re);
    }
  return *slot;
}

void
mn_regex_free (MnRegex *re)
{
  pcre2_code_free (re->code);
  pcre2_code_free (re->jit);
  g_free (re);
}

/* The thread's match block (with the frames PCRE2 keeps in it between
 * matches), made at its first match and freed when the thread ends. */
static GPrivate thread_block = G_PRIVATE_INIT ((GDestroyNotify) pcre2_match_data_free);

static pcre2_match_data *
match_block (void)
{
  pcre2_match_data *block = g_private_get (&thread_block);

  if (block == NULL)
    {
      block = pcre2_match_data_create (MN_MATCH_GROUPS + 1, NULL);
      if (block == NULL)
        g_error ("out of memory for a regex match");
      g_private_set (&thread_block, block);
    }
  return block;
}

/* Whether this process compiles patterns to machine code: PCRE2 was
 * built with its JIT for this machine, and no valgrind is watching. */
gboolean
mn_regex_jit_enabled (void)
{
  static int enabled = -1;

  if (g_atomic_int_get (&enabled) < 0)
    {
      guint32 jit = 0;
      pcre2_config (PCRE2_CONFIG_JIT, &jit);
      g_atomic_int_set (&enabled, jit && !RUNNING_ON_VALGRIND);
    }
  return g_atomic_int_get (&enabled) > 0;
}

gboolean
mn_regex_is_jit (MnRegex *re)
{
  return g_atomic_pointer_get (&re->jit) != NULL;
}

/* The code to match with: the JIT copy once there is one.  The copy is
 * compiled aside and published whole, as another thread may be matching
 * with the interpreted code meanwhile; a JIT that fails (no executable
 * memory, a memory limit) leaves the pattern interpreted. */
static const pcre2_code *
code_of (MnRegex *re)
{
  G_LOCK_DEFINE_STATIC (compiling);
  pcre2_code *jit = g_atomic_pointer_get (&re->jit);

  if (jit || g_atomic_int_add (&re->matches, 1) != MN_REGEX_JIT_AFTER - 1 || !mn_regex_jit_enabled ())
    return jit ? jit : re->code;
  G_LOCK (compiling);
  jit = pcre2_code_copy (re->code);
  if (jit && pcre2_jit_compile (jit, PCRE2_JIT_COMPLETE) == 0)
    g_atomic_pointer_set (&re->jit, jit);
  else
    g_clear_pointer (&jit, pcre2_code_free);
  G_UNLOCK (compiling);
  return jit ? jit : re->code;
}

/* Matches from byte `from`.  No match, or a match error (a subject that is
 * not UTF-8, a pattern past PCRE2's backtracking limits), is count 0, as
 * GRegex answers FALSE. */
static gboolean
match_at (MnMatch *m, gsize from)
{
  pcre2_match_data *block = match_block ();
  const pcre2_code *code = code_of ((MnRegex *) m->re);
  int rc = pcre2_match (code, (PCRE2_SPTR) m->subject, m->length, from, 0, block, NULL);

  /* the JIT's stack (32 KB) is smaller than the interpreter's heap frames:
   * a subject past it is matched again by the interpreter */
  if (rc == PCRE2_ERROR_JIT_STACKLIMIT)
    rc = pcre2_match (code, (PCRE2_SPTR) m->subject, m->length, from, PCRE2_NO_JIT, block, NULL);

  /* every group of the pattern can be asked for, as of a GMatchInfo: PCRE2
   * marks those past the last one set unset too */
  m->count = rc > 0 ? m->re->groups : 0;
  if (m->count > 0)
    memcpy (m->offsets, pcre2_get_ovector_pointer (block), sizeof (gsize) * 2 * (gsize) m->count);
  return m->count > 0;
}

gboolean
mn_regex_match (const MnRegex *re, const char *text, MnMatch *m)
{
  MnMatch local;

  if (m == NULL)
    m = &local;
  m->re = re;
  m->subject = text;
  m->length = strlen (text);
  return match_at (m, 0);
}

gboolean
mn_match_next (MnMatch *m)
{
  gsize start, end;

  if (m->count == 0)
    return FALSE;
  start = m->offsets[0];
  end = m->offsets[1];
  if (start == end)
    {
      /* an empty match: the next one starts a character on */
      if (end >= m->length)
        {
          m->count = 0;
          return FALSE;
        }
      end = (gsize) (g_utf8_next_char (m->subject + end) - m->subject);
    }
  return match_at (m, end);
}

gboolean
mn_match_fetch_pos (const MnMatch *m, int n, int *start, int *end)
{
  if (n < 0 || n >= m->count)
    return FALSE;
  if (m->offsets[2 * n] == PCRE2_UNSET)
    {
      *start = *end = -1;
      return TRUE;
    }
  *start = (int) m->offsets[2 * n];
  *end = (int) m->offsets[2 * n + 1];
  return TRUE;
}

char *
mn_match_fetch (const MnMatch *m, int n)
{
  int start, end;

  if (!mn_match_fetch_pos (m, n, &start, &end))
    return NULL;
  if (start < 0)
    return g_strdup ("");
  return g_strndup (m->subject + start, (gsize) (end - start));
}

/* Every match replaced by replacement, or else by its group `group`. */
static char *
replace_each (const MnRegex *re, const char *text, const char *replacement, int group)
{
  GString *out = g_string_sized_new (strlen (text));
  MnMatch m;
  gsize done = 0;

  for (gboolean found = mn_regex_match (re, text, &m); found; found = mn_match_next (&m))
    {
      int start, end;

      g_string_append_len (out, text + done, (gssize) (m.offsets[0] - done));
      if (replacement)
        g_string_append (out, replacement);
      else if (mn_match_fetch_pos (&m, group, &start, &end) && start >= 0)
        g_string_append_len (out, text + start, end - start);
      done = m.offsets[1];
    }
  g_string_append (out, text + done);
  return g_string_free (out, FALSE);
}

char *
mn_regex_replace (const MnRegex *re, const char *text, const char *replacement)
{
  return replace_each (re, text, replacement, 0);
}

char *
mn_regex_replace_group (const MnRegex *re, const char *text, int n)
{
  return replace_each (re, text, NULL, n);
}

char **
mn_regex_split (const MnRegex *re, const char *text)
{
  GPtrArray *pieces = g_ptr_array_new ();
  MnMatch m;
  gsize done = 0;

  if (*text)
    {
      for (gboolean found = mn_regex_match (re, text, &m); found; found = mn_match_next (&m))
        {
          if (m.offsets[0] == m.offsets[1])
            continue;   /* the callers' separators are never empty */
          g_ptr_array_add (pieces, g_strndup (text + done, m.offsets[0] - done));
          done = m.offsets[1];
        }
      g_ptr_array_add (pieces, g_strdup (text + done));
    }
  g_ptr_array_add (pieces, NULL);
  return (char **) g_ptr_array_free (pieces, FALSE);
}
