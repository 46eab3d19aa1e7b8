/* libFuzzer entry point over the convert path for one input plugin
 * (FUZZ_PLUGIN, set at build time: text, pdf or docx): extract, normalize,
 * parse and serialize to JSON, as `minutes convert -f FUZZ_PLUGIN` does.
 * Built and run by `make fuzz`; crashes it finds go to fixtures/fuzz/. */
#include <stdint.h>
#include "convert.h"

static MnRegistry *reg;

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr (GBytes) bytes = g_bytes_new (data, size);
  g_autoptr (GError) error = NULL;
  g_autoptr (MnDocument) doc = NULL;

  if (reg == NULL)
    reg = mn_registry_new ();
  doc = mn_convert_bytes (reg, bytes, "fuzz", FUZZ_PLUGIN, &error);
  if (doc)
    {
      g_autoptr (GString) out = g_string_new (NULL);
      const MnOutputPlugin *json = mn_registry_output (reg, "json", NULL);
      json->write (doc, NULL, out, NULL);
    }
  return 0;
}
