/* HTML to blocks (html_blocks.h).
 *
 * The page is parsed by libxml2's HTML parser in recover mode (no network,
 * no errors printed) into a tree, then walked once: a block element whose
 * content is only inline text becomes a paragraph (a line a <br>, the lines
 * after the first marked MN_STYLE_LINE_BREAK); one that holds other blocks
 * is walked into.  Whitespace is folded as a browser would.
 *
 * What a page styles is reported as style: h1-h6 and the agenda systems'
 * heading classes (html_classes below) as headings, a table row that
 * opens with a bare number and goes on with a heading as an item's title
 * (MN_STYLE_ITEM: "1" | "<h2>Title</h2>" is item 1), the page's controls
 * (buttons, menus, navigation, hidden parts) dropped. */
#include <string.h>
#include "export.h"
#include "html_blocks.h"

typedef struct {
  MnExtract *ex;
  int heading_level, page;
} Walk;

/* What an element's class says it is, in the agenda systems' renderings
 * (eDoc's XSLT, FirstAgenda's publication page); matched against each
 * class token, case-insensitively. */
typedef enum { ROLE_NONE, ROLE_HEADING, ROLE_TITLE, ROLE_TOC, ROLE_CONTROL } Role;

static const struct {
  const char *class_name;
  Role role;
} html_classes[] = {
  { "xsltTitle", ROLE_TITLE },            /* eDoc: an item's number and title */
  { "xsltHeader", ROLE_HEADING },         /* eDoc: "Præsentation:" */
  { "xsltContentHeader", ROLE_TOC },      /* eDoc: a table of contents line */
  { "overskrift", ROLE_TITLE },           /* FirstAgenda: an item's title */
  { "dropdown", ROLE_CONTROL },           /* FirstAgenda: the item's menu */
  { "lydfiler-og-bilag", ROLE_CONTROL },  /* FirstAgenda: the attachment count */
  { "pdf-label", ROLE_CONTROL },          /* FirstAgenda: "PDF" before a link */
  { "btn", ROLE_CONTROL },                /* Bootstrap's buttons ("Tilbage til forsiden") */
  { "modal", ROLE_CONTROL },              /* Bootstrap's dialogs ("Tip en ven") */
};

static gboolean
named (const xmlNode *n, const char *name)
{
  return n->type == XML_ELEMENT_NODE && n->name && g_ascii_strcasecmp ((const char *) n->name, name) == 0;
}

static char *
attribute (const xmlNode *n, const char *name)
{
  for (const xmlAttr *a = n->type == XML_ELEMENT_NODE ? n->properties : NULL; a; a = a->next)
    if (a->name && g_ascii_strcasecmp ((const char *) a->name, name) == 0)
      {
        GString *v = g_string_new (NULL);
        for (const xmlNode *c = a->children; c; c = c->next)
          if (c->content)
            g_string_append (v, (const char *) c->content);
        return g_string_free (v, FALSE);
      }
  return NULL;
}

static gboolean
has_attribute (const xmlNode *n, const char *name)
{
  g_autofree char *v = attribute (n, name);
  return v != NULL;
}

static Role
class_role (const xmlNode *n)
{
  g_autofree char *classes = attribute (n, "class");
  g_auto (GStrv) tokens = NULL;

  if (classes == NULL)
    return ROLE_NONE;
  tokens = g_strsplit_set (classes, " \t\n", -1);
  for (guint i = 0; tokens[i]; i++)
    for (gsize k = 0; k < G_N_ELEMENTS (html_classes); k++)
      if (g_ascii_strcasecmp (tokens[i], html_classes[k].class_name) == 0)
        return html_classes[k].role;
  return ROLE_NONE;
}

static gboolean
is_heading_element (const xmlNode *n)
{
  return n->type == XML_ELEMENT_NODE && n->name && strlen ((const char *) n->name) == 2
         && g_ascii_tolower (n->name[0]) == 'h' && n->name[1] >= '1' && n->name[1] <= '6';
}

static gboolean
holds_heading (const xmlNode *n, int depth)
{
  for (const xmlNode *c = n->children; c && depth < 64; c = c->next)
    if (is_heading_element (c) || class_role (c) == ROLE_TITLE || holds_heading (c, depth + 1))
      return TRUE;
  return FALSE;
}

/* The page's controls and what it hides: no content.  A button that holds
 * a heading is a heading one can click (FirstAgenda's item titles). */
