/* Tables whose columns a text extraction printed apart.
 *
 * A PDF's two-column table comes out of pdftotext one column after the
 * other: first the labels, then the values,
 *
 *     Dato:  Tid:  Sted:  Deltagere:  24. november 2016  09:00 - 11:00
 *     Rådhuset lokale 420  Hanne Kjær  Tina Kirk Rasmussen ...
 *
 * and an Acadre Bilag table (number | access | title | reference) as four
 * runs of lines.  Both are put back in rows, as the paper reads:
 *
 * 1. A label column: two or more labels with nothing after them (the
 *    vocabulary's front-page and item labels, "Sagsnr.:"), then the
 *    values up to the next label, heading or numbered line.  A value goes
 *    to the first label still open that takes it: a date label a date, a
 *    time label a time, a list of people (Deltagere, Afbud) names, and
 *    only so many that each label after it keeps one; labels without a
 *    value stay as they are ("Afbud:").
 * 2. Under a Bilag heading, lone numbers 1..n followed by a multiple of n
 *    lines: the columns of n rows, zipped into "1 Åben Title 89851/16".
 * 3. Under a Bilag heading, rows read one after another whose titles
 *    slipped (see bilag_records).
 *
 * Each rebuilt line stands alone (a break after it), so the paragraph
 * pass does not run them together. */
#include <stdlib.h>
#include <string.h>
#include "normalize.h"
#include "../regex.h"
#include "../agenda/dates.h"
#include "../agenda/vocabulary.h"

#define MAX_LABELS 12
#define MAX_VALUES 80


/* The next printed line from i on (blank lines passed over), or -1 when a
 * block of another kind, or a page's header (page_headers), comes first:
 * a table's run does not take the header its page broke at. */
static int
next_line (MnBlocks *blocks, guint i)
{
  for (; i < blocks->len; i++)
    {
      const MnBlock *b = g_ptr_array_index (blocks, i);
      if (mn_block_is_blank (b))
        continue;
      return b->kind == MN_BLOCK_LINE && !(b->style & MN_STYLE_RUNNING) ? (int) i : -1;
    }
  return -1;
}

static const char *
text_at (MnBlocks *blocks, int i)
{
  return ((MnBlock *) g_ptr_array_index (blocks, (guint) i))->text;
}

/* Where a run of values ends: a label, a heading, a numbered title or a
 * lone number ("24. november 2016" is a value). */
static gboolean
ends_values (const char *text)
{
  MnFrontLabel front;
  MnSectionKind kind;
  const char *t = text + strspn (text, " \t");

  return mn_vocab_bare_label (text, &front) || mn_vocab_section_heading (text, &kind)
         || (g_ascii_isdigit (*t)
             && mn_regex_match (MN_REGEX ("^\\d{1,4}(?:\\.\\d{1,3})*\\.?(?:\\s+\\p{Lu}|\\s*$)", 0), t, NULL));
}

/* "Hanne Kjær", "Ida T. Nielsen", "Jens Olsen (A)": two to six words, each
 * capitalised (or a short particle), no digits, no sentence's full stop. */
static gboolean
name_like (const char *text)
{
  MnRegex *re = MN_REGEX ("^\\p{Lu}[\\p{L}'\\-]*\\.?(?:\\s+(?:\\p{Lu}[\\p{L}'\\-]*\\.?|af|de|la|van|von|du))"
                         "{1,5}(?:\\s+\\([\\p{L}ØÆÅ]{1,4}\\))?$", 0);
  g_autofree char *t = g_strstrip (g_strdup (text));

  return strlen (t) < 60 && mn_regex_match (re, t, NULL);
}

static gboolean
takes (MnFrontLabel label, const char *value)
{
  g_autofree char *time = NULL;

  switch (label)
    {
    case MN_FRONT_MEMBERS:
    case MN_FRONT_ABSENT:
    case MN_FRONT_SECRETARY:
      return name_like (value);
    case MN_FRONT_START:
    case MN_FRONT_END:
    case MN_FRONT_TIME:
      time = mn_time_parse (value);
      return time != NULL || strpbrk (value, "0123456789") != NULL;
    default:
      return TRUE;
    }
}

static gboolean
date_label (const char *text)
{
  const char *value;
  return mn_vocab_front_date_label (text, &value);
}

static gboolean
is_date (const char *text)
{
  g_autofree char *iso = mn_date_parse (text, 0);
  return iso != NULL;
}

static gboolean
is_list (MnFrontLabel label)
{
  return label == MN_FRONT_MEMBERS || label == MN_FRONT_ABSENT || label == MN_FRONT_SECRETARY;
}

