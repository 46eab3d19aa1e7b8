/* The extraction context: what input plugins call to hand over blocks. */
#include <stdarg.h>
#include "extract.h"
#include "normalize/normalize.h"

void
mn_limits_init_default (MnLimits *l)
{
  l->max_input_bytes = 256u << 20;   /* 256 MiB */
  l->max_text_bytes = 64u << 20;     /* 64 MiB of extracted text */
  l->max_entry_bytes = 128u << 20;   /* one ZIP entry, decompressed */
  l->max_total_bytes = 256u << 20;   /* all ZIP entries read */
  l->max_pages = 5000;
  l->max_depth = 128;     /* below libxml2's own 256, so ours speaks first */
}

void
mn_extract_init (MnExtract *ex, const char *file_name)
{
  ex->file_name = file_name;
  mn_limits_init_default (&ex->limits);
  ex->blocks = mn_blocks_new ();
  ex->pages = -1;
  ex->warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) mn_warning_free);
}

void
mn_extract_clear (MnExtract *ex)
{
  g_clear_pointer (&ex->blocks, g_ptr_array_unref);
  g_clear_pointer (&ex->warnings, g_ptr_array_unref);
}

void
mn_extract_add (MnExtract *ex, MnBlockKind kind, const char *text,
                guint style, int level, int page)
{
  g_return_if_fail (kind != MN_BLOCK_TABLE_ROW);
  g_ptr_array_add (ex->blocks, mn_block_new (kind, text, style, level, page));
}

void
mn_extract_add_row (MnExtract *ex, const char *const *cells, guint n_cells,
                    int page)
{
  g_ptr_array_add (ex->blocks, mn_block_new_row (cells, n_cells, page));
}

void
mn_extract_set_pages (MnExtract *ex, int pages)
{
  ex->pages = pages;
}

void
mn_extract_warn (MnExtract *ex, const char *code, int page,
                 const char *format, ...)
{
  va_list ap;

  va_start (ap, format);
  g_ptr_array_add (ex->warnings, mn_warning_new_valist (code, page, format, ap));
  va_end (ap);
}

const char *
mn_extract_file_name (MnExtract *ex)
{
  return ex->file_name;
}

const MnLimits *
mn_extract_limits (MnExtract *ex)
{
  return &ex->limits;
}

char *
mn_text_join_lines (const char *a, const char *b)
{
  return mn_join_lines (a, b);
}
