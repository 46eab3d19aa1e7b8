/* HTML to blocks, through libxml2's HTML parser (resolved at first use).
 * For the input plugins whose formats carry HTML: the export formats'
 * item texts, and web pages. */
#ifndef MN_HTML_BLOCKS_H
#define MN_HTML_BLOCKS_H

#include <minutes/plugin.h>

/* Appends the blocks of an HTML fragment or page: h1-h6 as headings
 * (level from heading_level for h1 upward, at most 6), p, div, li, td and
 * th as paragraphs (li a list item), tr as a table row when it has two
 * cells or more, br as a line break inside a paragraph.  Entities are
 * decoded by libxml2; scripts, styles and comments are dropped; no
 * network.  FALSE (MN_ERROR_NOT_BUILT) when libxml2 cannot be loaded. */
gboolean mn_html_to_blocks (MnExtract *ex, const char *html, gsize len,
                            int heading_level, int page, GError **error);

#endif
