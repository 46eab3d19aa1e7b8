/* Helper for parser tests: a text, line by line, through the normalization
 * passes and the agenda parser, as a text file would go. */
#ifndef MN_TEST_PARSE_H
#define MN_TEST_PARSE_H

#include "blocks_helpers.h"
#include "normalize/normalize.h"
#include "agenda/agenda.h"

/* transfer full */
static G_GNUC_UNUSED MnDocument *
parse (const char *text)
{
  g_autoptr (GPtrArray) b = lines (text);
  MnDocument *doc = mn_document_new ();

  mn_normalize (b);
  mn_agenda_parse (b, doc);
  return doc;
}

#endif
