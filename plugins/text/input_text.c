/* Plain-text input: decoding and line splitting, nothing more.
 *
 * Decoding order: a BOM (UTF-8, UTF-16LE, UTF-16BE); else valid UTF-8; else
 * uchardet's guess converted with g_convert (old archives are mostly
 * Windows-1252 or ISO-8859-1).  NUL bytes outside UTF-16 mean "not a text
 * file".  Lines end in LF, CRLF or CR.  Each line becomes a LINE block, each
 * blank line a BREAK; a form feed (the page break pdftotext and many
 * exports print before a page's first line) is a BREAK too, since the
 * next page's first line never goes on the previous page's last
 * paragraph.  The normalization passes do the rest.
 */
#include <string.h>
#include <uchardet.h>
#include <minutes/plugin.h>

/* uchardet is asked only about text that is not UTF-8, so it is resolved
 * then rather than linked: it brings the C++ runtime, a millisecond of
 * every process start, `minutes convert` of a PDF included. */
#ifndef MN_UCHARDET_SONAME
#define MN_UCHARDET_SONAME "libuchardet.so.0"
#endif
#define UCHARDET_FUNCTIONS(F) \
  F (uchardet_new) F (uchardet_handle_data) F (uchardet_data_end) F (uchardet_get_charset) \
  F (uchardet_delete)
#define UCHARDET_FIELD(name) __typeof__ (name) *name;
#define UCHARDET_SYMBOL(name) { #name, (gpointer *) &ud_lib.name },

static struct {
  UCHARDET_FUNCTIONS (UCHARDET_FIELD)
} ud_lib;
static const MnLibrarySymbol ud_symbols[] = { UCHARDET_FUNCTIONS (UCHARDET_SYMBOL) { NULL, NULL } };
static MnLibrary uchardet = { MN_UCHARDET_SONAME, ud_symbols, 0, FALSE };

/* Lines longer than this are not meeting prose: refuse them quickly rather
 * than run the passes over megabytes of one line. */
#define MAX_LINE_BYTES (1u << 20)

static const char *const text_extensions[] = { "txt", "text", NULL };
static const char *const text_libraries[] = { MN_UCHARDET_SONAME, NULL };

static gboolean
has_nul (const guint8 *p, gsize len)
{
  return memchr (p, 0, len) != NULL;
}

static int
text_probe (const guint8 *head, gsize len, const char *file_name)
{
  gboolean ext = FALSE;

  for (guint i = 0; file_name && text_extensions[i]; i++)
    {
      g_autofree char *suffix = g_strconcat (".", text_extensions[i], NULL);
      g_autofree char *lower = g_ascii_strdown (file_name, -1);
      if (g_str_has_suffix (lower, suffix))
        ext = TRUE;
    }
  /* a generic format caps low and never claims another format's magic */
  if (len >= 5 && memcmp (head, "%PDF-", 5) == 0)
    return MN_PROBE_NONE;
  if (len >= 4 && memcmp (head, "PK\3\4", 4) == 0)
    return MN_PROBE_NONE;
  if (len >= 2 && ((head[0] == 0xFF && head[1] == 0xFE)
                   || (head[0] == 0xFE && head[1] == 0xFF)))
    return MN_PROBE_LIKELY;
  if (has_nul (head, len))
    return ext ? MN_PROBE_EXTENSION : MN_PROBE_NONE;
  if (ext)
    return MN_PROBE_EXTENSION + 10;
  /* text without a name we know: possible, but let anything better win */
  return len > 0 ? MN_PROBE_EXTENSION - 20 : MN_PROBE_NONE;
}

static char *
convert_or_fail (const char *data, gsize len, const char *charset,
                 GError **error)
{
  g_autoptr (GError) local = NULL;
  char *out = g_convert (data, (gssize) len, "UTF-8", charset, NULL, NULL,
                         &local);
  if (out == NULL)
    g_set_error (error, MN_ERROR, MN_ERROR_NOT_TEXT,
                 "not a text file (cannot decode as %s)", charset);
  return out;
}

