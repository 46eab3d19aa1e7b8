/* libzip and libxml2, resolved at the first DOCX rather than linked.
 *
 * Why: the two libraries and what they pull in (ICU, OpenSSL's libcrypto,
 * liblzma, libbz2, libzstd) cost 5 ms of start-up in every process, PDF,
 * text and --version included, when linked.  The headers are still the
 * libraries' own, so every call is type-checked at compile time; calls go
 * through docx_lib, e.g. docx_lib.zip_fread (...). */
#ifndef MN_DOCX_LIBS_H
#define MN_DOCX_LIBS_H

#include <zip.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <glib.h>

#define DOCX_LIBXML2_FUNCTIONS(F) \
  F (xmlCreatePushParserCtxt) F (xmlCreateIOParserCtxt) F (xmlCtxtUseOptions) \
  F (xmlParseChunk) F (xmlParseDocument) \
  F (xmlStopParser) F (xmlFreeParserCtxt) F (xmlGetLastError) F (xmlResetLastError)

#define DOCX_LIBZIP_FUNCTIONS(F) \
  F (zip_error_init) F (zip_error_fini) F (zip_error_strerror) \
  F (zip_source_buffer_create) F (zip_source_free) F (zip_open_from_source) \
  F (zip_discard) F (zip_strerror) F (zip_name_locate) F (zip_get_num_entries) \
  F (zip_get_name) F (zip_stat_init) F (zip_stat_index) F (zip_fopen_index) \
  F (zip_fread) F (zip_fclose) F (zip_file_strerror)

#define DOCX_LIB_FIELD(name) __typeof__ (name) *name;

typedef struct {
  DOCX_LIBXML2_FUNCTIONS (DOCX_LIB_FIELD)
  DOCX_LIBZIP_FUNCTIONS (DOCX_LIB_FIELD)
} DocxLib;

extern DocxLib docx_lib;

/* Loads both libraries once per process; FALSE (MN_ERROR_NOT_BUILT) when
 * one is missing at run time. */
gboolean docx_lib_load (GError **error);

/* The sonames docx_lib_load opens, for the descriptor. */
extern const char *const docx_libraries[];

#endif
