/* The MN_ERROR domain.  Codes double as exit statuses (see error.h). */
#include <minutes/error.h>

G_DEFINE_QUARK (mn-error-quark, mn_error)

int
mn_error_exit_status (const GError *error)
{
  if (error == NULL)
    return 0;
  if (error->domain == MN_ERROR && error->code >= MN_ERROR_USAGE
      && error->code <= MN_ERROR_LAST)
    return error->code;
  return 1;
}
