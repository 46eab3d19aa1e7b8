/* Acadre: items numbered across the year ("700.<TAB>Title"), a table
 * "Sagsnr.:" / "Sagen afgøres i:", one or more "Beslutning i <body> den
 * DD-MM-YYYY" blocks, a last page "Underskriftsside".  ("Åben sag" /
 * "Lukket sag" and the dated decision heading are other systems' too.) */
#include "../layout.h"

static const MnLayoutSign acadre_signs[] = {
  { MN_SIGN_HIGH_NUMBERS, NULL, 35 },
  { MN_SIGN_PREFIX, "Sagen afgøres i", 25 },
  { MN_SIGN_LINE, "Underskriftsside", 20 },
  /* many papers print these too (the dev set's templates): a little only */
  { MN_SIGN_DATED_DECISION, NULL, 10 },
  { MN_SIGN_PREFIX, "Punkt nr.", 10 },
  { MN_SIGN_END, NULL, 0 },
};

const MnLayout mn_layout_acadre = {
  .name = "acadre",
  .description = "Acadre: year-running item numbers, dated decision blocks, a signature page",
  .signs = acadre_signs,
  .unnumbered_headings_are_sections = FALSE,
};
