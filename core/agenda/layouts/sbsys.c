/* SBSYS (working groups' papers): items "1<TAB>Title" with sub-items
 * "1.1<TAB>Title", each with "Oplæg:" on a line of its own and, in
 * minutes, "Referat:" with the text after it; a front table "Dato:" /
 * "Tid:" / "Sted:" / "Deltagere:" / "Afbud:" / "Bemærk:". */
#include "../layout.h"

static const MnLayoutSign sbsys_signs[] = {
  { MN_SIGN_SUB_ITEMS, NULL, 30 },
  { MN_SIGN_LINE, "Oplæg", 30 },
  { MN_SIGN_PREFIX, "Referat:", 20 },
  { MN_SIGN_PREFIX, "Bemærk:", 15 },
  { MN_SIGN_PREFIX, "Afbud:", 10 },
  { MN_SIGN_END, NULL, 0 },
};

const MnLayout mn_layout_sbsys = {
  .name = "sbsys",
  .description = "SBSYS: sub-items 1.1 with Oplæg: and Referat:",
  .signs = sbsys_signs,
  .unnumbered_headings_are_sections = FALSE,
};
