/* Nothing lost in silence: the share of a paper's words that reach no
 * field of the document.
 *
 * The words of every content block (less what the parser recognised as
 * furniture: running headers, a signature page, and on the front page its
 * labels, its date and time lines, the table of contents) are counted as a
 * multiset, case-folded, and so are the words of every string of the
 * document; what the input has more of than the output is unplaced.  Over
 * a tenth unplaced is the warning `unplaced-text` (as coverage.py measures
 * it, the words the standard tools extract against the output's strings).
 * A table of contents prints its titles twice, so a paper with one stays a
 * little above zero. */
#include <string.h>
#include "agenda.h"
#include "fold.h"
#include "words.h"
#include "../regex.h"

/* The words' counts: a multiset of folded words, in an open-addressed
 * table of its own, a word folded on the stack and compared by hash and
 * length before its bytes -- where a GHashTable of strings cost a strdup
 * per new word and a strlen, a hash and a strcmp per word (the count on
 * a 60-page DOCX: 2.15 M instructions, now 1.52 M).  A paper's text is
 * bounded far below 4 GB (the extract limits), so 32 bits place a word. */
typedef struct {
  guint32 hash;
  guint32 len;          /* 0: an empty slot (no word is empty) */
  guint32 at;           /* its bytes in the arena */
  int count;
} Slot;

typedef struct {
  Slot *slots;
  guint32 mask;         /* slots - 1, a power of two less one */
  guint32 used;
  GString *arena;       /* the words' folded bytes, end to end */
  GString *word;        /* scratch: the word being folded */
} Counts;

static void
counts_init (Counts *c)
{
  c->mask = 1023;
  c->used = 0;
  c->slots = g_new0 (Slot, c->mask + 1);
  c->arena = g_string_sized_new (8192);
  c->word = g_string_sized_new (64);
}

static void
counts_clear (Counts *c)
{
  g_free (c->slots);
  g_string_free (c->arena, TRUE);
  g_string_free (c->word, TRUE);
}

#define FNV_BASIS 2166136261u
#define FNV_PRIME 16777619u

/* FNV-1a over the folded bytes */
static guint32
word_hash (const char *w, gsize len)
{
  guint32 h = FNV_BASIS;

  for (gsize i = 0; i < len; i++)
    h = (h ^ (guchar) w[i]) * FNV_PRIME;
  return h;
}

static void
counts_grow (Counts *c)
{
  guint32 mask = c->mask * 2 + 1;
  Slot *slots = g_new0 (Slot, mask + 1);

  for (guint32 i = 0; i <= c->mask; i++)
    if (c->slots[i].len)
      {
        guint32 j = c->slots[i].hash & mask;
        while (slots[j].len)
          j = (j + 1) & mask;
        slots[j] = c->slots[i];
      }
  g_free (c->slots);
  c->slots = slots;
  c->mask = mask;
}

/* Adds sign to the count of the folded word w, whose word_hash is hash. */
static void
counts_add (Counts *c, const char *w, gsize len, guint32 hash, int sign)
{
  guint32 i = hash & c->mask;
  Slot *s;

  for (s = &c->slots[i]; s->len; s = &c->slots[i = (i + 1) & c->mask])
    if (s->hash == hash && s->len == len && memcmp (c->arena->str + s->at, w, len) == 0)
      {
        s->count += sign;
        return;
      }
  *s = (Slot) { hash, (guint32) len, (guint32) c->arena->len, sign };
  g_string_append_len (c->arena, w, (gssize) len);
  /* at most half full: probes stay short */
  if (++c->used > c->mask / 2)
    counts_grow (c);
}

/* Folds and hashes the word at p while its letters are ones mn_fold_char
 * folds and it fits in out (64 bytes): the fold's length, *end set after
 * the word; 0 where the word is another (mn_fold_into's, with GLib), *end
 * untouched.  p is at a word's first letter or digit; the fold and the
 * hash are mn_fold_into's and word_hash's, in one pass. */
