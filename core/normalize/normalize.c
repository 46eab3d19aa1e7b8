/* Why the passes run in this order
 *
 * 1. unicode      first, so every later pattern sees NFC text with plain
 *                 spaces and no invisible characters; it also turns symbol-
 *                 font bullet glyphs into the LIST_ITEM style.
 * 2. table_rows   splits tab-separated lines into cells before markup, so
 *                 the <p> marks of a web export are read per cell.
 * 3. markup       strips Markdown and HTML marks, keeping what they meant
 *                 (heading levels, list items, cell paragraphs).
 * 4. page_headers  in a text with no pages, marks the header lines beside
 *                 each "Side N" as running; before double_spacing, whose
 *                 lost bullets must not go on from a page's header, and
 *                 paragraphs, which would join them to the text (and
 *                 drops the page numbers).
 * 5. double_spacing  undoes "a blank line between every printed line" of
 *                 PDF text extractions; it needs the blank lines the earlier
 *                 passes leave untouched, and must run before anything
 *                 joins line neighbours.
 * 6. columns     puts a table a text extraction printed column by column
 *                 (labels, then values; a Bilag table's four runs) back in
 *                 rows; after double_spacing, before item_numbers, which
 *                 would take a Bilag table's lone "1" for an item's.
 * 7. item_numbers  joins an item number printed on a line of its own
 *                 ("1.") to its title on the next line; after
 *                 double_spacing, so the blank lines between are gone,
 *                 before the passes that read line starts.
 * 8. list_numbers removes list numbers leaked into a time column
 *                 ("1. 10.45-"), so that
 * 9. time_ranges  can join a range split over two lines ("10.00-" "10.30").
 * 10. paragraphs  last: joins printed lines into paragraphs, undoing line-
 *                 end hyphenation, once every line is in its final shape.
 */
#include "normalize.h"

const MnPass mn_normalize_passes[] = {
  { "unicode", mn_pass_unicode },
  { "table_rows", mn_pass_table_rows },
  { "markup", mn_pass_markup },
  { "page_headers", mn_pass_page_headers },
  { "double_spacing", mn_pass_double_spacing },
  { "columns", mn_pass_columns },
  { "item_numbers", mn_pass_item_numbers },
  { "list_numbers", mn_pass_list_numbers },
  { "time_ranges", mn_pass_time_ranges },
  { "paragraphs", mn_pass_paragraphs },
  { NULL, NULL },
};

void
mn_normalize (MnBlocks *blocks)
{
  for (const MnPass *p = mn_normalize_passes; p->name; p++)
    p->run (blocks);
}