static gboolean
is_control (const xmlNode *n)
{
  g_autofree char *role = NULL;

  if (n->type != XML_ELEMENT_NODE)
    return FALSE;
  /* a table's column heads ("Punkt", "Titel") label no content; a form
   * asks, it does not tell */
  if (named (n, "nav") || named (n, "thead") || named (n, "form") || named (n, "input") || named (n, "select") || named (n, "option")
      || named (n, "noscript") || named (n, "svg") || named (n, "img") || has_attribute (n, "hidden"))
    return TRUE;
  if (class_role (n) == ROLE_CONTROL)
    return TRUE;
  {
    g_autofree char *css = attribute (n, "style");
    if (css && strstr (css, "display: none"))
      return TRUE;
  }
  role = attribute (n, "role");
  if (role && g_ascii_strcasecmp (role, "dialog") == 0)
    return TRUE;
  if (named (n, "button") || (role && (g_ascii_strcasecmp (role, "button") == 0
                                       || g_ascii_strncasecmp (role, "menu", 4) == 0
                                       || g_ascii_strcasecmp (role, "navigation") == 0)))
    return !holds_heading (n, 0);
  return FALSE;
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
  return named (n, "script") || named (n, "style") || named (n, "head") || n->type == XML_COMMENT_NODE
         || is_control (n);
}

static gboolean
has_block_child (const xmlNode *n)
{
  for (const xmlNode *c = n->children; c; c = c->next)
    if (!skipped (c) && (is_block (c) || (c->type == XML_ELEMENT_NODE && has_block_child (c))))
      return TRUE;
  return FALSE;
}

/* A row's cells hold only inline text (a table of label and value). */
static gboolean
cells_hold_blocks (const xmlNode *tr)
{
  for (const xmlNode *td = tr->children; td; td = td->next)
    if ((named (td, "td") || named (td, "th")) && has_block_child (td))
      return TRUE;
  return FALSE;
}

static void inline_text (const xmlNode *n, GString *out);

/* One node of inline content appended to out, folded; <br> as a line
 * break. */
