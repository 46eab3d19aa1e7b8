/* Markdown and HTML marks of web exports.
 *
 * "## **Title**" is a heading of level 2, "*Åben Sag*" loses its stars,
 * "\_" is "_", "- x" and "* x" are list items, and inside table cells
 * "<p>a</p> <p>b</p>" becomes the paragraphs "a" and "b".  HTML entities
 * are decoded; other tags are dropped.
 */
#include <string.h>
#include <minutes/plugin.h>
#include "normalize.h"
#include "../regex.h"

/* Named entities are looked up in libxml2's HTML table (all of HTML 4's:
 * "&oslash;", "&ndash;"), resolved at first use like the plugins' libraries;
 * without libxml2, the few XML names only.  Numeric references are
 * decoded here. */
typedef struct {
  int value;
} EntityDesc;   /* the head of libxml2's htmlEntityDesc: its code point */

static const EntityDesc *(*entity_lookup) (const unsigned char *name);
static const MnLibrarySymbol libxml2_symbols[] = {
  { "htmlEntityLookup", (gpointer *) &entity_lookup }, { NULL, NULL }
};
static MnLibrary libxml2 = { "libxml2.so.2", libxml2_symbols, 0, FALSE };

static gunichar
named_entity (const char *name)
{
  static const struct {
    const char *name;
    gunichar c;
  } xml_names[] = {
    { "amp", '&' }, { "lt", '<' }, { "gt", '>' }, { "quot", '"' }, { "apos", '\'' }, { "nbsp", 0xA0 },
  };
  const EntityDesc *d;

  if (mn_library_load (&libxml2) && (d = entity_lookup ((const unsigned char *) name)) != NULL)
    return (gunichar) d->value;
  for (gsize i = 0; i < G_N_ELEMENTS (xml_names); i++)
    if (strcmp (name, xml_names[i].name) == 0)
      return xml_names[i].c;
  return 0;
}

/* "&name;", "&#248;", "&#xF8;" at p: the character, its length in *len;
 * 0 when p holds none. */
static gunichar
entity_at (const char *p, gsize *len)
{
  char name[32];
  gsize n = 0;
  gunichar c = 0;

  for (const char *q = p + 1; *q && *q != ';' && n < sizeof name - 1; q++)
    name[n++] = *q;
  name[n] = '\0';
  if (p[n + 1] != ';' || n == 0)
    return 0;
  if (name[0] == '#')
    {
      char *end;
      guint64 v = (name[1] == 'x' || name[1] == 'X') ? g_ascii_strtoull (name + 2, &end, 16)
                                                     : g_ascii_strtoull (name + 1, &end, 10);
      if (*end == '\0' && end != name + 1 && v > 0 && g_unichar_validate ((gunichar) v) && v <= 0x10FFFF)
        c = (gunichar) v;
    }
  else
    c = named_entity (name);
  *len = n + 2;
  return c;
}

static char *
decode_entities (const char *text)
{
  GString *s;

  if (strchr (text, '&') == NULL)
    return g_strdup (text);
  s = g_string_sized_new (strlen (text));
  for (const char *p = text; *p;)
    {
      gsize len = 0;
      gunichar c = *p == '&' ? entity_at (p, &len) : 0;
      if (c)
        {
          /* a no-break space is a space in the model's text */
          g_string_append_unichar (s, c == 0xA0 ? ' ' : c);
          p += len;
        }
      else
        g_string_append_c (s, *p++);
    }
  return g_string_free (s, FALSE);
}

/* What every mark, tag and entity is made of: most lines hold none. */
#define MARK_CHARS "*_<>\\&"

char *
mn_markup_strip (const char *text)
{
  /* most lines hold no mark at all: skip the four regexes for them */
  if (strpbrk (text, MARK_CHARS) == NULL)
    return g_strdup (text);
  MnRegex *tags = MN_REGEX ("</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]*)?/?>", 0);
  MnRegex *escapes = MN_REGEX ("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|<>~])", 0);
  MnRegex *emphasis = MN_REGEX ("(\\*\\*|__)", 0);
  MnRegex *stars = MN_REGEX ("^\\s*[*_](\\S(?:.*\\S)?)[*_]\\s*$", 0);
  g_autofree char *a = mn_regex_replace (tags, text, "");
  g_autofree char *b = mn_regex_replace (emphasis, a, "");
  g_autofree char *c = mn_regex_replace_group (stars, b, 1);
  g_autofree char *d = mn_regex_replace_group (escapes, c, 1);

  return decode_entities (d);
}

/* "<p>a</p> <p>b</p>" -> "a\nb"; other cells just lose their marks. */
/* Whether cell_paragraphs would give cell back as it is: no mark, one
 * line, nothing to trim. */
static gboolean
plain_cell (const char *cell)
{
  gsize n = strlen (cell);

  return n == 0 || (strpbrk (cell, MARK_CHARS "\n") == NULL && !g_ascii_isspace (cell[0])
                    && !g_ascii_isspace (cell[n - 1]));
}

static char *
cell_paragraphs (const char *cell)
{
  MnRegex *breaks = MN_REGEX ("\\s*(?:</p>\\s*<p[^>]*>|<br\\s*/?>)\\s*", MN_REGEX_CASELESS);
  g_autofree char *split = mn_regex_replace (breaks, cell, "\n");
  g_auto (GStrv) paras = g_strsplit (split, "\n", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; paras[i]; i++)
    {
      g_autofree char *p = mn_markup_strip (paras[i]);
      g_strstrip (p);
      if (*p == '\0')
        continue;
      if (out->len)
        g_string_append_c (out, '\n');
      g_string_append (out, p);
    }
  return g_string_free (out, FALSE);
}

/* "- item", "* item": compiled at its first use */
static MnRegex *
bullet_pattern (void)
{
  return MN_REGEX ("^\\s*[-*+]\\s+(?=\\S)", 0);
}

void
mn_pass_markup (MnBlocks *blocks)
{
  for (guint i = 0; i < blocks->len; i++)
    {
      MnBlock *b = g_ptr_array_index (blocks, i);
      MnMatch mi;

      if (b->kind == MN_BLOCK_TABLE_ROW)
        {
          for (guint c = 0; c < b->cells->len; c++)
            {
              char *cell = g_ptr_array_index (b->cells, c);
              if (cell == NULL || plain_cell (cell))
                continue;
              g_ptr_array_index (b->cells, c) = cell_paragraphs (cell);
              g_free (cell);
            }
          continue;
        }
      if (b->text == NULL)
        continue;
      if (strchr ("# \t", b->text[0])
          && mn_regex_match (MN_REGEX ("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$", 0), b->text, &mi))
        {
          g_autofree char *marks = mn_match_fetch (&mi, 1);
          b->style |= MN_STYLE_HEADING;
          b->level = (int) strlen (marks);
          mn_block_take_text (b, mn_match_fetch (&mi, 2));
        }
      else if (strchr ("-*+ \t", b->text[0]) && mn_regex_match (bullet_pattern (), b->text, NULL))
        {
          b->style |= MN_STYLE_LIST_ITEM;
          mn_block_take_text (b, mn_regex_replace (bullet_pattern (), b->text, ""));
        }
      /* a line with no mark is kept, not copied */
      if (strpbrk (b->text, MARK_CHARS) != NULL)
        mn_block_take_text (b, mn_markup_strip (b->text));
    }
}
