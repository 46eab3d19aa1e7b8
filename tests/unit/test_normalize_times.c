/* list_numbers + time_ranges passes */
#include "tap.h"
#include "blocks_helpers.h"
#include "normalize/normalize.h"

int
main (void)
{
  g_autoptr (GPtrArray) b = lines ("10.00-\n10.30 \n1. 10.45-\n11.15 \n2. 12.30 -\n12.45\n3. Punkt\n12.00-12.30");
  g_autofree char *d = NULL;

  mn_pass_list_numbers (b);
  mn_pass_time_ranges (b);
  d = dump (b);
  IS_STR (d, "L:10.00-10.30\nL:10.45-11.15\nL:12.30-12.45\nL:3. Punkt\nL:12.00-12.30",
          "split ranges are joined and leaked list numbers dropped, other numbers kept");
  return tap_done ();
}