/* transfer full: the whole input as UTF-8 */
static char *
decode (const guint8 *p, gsize len, GError **error)
{
  const char *charset;
  uchardet_t ud;
  char *out;

  if (len >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
    {
      p += 3;
      len -= 3;
    }
  else if (len >= 2 && p[0] == 0xFF && p[1] == 0xFE)
    return convert_or_fail ((const char *) p + 2, len - 2, "UTF-16LE", error);
  else if (len >= 2 && p[0] == 0xFE && p[1] == 0xFF)
    return convert_or_fail ((const char *) p + 2, len - 2, "UTF-16BE", error);

  if (has_nul (p, len))
    {
      g_set_error (error, MN_ERROR, MN_ERROR_NOT_TEXT,
                   "not a text file (binary data)");
      return NULL;
    }
  if (g_utf8_validate_len ((const char *) p, len, NULL))
    return g_strndup ((const char *) p, len);

  /* without uchardet, Windows-1252 is the guess (see below) */
  ud = mn_library_load (&uchardet) ? ud_lib.uchardet_new () : NULL;
  if (ud)
    {
      ud_lib.uchardet_handle_data (ud, (const char *) p, len);
      ud_lib.uchardet_data_end (ud);
      charset = ud_lib.uchardet_get_charset (ud);
    }
  else
    charset = NULL;
  /* uchardet says "" when unsure; Windows-1252 is the archive's usual
   * suspect and decodes every byte but five */
  if (charset == NULL || *charset == '\0' || g_ascii_strcasecmp (charset, "ASCII") == 0)
    charset = "WINDOWS-1252";
  out = g_convert ((const char *) p, (gssize) len, "UTF-8", charset, NULL,
                   NULL, NULL);
  if (out == NULL)
    out = convert_or_fail ((const char *) p, len, "ISO-8859-1", error);
  if (ud)
    ud_lib.uchardet_delete (ud);
  return out;
}

/* One line of the text: its pieces between form feeds as LINE blocks,
 * each form feed a BREAK.  Whether the line held more than white space. */
static gboolean
add_line (MnExtract *ex, char *line)
{
  gboolean text = FALSE;

  for (char *piece = line;; piece++)
    {
      char *ff = strchr (piece, '\f');
      if (ff)
        *ff = '\0';
      if (*piece)
        {
          mn_extract_add (ex, MN_BLOCK_LINE, piece, 0, 0, 0);
          text |= strspn (piece, " \t\v") < strlen (piece);
        }
      if (ff == NULL)
        return text;
      mn_extract_add (ex, MN_BLOCK_BREAK, NULL, 0, 0, 0);
      piece = ff;
    }
}

static gboolean
text_extract (MnExtract *ex, GBytes *input, GError **error)
{
  gsize len;
  const guint8 *p = g_bytes_get_data (input, &len);
  g_autofree char *text = decode (p, len, error);
  char *line, *next;
  guint line_no = 0;
  gboolean any = FALSE;

  if (text == NULL)
    return FALSE;
  /* past the core's text or block limit nothing more is kept: stop */
  for (line = text; line && *line && !mn_extract_full (ex); line = next)
    {
      char *end = line + strcspn (line, "\r\n");
      next = NULL;
      if (*end == '\r' && end[1] == '\n')
        next = end + 2;
      else if (*end)
        next = end + 1;
      *end = '\0';
      line_no++;
      if ((gsize) (end - line) > MAX_LINE_BYTES)
        {
          g_set_error (error, MN_ERROR, MN_ERROR_TOO_LARGE,
                       "line %u is longer than %u bytes: not a meeting paper",
                       line_no, MAX_LINE_BYTES);
          return FALSE;
        }
      if (*line == '\0')
        mn_extract_add (ex, MN_BLOCK_BREAK, NULL, 0, 0, 0);
      else
        any |= add_line (ex, line);
    }
  if (!any && !mn_extract_full (ex))
    {
      g_set_error (error, MN_ERROR, MN_ERROR_EMPTY, "file has no text");
      return FALSE;
    }
  return TRUE;
}

const MnInputPlugin mn_input_text = {
  MN_PLUGIN_HEADER (MnInputPlugin),
  .name = "text",
  .description = "plain text in UTF-8, UTF-16 (BOM), Windows-1252 or ISO-8859-1",
  .extensions = text_extensions,
  .probe = text_probe,
  .extract = text_extract,
  .libraries = text_libraries,
};

MN_PLUGIN_EXPORT_INPUT (input_text, mn_input_text);
