/* The extraction context: what input plugins call to hand over blocks. */
#include <stdarg.h>
#include <string.h>
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
  l->max_blocks = 2000000; /* a 5000-page PDF prints some 300,000 lines */
}

void
mn_extract_init (MnExtract *ex, const char *file_name)
{
  ex->file_name = file_name;
  mn_limits_init_default (&ex->limits);
  ex->blocks = mn_blocks_new ();
  ex->pages = -1;
  ex->warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) mn_warning_free);
  ex->text_bytes = 0;
  ex->over = NULL;
}

void
mn_extract_clear (MnExtract *ex)
{
  g_clear_pointer (&ex->blocks, g_ptr_array_unref);
  g_clear_pointer (&ex->warnings, g_ptr_array_unref);
}

/* One limit on text and on blocks for every input plugin: counted here,
 * where all of them hand their blocks over, so a 100 MB file of short
 * lines or a DOCX of a million empty paragraphs stops at the limit
 * instead of growing the block list without end. */
static gboolean
room_for (MnExtract *ex, gsize text_len)
{
  if (ex->over)
    return FALSE;
  ex->text_bytes += text_len;
  if (ex->text_bytes > ex->limits.max_text_bytes)
    ex->over = "text";
  else if ((guint64) ex->blocks->len >= ex->limits.max_blocks)
    ex->over = "blocks";
  return ex->over == NULL;
}

gboolean
mn_extract_full (MnExtract *ex)
{
  return ex->over != NULL;
}

gboolean
mn_extract_check_limits (MnExtract *ex, GError **error)
{
  if (ex->over == NULL)
    return TRUE;
  if (strcmp (ex->over, "text") == 0)
    g_set_error (error, MN_ERROR, MN_ERROR_LIMIT, "more than %" G_GUINT64_FORMAT
                 " MiB of text, over the limit", ex->limits.max_text_bytes >> 20);
  else
    g_set_error (error, MN_ERROR, MN_ERROR_LIMIT, "more than %" G_GUINT64_FORMAT
                 " blocks (lines, paragraphs, table rows), over the limit", ex->limits.max_blocks);
  return FALSE;
}

void
mn_extract_add (MnExtract *ex, MnBlockKind kind, const char *text,
                guint style, int level, int page)
{
  g_return_if_fail (kind != MN_BLOCK_TABLE_ROW);
  if (room_for (ex, text ? strlen (text) : 0))
    g_ptr_array_add (ex->blocks, mn_block_new (kind, text, style, level, page));
}

void
mn_extract_add_row (MnExtract *ex, const char *const *cells, guint n_cells,
                    int page)
{
  gsize len = 0;

  for (guint i = 0; i < n_cells; i++)
    len += cells[i] ? strlen (cells[i]) : 0;
  if (room_for (ex, len))
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
