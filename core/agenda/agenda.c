/* The agenda parser, in order: mark the furniture the input did not
 * (header continuations, running headers), drop breaks, choose the
 * layout profile the paper is read by (layout.c), classify every
 * paragraph once (classify.c), find items
 * (item.c), read the meeting (meeting.c) and its time, place and
 * attendance (attendance.c), fill each item's fields from its sections,
 * fall back to decision lines for the meeting's body and date, then read
 * each item's decisions (decision.c), and say when the paper was not
 * understood (no items; unplaced.c's share of unplaced words). */
#include <string.h>
#include "agenda.h"
#include "../regex.h"

static void
case_flow (const char *text, GPtrArray *out)
{
  MnRegex *sep = MN_REGEX ("\\s*(?:,|;|/|\\bog\\b|\\n)\\s*", 0);
  g_auto (GStrv) parts = mn_regex_split (sep, text);

  for (guint i = 0; parts[i]; i++)
    {
      g_strstrip (parts[i]);
      if (*parts[i])
        g_ptr_array_add (out, g_strdup (parts[i]));
    }
}

static void
fill_item (MnItem *item, GPtrArray *raw, MnDocument *doc)
{
  for (guint i = 0; i < raw->len; i++)
    {
      MnRawSection *s = g_ptr_array_index (raw, i);
      g_autofree char *text = mn_render_blocks (s->blocks, 0, s->blocks->len);
      /* text under no heading is the item's presentation (the spec) */
      const char *heading = s->heading;
      MnSectionKind kind = heading ? s->kind : MN_SECTION_PRESENTATION;

      /* an empty heading (an HTML page's <h3></h3>) with nothing under it
       * is no section; with text under it, a section headed "" */
      if (heading && *heading == '\0' && *text == '\0')
        continue;

      /* a heading with no text under it fills its field with "" (the item
       * has the section, and it is empty), which a later section of the
       * same kind with text replaces */
      if (*text == '\0' && heading)
        {
          if (kind == MN_SECTION_PRESENTATION && item->presentation == NULL)
            item->presentation = g_strdup ("");
          else if (kind == MN_SECTION_RECOMMENDATION && item->recommendation == NULL)
            item->recommendation = g_strdup ("");
        }
      if (*text && kind == MN_SECTION_PRESENTATION && item->presentation && *item->presentation == '\0')
        g_clear_pointer (&item->presentation, g_free);
      if (*text && kind == MN_SECTION_RECOMMENDATION && item->recommendation && *item->recommendation == '\0')
        g_clear_pointer (&item->recommendation, g_free);
      switch (*text ? kind : MN_SECTION_OTHER)
        {
        case MN_SECTION_CASE_FLOW:
          if (item->case_flow->len == 0)
            case_flow (text, item->case_flow);
          break;
        case MN_SECTION_PRESENTATION:
          if (item->presentation == NULL)
            {
              item->presentation = g_strdup (text);
              mn_topics_parse (s->blocks, item);
              if (item->topics->len == 0 && heading == NULL)
                mn_subpoints_parse (s->blocks, item);
            }
          break;
        case MN_SECTION_RECOMMENDATION:
          if (item->recommendation == NULL)
            item->recommendation = g_strdup (text);
          break;
        case MN_SECTION_ATTACHMENTS:
          if (item->attachments->len == 0)
            {
              char *rendered = NULL;
              if (!mn_attachments_parse_any (text, item, &rendered))
                mn_document_warn (doc, "attachment-unparsed", 0,
                                  "item %d: cannot read the attachment list",
                                  item->number);
              else if (rendered)
                {
                  g_free (text);
                  text = rendered;
                }
            }
          break;
        default:
          break;
        }
      if ((heading || *text) && !s->implied)
        {
          /* the rendered text is the section's own: no copy */
          MnSection *section = mn_section_new (heading, kind, NULL);
          section->text = g_steal_pointer (&text);
          g_ptr_array_add (item->sections, section);
        }
    }
}

/* The line a paper with no items names itself a memo by ("Notat"),
 * on its first page before any meeting paper's kind word; or NULL.  A
 * memo is sent as a Bilag, and published apart as eDoc does. */
static const char *
memo_kind (MnBlocks *content)
{
  for (guint i = 0; i < content->len && i < 40; i++)
    {
      const MnBlock *b = g_ptr_array_index (content, i);
      if (b->page > 1 || (b->text && mn_vocab_paper_kind_word (b->text)))
        return NULL;
      if (b->text && mn_vocab_memo_kind_word (b->text))
        return b->text;
    }
  return NULL;
}