static void
add_line (GPtrArray *out, const MnBlock *like, const char *text)
{
  g_ptr_array_add (out, mn_block_new (MN_BLOCK_LINE, text, like->style, like->level, like->page));
  g_ptr_array_add (out, mn_block_new (MN_BLOCK_BREAK, NULL, 0, 0, like->page));
}

/* Rewrites blocks [from, to) as out. */
static void
splice (MnBlocks *blocks, guint from, guint to, GPtrArray *out)
{
  g_ptr_array_remove_range (blocks, from, to - from);
  for (guint k = 0; k < out->len; k++)
    g_ptr_array_insert (blocks, (int) (from + k), g_ptr_array_index (out, k));
  g_ptr_array_set_free_func (out, NULL);
}

/* 1: the label column at i; the index after what it rebuilt, or i + 1. */
static guint
label_column (MnBlocks *blocks, guint i)
{
  int labels[MAX_LABELS], values[MAX_VALUES], owner[MAX_VALUES];
  MnFrontLabel kinds[MAX_LABELS];
  guint k = 0, m = 0, end;
  int at = (int) i;
  g_autoptr (GPtrArray) out = NULL;
  const MnBlock *first = g_ptr_array_index (blocks, i);

  while (at >= 0 && k < MAX_LABELS && mn_vocab_bare_label (text_at (blocks, at), &kinds[k]))
    {
      labels[k++] = at;
      at = next_line (blocks, (guint) at + 1);
    }
  if (k < 2)
    return i + 1;
  while (at >= 0 && m < MAX_VALUES && !ends_values (text_at (blocks, at)))
    {
      values[m] = at;
      owner[m++] = -1;
      at = next_line (blocks, (guint) at + 1);
    }
  if (m == 0)
    return i + 1;
  end = (guint) values[m - 1] + 1;
  /* each value to the first open label that takes it, a list keeping
   * one value back for each single label after it */
  {
    guint v = 0;
    for (guint l = 0; l < k && v < m; l++)
      {
        const char *t = text_at (blocks, values[v]);
        guint singles_after = 0;
        for (guint r = l + 1; r < k; r++)
          singles_after += !is_list (kinds[r]);
        if (date_label (text_at (blocks, labels[l])) && !is_date (t))
          continue;
        if (!takes (kinds[l], t))
          continue;
        if (!is_list (kinds[l]))
          {
            owner[v++] = (int) l;
            continue;
          }
        while (v < m && m - v > singles_after && takes (kinds[l], text_at (blocks, values[v])))
          owner[v++] = (int) l;
      }
  }
  out = g_ptr_array_new_with_free_func ((GDestroyNotify) mn_block_free);
  for (guint l = 0; l < k; l++)
    {
      g_autofree char *label = g_strstrip (g_strdup (text_at (blocks, labels[l])));
      gboolean single = !is_list (kinds[l]);
      guint n = 0;

      for (guint v = 0; v < m; v++)
        if (owner[v] == (int) l)
          {
            g_autofree char *value = g_strstrip (g_strdup (text_at (blocks, values[v])));
            if (single)
              {
                g_autofree char *line = g_strdup_printf ("%s %s", label, value);
                add_line (out, first, line);
              }
            else
              {
                if (n == 0)
                  add_line (out, first, label);
                add_line (out, first, value);
              }
            n++;
          }
      if (n == 0)
        add_line (out, first, label);
    }
  for (guint v = 0; v < m; v++)
    if (owner[v] < 0)
      {
        g_autofree char *value = g_strstrip (g_strdup (text_at (blocks, values[v])));
        add_line (out, first, value);
      }
  splice (blocks, i, end, out);
  return i + out->len;
}

static gboolean
lone_number (const char *text, int n)
{
  g_autofree char *t = g_strstrip (g_strdup (text));
  char *end;
  long v = strtol (t, &end, 10);
  return *t && *end == '\0' && v == n;
}

