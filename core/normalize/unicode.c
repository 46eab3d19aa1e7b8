/* Unicode clean-up: NFC; non-breaking and other odd spaces become spaces;
 * soft hyphens, zero-width characters and BOMs go; private-use glyphs (the
 * bullets of symbol fonts) and bullet characters at the start of a line
 * mark the line as a list item. */
#include <string.h>
#include "normalize.h"
#include "../ascii_run.h"

static gboolean
is_bullet (gunichar c)
{
  return (c >= 0xE000 && c <= 0xF8FF)      /* private use: Symbol/Wingdings */
         || c == 0x2022 || c == 0x25AA || c == 0x25CF || c == 0x25E6
         || c == 0x2023 || c == 0x2043 || c == 0x25A0 || c == 0x27A2
         || c == 0x00B7 || c == 0x2219 || c == 0x25BA || c == 0x2713;
}

static gboolean
is_invisible (gunichar c)
{
  return c == 0x00AD || c == 0x200B || c == 0x200C || c == 0x200D
         || c == 0x2060 || c == 0xFEFF || c == 0x200E || c == 0x200F;
}

static gboolean
is_odd_space (gunichar c)
{
  return c == 0x00A0 || c == 0x202F || c == 0x2007 || (c >= 0x2000 && c <= 0x200A);
}

/* Below U+0300 (Latin, Latin-1, Latin Extended), or common punctuation
 * (dashes, quotes, bullets, the euro): a character NFC leaves as it is,
 * next to any other of these. */
static gboolean
nfc_as_is (gunichar c)
{
  return c < 0x300 || (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205E) || c == 0x20AC;
}

/* Text whose every character is below U+0300 (Latin, Latin-1, Latin
 * Extended) or is common punctuation (dashes, quotes, bullets, the euro)
 * is already in NFC: no character there decomposes, and no combining mark
 * is present to compose.  Most lines of Danish text are such, and
 * g_utf8_normalize is this pass's cost. */
static gboolean
surely_nfc (const char *text)
{
  for (const guchar *p = (const guchar *) text; *p; p = (const guchar *) g_utf8_next_char (p))
    {
      gunichar c;

      /* ASCII, most of the text, in a tight loop */
      while (*p && *p < 0x80)
        p++;
      if (*p == '\0')
        break;
      c = g_utf8_get_char ((const char *) p);
      if (nfc_as_is (c))
        continue;
      return FALSE;
    }
  return TRUE;
}

/* NFC in bounded pieces: g_utf8_normalize is quadratic on long runs of
 * Hangul (a 349k-character line took 21.7 s).  A piece may end before an
 * ASCII character, a precomposed Hangul syllable or a leading jamo: all
 * have combining class 0 and are never the second character of a canonical
 * composition,
 * so what precedes them normalizes alone (UAX #15's safe points).  transfer
 * full; NULL on invalid UTF-8 */
#define NFC_PIECE 4096

static char *
nfc_in_pieces (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));
  const char *piece = text;

  for (const char *p = text;; p = g_utf8_next_char (p))
    {
      gunichar c = (guchar) *p < 0x80 ? (gunichar) (guchar) *p : g_utf8_get_char (p);
      gboolean safe = c < 0x80 || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1100 && c <= 0x1112);

      if (*p == '\0' || (safe && p - piece >= NFC_PIECE))
        {
          g_autofree char *nfc = g_utf8_normalize (piece, p - piece, G_NORMALIZE_NFC);
          if (nfc == NULL)
            {
              g_string_free (out, TRUE);
              return NULL;
            }
          g_string_append (out, nfc);
          piece = p;
          if (*p == '\0')
            break;
        }
    }
  return g_string_free (out, FALSE);
}

