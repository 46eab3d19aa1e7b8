/* The meeting's time, place and attendance from a front page (1.1). */
#include "tap.h"
#include "parse_helpers.h"

static MnMember *
member (MnDocument *d, guint i)
{
  return i < d->meeting.participants->len ? g_ptr_array_index (d->meeting.participants, i) : NULL;
}

int
main (void)
{
  MnDocument *d;
  MnMember *m;

  d = parse ("Norddjurs Kommune\n\nReferat\n\nØkonomiudvalget\n\nMødedato: 25-09-2024\n\n"
             "Mødetidspunkt: Kl. 8.30\n\nMødested: Byrådssalen\nRådhuset\nTorvet 3\n\n"
             "Medlemmer:\nSigne Andersen (Ø), formand\nLene Krogh Sørensen (A)\nNæstformand Ulla Lund (D)\n"
             "Fraværende: Lene Krogh Sørensen, Ib Holm (V)\n\nSekretær\n\nAnne Bach\n\n"
             "1. Budget\n\nSagsfremstilling\n\nTekst.\n");
  IS_STR (d->meeting.start, "08:30", "Mødetidspunkt: Kl. 8.30 is the start");
  TAP_OK (d->meeting.end == NULL, "no end printed, none given");
  IS_STR (d->meeting.body, "Økonomiudvalget", "the body still comes from the front page");
  IS_INT (d->meeting.participants->len, 5, "members, the absent-only one and the secretary");
  m = member (d, 0);
  TAP_OK (m && !g_strcmp0 (m->name, "Signe Andersen") && !g_strcmp0 (m->party, "Ø")
          && !g_strcmp0 (m->role, "formand") && m->present, "name, party, a role after it, present");
  m = member (d, 1);
  TAP_OK (m && !g_strcmp0 (m->name, "Lene Krogh Sørensen") && !m->present,
          "a member also listed absent appears once, not present");
  m = member (d, 2);
  TAP_OK (m && !g_strcmp0 (m->name, "Ulla Lund") && !g_strcmp0 (m->role, "næstformand"),
          "a role before the name");
  m = member (d, 3);
  TAP_OK (m && !g_strcmp0 (m->name, "Anne Bach") && !g_strcmp0 (m->role, "sekretær") && m->present,
          "a name under a Sekretær heading takes its role");
  m = member (d, 4);
  TAP_OK (m && !g_strcmp0 (m->name, "Ib Holm") && !g_strcmp0 (m->party, "V") && !m->present,
          "people listed only as absent follow, not present");
  mn_document_free (d);

  d = parse ("Dato: 6. oktober 2016\n\nTid: 13:00 - 15:00\n\nSted: Rådhuset\n\n"
             "Deltagere: Jan Holm, Eva Lund og Bo Dahl\n\nAfbud: Bo Dahl\n\n1. Status\n\nSagsfremstilling\n\nTekst.\n");
  IS_STR (d->meeting.start, "13:00", "Tid: a range gives the start");
  IS_STR (d->meeting.end, "15:00", "and the end");
  IS_STR (d->meeting.location, "Rådhuset", "Sted: is the location");
  IS_INT (d->meeting.participants->len, 3, "a comma list of names without parties");
  m = member (d, 2);
  TAP_OK (m && !g_strcmp0 (m->name, "Bo Dahl") && !m->present, "Afbud: marks a member absent");
  mn_document_free (d);

  /* a first name alone names the one member it begins */
  d = parse ("Dato: 6. oktober 2016\n\nDeltagere: Jan Holm, Tilde Ølholm og Eva Lund\n\nAfbud: Tilde,\n\n"
             "1. Status\n\nSagsfremstilling\n\nTekst.\n");
  IS_INT (d->meeting.participants->len, 3, "'Afbud: Tilde' adds nobody");
  m = member (d, 1);
  TAP_OK (m && !g_strcmp0 (m->name, "Tilde Ølholm") && !m->present, "it marks Tilde Ølholm absent");
  mn_document_free (d);
  d = parse ("Dato: 6. oktober 2016\n\nDeltagere: Jan Holm, Jan Berg og Eva Lund\n\nAfbud: Jan\n\n"
             "1. Status\n\nSagsfremstilling\n\nTekst.\n");
  IS_INT (d->meeting.participants->len, 4, "a first name two members share names neither: listed apart");
  TAP_OK (member (d, 0)->present && member (d, 1)->present, "both Jans stay present");
  mn_document_free (d);

  d = parse ("Direktionen 22-09-2021\n\n1. Budget\n\nSagsfremstilling\n\nTekst.\n");
  TAP_OK (d->meeting.start == NULL && d->meeting.location == NULL && d->meeting.participants->len == 0,
          "a running header alone gives no time, place or participants");
  mn_document_free (d);
  return tap_done ();
}
