/* The paragraph styles of word/styles.xml: heading level (by name, outline
 * level or id, through the basedOn chain), bold, list and TOC styles.
 *
 * Read on demand: styles.xml is inflated and parsed only as far as the
 * styles the body asks for (and those they are based on) are defined.
 * Word's styles.xml is mostly table styles and latent-style exceptions no
 * paragraph uses, and often larger than document.xml itself: a paper whose
 * paragraphs use Normal, the headings and a list style is done with its
 * first tenth.  What this changes for a file: damage or a limit in
 * styles.xml is an error only when met on the way to a style the body
 * uses, and a style id defined twice (no valid file does) is its first
 * definition.
 *
 * Papers of one archive are written from a few templates: their
 * styles.xml is byte for byte the same, known by its CRC-32 and sizes in
 * the ZIP directory.  The definitions a paper read (as far as it needed)
 * are kept for the template (the last KEPT templates), and the next papers
 * with the same styles.xml are answered from them without inflating
 * anything -- papers of one template mostly use the same styles.  A paper
 * that asks for a style past what was kept reads its own styles.xml, to
 * its end, and that whole table is kept instead: each template is read
 * once as far as its first paper needs and at most once whole.  One paper
 * alone is never read further than it needs. */
#include <string.h>
#include <stdlib.h>
#include "docx.h"

#define PIECE (16u << 10)   /* small pieces: reading stops soon after the last style asked for */

typedef struct {
  char *id, *name, *based_on;
  int outline;              /* -1 none */
  gboolean bold;
} RawStyle;

/* What identifies a styles.xml without reading it. */
typedef struct {
  guint32 crc;
  guint64 size, comp_size;
} StylesKey;

struct StyleReader {
  Docx *d;
  StylesKey key;
  gboolean keyed;           /* the ZIP directory gave the key */
  gboolean keep_whole;      /* read to the end when done, and kept */
  GHashTable *shared;       /* the template's kept definitions, or NULL */
  gboolean shared_whole;    /* they are all of styles.xml's */
  Entry entry;
  Walker walker;
  gboolean started, ended;  /* ended: read to its end, absent, or failed */
  char *buf;
  GHashTable *raw;          /* id -> RawStyle*: the complete definitions so far */
  GHashTable *resolved;     /* id -> StyleInfo*, NULL for an id not defined */
  RawStyle *cur;            /* the paragraph style being read */
  gboolean in_rpr;
  GError *error;
};

static void
raw_style_free (RawStyle *s)
{
  if (s == NULL)
    return;
  g_free (s->id);
  g_free (s->name);
  g_free (s->based_on);
  g_free (s);
}

static void
style_node (const Node *n, gpointer data)
{
  StyleReader *r = data;

  if (n->type == NODE_END)
    {
      if (docx_is (n, "style") && r->cur)
        {
          /* complete now: the body may use it */
          if (!g_hash_table_contains (r->raw, r->cur->id))
            g_hash_table_insert (r->raw, r->cur->id, r->cur);
          else
            raw_style_free (r->cur);
          r->cur = NULL;
        }
      else if (docx_is (n, "rPr"))
        r->in_rpr = FALSE;
      return;
    }
  if (n->type != NODE_START)
    return;
  if (docx_is (n, "style"))
    {
      g_autofree char *t = docx_attr (n, "type");
      g_clear_pointer (&r->cur, raw_style_free);
      if (t && strcmp (t, "paragraph") == 0)
        {
          char *id = docx_attr (n, "styleId");
          if (id == NULL)
            return;
          r->cur = g_new0 (RawStyle, 1);
          r->cur->id = id;
          r->cur->outline = -1;
        }
      return;
    }
  if (r->cur == NULL)
    return;
  if (docx_is (n, "name"))
    {
      g_free (r->cur->name);
      r->cur->name = docx_attr (n, "val");
    }
  else if (docx_is (n, "basedOn"))
    {
      g_free (r->cur->based_on);
      r->cur->based_on = docx_attr (n, "val");
    }
  else if (docx_is (n, "outlineLvl"))
    {
      g_autofree char *v = docx_attr (n, "val");
      r->cur->outline = v ? atoi (v) : -1;
    }
  else if (docx_is (n, "rPr"))
    r->in_rpr = TRUE;
  else if (r->in_rpr && docx_is (n, "b"))
    r->cur->bold = docx_on_value (n);
}

