/* eDoc (Fujitsu): Ballerup's and Middelfart's papers.  Items "N.<TAB>Title"
 * with "Sagsnr.:" / "Dok.nr.:" under them, the decision under the body's
 * genitive "Sundheds- og Forebyggelsesudvalgets beslutning den 04.12.2012
 * Punkt 2" and "Følgende deltog ikke i behandlingen af punktet:", a front
 * page with "Tilstede" and "Afbud/Fraværende". */
#include "../layout.h"

static const MnLayoutSign edoc_signs[] = {
  { MN_SIGN_GENITIVE_DECISION, NULL, 35 },
  { MN_SIGN_PREFIX, "Dok.nr.", 25 },
  { MN_SIGN_PREFIX, "Følgende deltog ikke i behandlingen", 25 },
  { MN_SIGN_LINE, "Beslutningen træffes af", 15 },
  { MN_SIGN_LINE, "Afbud/Fraværende", 15 },
  { MN_SIGN_LINE, "Tilstede", 10 },
  { MN_SIGN_END, NULL, 0 },
};

const MnLayout mn_layout_edoc = {
  .name = "edoc",
  .description = "eDoc (Fujitsu): Sagsnr./Dok.nr. labels, the body's genitive decision heading",
  .signs = edoc_signs,
  .unnumbered_headings_are_sections = FALSE,
};