static gsize
fold_word_here (const char *p, char out[64], guint32 *hash, const char **end)
{
  const char *q = p;
  guint32 h = FNV_BASIS;
  gsize n = 0;

  for (;;)
    {
      guchar c = (guchar) *q, two[2];
      gsize k;

      if (c < 0x80)
        {
          /* ASCII inline: most of a paper's letters */
          if (!g_ascii_isalnum (c))
            break;
          if (n == 64)
            return 0;
          c = c >= 'A' && c <= 'Z' ? c + 0x20 : c;
          out[n++] = (char) c;
          h = (h ^ c) * FNV_PRIME;
          q++;
          continue;
        }
      if (!mn_word_char (q))
        break;                  /* × and ÷ end a word, as any sign does */
      if ((k = mn_fold_char (q, two)) == 0 || n + k > 64)
        return 0;               /* a letter GLib folds (ß, Σ), or a long word */
      for (gsize i = 0; i < k; i++)
        {
          out[n++] = (char) two[i];
          h = (h ^ two[i]) * FNV_PRIME;
        }
      q += k;
    }
  *hash = h;
  *end = q;
  return n;
}

static void
count_words (Counts *counts, const char *text, int sign)
{
  const char *p = text;

  while (p && *p)
    {
      const char *start;
      char folded[64];
      guint32 hash;
      gsize len;

      /* ASCII a byte at a time; other characters by their code point */
      while (*p && !mn_word_char (p))
        p = (guchar) *p < 0x80 ? p + 1 : g_utf8_next_char (p);
      if (!*p)
        break;
      /* most words fold as they are read, on the stack */
      if ((len = fold_word_here (p, folded, &hash, &p)) > 0)
        {
          counts_add (counts, folded, len, hash, sign);
          continue;
        }
      start = p;
      while (*p && mn_word_char (p))
        p = (guchar) *p < 0x80 ? p + 1 : g_utf8_next_char (p);
      g_string_truncate (counts->word, 0);
      mn_fold_into (counts->word, start, (gsize) (p - start));
      counts_add (counts, counts->word->str, counts->word->len,
                  word_hash (counts->word->str, counts->word->len), sign);
    }
}

/* How many words a block holds (its text, or its cells'). */
static guint64
words_in (const MnBlock *b)
{
  guint64 n = b->text ? mn_words_count (b->text) : 0;

  for (guint k = 0; b->cells && k < b->cells->len; k++)
    {
      const char *cell = g_ptr_array_index (b->cells, k);
      n += cell ? mn_words_count (cell) : 0;
    }
  return n;
}

static guint64
positive_total (const Counts *counts)
{
  guint64 total = 0;

  for (guint32 i = 0; i <= counts->mask; i++)
    if (counts->slots[i].len)
      total += (guint64) MAX (0, counts->slots[i].count);
  return total;
}

static void
count_strings (Counts *c, const GPtrArray *a)
{
  for (guint i = 0; a && i < a->len; i++)
    count_words (c, g_ptr_array_index (a, i), -1);
}

static void
count_document (Counts *c, const MnDocument *doc, gboolean shortcut)
{
  const MnMeeting *m = &doc->meeting;

  count_words (c, m->organisation, -1);
  count_words (c, m->body, -1);
  count_words (c, m->location, -1);
  for (guint i = 0; i < m->participants->len; i++)
    {
      const MnMember *p = g_ptr_array_index (m->participants, i);
      count_words (c, p->name, -1);
      count_words (c, p->party, -1);
      count_words (c, p->role, -1);
    }
  for (guint k = 0; k < doc->items->len; k++)
    {
      const MnItem *it = g_ptr_array_index (doc->items, k);
      count_words (c, it->number_label, -1);
      count_words (c, it->title, -1);
      count_words (c, it->case_number, -1);
      /* the sections hold the presentation, recommendation and decisions */
      for (guint i = 0; i < it->sections->len; i++)
        {
          const MnSection *s = g_ptr_array_index (it->sections, i);
          count_words (c, s->heading, -1);
          /* a section's text is its blocks as printed, which were left
           * out of the input's count alike (see placed_blocks); an
           * attachment list is rewritten, and counted */
          if (!shortcut || s->kind == MN_SECTION_ATTACHMENTS)
            count_words (c, s->text, -1);
        }
      for (guint i = 0; i < it->attachments->len; i++)
        {
          const MnAttachment *a = g_ptr_array_index (it->attachments, i);
          count_words (c, a->title, -1);
        }
      count_strings (c, it->case_flow);
    }
}