/* Meetings with no header or front page are named by their decisions. */
static void
meeting_from_decisions (MnDocument *doc, GPtrArray *raw)
{
  for (guint k = 0; k < raw->len && (doc->meeting.body == NULL || doc->meeting.date == NULL); k++)
    {
      GPtrArray *sections = g_ptr_array_index (raw, k);
      for (guint i = sections->len; i-- > 0;)
        {
          MnRawSection *s = g_ptr_array_index (sections, i);
          g_autofree char *body = NULL, *date = NULL;

          if (s->kind != MN_SECTION_DECISION
              || !mn_vocab_decision_heading (s->heading, &body, &date))
            continue;
          if (doc->meeting.body == NULL && body)
            doc->meeting.body = g_steal_pointer (&body);
          if (doc->meeting.date == NULL && date)
            doc->meeting.date = g_steal_pointer (&date);
          break;
        }
    }
}

void
mn_agenda_parse (MnBlocks *blocks, MnDocument *doc)
{
  g_autoptr (GPtrArray) content = g_ptr_array_new ();
  g_autoptr (GPtrArray) raw = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  guint front_end;
  const MnLayout *layout;
  MnClass *classes;
  gboolean export = FALSE;

  mn_meeting_header_continuations (blocks);
  for (guint i = 0; i < blocks->len; i++)
    {
      MnBlock *b = g_ptr_array_index (blocks, i);
      g_autofree char *body = NULL, *date = NULL;

      /* page headers from the input plugin are no content, but the first
       * one that reads "Body DD-MM-YYYY" names the meeting */
      if (b->style & MN_STYLE_RUNNING)
        {
          if (b->text && doc->meeting.body == NULL
              && mn_vocab_running_header (b->text, &body, &date) && date)
            {
              doc->meeting.body = g_steal_pointer (&body);
              doc->meeting.date = g_steal_pointer (&date);
            }
          /* and one that reads "Åbent referat" marks the part it heads */
          if (b->kind == MN_BLOCK_PARAGRAPH && b->text && mn_vocab_part_marker (b->text) != MN_ACCESS_UNKNOWN)
            g_ptr_array_add (content, b);
          continue;
        }
      if (b->kind == MN_BLOCK_PARAGRAPH || b->kind == MN_BLOCK_TABLE_ROW)
        g_ptr_array_add (content, b);
    }
  /* an export states its structure: no system's reading is needed, and
   * it has no pages, so no running headers (an attachment's title "Forslag
   * til placering. 29.03.2022" is in their form) */
  for (guint i = 0; i < content->len && !export; i++)
    export = (((MnBlock *) g_ptr_array_index (content, i))->style & MN_STYLE_ITEM) != 0;
  /* running headers first: they must not be read as item titles */
  if (!export)
    mn_meeting_headers (content, doc);
  {
    g_autofree char *doubt = NULL;

    layout = export ? &mn_layout_generic : mn_layout_choose (content, &doubt);
    doc->layout = layout->name;
    if (doubt)
      mn_document_warn (doc, "layout-uncertain", 0, "%s", doubt);
  }
  classes = mn_classify (content);
  front_end = mn_items_parse (content, classes, layout, doc, raw);
  mn_meeting_parse (content, front_end, doc);
  mn_attendance_parse (content, front_end, &doc->meeting);
  meeting_from_decisions (doc, raw);

  for (guint k = 0; k < doc->items->len; k++)
    {
      MnItem *item = g_ptr_array_index (doc->items, k);
      GPtrArray *sections = g_ptr_array_index (raw, k);

      fill_item (item, sections, doc);
      mn_decision_choose (item, sections, &doc->meeting);
      if (item->decision)
        doc->meeting.kind = MN_KIND_MINUTES;
    }
  if (doc->items->len == 0 && memo_kind (content))
    {
      /* a memo's date and place are its own, no meeting's */
      g_clear_pointer (&doc->meeting.date, g_free);
      g_clear_pointer (&doc->meeting.start, g_free);
      g_clear_pointer (&doc->meeting.end, g_free);
      g_clear_pointer (&doc->meeting.location, g_free);
      mn_document_warn (doc, "no-items", 0, "no agenda items found: the paper calls itself a memo (%s), "
                        "no meeting's paper", memo_kind (content));
    }
  else if (doc->items->len == 0)
    mn_document_warn (doc, "no-items", 0, "no agenda items found");
  else
    {
      double share;
      if (mn_unplaced_over (content, classes, front_end, doc, raw, 0.10, &share))
        mn_document_warn (doc, "unplaced-text", 0,
                          "%.0f %% of the paper's words reach no field: its layout was not understood",
                          share * 100);
    }
  mn_classes_free (classes, content->len);
}
