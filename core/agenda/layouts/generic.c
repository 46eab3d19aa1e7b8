/* generic: the rules every paper shares (item.c, meeting.c, ...), for a
 * paper no system's signs claim: the dev set's Word templates, and any
 * system not profiled yet. */
#include "../layout.h"

static const MnLayoutSign generic_signs[] = { { MN_SIGN_END, NULL, 0 } };

const MnLayout mn_layout_generic = {
  .name = "generic",
  .description = "the rules every paper shares",
  .signs = generic_signs,
  .unnumbered_headings_are_sections = FALSE,
};