static void
inline_node (const xmlNode *c, GString *out)
{
  if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
    {
      for (const char *p = (const char *) c->content; p && *p; p++)
        {
          /* a no-break space folds as a space does (the text rules) */
          gboolean nbsp = (guchar) p[0] == 0xC2 && (guchar) p[1] == 0xA0;
          gboolean space = *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f' || nbsp;
          p += nbsp;
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

/* The inline text of n, folded; <br> as a line break. */
static void
inline_text (const xmlNode *n, GString *out)
{
  for (const xmlNode *c = n->children; c; c = c->next)
    if (!skipped (c))
      inline_node (c, out);
}

/* The text of n's whole subtree, folded to one line.  transfer full */
static char *
flat_text (const xmlNode *n)
{
  GString *t = g_string_new (NULL);

  inline_text (n, t);
  g_strdelimit (t->str, "\n", ' ');
  return g_strstrip (g_string_free (t, FALSE));
}

/* A paragraph a line: the lines of one element are one paragraph of the
 * text, broken where it had a <br>. */
static void
emit_text (Walk *w, const char *text, guint style, int level)
{
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
  gboolean first = TRUE;

  for (guint i = 0; lines[i]; i++)
    {
      g_strstrip (lines[i]);
      if (*lines[i] == '\0')
        continue;
      mn_extract_add (w->ex, MN_BLOCK_PARAGRAPH, lines[i], style | (first ? 0 : MN_STYLE_LINE_BREAK), level,
                      w->page);
      first = FALSE;
    }
}

static void
emit (Walk *w, const xmlNode *n, guint style, int level)
{
  g_autoptr (GString) text = g_string_new (NULL);

  inline_text (n, text);
  emit_text (w, text->str, style, level);
}

static int
level_of (const Walk *w, const xmlNode *heading)
{
  if (is_heading_element (heading))
    return MIN (6, w->heading_level + (heading->name[1] - '1'));
  return MIN (6, w->heading_level + 1);
}

/* "1", "1.", "12.3": a cell that holds an item's number and nothing else */
static gboolean
is_number_label (const char *t)
{
  gsize digits = strspn (t, "0123456789");
  const char *rest = t + digits;

  if (digits == 0 || digits > 4)
    return FALSE;
  while (*rest == '.' && g_ascii_isdigit (rest[1]))
    rest += 1 + strspn (rest + 1, "0123456789");
  return *rest == '\0' || (*rest == '.' && rest[1] == '\0');
}

/* The first heading (an h-element or a title class) in n's subtree. */
static const xmlNode *
first_heading (const xmlNode *n, int depth)
{
  for (const xmlNode *c = n->children; c && depth < 64; c = c->next)
    {
      const xmlNode *h;
      if (skipped (c) && !named (c, "button"))
        continue;
      if (is_heading_element (c) || class_role (c) == ROLE_TITLE)
        return c;
      if ((h = first_heading (c, depth + 1)) != NULL)
        return h;
    }
  return NULL;
}

static void walk (Walk *w, const xmlNode *n, int depth, const xmlNode *omit);

static gboolean
in_toc (const xmlNode *n, int depth)
{
  if (class_role (n) == ROLE_TOC)
    return TRUE;
  for (const xmlNode *c = n->children; c && depth < 64; c = c->next)
    if (in_toc (c, depth + 1))
      return TRUE;
  return FALSE;
}

/* A row "NUMBER | TITLE ...": an item's number and its title.  Where the
 * title is a heading, the row is the item's record (MN_STYLE_ITEM), the
 * rest of the title cell and the cells after it its text; a table of
 * contents' rows are plain numbered lines (their page numbers dropped).
 * FALSE when the row is neither. */
static gboolean
numbered_row (Walk *w, const xmlNode *tr, int depth)
{
  const xmlNode *cells[2] = { NULL, NULL }, *heading;
  g_autofree char *number = NULL, *title = NULL, *line = NULL;
  guint n = 0;
  gboolean toc;

  for (const xmlNode *c = tr->children; c && n < 2; c = c->next)
    if (named (c, "td") || named (c, "th"))
      cells[n++] = c;
  if (n < 2)
    return FALSE;
  number = flat_text (cells[0]);
  if (!is_number_label (number))
    return FALSE;
  toc = in_toc (tr, 0);
  heading = toc ? NULL : first_heading (cells[1], 0);
  /* any other row that starts with a number is a table's */
  if (!toc && heading == NULL)
    return FALSE;
  title = flat_text (heading ? heading : cells[1]);
  if (*title == '\0')
    return FALSE;
  line = g_strdup_printf ("%s%s %s", number, number[strlen (number) - 1] == '.' ? "" : ".", title);
  if (heading)
    mn_extract_add (w->ex, MN_BLOCK_PARAGRAPH, line, MN_STYLE_HEADING | MN_STYLE_ITEM, level_of (w, heading),
                    w->page);
  else
    mn_extract_add (w->ex, MN_BLOCK_PARAGRAPH, line, 0, 0, w->page);
  if (heading)
    walk (w, cells[1]->children, depth + 1, heading);
  for (const xmlNode *c = cells[1]->next; c; c = c->next)
    if (heading && (named (c, "td") || named (c, "th")))
      walk (w, c->children, depth + 1, NULL);
  return TRUE;
}

/* Inline content among blocks, as a browser lays it out in a box of its
 * own: text, <br>, and inline elements that hold no block, no heading and
 * no role (FirstAgenda's "<p>Godkendt.</p><br><br>Afbud: Navn" in one
 * span: the Afbud line is a paragraph). */
static gboolean
is_inline_content (const xmlNode *n)
{
  if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE || named (n, "br"))
    return TRUE;
  return n->type == XML_ELEMENT_NODE && !is_block (n) && !is_heading_element (n) && class_role (n) == ROLE_NONE
         && !has_block_child (n) && !holds_heading (n, 0);
}

/* The inline run gathered so far as paragraphs, and the run emptied. */
static void
flush_run (Walk *w, GString *run)
{
  if (run->len)
    emit_text (w, run->str, 0, 0);
  g_string_truncate (run, 0);
}

static void
walk (Walk *w, const xmlNode *n, int depth, const xmlNode *omit)
{
  g_autoptr (GString) run = g_string_new (NULL);

  for (const xmlNode *c = n; c && depth < 256; c = c->next)
    {
      if (c == omit || skipped (c))
        continue;
      if (is_inline_content (c))
        {
          inline_node (c, run);
          continue;
        }
      if (c->type != XML_ELEMENT_NODE)
        continue;
      flush_run (w, run);
      if (named (c, "tr"))
        {
          g_autoptr (GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

          if (numbered_row (w, c, depth))
            continue;
          for (const xmlNode *td = c->children; td; td = td->next)
            if (named (td, "td") || named (td, "th"))
              g_ptr_array_add (cells, flat_text (td));
          if (cells->len >= 2 && !cells_hold_blocks (c))
            {
              mn_extract_add_row (w->ex, (const char *const *) cells->pdata, cells->len, w->page);
              continue;
            }
        }
      if (is_heading_element (c) || class_role (c) == ROLE_HEADING)
        {
          g_autofree char *text = flat_text (c);
          /* an empty heading is kept: the text under it is a section of
           * its own (the parser drops it when nothing follows) */
          if (*text == '\0')
            mn_extract_add (w->ex, MN_BLOCK_PARAGRAPH, "", MN_STYLE_HEADING, level_of (w, c), w->page);
          else
            emit (w, c, MN_STYLE_HEADING, level_of (w, c));
          continue;
        }
      if (omit && first_heading (c, 0) == omit)
        walk (w, c->children, depth + 1, omit);
      else if (has_block_child (c))
        walk (w, c->children, depth + 1, omit);
      else if (is_block (c) || named (c, "span") || named (c, "a") || named (c, "b") || named (c, "strong"))
        emit (w, c, named (c, "li") ? MN_STYLE_LIST_ITEM : 0, 0);
      else
        walk (w, c->children, depth + 1, omit);
    }
  flush_run (w, run);
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
  walk (&w, export_xml.xmlDocGetRootElement (doc), 0, NULL);
  export_xml.xmlFreeDoc (doc);
  return TRUE;
}