/* 2: the columns of a Bilag table under the heading at h. */
static guint
bilag_columns (MnBlocks *blocks, guint h)
{
  int lines[MAX_VALUES];
  guint n = 0, m = 0, end;
  int at = next_line (blocks, h + 1);
  g_autoptr (GPtrArray) out = NULL;
  const MnBlock *like;

  while (at >= 0 && n < 50 && lone_number (text_at (blocks, at), (int) n + 1))
    {
      lines[m++] = at;
      n++;
      at = next_line (blocks, (guint) at + 1);
    }
  if (n == 0)
    return h + 1;
  while (at >= 0 && m < MAX_VALUES && !ends_values (text_at (blocks, at)) && !lone_number (text_at (blocks, at), 1))
    {
      lines[m++] = at;
      at = next_line (blocks, (guint) at + 1);
    }
  /* the number and at least two more columns (access, title, reference) */
  if (m % n != 0 || m / n < 3 || m / n > 6)
    return h + 1;
  like = g_ptr_array_index (blocks, (guint) lines[0]);
  end = (guint) lines[m - 1] + 1;
  out = g_ptr_array_new_with_free_func ((GDestroyNotify) mn_block_free);
  for (guint r = 0; r < n; r++)
    {
      GString *row = g_string_new (NULL);
      for (guint c = 0; c < m / n; c++)
        {
          g_autofree char *cell = g_strstrip (g_strdup (text_at (blocks, lines[c * n + r])));
          if (row->len)
            g_string_append_c (row, ' ');
          g_string_append (row, cell);
        }
      add_line (out, like, row->str);
      g_string_free (row, TRUE);
    }
  splice (blocks, (guint) lines[0], end, out);
  return (guint) lines[0] + out->len;
}

static gboolean
is_reference (const char *text)
{
  return mn_regex_match (MN_REGEX ("^\\s*\\d{3,}/\\d{2}\\s*$", 0), text, NULL);
}

static gboolean
is_access_cell (const char *text)
{
  g_autofree char *t = g_strstrip (g_strdup (text));
  return mn_vocab_access_word (t) != MN_ACCESS_UNKNOWN;
}

/* 3: a Bilag table read row by row, but with a tall row's title lines
 * pulling the next rows' titles ahead of their numbers:
 *
 *     1  Åben  Title one, first line  title one, second line  Title two
 *     209586/15  2  Åben  142696/16
 *
 * Each row is its number, one access cell and one reference; the title
 * lines, wherever they fell, are the rows' titles in order (a line that
 * starts in lower case goes on from the one before).  Rebuilt only when
 * the titles come out one a row. */
static guint
bilag_records (MnBlocks *blocks, guint h)
{
  int at = next_line (blocks, h + 1), first = at, last = -1;
  guint n = 0;
  g_autoptr (GPtrArray) access = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) refs = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) out = NULL;

  while (at >= 0 && n < 50 && lone_number (text_at (blocks, at), (int) n + 1))
    {
      guint had_access = access->len, had_ref = refs->len;

      n++;
      last = at;
      for (at = next_line (blocks, (guint) at + 1); at >= 0; at = next_line (blocks, (guint) at + 1))
        {
          const char *t = text_at (blocks, at);
          char *cell;

          if (lone_number (t, (int) n + 1) || ends_values (t))
            break;
          cell = g_strstrip (g_strdup (t));
          if (is_access_cell (t) && access->len == had_access)
            g_ptr_array_add (access, cell);
          else if (is_reference (t) && refs->len == had_ref)
            g_ptr_array_add (refs, cell);
          else if (titles->len && g_unichar_islower (g_utf8_get_char (cell)))
            {
              char **prev = (char **) &g_ptr_array_index (titles, titles->len - 1);
              char *joined = g_strconcat (*prev, " ", cell, NULL);
              g_free (*prev);
              g_free (cell);
              *prev = joined;
            }
          else
            g_ptr_array_add (titles, cell);
          last = at;
        }
      if (access->len != n || refs->len != n)
        return h + 1;
    }
  if (n == 0 || titles->len != n)
    return h + 1;
  out = g_ptr_array_new_with_free_func ((GDestroyNotify) mn_block_free);
  for (guint r = 0; r < n; r++)
    {
      g_autofree char *row = g_strdup_printf ("%u %s %s %s", r + 1, (char *) g_ptr_array_index (access, r),
                                              (char *) g_ptr_array_index (titles, r),
                                              (char *) g_ptr_array_index (refs, r));
      add_line (out, g_ptr_array_index (blocks, (guint) first), row);
    }
  splice (blocks, (guint) first, (guint) last + 1, out);
  return (guint) first + out->len;
}

void
mn_pass_columns (MnBlocks *blocks)
{
  for (guint i = 0; i < blocks->len;)
    {
      MnBlock *b = g_ptr_array_index (blocks, i);
      MnFrontLabel front;
      MnSectionKind kind;

      if (b->kind != MN_BLOCK_LINE || b->text == NULL)
        i++;
      else if (mn_vocab_bare_label (b->text, &front))
        i = label_column (blocks, i);
      else if (mn_vocab_section_heading (b->text, &kind) && kind == MN_SECTION_ATTACHMENTS)
        {
          guint next = bilag_records (blocks, i);
          i = next == i + 1 ? bilag_columns (blocks, i) : next;
        }
      else
        i++;
    }
}
