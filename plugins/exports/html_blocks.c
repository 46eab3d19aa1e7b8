/* HTML to blocks (html_blocks.h).
 *
 * The page is parsed by libxml2's HTML parser in recover mode (no network,
 * no errors printed) into a tree, then walked once: a block element whose
 * content is only inline text becomes a paragraph; one that holds other
 * blocks is walked into.  Whitespace is folded as a browser would. */
#include <string.h>
#include "export.h"
#include "html_blocks.h"

typedef struct {
  MnExtract *ex;
  int heading_level, page;
} Walk;

static gboolean
named (const xmlNode *n, const char *name)
{
  return n->type == XML_ELEMENT_NODE && n->name && g_ascii_strcasecmp ((const char *) n->name, name) == 0;
}

static gboolean
is_block (const xmlNode *n)
{
  static const char *const blocks[] = { "p", "div", "li", "ul", "ol", "table", "tbody", "thead",
                                        "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
                                        "section", "article", "header", "footer", "main", "body",
                                        "html", "blockquote", "dl", "dt", "dd", "pre", "hr" };
  for (gsize i = 0; n->type == XML_ELEMENT_NODE && i < G_N_ELEMENTS (blocks); i++)
    if (named (n, blocks[i]))
      return TRUE;
  return FALSE;
}

static gboolean
skipped (const xmlNode *n)
{
  return named (n, "script") || named (n, "style") || named (n, "head") || n->type == XML_COMMENT_NODE;
}

static gboolean
has_block_child (const xmlNode *n)
{
  for (const xmlNode *c = n->children; c; c = c->next)
    if (is_block (c) || (c->type == XML_ELEMENT_NODE && !skipped (c) && has_block_child (c)))
      return TRUE;
  return FALSE;
}

/* The inline text of n, folded; <br> as a line break. */
static void
inline_text (const xmlNode *n, GString *out)
{
  for (const xmlNode *c = n->children; c; c = c->next)
    {
      if (skipped (c))
        continue;
      if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
        {
          for (const char *p = (const char *) c->content; p && *p; p++)
            {
              gboolean space = *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f';
              if (space)
                {
                  if (out->len && out->str[out->len - 1] != ' ' && out->str[out->len - 1] != '\n')
                    g_string_append_c (out, ' ');
                }
              else
                g_string_append_c (out, *p);
            }
        }
      else if (named (c, "br"))
        {
          while (out->len && out->str[out->len - 1] == ' ')
            g_string_truncate (out, out->len - 1);
          g_string_append_c (out, '\n');
        }
      else if (c->type == XML_ELEMENT_NODE)
        inline_text (c, out);
    }
}

static void
emit (Walk *w, const xmlNode *n, guint style, int level)
{
  g_autoptr (GString) text = g_string_new (NULL);
  g_auto (GStrv) lines = NULL;
  GString *para = g_string_new (NULL);

  inline_text (n, text);
  /* a <br> inside a paragraph is a line break in its text (the spec's text
   * rules); blank lines between are dropped */
  lines = g_strsplit (text->str, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_strstrip (lines[i]);
      if (*lines[i] == '\0')
        continue;
      if (para->len)
        g_string_append_c (para, '\n');
      g_string_append (para, lines[i]);
    }
  if (para->len)
    mn_extract_add (w->ex, MN_BLOCK_PARAGRAPH, para->str, style, level, w->page);
  g_string_free (para, TRUE);
}

static void
walk (Walk *w, const xmlNode *n, int depth)
{
  for (const xmlNode *c = n; c && depth < 256; c = c->next)
    {
      if (skipped (c) || c->type != XML_ELEMENT_NODE)
        continue;
      if (named (c, "tr"))
        {
          g_autoptr (GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
          for (const xmlNode *td = c->children; td; td = td->next)
            if (named (td, "td") || named (td, "th"))
              {
                GString *t = g_string_new (NULL);
                inline_text (td, t);
                g_ptr_array_add (cells, g_strstrip (g_string_free (t, FALSE)));
              }
          if (cells->len >= 2 && !has_block_child (c))
            {
              mn_extract_add_row (w->ex, (const char *const *) cells->pdata, cells->len, w->page);
              continue;
            }
        }
      if (c->name && strlen ((const char *) c->name) == 2 && g_ascii_tolower (c->name[0]) == 'h'
          && c->name[1] >= '1' && c->name[1] <= '6')
        {
          emit (w, c, MN_STYLE_HEADING, MIN (6, w->heading_level + (c->name[1] - '1')));
          continue;
        }
      if (has_block_child (c))
        walk (w, c->children, depth + 1);
      else if (is_block (c) || named (c, "span") || named (c, "a") || named (c, "b") || named (c, "strong"))
        emit (w, c, named (c, "li") ? MN_STYLE_LIST_ITEM : 0, 0);
      else
        walk (w, c->children, depth + 1);
    }
}

gboolean
mn_html_to_blocks (MnExtract *ex, const char *html, gsize len, int heading_level, int page,
                   GError **error)
{
  Walk w = { ex, heading_level, page };
  htmlDocPtr doc;

  if (!mn_export_xml_load ("html", error))
    return FALSE;
  if (len == 0)
    return TRUE;
  if (len > G_MAXINT)
    {
      g_set_error (error, MN_ERROR, MN_ERROR_LIMIT, "an HTML text of %" G_GSIZE_FORMAT " bytes is too large", len);
      return FALSE;
    }
  doc = export_xml.htmlReadMemory (html, (int) len, NULL, "UTF-8",
                                 HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR
                                 | HTML_PARSE_NOWARNING | HTML_PARSE_COMPACT | XML_PARSE_HUGE);
  /* HUGE: libxml2 would otherwise cut a text over 10 MB short, in silence;
   * the core's text limit bounds it instead (an HTML parser expands no
   * declared entities, so nothing amplifies) */
  if (doc == NULL)
    {
      g_set_error (error, MN_ERROR, MN_ERROR_CORRUPT, "damaged HTML: it cannot be read");
      return FALSE;
    }
  walk (&w, export_xml.xmlDocGetRootElement (doc), 0);
  export_xml.xmlFreeDoc (doc);
  return TRUE;
}
