/* JSON output: the layout and string escaping of json.dumps(indent=2,
 * ensure_ascii=False), checked on a hand-built document byte for byte. */
#include "tap.h"
#include "registry.h"

int
main (void)
{
  MnRegistry *reg = mn_registry_new ();
  const MnOutputPlugin *json = mn_registry_output (reg, "json", NULL);
  MnDocument *doc = mn_document_new ();
  MnItem *item = mn_item_new ();
  g_autoptr (GString) out = g_string_new (NULL);

  doc->source.file = g_strdup ("a \"quoted\" name.txt");
  doc->source.format = g_strdup ("text");
  doc->source.sha256 = g_strdup ("00");
  doc->source.pages = -1;
  doc->meeting.organisation = g_strdup ("Norddjurs Kommune");
  item->number = 7;
  item->title = g_strdup ("Back\\slash, tab\there, line\nbreak, bell\a, del\x7f, æøå €");
  g_ptr_array_add (item->case_flow, g_strdup ("Direktionen"));
  g_ptr_array_add (item->sections, mn_section_new ("Bilag:", MN_SECTION_ATTACHMENTS, "\x01\x1f"));
  item->number_label = g_strdup ("7");
  item->first_page = 2;
  item->last_page = 3;
  {
    MnDecision *d = mn_decision_new ();
    d->body = g_strdup ("Direktionen");
    d->text = g_strdup ("Godkendt.");
    d->result = MN_RESULT_APPROVED;
    g_ptr_array_add (d->absent, g_strdup ("Jens Hansen"));
    g_ptr_array_add (item->decisions, d);
    item->decision = d;
  }
  g_ptr_array_add (doc->meeting.participants, mn_member_new ("Jan Petersen", "A", "formand", TRUE));
  doc->meeting.start = g_strdup ("09:00");
  g_ptr_array_add (doc->items, item);

  TAP_OK (json->write (doc, NULL, out, NULL), "the writer succeeds");
  IS_STR (out->str,
          "{\n"
          "  \"format\": \"minutes-agenda/1.1\",\n"
          "  \"source\": {\n"
          "    \"file\": \"a \\\"quoted\\\" name.txt\",\n"
          "    \"format\": \"text\",\n"
          "    \"sha256\": \"00\",\n"
          "    \"pages\": null\n"
          "  },\n"
          "  \"meeting\": {\n"
          "    \"organisation\": \"Norddjurs Kommune\",\n"
          "    \"body\": null,\n"
          "    \"date\": null,\n"
          "    \"kind\": \"agenda\",\n"
          "    \"start\": \"09:00\",\n"
          "    \"end\": null,\n"
          "    \"location\": null,\n"
          "    \"participants\": [\n"
          "      {\n"
          "        \"name\": \"Jan Petersen\",\n"
          "        \"party\": \"A\",\n"
          "        \"role\": \"formand\",\n"
          "        \"present\": true\n"
          "      }\n"
          "    ]\n"
          "  },\n"
          "  \"items\": [\n"
          "    {\n"
          "      \"number\": 7,\n"
          "      \"number_label\": \"7\",\n"
          "      \"title\": \"Back\\\\slash, tab\\there, line\\nbreak, bell\\u0007, del\x7f, æøå €\",\n"
          "      \"access\": null,\n"
          "      \"case_number\": null,\n"
          "      \"case_flow\": [\n"
          "        \"Direktionen\"\n"
          "      ],\n"
          "      \"presentation\": null,\n"
          "      \"topics\": [],\n"
          "      \"recommendation\": null,\n"
          "      \"decision\": {\n"
          "        \"body\": \"Direktionen\",\n"
          "        \"date\": null,\n"
          "        \"text\": \"Godkendt.\",\n"
          "        \"result\": \"approved\",\n"
          "        \"absent\": [\n"
          "          \"Jens Hansen\"\n"
          "        ]\n"
          "      },\n"
          "      \"decisions\": [\n"
          "        {\n"
          "          \"body\": \"Direktionen\",\n"
          "          \"date\": null,\n"
          "          \"text\": \"Godkendt.\",\n"
          "          \"result\": \"approved\",\n"
          "          \"absent\": [\n"
          "            \"Jens Hansen\"\n"
          "          ]\n"
          "        }\n"
          "      ],\n"
          "      \"attachments\": [],\n"
          "      \"sections\": [\n"
          "        {\n"
          "          \"heading\": \"Bilag:\",\n"
          "          \"kind\": \"attachments\",\n"
          "          \"text\": \"\\u0001\\u001f\"\n"
          "        }\n"
          "      ],\n"
          "      \"pages\": [\n"
          "        2,\n"
          "        3\n"
          "      ]\n"
          "    }\n"
          "  ],\n"
          "  \"warnings\": []\n"
          "}\n",
          "layout, empty arrays and escapes are json.dumps's");

  mn_document_free (doc);
  mn_registry_free (reg);
  return tap_done ();
}