char *
mn_unicode_clean (const char *text, gboolean *bullet)
{
  /* the input plugins give UTF-8, but a text is made valid (U+FFFD)
   * before it is walked a character at a time: a lead byte cut off at
   * its end would send g_utf8_next_char past the NUL */
  g_autofree char *valid = g_utf8_validate (text, -1, NULL) ? NULL : g_utf8_make_valid (text, -1);
  const char *in = valid ? valid : text;
  gboolean plain = surely_nfc (in);
  g_autofree char *nfc = plain ? NULL : nfc_in_pieces (in);
  const char *src;
  char *out, *q;
  gboolean at_start = TRUE;

  if (!plain && nfc == NULL)   /* g_utf8_normalize refused it: kept as it is */
    nfc = g_strdup (in);
  src = plain ? in : nfc;
  /* the result is never longer: characters are kept, dropped or become
   * one space, so it is written straight into one allocation */
  out = q = g_malloc (strlen (src) + 1);
  if (bullet)
    *bullet = FALSE;
  for (const char *p = src; *p; )
    {
      const char *next;
      gunichar c;

      if ((guchar) *p < 0x80)
        {
          /* ASCII, most of the text: only form feed and vertical tab change */
          char ascii = *p == '\f' || *p == '\v' ? ' ' : *p;
          if (ascii != ' ' && ascii != '\t')
            at_start = FALSE;
          *q++ = ascii;
          p++;
          continue;
        }
      next = g_utf8_next_char (p);
      c = g_utf8_get_char (p);
      if (is_invisible (c))
        ;
      else if (is_odd_space (c))
        *q++ = ' ';
      else if (is_bullet (c))
        {
          /* only a leading bullet means "list item"; elsewhere it is noise */
          if (at_start && bullet)
            *bullet = TRUE;
        }
      else
        {
          at_start = FALSE;
          memcpy (q, p, (gsize) (next - p));
          q += next - p;
        }
      p = next;
    }
  *q = '\0';
  return out;
}

/* Text this pass would return as it is (most lines): surely NFC, valid
 * UTF-8, and no character it drops, turns into a space or reads as a
 * bullet.  Asked first so that such a line is read once and not copied;
 * its printable ASCII, most of a line, many bytes at a time (ascii_run.h;
 * a byte at a time this was 1.5 % of a DOCX batch). */
static gboolean
already_clean (const char *text)
{
  const guchar *p = (const guchar *) text, *end = p + strlen (text);

  while (p < end)
    {
      gunichar c;

      p = mn_skip_printable_ascii (p, end);
      if (p == end)
        break;
      if (*p < 0x80)
        {
          if (*p == '\f' || *p == '\v')
            return FALSE;
          p++;
          continue;
        }
      /* æ, ø, å and the rest of U+00C0-U+00FF, a Danish line's other
       * letters: as they are, without decoding */
      if (*p == 0xC3 && p[1] >= 0x80 && p[1] <= 0xBF)
        {
          p += 2;
          continue;
        }
      c = g_utf8_get_char_validated ((const char *) p, -1);
      if (c == (gunichar) -1 || c == (gunichar) -2)
        return FALSE;
      if (!nfc_as_is (c) || is_invisible (c) || is_odd_space (c) || is_bullet (c))
        return FALSE;
      p = (const guchar *) g_utf8_next_char (p);
    }
  return TRUE;
}

void
mn_pass_unicode (MnBlocks *blocks)
{
  for (guint i = 0; i < blocks->len; i++)
    {
      MnBlock *b = g_ptr_array_index (blocks, i);
      gboolean bullet = FALSE;

      if (b->text && !already_clean (b->text))
        {
          mn_block_take_text (b, mn_unicode_clean (b->text, &bullet));
          if (bullet)
            {
              b->style |= MN_STYLE_LIST_ITEM;
              g_strchug (b->text);
            }
        }
      for (guint c = 0; b->cells && c < b->cells->len; c++)
        {
          char *cell = g_ptr_array_index (b->cells, c);
          if (already_clean (cell))
            continue;
          g_ptr_array_index (b->cells, c) = mn_unicode_clean (cell, NULL);
          g_free (cell);
        }
    }
}