/* Front-page lines that become no string of the document, being read
 * into structured fields or being what they are: the paper's kind, a date
 * or time line, a table of contents and its lines, the part markers. */
static gboolean
front_furniture (const char *text)
{
  MnRegex *dated = MN_REGEX ("^(?:\\p{L}+dag\\s+)?(?:den\\s+)?\\d{1,2}\\.?\\s*\\p{L}+\\s+\\d{4}|^[Kk]l\\.?\\s*\\d"
                            "|^\\d{1,2}[-.]\\d{1,2}[-.]\\d{4}", 0);

  const char *space = strchr (text, ' ');

  if (mn_vocab_paper_kind_word (text) || mn_vocab_toc_heading (text)
      || g_ascii_isdigit (*text) || mn_regex_match (dated, text, NULL))
    return TRUE;
  /* "Referat 10. april 2024 kl. 16.30": the kind and the date */
  if (space && space - text < 20)
    {
      g_autofree char *kind = g_strndup (text, (gsize) (space - text));
      return mn_vocab_paper_kind_word (kind) && mn_regex_match (dated, space + 1, NULL);
    }
  return FALSE;
}

/* A set of blocks by address: open addressing, at most half full, where
 * a GHashTable's hash and equality calls were most of the count of a
 * well-read paper (a thousand blocks looked up, most of them placed). */
typedef struct {
  const MnBlock **slots;
  guint mask;
} BlockSet;

static guint
block_slot (const BlockSet *set, const MnBlock *b)
{
  guint64 v = (guint64) (guintptr) b;

  /* Fibonacci hashing: the high bits of the product mix every bit */
  return (guint) ((v * 0x9E3779B97F4A7C15ull) >> 32) & set->mask;
}

static void
block_set_init (BlockSet *set, guint n)
{
  guint size = 16;

  while (size < 2 * n)
    size *= 2;
  set->mask = size - 1;
  set->slots = g_new0 (const MnBlock *, size);
}

static void
block_set_add (BlockSet *set, const MnBlock *b)
{
  guint i = block_slot (set, b);

  while (set->slots[i] && set->slots[i] != b)
    i = (i + 1) & set->mask;
  set->slots[i] = b;
}

static gboolean
block_set_has (const BlockSet *set, const MnBlock *b)
{
  for (guint i = block_slot (set, b); set->slots[i]; i = (i + 1) & set->mask)
    if (set->slots[i] == b)
      return TRUE;
  return FALSE;
}

/* The blocks whose words an item's section holds as they stand: what
 * neither side of the count needs to see (most of a paper's words; the
 * result is the same, as both sides would count them alike).  Attachment
 * lists are rewritten and are counted. */
static void
placed_blocks (BlockSet *placed, GPtrArray *raw)
{
  guint n = 0;

  for (guint k = 0; raw && k < raw->len; k++)
    {
      GPtrArray *sections = g_ptr_array_index (raw, k);
      for (guint i = 0; i < sections->len; i++)
        n += ((const MnRawSection *) g_ptr_array_index (sections, i))->blocks->len;
    }
  block_set_init (placed, n);
  for (guint k = 0; raw && k < raw->len; k++)
    {
      GPtrArray *sections = g_ptr_array_index (raw, k);
      for (guint i = 0; i < sections->len; i++)
        {
          const MnRawSection *s = g_ptr_array_index (sections, i);
          /* a printed list is counted by its attachments; an export's
           * (implied) is its file records, each read into one */
          if (s->kind == MN_SECTION_ATTACHMENTS && !s->implied)
            continue;
          for (guint j = 0; j < s->blocks->len; j++)
            block_set_add (placed, g_ptr_array_index (s->blocks, j));
        }
    }
}

