/* FirstAgenda: "Punkt N: Title", a bare case number "EMN-2025-009134",
 * then sub-headings in large bold type -- "Beslutninger" first, "Resume",
 * "Beslutningspunkter", "<Afdeling>s påtegning", "Sagsforløb", "Bilag" --
 * which are the item's sections, not items, whatever their wording. */
#include "../layout.h"

static const MnLayoutSign firstagenda_signs[] = {
  { MN_SIGN_PREFIX, "Punkt ", 25 },
  { MN_SIGN_PREFIX, "EMN-", 30 },
  { MN_SIGN_LINE, "Beslutninger", 20 },
  { MN_SIGN_LINE, "Beslutningspunkter", 15 },
  { MN_SIGN_CONTAINS, " påtegning", 10 },
  { MN_SIGN_END, NULL, 0 },
};

const MnLayout mn_layout_firstagenda = {
  .name = "firstagenda",
  .description = "FirstAgenda: Punkt N: titles, EMN- case numbers, large bold sub-headings",
  .signs = firstagenda_signs,
  .unnumbered_headings_are_sections = TRUE,
};
