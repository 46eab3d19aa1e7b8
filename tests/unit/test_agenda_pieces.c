/* attachments, participants, sentences */
#include "tap.h"
#include "agenda/agenda.h"
#include "blocks.h"

static MnAttachment *
att (MnItem *item, guint i)
{
  return i < item->attachments->len ? g_ptr_array_index (item->attachments, i) : NULL;
}

int
main (void)
{
  MnItem *item = mn_item_new ();
  g_autoptr (GPtrArray) people = g_ptr_array_new_with_free_func ((GDestroyNotify) mn_participant_free);
  int cut;

  TAP_OK (mn_attachments_parse ("1 - Åben Orientering om arbejdet med en ny (24917/24) (H) "
                                "3590271 ressourcefordelingsmodel på Socialområdet "
                                "2 - Lukket AU - Status 2021 - plan () () "
                                "3 - 3575461 Åben VIA - Underskrevet partnerskabsaftale (12706/24) (H)", item),
          "attachment list parsed");
  IS_INT (item->attachments->len, 3, "three attachments");
  IS_STR (att (item, 0)->document_id, "3590271", "interleaved document id found");
  IS_STR (att (item, 0)->title, "Orientering om arbejdet med en ny ressourcefordelingsmodel på Socialområdet",
          "title rejoined around the interleaved columns");
  IS_STR (att (item, 0)->reference, "24917/24", "reference");
  IS_INT (att (item, 1)->access, MN_ACCESS_CLOSED, "closed attachment");
  IS_STR (att (item, 1)->title, "AU - Status 2021 - plan", "a year before ' - ' starts no record");
  TAP_OK (att (item, 1)->document_id == NULL && att (item, 1)->reference == NULL,
          "closed attachment has no id or reference");
  mn_item_free (item);

  cut = mn_participants_parse ("Status på BDO's analyse Velfærdsdirektør Lene Mehlsen og Økonomichef "
                               "Bettina Andersen giver en orientering om analysen.", people);
  IS_INT (cut, (int) strlen ("Status på BDO's analyse "), "the title is cut where the people begin");
  IS_INT (people->len, 2, "two participants");
  if (people->len == 2)
    {
      MnParticipant *p = g_ptr_array_index (people, 1);
      IS_STR (p->role, "Økonomichef", "role printed before the name");
      IS_STR (p->name, "Bettina Andersen", "name");
    }
  g_ptr_array_set_size (people, 0);
  mn_participants_parse ("Arbejdsgruppen består af stabschef Karen Meisner, medarbejdere fra "
                         "Ledelsessekretariatet, chef for børne- og familieområdet Mette Koudal og "
                         "aftaleholder i Område Grenå Mads Kilden.", people);
  IS_INT (people->len, 3, "group members with a role and a name; the nameless skipped");
  if (people->len == 3)
    {
      MnParticipant *p = g_ptr_array_index (people, 2);
      IS_STR (p->role, "aftaleholder i Område Grenå", "role with a place");
      IS_STR (p->name, "Mads Kilden", "name after the place");
      p = g_ptr_array_index (people, 1);
      IS_STR (p->role, "chef for børne- og familieområdet", "suspended hyphen does not split");
    }
  g_ptr_array_set_size (people, 0);
  mn_participants_parse ("Henrik Toft deltager under behandlingen af punktet.", people);
  TAP_OK (people->len == 1 && ((MnParticipant *) g_ptr_array_index (people, 0))->role == NULL,
          "a name without a role has role null");

  IS_INT (mn_first_sentence ("Chefforum d. 23. feb."), strlen ("Chefforum d. 23. feb."),
          "abbreviations and ordinals end no sentence at the end");
  IS_INT (mn_first_sentence ("Evaluering. Vej- og Ejendomschef Kim T. Jensen deltager."),
          strlen ("Evaluering."), "a sentence ends before a capital");
  IS_INT (mn_first_sentence ("Kim T. Jensen deltager. Mere."), strlen ("Kim T. Jensen deltager."),
          "an initial ends no sentence");
  {
    /* a table row renders as its cells' first paragraphs joined, then each
     * cell's other paragraphs; empty paragraphs and an empty first one
     * are left out; a list item before it is set apart by a blank line */
    static const char *const cells[] = { "Sagen afgøres i:\nanden\n\ntredje\n", "\nByrådet", "Udvalget\nsidst" };
    g_autoptr (GPtrArray) blocks = mn_blocks_new ();
    g_autofree char *text = NULL;
    g_ptr_array_add (blocks, mn_block_new (MN_BLOCK_PARAGRAPH, "punkt", MN_STYLE_LIST_ITEM, 0, 0));
    g_ptr_array_add (blocks, mn_block_new_row (cells, G_N_ELEMENTS (cells), 0));
    g_ptr_array_add (blocks, mn_block_new (MN_BLOCK_PARAGRAPH, "Efter.", 0, 0, 0));
    text = mn_render_blocks (blocks, 0, blocks->len);
    IS_STR (text, "- punkt\n\nSagen afgøres i: Udvalget\n\nanden\n\ntredje\n\nByrådet\n\nsidst\n\nEfter.",
            "a table row: first paragraphs joined, the others after, each its own");
  }
  return tap_done ();
}