gboolean
mn_unplaced_over (MnBlocks *blocks, const MnClass *cls, guint from, const MnDocument *doc,
                  GPtrArray *raw, double limit, double *share)
{
  g_autoptr (GPtrArray) placed_seen = g_ptr_array_new ();
  BlockSet placed;
  Counts words, *counts = &words;
  guint64 total, unplaced;

  placed_blocks (&placed, raw);
  counts_init (counts);

  for (guint i = 0; i < blocks->len; i++)
    {
      const MnBlock *b = g_ptr_array_index (blocks, i);
      const char *value;
      MnFrontLabel label;

      /* furniture, and a heading the paper does not print */
      if (b->style & (MN_STYLE_RUNNING | MN_STYLE_IMPLIED))
        continue;
      if (cls[i].back_matter)
        break;
      if (block_set_has (&placed, b))
        {
          g_ptr_array_add (placed_seen, (gpointer) b);
          continue;
        }
      if (i < from && b->text && front_furniture (b->text))
        continue;
      /* an access line and an item's label line are read into fields
       * ("open", the case number alone) */
      if (cls[i].access != MN_ACCESS_UNKNOWN || cls[i].access_word != MN_ACCESS_UNKNOWN
          || cls[i].part != MN_ACCESS_UNKNOWN)
        continue;
      if (cls[i].label)
        {
          count_words (counts, cls[i].case_number, +1);
          continue;
        }
      if (i < from && b->kind == MN_BLOCK_TABLE_ROW)
        {
          /* a front-page table's row ("Mødested:" | "Mødelokale 1") reads as its line */
          g_autofree char *row = mn_front_row_text (b);
          if (row && (label = mn_vocab_front_field (row, &value)) != MN_FRONT_NONE)
            {
              if (label != MN_FRONT_START && label != MN_FRONT_END && label != MN_FRONT_TIME
                  && label != MN_FRONT_OTHER)
                count_words (counts, value, +1);
              continue;
            }
        }
      if (i < from && b->text && (label = mn_vocab_front_field (b->text, &value)) != MN_FRONT_NONE)
        {
          /* the label is furniture; a place or names are the meeting's as
           * printed, a date or time is written anew (ISO, HH:MM) */
          if (label == MN_FRONT_LOCATION || label == MN_FRONT_MEMBERS || label == MN_FRONT_ABSENT
              || label == MN_FRONT_SECRETARY || label == MN_FRONT_BODY)
            count_words (counts, value, +1);
          continue;
        }
      if (b->text)
        count_words (counts, b->text, +1);
      for (guint k = 0; b->cells && k < b->cells->len; k++)
        count_words (counts, g_ptr_array_index (b->cells, k), +1);
    }
  g_free (placed.slots);
  total = positive_total (counts);
  count_document (counts, doc, raw != NULL);
  unplaced = positive_total (counts);
  counts_clear (counts);
  /* the placed blocks' words (most of a paper's) only add to the total,
   * and the share only falls as they do: they are counted until it is at
   * or under the limit, or all of them, where it stays over it and is
   * said -- a well-read paper is done with a fraction of them */
  *share = total ? (double) unplaced / (double) total : 0.0;
  for (guint i = 0; i < placed_seen->len && *share > limit; i++)
    {
      total += words_in (g_ptr_array_index (placed_seen, i));
      *share = (double) unplaced / (double) total;
    }
  return *share > limit;
}

guint64
mn_unplaced_words_missing (const char *input, const char *output)
{
  Counts counts;
  guint64 missing;

  counts_init (&counts);
  count_words (&counts, input, +1);
  count_words (&counts, output, -1);
  missing = positive_total (&counts);
  counts_clear (&counts);
  return missing;
}