/* The definitions read of the last templates' styles.xml: complete
 * definitions, never changed once here (readers share a table, by
 * reference), all of the part's or those up to where a paper stopped. */
#define KEPT 4              /* templates kept */

G_LOCK_DEFINE_STATIC (kept);
static struct {
  StylesKey key;
  GHashTable *raw;          /* NULL: a free slot */
  gboolean whole;           /* read to the end */
} kept[KEPT];
static guint kept_next;     /* the slot to fill (or evict) next */

static gboolean
styles_key (Docx *d, StylesKey *key)
{
  zip_int64_t idx = docx_lib.zip_name_locate (d->zip, "word/styles.xml", 0);
  zip_stat_t st;

  docx_lib.zip_stat_init (&st);
  if (idx < 0 || docx_lib.zip_stat_index (d->zip, (zip_uint64_t) idx, 0, &st) != 0
      || (st.valid & (ZIP_STAT_CRC | ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE))
         != (ZIP_STAT_CRC | ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE))
    return FALSE;
  key->crc = st.crc;
  key->size = st.size;
  key->comp_size = st.comp_size;
  return TRUE;
}

static gboolean
same_key (const StylesKey *a, const StylesKey *b)
{
  return a->crc == b->crc && a->size == b->size && a->comp_size == b->comp_size;
}

StyleReader *
docx_styles_new (Docx *d)
{
  StyleReader *r = g_new0 (StyleReader, 1);

  r->d = d;
  r->resolved = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  r->keyed = styles_key (d, &r->key);
  G_LOCK (kept);
  for (guint i = 0; r->keyed && i < KEPT && r->shared == NULL; i++)
    if (kept[i].raw && same_key (&r->key, &kept[i].key))
      {
        r->shared = g_hash_table_ref (kept[i].raw);
        r->shared_whole = kept[i].whole;
      }
  G_UNLOCK (kept);
  r->raw = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) raw_style_free);
  return r;
}

/* The definitions this paper read, without damage, are kept for the next
 * papers of its template (whole: to the end of the part), in the
 * template's slot if it has one. */
static void
keep (StyleReader *r, gboolean whole)
{
  guint slot = kept_next;

  G_LOCK (kept);
  for (guint i = 0; i < KEPT; i++)
    if (kept[i].raw && same_key (&r->key, &kept[i].key))
      slot = i;
  if (slot == kept_next)
    kept_next = (kept_next + 1) % KEPT;
  g_clear_pointer (&kept[slot].raw, g_hash_table_unref);
  kept[slot].raw = g_hash_table_ref (r->raw);
  kept[slot].key = r->key;
  kept[slot].whole = whole;
  G_UNLOCK (kept);
}

static void
styles_end (StyleReader *r)
{
  if (r->started)
    {
      docx_entry_close (&r->entry);
      /* the first error is kept: a later one is dropped */
      docx_walker_close (&r->walker, r->error ? NULL : &r->error);
    }
  g_clear_pointer (&r->buf, g_free);
  g_clear_pointer (&r->cur, raw_style_free);
  r->ended = TRUE;
}

/* One more piece of styles.xml through the parser. */
static void
read_more (StyleReader *r)
{
  gssize n;

  if (!r->started)
    {
      r->started = TRUE;
      if (!docx_entry_open (r->d, "word/styles.xml", FALSE, &r->entry, &r->error))
        {
          r->started = FALSE;     /* absent (no error) or damaged: nothing to close */
          styles_end (r);
          return;
        }
      if (!docx_walker_open (&r->walker, r->d, "word/styles.xml", style_node, r, &r->error))
        {
          docx_entry_close (&r->entry);
          r->started = FALSE;
          styles_end (r);
          return;
        }
      r->buf = g_malloc (PIECE);
    }
  n = docx_entry_read (&r->entry, r->buf, PIECE, &r->error);
  if (n < 0 || !docx_walker_feed (&r->walker, r->buf, (gsize) MAX (n, 0), n == 0) || n == 0)
    {
      styles_end (r);
      if (n == 0 && r->error == NULL && r->keyed)
        keep (r, TRUE);
    }
}

