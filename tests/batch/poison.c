/* A test-only input plugin that misbehaves on purpose, for the batch
 * tests: a file whose content starts with CRASH crashes its worker, HANG
 * never returns, OOM allocates without end.  Claims only ".poison" files.
 * Built as libpoison.so and loaded with --plugin-dir; never installed. */
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <minutes/plugin.h>

static const char *const poison_extensions[] = { "poison", NULL };

static int
poison_probe (const guint8 *head, gsize len, const char *file_name)
{
  return file_name && g_str_has_suffix (file_name, ".poison") ? MN_PROBE_CERTAIN : MN_PROBE_NONE;
}

static gboolean
poison_extract (MnExtract *ex, GBytes *input, GError **error)
{
  gsize len;
  const char *p = g_bytes_get_data (input, &len);

  if (len >= 5 && memcmp (p, "CRASH", 5) == 0)
    raise (SIGSEGV);
  if (len >= 4 && memcmp (p, "HANG", 4) == 0)
    for (;;)
      pause ();
  if (len >= 3 && memcmp (p, "OOM", 3) == 0)
    for (;;)
      {
        char *block = g_malloc (64 << 20);
        memset (block, 1, 64 << 20);   /* touch it: the memory is real */
      }
  mn_extract_add (ex, MN_BLOCK_LINE, "harmless", 0, 0, 0);
  return TRUE;
}

const MnInputPlugin poison_input = {
  MN_PLUGIN_HEADER (MnInputPlugin),
  .name = "poison",
  .description = "test-only: crashes, hangs or exhausts memory on purpose",
  .extensions = poison_extensions,
  .probe = poison_probe,
  .extract = poison_extract,
};

MN_PLUGIN_EXPORT_INPUT (poison, poison_input);
