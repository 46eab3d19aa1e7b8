/* text input: decoding and line splitting */
#include <string.h>
#include "tap.h"
#include "extract.h"

/* The blocks of a text as "L" and "B", in order (transfer full) */
static char *
kinds_of (const char *data)
{
  extern const MnInputPlugin mn_input_text;
  g_autoptr (GBytes) b = g_bytes_new (data, strlen (data));
  GString *s = g_string_new (NULL);
  MnExtract ex;

  mn_extract_init (&ex, "t.txt");
  if (mn_input_text.extract (&ex, b, NULL))
    for (guint i = 0; i < ex.blocks->len; i++)
      {
        MnBlock *bl = g_ptr_array_index (ex.blocks, i);
        g_string_append (s, bl->kind == MN_BLOCK_LINE ? "L" : bl->kind == MN_BLOCK_BREAK ? "B" : "?");
      }
  mn_extract_clear (&ex);
  return g_string_free (s, FALSE);
}

static int
lines_of (const char *data, gsize len, char **first, GError **error)
{
  extern const MnInputPlugin mn_input_text;
  g_autoptr (GBytes) b = g_bytes_new (data, len);
  MnExtract ex;
  int n = -1;

  mn_extract_init (&ex, "t.txt");
  if (mn_input_text.extract (&ex, b, error))
    {
      n = 0;
      for (guint i = 0; i < ex.blocks->len; i++)
        {
          MnBlock *bl = g_ptr_array_index (ex.blocks, i);
          if (bl->kind == MN_BLOCK_LINE)
            {
              if (n == 0 && first)
                *first = g_strdup (bl->text);
              n++;
            }
        }
    }
  mn_extract_clear (&ex);
  return n;
}

int
main (void)
{
  g_autoptr (GError) e = NULL;
  char *first = NULL;

  IS_INT (lines_of ("a\r\nb\rc\n", 7, &first, NULL), 3, "CRLF, CR and LF all end lines");
  IS_STR (first, "a", "no CR left in the text");
  g_clear_pointer (&first, g_free);
  IS_INT (lines_of ("\xef\xbb\xbf\xc3\x85" "ben", 8, &first, NULL), 1, "UTF-8 BOM");
  IS_STR (first, "Åben", "the BOM is dropped");
  g_clear_pointer (&first, g_free);
  IS_INT (lines_of ("\xff\xfe\xc5\x00" "b\x00", 6, &first, NULL), 1, "UTF-16LE with BOM");
  IS_STR (first, "Åb", "decoded from UTF-16LE");
  g_clear_pointer (&first, g_free);
  IS_INT (lines_of ("\xfe\xff\x00\xc5\x00" "b", 6, &first, NULL), 1, "UTF-16BE with BOM");
  IS_STR (first, "Åb", "decoded from UTF-16BE");
  g_clear_pointer (&first, g_free);
  IS_INT (lines_of ("\xc5" "ben Sag \x96 m\xf8" "de", 15, &first, NULL), 1, "Windows-1252");
  IS_STR (first, "Åben Sag – møde", "decoded from Windows-1252, en dash included");
  g_clear_pointer (&first, g_free);
  IS_INT (lines_of ("\fPunkt 1: Godkendelse\n", 22, &first, NULL), 1, "a form feed opens a page");
  IS_STR (first, "Punkt 1: Godkendelse", "no form feed left in the text");
  g_clear_pointer (&first, g_free);
  {
    g_autofree char *k1 = kinds_of ("Godkendt.\n\fPunkt 2: Budget\nEMN-1\n\f");
    g_autofree char *k2 = kinds_of ("side 1\fside 2\n");
    IS_STR (k1, "LBLLB", "a form feed before a page's first line is a break: the page's lines do not go on the last one's paragraph");
    IS_STR (k2, "LBL", "a form feed inside a line breaks it");
  }
  TAP_OK (lines_of ("\f\f\n", 3, NULL, &e) < 0 && g_error_matches (e, MN_ERROR, MN_ERROR_EMPTY),
          "only form feeds: no text");
  g_clear_error (&e);
  TAP_OK (lines_of ("ab\0cd", 5, NULL, &e) < 0 && g_error_matches (e, MN_ERROR, MN_ERROR_NOT_TEXT),
          "NUL bytes outside UTF-16: not a text file");
  g_clear_error (&e);
  TAP_OK (lines_of (" \n\t\n", 4, NULL, &e) < 0 && g_error_matches (e, MN_ERROR, MN_ERROR_EMPTY),
          "only whitespace: no text");
  return tap_done ();
}