void
docx_styles_free (StyleReader *r)
{
  if (r == NULL)
    return;
  /* a paper that asked past the template's kept definitions: the rest is
   * read now, to be kept whole (read_more); damage met here is no error
   * of this paper's */
  while (r->keep_whole && !r->ended)
    read_more (r);
  if (!r->ended)
    {
      /* the first paper of a template, read as far as it needed */
      gboolean keep_part = r->started && r->error == NULL && r->keyed && r->shared == NULL;
      styles_end (r);
      if (keep_part && r->error == NULL)
        keep (r, FALSE);
    }
  g_clear_pointer (&r->shared, g_hash_table_unref);
  g_hash_table_unref (r->raw);
  g_hash_table_unref (r->resolved);
  g_clear_error (&r->error);
  g_free (r);
}

/* transfer none: the complete definition of id, reading on as needed */
static RawStyle *
raw_style (StyleReader *r, const char *id)
{
  RawStyle *s;

  if (r->shared)
    {
      if ((s = g_hash_table_lookup (r->shared, id)) != NULL || r->shared_whole)
        return s;
      /* past what the template's papers read so far: this paper reads its
       * own, and to its end when done, to be kept whole */
      r->keep_whole = r->keyed;
    }
  while ((s = g_hash_table_lookup (r->raw, id)) == NULL && !r->ended)
    read_more (r);
  return s;
}

static int
name_heading_level (const char *name)
{
  g_autofree char *lower = name ? g_ascii_strdown (name, -1) : NULL;
  static const char *const prefixes[] = { "heading ", "overskrift ", "heading" };

  if (lower == NULL)
    return 0;
  if (strcmp (lower, "title") == 0 || strcmp (lower, "titel") == 0)
    return 1;
  for (gsize i = 0; i < G_N_ELEMENTS (prefixes); i++)
    if (g_str_has_prefix (lower, prefixes[i]) && g_ascii_isdigit (lower[strlen (prefixes[i])]))
      return atoi (lower + strlen (prefixes[i]));
  return 0;
}

static StyleInfo *
resolve (StyleReader *r, RawStyle *s)
{
  StyleInfo *info = g_new0 (StyleInfo, 1);

  /* walk the basedOn chain, nearest definition first */
  for (int hops = 0; s && hops < 16; hops++)
    {
      g_autofree char *lname = s->name ? g_ascii_strdown (s->name, -1) : g_strdup ("");
      g_autofree char *lid = g_ascii_strdown (s->id, -1);
      if (info->heading_level == 0)
        info->heading_level = name_heading_level (s->name) ? name_heading_level (s->name)
                              : s->outline >= 0 && s->outline < 9 ? s->outline + 1
                              : name_heading_level (s->id);
      info->bold |= s->bold;
      info->list |= strstr (lname, "list bullet") != NULL || strstr (lid, "listbullet") != NULL;
      info->toc |= g_str_has_prefix (lname, "toc") || g_str_has_prefix (lid, "toc")
                   || g_str_has_prefix (lname, "indholdsfortegnelse");
      s = s->based_on ? raw_style (r, s->based_on) : NULL;
    }
  return info;
}

const StyleInfo *
docx_style (StyleReader *r, const char *id, Walker *w)
{
  gpointer info;

  if (!g_hash_table_lookup_extended (r->resolved, id, NULL, &info))
    {
      RawStyle *s = raw_style (r, id);
      info = s ? resolve (r, s) : NULL;
      g_hash_table_insert (r->resolved, g_strdup (id), info);
    }
  if (r->error && w)
    docx_walker_stop (w, g_error_copy (r->error));
  return info;
}

const GError *
docx_styles_error (StyleReader *r)
{
  return r->error;
}
