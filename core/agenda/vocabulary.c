/* The vocabulary tables.  To support a new wording, add a line here. */
#include <string.h>
#include "vocabulary.h"
#include "fold.h"
#include "dates.h"
#include "../regex.h"

/* Each word table is looked up through a hash of its casefolded entries,
 * built once: the passes ask these questions of every printed line.  The
 * ASCII bytes the folded entries begin with are kept too, and their first
 * two: a line whose first bytes begin none of them is answered before it
 * is folded (most lines of a paper are prose, whose first letter many
 * entries share and first two few). */
typedef struct {
  GHashTable *keys;        /* casefolded entry -> GINT_TO_POINTER (index + 1) */
  guint8 first[16];        /* bit c: an entry's fold begins with ASCII byte c */
  guint8 pairs[512];       /* bit pair_bit (c, d): one begins with ASCII c, d (d may be its NUL) */
} WordSet;

/* Two ASCII bytes' bit in WordSet.pairs (a bit may stand for two pairs:
 * the test is a necessary condition) */
static inline guint
pair_bit (guchar c, guchar d)
{
  return ((guint) (c & 31) << 7) | d;
}

static WordSet *
wordset_get (WordSet *set, const char *const *entries, gsize n, gsize stride)
{
  if (g_once_init_enter (&set->keys))
    {
      GHashTable *h = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (gsize i = 0; i < n; i++)
        {
          const char *e = *(const char *const *) ((const char *) entries + i * stride);
          char *key = mn_fold (e);
          guchar c = (guchar) key[0], d = c ? (guchar) key[1] : 0;
          if (c < 0x80)
            set->first[c >> 3] |= (guint8) (1u << (c & 7));
          /* a second byte past ASCII is never tested (see wordset_may_hold) */
          if (c < 0x80 && d < 0x80)
            set->pairs[pair_bit (c, d) >> 3] |= (guint8) (1u << (pair_bit (c, d) & 7));
          g_hash_table_insert (h, key, GINT_TO_POINTER ((int) i + 1));
        }
      g_once_init_leave (&set->keys, h);
    }
  return set;
}

/* The set of a table, built at its first use at this call site. */
#define WORDSET(table) \
  ({ static WordSet set_; wordset_get (&set_, (const char *const *) &(table)[0], \
                                       G_N_ELEMENTS (table), sizeof ((table)[0])); })

static int
wordset_index (const WordSet *set, const char *key)
{
  return GPOINTER_TO_INT (g_hash_table_lookup (set->keys, key)) - 1;
}

#define WORDSET_LOOKUP(table, key) wordset_index (WORDSET (table), (key))

/* Whether text's heading key (mn_vocab_heading_key) may be one of the
 * set's entries, by its first byte: an ASCII byte folds to its lower case,
 * and must begin an entry; any other byte may fold to anything. */
static gboolean
wordset_may_hold (const WordSet *set, const char *text)
{
  guchar c, d;

  while (g_ascii_isspace (*text))
    text++;
  c = (guchar) *text;
  if (c >= 0x80)
    return TRUE;
  c = (guchar) g_ascii_tolower ((char) c);
  if (!((set->first[c >> 3] >> (c & 7)) & 1))
    return FALSE;
  /* the key's second byte is the line's, folded, unless the line's is
   * past ASCII (GLib folds it), or a ':' or a space the key may drop */
  d = (guchar) text[1];
  if (d >= 0x80 || d == ':' || g_ascii_isspace (d))
    return TRUE;
  d = (guchar) g_ascii_tolower ((char) d);
  return (set->pairs[pair_bit (c, d) >> 3] >> (pair_bit (c, d) & 7)) & 1;
}

/* Is a short line (a whole paragraph) one of the table's words? */
#define SHORT_LINE_IN(table, text) \
  ({ WordSet *set_ = WORDSET (table); \
     const char *key_ = mn_longer_than (text, 60) || !wordset_may_hold (set_, text) \
                        ? NULL : heading_key_here (text); \
     key_ != NULL && wordset_index (set_, key_) >= 0; })

/* Where text is as g_strstrip would leave it (*start, and the length),
 * without copying. */
static gsize
stripped_span (const char *text, const char **start)
{
  const char *end;

  while (g_ascii_isspace (*text))
    text++;
  end = text + strlen (text);
  while (end > text && g_ascii_isspace (end[-1]))
    end--;
  *start = text;
  return (gsize) (end - text);
}

/* As stripped_span where only a length up to max matters: a longer text
 * is answered max + 1 by its bytes from max on, not measured to its end
 * (the line tests are asked of every paragraph, most of them prose). */
static gsize
stripped_span_within (const char *text, gsize max, const char **start)
{
  const char *s = text;
  gsize raw;

  while (g_ascii_isspace (*s))
    s++;
  raw = strnlen (s, max + 1);
  if (raw > max)
    {
      /* longer, unless all from byte max on is whitespace */
      for (const char *p = s + max; *p; p++)
        if (!g_ascii_isspace (*p))
          {
            *start = s;
            return max + 1;
          }
      return stripped_span (text, start);
    }
  while (raw > 0 && g_ascii_isspace (s[raw - 1]))
    raw--;
  *start = s;
  return raw;
}

/* The part of text its heading key folds: stripped, then without the
 * trailing ':' and ' ' ("Indstilling :"). */
static gsize
heading_span (const char *text, const char **start)
{
  gsize n = stripped_span (text, start);

  while (n > 0 && ((*start)[n - 1] == ':' || (*start)[n - 1] == ' '))
    n--;
  return n;
}

/* Whether text starts with label's first byte, ASCII case aside: the
 * label tables are asked of every line, and this answers most lines
 * before g_ascii_strncasecmp is called.  label is never empty. */
static inline gboolean
same_first_letter (const char *text, const char *label)
{
  /* inline, where g_ascii_tolower is a call */
  char a = *text >= 'A' && *text <= 'Z' ? (char) (*text + 32) : *text;
  char b = *label >= 'A' && *label <= 'Z' ? (char) (*label + 32) : *label;

  return a == b;
}

/* ---- section headings ---------------------------------------------------- */

/* The kinds are the spec's table (sections[].kind); the words after the
 * spec's examples are wordings seen in papers. */
static const struct {
  const char *heading;          /* compared case-insensitively, colon dropped */
  MnSectionKind kind;
} section_headings[] = {
  { "Resumé", MN_SECTION_SUMMARY },
  { "Resume", MN_SECTION_SUMMARY },
  { "Sagsresumé", MN_SECTION_SUMMARY },
  { "Sagsresume", MN_SECTION_SUMMARY },
  { "Sammendrag", MN_SECTION_SUMMARY },
  { "Beslutningstema", MN_SECTION_SUMMARY },
  { "Præsentation", MN_SECTION_SUMMARY },
  { "Baggrund", MN_SECTION_BACKGROUND },
  { "Problemstilling", MN_SECTION_BACKGROUND },
  { "Historik", MN_SECTION_BACKGROUND },
  { "Sagens baggrund", MN_SECTION_BACKGROUND },
  { "Sagsfremstilling", MN_SECTION_PRESENTATION },
  { "Supplerende sagsfremstilling", MN_SECTION_PRESENTATION },
  { "Sagsbeskrivelse", MN_SECTION_PRESENTATION },
  { "Beskrivelse af sagen", MN_SECTION_PRESENTATION },
  { "Løsning", MN_SECTION_PRESENTATION },
  { "Oplæg", MN_SECTION_PRESENTATION },
  { "Sagens indhold", MN_SECTION_PRESENTATION },
  { "Økonomi", MN_SECTION_ECONOMY },
  { "Økonomiske konsekvenser", MN_SECTION_ECONOMY },
  { "Økonomi og finansiering", MN_SECTION_ECONOMY },
  { "Økonomiske konsekvenser og finansiering", MN_SECTION_ECONOMY },
  { "Økonomi og organisatoriske konsekvenser", MN_SECTION_ECONOMY },
  { "Økonomiske og administrative konsekvenser", MN_SECTION_ECONOMY },
  { "Økonomi og personale", MN_SECTION_ECONOMY },
  { "Økonomiske og personalemæssige konsekvenser", MN_SECTION_ECONOMY },
  { "Bevillingsmæssige konsekvenser", MN_SECTION_ECONOMY },
  { "Konsekvenser", MN_SECTION_CONSEQUENCES },
  { "Effekt", MN_SECTION_CONSEQUENCES },
  { "Risikovurdering", MN_SECTION_CONSEQUENCES },
  { "Personalemæssige konsekvenser", MN_SECTION_CONSEQUENCES },
  { "Miljøvurdering", MN_SECTION_CONSEQUENCES },
  { "Miljømæssige konsekvenser", MN_SECTION_CONSEQUENCES },
  { "Lovgrundlag", MN_SECTION_LEGAL_BASIS },
  { "Retsgrundlag", MN_SECTION_LEGAL_BASIS },
  { "Hjemmel", MN_SECTION_LEGAL_BASIS },
  { "Lovgrundlag og kompetence", MN_SECTION_LEGAL_BASIS },
  { "Høring", MN_SECTION_HEARING },
  { "Høring af Handicaprådet", MN_SECTION_HEARING },
  { "Høringssvar", MN_SECTION_HEARING },
  { "Kommunikation", MN_SECTION_COMMUNICATION },
  { "Tidligere behandling", MN_SECTION_PREVIOUS_HANDLING },
  { "Sagsforløb", MN_SECTION_PREVIOUS_HANDLING },
  { "Sagens forløb", MN_SECTION_PREVIOUS_HANDLING },
  { "Punktet behandlet tidligere", MN_SECTION_PREVIOUS_HANDLING },
  { "Sagens tidligere behandling", MN_SECTION_PREVIOUS_HANDLING },
  { "Tidligere beslutninger", MN_SECTION_PREVIOUS_HANDLING },
  { "Sagsgang", MN_SECTION_CASE_FLOW },
  { "Sagsprocedure", MN_SECTION_CASE_FLOW },
  { "Beslutningen træffes af", MN_SECTION_COMPETENCE },
  { "Sagen afgøres i", MN_SECTION_COMPETENCE },
  { "Sagen afgøres af", MN_SECTION_COMPETENCE },
  { "Kompetence", MN_SECTION_COMPETENCE },
  { "Beslutningskompetence", MN_SECTION_COMPETENCE },
  { "Indstilling", MN_SECTION_RECOMMENDATION },
  { "Direktøren indstiller", MN_SECTION_RECOMMENDATION },
  { "Forvaltningen indstiller", MN_SECTION_RECOMMENDATION },
  { "Beslutningspunkter", MN_SECTION_RECOMMENDATION },
  { "Forvaltningens indstilling", MN_SECTION_RECOMMENDATION },
  { "Administrationens indstilling", MN_SECTION_RECOMMENDATION },
  { "Forslag til beslutning", MN_SECTION_RECOMMENDATION },
  { "Direktionens indstilling", MN_SECTION_RECOMMENDATION },
  { "Udvalgets indstilling", MN_SECTION_RECOMMENDATION },
  { "Beslutninger", MN_SECTION_DECISION },
  { "Referat", MN_SECTION_DECISION },
  { "Bilag", MN_SECTION_ATTACHMENTS },
  { "Bilagsliste", MN_SECTION_ATTACHMENTS },
  { "Bilagsoversigt", MN_SECTION_ATTACHMENTS },
  { "Vurdering", MN_SECTION_OTHER },
  { "Fremstilling", MN_SECTION_OTHER },
  { "Tidsplan", MN_SECTION_OTHER },
  { "Bemærkninger", MN_SECTION_OTHER },
  { "Borgerinddragelse", MN_SECTION_OTHER },
  { "Politisk behandling", MN_SECTION_OTHER },
};

/* Decision headings: "Beslutning i BODY den DATE", "Beslutning", and the
 * genitive form "Økonomiudvalgets beslutning den DATE" (BODY = the name
 * without its genitive s).  The date may be numeric or written out. */
#define DECISION_RE \
  "^(?:Beslutning|Afgørelse|Protokol|Udvalgets beslutning)" \
  "(?:\\s+(?:i|fra|truffet i)\\s+(.+?))?(?:\\s+(?:den|d\\.)\\s+(\\S.*?))?\\s*:?$"
#define GENITIVE_DECISION_RE \
  "^(\\p{Lu}[\\p{L}\\- ]{2,60}?)s\\s+(?:beslutning|afgørelse)" \
  "(?:\\s+(?:den|d\\.)\\s+(\\S.*?))?\\s*:?$"

/* The last text asked and its key, per thread: the passes ask several
 * tables of one line in a row (a section heading? a table of contents?
 * back matter? a part marker?), each through this key, and the fold is
 * the cost.  The text is compared, not its address: a freed line's
 * address is reused. */
typedef struct {
  GString *text, *key;    /* buffers reused from line to line */
} KeyMemo;

static void
key_memo_free (gpointer data)
{
  KeyMemo *m = data;

  g_string_free (m->text, TRUE);
  g_string_free (m->key, TRUE);
  g_free (m);
}

static GPrivate key_memo = G_PRIVATE_INIT (key_memo_free);

/* transfer none: text's key, in the thread's memo, until the next key is
 * asked on this thread -- for a lookup there and then, with no copy */
static const char *
heading_key_here (const char *text)
{
  KeyMemo *m = g_private_get (&key_memo);
  const char *start;
  gsize n;

  if (m && strcmp (m->text->str, text) == 0)
    return m->key->str;
  if (m == NULL)
    {
      m = g_new0 (KeyMemo, 1);
      m->text = g_string_new (NULL);
      m->key = g_string_new (NULL);
      g_private_set (&key_memo, m);
    }
  /* folded where it stands */
  n = heading_span (text, &start);
  g_string_truncate (m->key, 0);
  mn_fold_into (m->key, start, n);
  g_string_assign (m->text, text);
  return m->key->str;
}

char *
mn_vocab_heading_key (const char *text)
{
  return g_strdup (heading_key_here (text));
}

gboolean
mn_vocab_heading_key_is (const char *text, const char *key)
{
  const char *start, *first = text;
  gsize n;

  /* most lines are told by their first byte, before the span is measured
   * (a strlen) */
  while (g_ascii_isspace (*first))
    first++;
  if (!mn_vocab_heading_key_may_start ((guchar) *first, key))
    return FALSE;
  n = heading_span (text, &start);
  /* folded only as far as it agrees with key */
  return mn_fold_equals (start, n, key);
}

/* Whether "beslutning" or "afgørelse" follows a word ending in s, as in
 * the genitive heading "Økonomiudvalgets beslutning": the genitive pattern
 * backtracks, and most lines holding the word are prose. */
static gboolean
genitive_candidate (const char *t)
{
  /* SBSYS prints its field headings in capitals: "REGIONSRÅDETS BESLUTNING" */
  static const char *const nouns[] = { "beslutning", "afgørelse", "BESLUTNING", "AFGØRELSE" };

  for (gsize i = 0; i < G_N_ELEMENTS (nouns); i++)
    for (const char *p = strstr (t, nouns[i]); p; p = strstr (p + 1, nouns[i]))
      {
        const char *q = p;
        while (q > t && g_ascii_isspace (q[-1]))
          q--;
        if (q < p && q > t && (q[-1] == 's' || q[-1] == 'S'))
          return TRUE;
      }
  return FALSE;
}

/* The answer for a line that could be a decision heading: its patterns
 * matched on t (a copy of the stripped line). */
typedef struct {
  gboolean is;
  char *body, *date;
} DecisionAnswer;

static void
decision_answer_free (DecisionAnswer *a)
{
  g_free (a->body);
  g_free (a->date);
  g_free (a);
}

/* Whether name, a genitive's owner, is a board's: its last word ends in
 * the noun of a body that decides ("Økonomiudvalget", "Regionsrådet",
 * "Direktionen"), not in a case's or a person's ("Sagen", "Borgerens"). */
static gboolean
board_name (const char *name)
{
  static const char *const nouns[] = {
    "udvalget", "udvalg", "rådet", "råd", "direktionen", "bestyrelsen", "bestyrelse",
    "nævnet", "forummet", "forum", "repræsentantskabet", "ledelsen", "borgmesteren",
  };
  g_autofree char *lower = g_utf8_strdown (name, -1);

  for (gsize i = 0; i < G_N_ELEMENTS (nouns); i++)
    if (g_str_has_suffix (lower, nouns[i]))
      return TRUE;
  return FALSE;
}

static DecisionAnswer *
decision_answer (const char *t, gboolean leading, gboolean genitive)
{
  DecisionAnswer *a = g_new0 (DecisionAnswer, 1);
  MnMatch mi;

  gboolean genitive_form = FALSE;

  if (!(leading && mn_regex_match (MN_REGEX (DECISION_RE, MN_REGEX_CASELESS), t, &mi)))
    {
      if (!(genitive && mn_regex_match (MN_REGEX (GENITIVE_DECISION_RE, MN_REGEX_CASELESS), t, &mi)))
        return a;
      genitive_form = TRUE;
    }
  {
    g_autofree char *b = mn_match_fetch (&mi, 1);
    g_autofree char *d = mn_match_fetch (&mi, 2);
    g_autofree char *iso = d && *d ? mn_date_parse (d, 0) : NULL;

    /* "Beslutning i sagen" is prose, not a heading: a body needs a date,
     * or, in the genitive, a board's name ("Regionsrådets beslutning") */
    if (b && *b && iso == NULL && !(genitive_form && board_name (b)))
      return a;
    a->is = TRUE;
    a->body = b && *b ? g_steal_pointer (&b) : NULL;
    a->date = g_steal_pointer (&iso);
  }
  return a;
}

/* The answers so far, per thread, by stripped line: a decision heading is
 * asked of its line when the paper is classified, again when the item's
 * decision is read (and the meeting named by it), and its patterns are
 * the costliest of the vocabulary (2.5 us a match interpreted).  Emptied
 * when full: a batch worker's papers do not add up. */
#define DECISION_MEMO_MAX 1024
static GPrivate decision_memo = G_PRIVATE_INIT ((GDestroyNotify) g_hash_table_unref);

gboolean
mn_vocab_decision_heading (const char *text, char **body, char **date)
{
  g_autofree char *t = NULL;
  gboolean leading, genitive;
  const char *start;
  gsize n = stripped_span_within (text, 120, &start);
  GHashTable *memo;
  DecisionAnswer *a;

  if (body)
    *body = NULL;
  if (date)
    *date = NULL;
  /* prose is longer: answered before it is copied */
  if (n > 120)
    return FALSE;
  /* cheap first: every printed line is asked; each pattern runs only on
   * lines that could match it, and only those are copied */
  leading = g_ascii_strncasecmp (start, "Beslutning", 10) == 0 || g_ascii_strncasecmp (start, "Protokol", 8) == 0
    || g_ascii_strncasecmp (start, "Udvalgets", 9) == 0 || g_ascii_strncasecmp (start, "Afg", 3) == 0;
  genitive = genitive_candidate (start);
  if (!leading && !genitive)
    return FALSE;
  t = g_strndup (start, n);
  if ((memo = g_private_get (&decision_memo)) == NULL)
    {
      memo = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) decision_answer_free);
      g_private_set (&decision_memo, memo);
    }
  if ((a = g_hash_table_lookup (memo, t)) == NULL)
    {
      if (g_hash_table_size (memo) >= DECISION_MEMO_MAX)
        g_hash_table_remove_all (memo);
      a = decision_answer (t, leading, genitive);
      g_hash_table_insert (memo, g_steal_pointer (&t), a);
    }
  if (body)
    *body = g_strdup (a->body);
  if (date)
    *date = g_strdup (a->date);
  return a->is;
}

/* An office's endorsement of the case, in its genitive: "Borgmesterens
 * Afdelings påtegning", "Økonomiafdelingens påtegning" (FirstAgenda's
 * councils print one under the recommendation).  Asked of every line: the
 * end is tested first. */
static gboolean
endorsement_heading (const char *text)
{
  static const char tail[] = "s påtegning";
  gsize n = strlen (text);

  while (n > 0 && (text[n - 1] == ' ' || text[n - 1] == ':'))
    n--;
  return n > sizeof tail && n <= 64 && memcmp (text + n - (sizeof tail - 1), tail, sizeof tail - 1) == 0
         && g_unichar_isupper (g_utf8_get_char (text));
}

gboolean
mn_vocab_section_heading (const char *text, MnSectionKind *kind)
{
  const char *key = NULL;

  if (text == NULL || mn_longer_than (text, 120))
    return FALSE;
  /* the tables' headings are short; longer lines can only be decisions */
  if (mn_longer_than (text, 64) || !wordset_may_hold (WORDSET (section_headings), text))
    goto decision;
  key = heading_key_here (text);
  {
    int i = WORDSET_LOOKUP (section_headings, key);
    if (i >= 0)
      {
        *kind = section_headings[i].kind;
        return TRUE;
      }
  }
decision:
  if (endorsement_heading (text))
    {
      *kind = MN_SECTION_OTHER;
      return TRUE;
    }
  if (mn_vocab_decision_heading (text, NULL, NULL))
    {
      *kind = MN_SECTION_DECISION;
      return TRUE;
    }
  return FALSE;
}

MnSectionKind
mn_vocab_heading_kind_by_form (const char *text)
{
  g_autofree char *key = text && !mn_longer_than (text, 64) ? mn_vocab_heading_key (text) : NULL;

  if (key == NULL)
    return MN_SECTION_OTHER;
  /* a hearing of a council or a party: "høring af handicaprådet" */
  if (mn_regex_match (MN_REGEX ("^(?:høring|høringer)\\s+(?:af|i)\\s+\\S", 0), key, NULL))
    return MN_SECTION_HEARING;
  /* an office that recommends: "direktøren indstiller", "forvaltningen foreslår" */
  if (mn_regex_match (MN_REGEX ("^\\p{L}+\\s+(?:indstiller|foreslår|anbefaler)$", 0), key, NULL))
    return MN_SECTION_RECOMMENDATION;
  return MN_SECTION_OTHER;
}

/* ---- access ------------------------------------------------------------- */

static const struct {
  const char *word;
  MnAccess access;
} access_words[] = {
  { "Åben", MN_ACCESS_OPEN },
  { "Åbent", MN_ACCESS_OPEN },
  { "Lukket", MN_ACCESS_CLOSED },
};

MnAccess
mn_vocab_access_word (const char *word)
{
  /* every word opens with "Å" (0xC3 0x85) or "L": asked of every word of
   * an attachment list, most are answered by their first byte */
  if (*word != 'L' && (guchar) *word != 0xC3)
    return MN_ACCESS_UNKNOWN;
  for (gsize i = 0; i < G_N_ELEMENTS (access_words); i++)
    if (strcmp (word, access_words[i].word) == 0)
      return access_words[i].access;
  return MN_ACCESS_UNKNOWN;
}

MnAccess
mn_vocab_access_line (const char *text)
{
  MnRegex *re = MN_REGEX ("^\\s*(Åben|Åbent|Lukket)\\s+(?:Sag|punkt|dagsordenspunkt)\\s*$",
                         MN_REGEX_CASELESS);
  MnMatch mi;
  const char *t = text + strspn (text, " \t");

  gsize visible = 0;

  /* cheap first: "Å", "å", "L" or "l" must open the line, and the two
   * words hold at most 23 bytes ("Åbent dagsordenspunkt"): prose is longer */
  if (!(MN_HAS_PREFIX (t, "Å") || MN_HAS_PREFIX (t, "å") || *t == 'L' || *t == 'l'))
    return MN_ACCESS_UNKNOWN;
  for (const char *p = t; *p && visible <= 23; p++)
    visible += !g_ascii_isspace (*p);
  if (visible > 23)
    return MN_ACCESS_UNKNOWN;
  if (!mn_regex_match (re, text, &mi))
    return MN_ACCESS_UNKNOWN;
  {
    g_autofree char *w = mn_match_fetch (&mi, 1);
    g_autofree char *lower = g_utf8_strdown (w, -1);
    return MN_HAS_PREFIX (lower, "luk") ? MN_ACCESS_CLOSED : MN_ACCESS_OPEN;
  }
}

/* ---- running headers, page furniture, front pages ------------------------ */

gboolean
mn_vocab_running_header (const char *text, char **body, char **date)
{
  /* "Direktionen 22-09-2021", "Direktionen - 22.09.2021", "Direktionen, 22-09-2021" */
  MnRegex *re = MN_REGEX ("^\\s*(\\p{Lu}[\\p{L}.\\- ]{1,80}?)\\s*[-–,:]?\\s+"
                         "(\\d{1,2}[-.]\\d{1,2}[-.]\\d{4})\\s*$", 0);
  MnMatch mi;
  g_autofree char *b = NULL, *d = NULL;
  MnSectionKind kind;
  gsize n = strlen (text);

  /* cheap first: the line must end in "-YYYY" or ".YYYY" (every printed
   * line is asked, and the pattern backtracks) */
  while (n > 0 && text[n - 1] == ' ')
    n--;
  if (n < 12 || !g_ascii_isdigit (text[n - 1]) || !g_ascii_isdigit (text[n - 4])
      || (text[n - 5] != '-' && text[n - 5] != '.'))
    return FALSE;
  /* a decision's or a page's dated line is none: asked of the line before
   * the pattern runs (the body, group 1, opens where the line's first
   * visible word does, and holds that word whole) */
  if (mn_regex_match (MN_REGEX ("^\\s*(Beslutning|Side|Mødedato|Dato|den|d\\.)\\b", MN_REGEX_CASELESS),
                      text, NULL)
      || !mn_regex_match (re, text, &mi))
    return FALSE;
  b = mn_match_fetch (&mi, 1);
  d = mn_match_fetch (&mi, 2);
  /* nor "Økonomiudvalgets beslutning den 10.02.2016", a decision's heading
   * with no "Punkt N" after its date */
  if (mn_vocab_front_label (b) || mn_vocab_section_heading (b, &kind)
      || mn_vocab_decision_heading (text, NULL, NULL))
    return FALSE;
  if (body && (*body = mn_vocab_kind_titled_body (text)) == NULL)
    {
      /* "REFERAT Horsens Byråd d. 03-12-2024": the paper's kind before the
       * body and "d." / "den" before the date are neither ("Referat fra
       * mødet i Teknisk Udvalg, 12-03-2024": mn_vocab_kind_titled_body) */
      char *t = g_strstrip (g_steal_pointer (&b));
      gsize n = strlen (t);
      const char *sp = strchr (t, ' ');

      if (n > 3 && g_str_has_suffix (t, " d."))
        t[n - 3] = '\0';
      else if (n > 4 && g_str_has_suffix (t, " den"))
        t[n - 4] = '\0';
      if (sp)
        {
          g_autofree char *first = g_strndup (t, (gsize) (sp - t));
          if (mn_vocab_paper_kind_word (first))
            memmove (t, sp + 1, strlen (sp + 1) + 1);
        }
      *body = g_strstrip (t);
    }
  if (date)
    *date = mn_date_parse (d, 0);
  return TRUE;
}

/* The first byte that is not ASCII white space: the patterns below start
 * with ^\s*, and each can only go on with a few characters, so most lines
 * are refused by it before the pattern runs.  A non-ASCII byte (a Unicode
 * space, say) is left to the pattern. */
static guchar
first_visible (const char *text)
{
  while (g_ascii_isspace (*text))
    text++;
  return (guchar) *text;
}

gboolean
mn_vocab_page_furniture (const char *text)
{
  const char *t = text;
  guchar c;

  while (g_ascii_isspace (*t))
    t++;
  c = (guchar) *t;
  if (c < 0x80 && !g_ascii_isdigit (c) && c != 'S' && c != 's')
    return FALSE;
  /* cheap first (every printed line is asked): a number line holds digits,
   * spaces and '/' alone, a "Side 3 af 12" line those and its words */
  if (g_ascii_isdigit (c) && !mn_ascii_only (t, "0123456789/"))
    return FALSE;
  if (c == 'S' || c == 's')
    {
      /* "ide" as it is, or a letter past ASCII the caseless pattern may take */
      gboolean other = FALSE;
      for (int i = 1; i <= 3 && t[i]; i++)
        other |= (guchar) t[i] >= 0x80;
      if (!other && !(g_ascii_strncasecmp (t + 1, "ide", 3) == 0 && mn_ascii_only (t + 4, "0123456789/afAF")))
        return FALSE;
    }
  return mn_regex_match (MN_REGEX ("^\\s*(?:Side\\s+\\d{1,4}(?:\\s*(?:af|/)\\s*\\d{1,4})?"
                                   "|\\d{1,3}|\\d{1,4}\\s*/\\s*\\d{1,4})\\s*$", MN_REGEX_CASELESS),
                         text, NULL);
}

static const char *const front_labels[] = {
  "Mødedato", "Dato", "Mødetidspunkt", "Tidspunkt", "Mødested", "Sted",
  "Medlemmer", "Fraværende", "Afbud", "Deltagere", "Mødeleder",
  "Mødestart", "Mødeslut", "Sekretær",
};

static const char *const front_date_labels[] = { "Mødedato", "Dato" };

static gboolean
has_label (const char *text, const char *label, const char **value)
{
  gsize n;

  if (!same_first_letter (text, label))
    return FALSE;
  n = strlen (label);
  if (g_ascii_strncasecmp (text, label, n) != 0 || text[n] != ':')
    return FALSE;
  if (value)
    {
      const char *v = text + n + 1;
      while (*v == ' ')
        v++;
      *value = v;
    }
  return TRUE;
}

gboolean
mn_vocab_front_label (const char *text)
{
  while (*text == ' ')
    text++;
  for (gsize i = 0; i < G_N_ELEMENTS (front_labels); i++)
    if (has_label (text, front_labels[i], NULL))
      return TRUE;
  return FALSE;
}

gboolean
mn_vocab_front_date_label (const char *text, const char **value)
{
  while (*text == ' ')
    text++;
  for (gsize i = 0; i < G_N_ELEMENTS (front_date_labels); i++)
    if (has_label (text, front_date_labels[i], value))
      return TRUE;
  return FALSE;
}

static const char *const paper_kind_words[] = {
  "Referat", "Dagsorden", "Beslutningsprotokol", "Protokol",
  "Åben dagsorden", "Åbent referat", "Åben referat", "Tillægsdagsorden",
};

gboolean
mn_vocab_paper_kind_word (const char *text)
{
  return SHORT_LINE_IN (paper_kind_words, text);
}

/* "Referat for Økonomiudvalget", "Dagsorden til mødet i Byrådet den 12.
 * marts 2024", "Referat fra Økonomiudvalgets møde": the paper's kind, a
 * preposition, and the body, whose name ends the line or stops at the
 * date.  The body in its plain form, or NULL.  transfer full */
char *
mn_vocab_kind_titled_body (const char *text)
{
  MnRegex *re = MN_REGEX ("^\\s*(?i:referat|dagsorden|beslutningsprotokol|protokol)\\s+(?i:for|fra|til|af)\\s+"
                          "(?i:(?:det\\s+)?(?:(?:ekstra)?ordinære\\s+)?møde(?:t)?\\s+i\\s+)?"
                          "(\\p{Lu}[^\\d:;]{1,78}?)"
                          "(?:,?\\s+(?i:den|d\\.)\\s+\\P{Cc}*\\d{4}\\P{Cc}*|,?\\s+\\d{1,2}[-.]\\d{1,2}[-.]\\d{4}\\P{Cc}*)?\\s*$", 0);
  MnMatch mi;
  char *body;
  gsize n;

  /* cheap first: a kind's word opens the line */
  if (!(g_ascii_strncasecmp (text, "referat ", 8) == 0 || g_ascii_strncasecmp (text, "dagsorden ", 10) == 0
        || g_ascii_strncasecmp (text, "beslutningsprotokol ", 20) == 0
        || g_ascii_strncasecmp (text, "protokol ", 9) == 0)
      || !mn_regex_match (re, text, &mi))
    return NULL;
  body = g_strstrip (mn_match_fetch (&mi, 1));
  n = strlen (body);
  /* "Økonomiudvalgets møde": the board's meeting */
  if (n > 7 && g_str_has_suffix (body, "s møde"))
    body[n - strlen ("s møde")] = '\0';
  return body;
}

/* The kinds of paper a meeting's papers carry along that are none of a
 * meeting's own: a memo sent as a Bilag. */
static const char *const memo_kind_words[] = { "Notat", "Notits", "Memo" };

gboolean
mn_vocab_memo_kind_word (const char *text)
{
  return SHORT_LINE_IN (memo_kind_words, text);
}

static const char *const toc_headings[] = { "Indholdsfortegnelse", "Indhold" };

gboolean
mn_vocab_toc_heading (const char *text)
{
  return SHORT_LINE_IN (toc_headings, text);
}

/* ---- dates, breaks, topics ---------------------------------------------- */

static const char *const months[][3] = {
  { "januar", "jan", NULL }, { "februar", "feb", NULL },
  { "marts", "mar", "mts" }, { "april", "apr", NULL }, { "maj", NULL, NULL },
  { "juni", "jun", NULL }, { "juli", "jul", NULL }, { "august", "aug", NULL },
  { "september", "sep", "sept" }, { "oktober", "okt", NULL },
  { "november", "nov", NULL }, { "december", "dec", NULL },
};

int
mn_vocab_month (const char *word)
{
  g_autofree char *w = g_utf8_strdown (word, -1);

  for (gsize i = 0; i < G_N_ELEMENTS (months); i++)
    for (gsize j = 0; j < 3 && months[i][j]; j++)
      if (strcmp (w, months[i][j]) == 0)
        return (int) i + 1;
  return 0;
}

static const char *const break_words[] = {
  "Frokost", "Pause", "Ankomst", "Kaffe", "Kaffepause", "Frokostpause",
  "Afslutning", "Velkomst",
};

gboolean
mn_vocab_break_word (const char *text)
{
  return SHORT_LINE_IN (break_words, text);
}

gboolean
mn_vocab_timetable_header (const char *text)
{
  /* a PDF extraction may print the repeated header's cells on two lines */
  MnRegex *re = MN_REGEX ("^\\s*(?:Tid\\s*(?:/\\s*)?Punkt|Tid|Punkt)\\s*$", MN_REGEX_CASELESS);
  guchar c = first_visible (text);

  if (c < 0x80 && g_ascii_tolower (c) != 't' && g_ascii_tolower (c) != 'p')
    return FALSE;
  return mn_regex_match (re, text, NULL);
}

gboolean
mn_vocab_topic_intro (const char *text)
{
  MnRegex *re = MN_REGEX ("\\b(?:punkter|emner|dagsordenspunkter|sager|program)\\b[^:]{0,60}:\\s*$",
                         MN_REGEX_CASELESS);
  gsize n = strlen (text);

  /* cheap first: the text must end in a colon */
  while (n > 0 && g_ascii_isspace (text[n - 1]))
    n--;
  return n > 0 && text[n - 1] == ':' && mn_regex_match (re, text, NULL);
}

/* Abbreviations that precede a capitalised word without ending a sentence
 * ("jf. Lov om ...", "f.eks. Norddjurs"). */
static const char *const name_abbreviations[] = {
  "jf", "f.eks", "eks", "bl.a", "a", "ca", "hhv", "vedr", "inkl", "ekskl",
  "iflg", "ift", "att", "dvs", "mht", "evt", "gl", "st", "sdr", "nr",
};

gboolean
mn_vocab_abbreviation (const char *word, gsize len)
{
  for (gsize i = 0; i < G_N_ELEMENTS (name_abbreviations); i++)
    if (strlen (name_abbreviations[i]) == len
        && g_ascii_strncasecmp (word, name_abbreviations[i], len) == 0)
      return TRUE;
  return FALSE;
}

/* ---- people ------------------------------------------------------------- */

static const char *const role_suffixes[] = {
  "chef", "direktør", "konsulent", "leder", "holder", "medarbejder",
  "sekretær", "koordinator", "rådgiver", "specialist", "formand",
  "borgmester", "fuldmægtig", "assistent", "partner", "planlægger",
  "ansvarlig", "repræsentant", "revisor", "jurist", "økonom", "arkitekt",
  "ingeniør", "sygeplejerske", "terapeut", "psykolog", "pædagog",
  "analytiker", "udvikler", "advokat", "inspektør", "controller",
  "medlem", "chefen", "sagsbehandler", "vejleder", "administrator",
};

gboolean
mn_vocab_role_word (const char *word)
{
  g_autofree char *w = g_utf8_strdown (word, -1);
  gsize n = strlen (w);

  while (n > 0 && (w[n - 1] == ',' || w[n - 1] == '.'))
    w[--n] = '\0';
  for (gsize i = 0; i < G_N_ELEMENTS (role_suffixes); i++)
    if (g_str_has_suffix (w, role_suffixes[i]))
      return TRUE;
  return FALSE;
}

/* Phrases after the people ("X deltager") and before them ("består af X"). */
#define PARTICIPATION_AFTER_RE \
  "\\b(?:deltager|deltog|deltage|er til stede|var til stede" \
  "|giver\\b[^.]{0,40}?\\borientering|gav\\b[^.]{0,40}?\\borientering" \
  "|orienterer\\b[^.]{0,20}?\\bom|præsenterer|fremlægger)\\b"
#define PARTICIPATION_BEFORE_RE \
  "\\b(?:består af|møde med|dialogmøde med|med deltagelse af|deltagere:)\\s+"

int
mn_vocab_participation (const char *sentence, gboolean *list_after)
{
  MnRegex *before = MN_REGEX (PARTICIPATION_BEFORE_RE, MN_REGEX_CASELESS);
  MnRegex *after = MN_REGEX (PARTICIPATION_AFTER_RE, 0);
  MnMatch mi;
  int start, end;

  if (mn_regex_match (before, sentence, &mi))
    {
      mn_match_fetch_pos (&mi, 0, &start, &end);
      *list_after = TRUE;
      return end;
    }
  if (mn_regex_match (after, sentence, &mi))
    {
      mn_match_fetch_pos (&mi, 0, &start, &end);
      *list_after = FALSE;
      return start;
    }
  return -1;
}

gboolean
mn_vocab_conjunction (const char *word, gsize len)
{
  return (len == 2 && strncmp (word, "og", 2) == 0)
         || (len == 4 && strncmp (word, "samt", 4) == 0);
}

gboolean
mn_vocab_suspended_hyphen_follower (const char *word, gsize len)
{
  static const char *const words[] = { "og", "eller", "samt", "til", "som", "men" };

  for (gsize i = 0; i < G_N_ELEMENTS (words); i++)
    if (strlen (words[i]) == len && strncmp (word, words[i], len) == 0)
      return TRUE;
  return FALSE;
}

/* ---- organisations ------------------------------------------------------ */

static const char *const not_place_names[] = {
  "Den", "Denne", "Hver", "Hele", "Vores", "Hvis", "Samme", "Anden", "Egen",
  "Ny", "Nye", "En", "Til", "I", "På", "Af", "For", "Fra", "Med",
};

static gboolean
place_name_ok (const char *name)
{
  for (gsize i = 0; i < G_N_ELEMENTS (not_place_names); i++)
    if (strcmp (name, not_place_names[i]) == 0)
      return FALSE;
  return TRUE;
}

gboolean
mn_vocab_find_organisation (const char *text, char **municipality,
                            char **region)
{
  MnMatch mi;

  /* the literal words first: most paragraphs name neither, and the
   * patterns cannot match without them */
  if (municipality && *municipality == NULL && strstr (text, " Kommune"))
    {
      mn_regex_match (MN_REGEX ("\\b(\\p{Lu}[\\p{L}\\-]+) Kommunes?\\b", 0), text, &mi);
      while (mn_match_found (&mi))
        {
          g_autofree char *name = mn_match_fetch (&mi, 1);
          if (place_name_ok (name))
            {
              *municipality = g_strconcat (name, " Kommune", NULL);
              break;
            }
          mn_match_next (&mi);
        }
    }
  if (region && *region == NULL && strstr (text, "Region ")
      && mn_regex_match (MN_REGEX ("\\bRegion (\\p{Lu}\\p{L}+?)s?\\b", 0), text, &mi))
    {
      g_autofree char *name = mn_match_fetch (&mi, 1);
      *region = g_strconcat ("Region ", name, NULL);
    }
  return (municipality && *municipality) || (region && *region);
}

gboolean
mn_vocab_short_word_line (const char *text)
{
  const char *key = NULL;

  WordSet *sets[] = { WORDSET (section_headings), WORDSET (break_words),
                      WORDSET (paper_kind_words), WORDSET (toc_headings) };
  gboolean may = FALSE;

  if (mn_longer_than (text, 64))
    return FALSE;
  for (gsize i = 0; i < G_N_ELEMENTS (sets); i++)
    may |= wordset_may_hold (sets[i], text);
  if (!may)
    return FALSE;
  /* one casefold for the four tables */
  key = heading_key_here (text);
  for (gsize i = 0; i < G_N_ELEMENTS (sets); i++)
    if (wordset_index (sets[i], key) >= 0)
      return TRUE;
  return FALSE;
}

/* ---- decisions: outcome phrases, absence labels --------------------------- */

/* The spec's result table, top to bottom: the first row one of whose
 * phrases begins a word of the decision's first sentence decides. */
static const struct {
  MnResult result;
  const char *phrases[9];
} result_phrases[] = {
  { MN_RESULT_REJECTED, { "ikke godkend", "ikke tiltræd", "ikke tiltrådt", "ikke anbefal",
                          "forkast", "afvis", "afviste", "faldt", NULL } },
  { MN_RESULT_RECOMMENDED, { "anbefal", "indstilles til godkendelse", NULL } },
  { MN_RESULT_APPROVED, { "godkendt", "godkendte", "godkendes", "vedtag", "vedtog",
                          "tiltrådt", "tiltrådte", "bevilg", NULL } },
  { MN_RESULT_NOTED, { "efterretning", NULL } },
  { MN_RESULT_POSTPONED, { "udsat", "udsæt", "genoptag", NULL } },
  { MN_RESULT_REFERRED, { "fremsend", "oversend", "videresend", "sendes til", "henvis", NULL } },
  { MN_RESULT_DISCUSSED, { "drøft", NULL } },
};

/* Whether phrase (casefolded) begins a word of folded. */
static gboolean
begins_a_word (const char *folded, const char *phrase)
{
  for (const char *p = strstr (folded, phrase); p; p = strstr (p + 1, phrase))
    {
      const char *before = p == folded ? NULL : g_utf8_find_prev_char (folded, p);
      if (before == NULL || !g_unichar_isalnum (g_utf8_get_char (before)))
        return TRUE;
    }
  return FALSE;
}

MnResult
mn_vocab_result (const char *sentence)
{
  /* the phrases casefolded once per process, row by row as the table */
  static char **folded_phrases[G_N_ELEMENTS (result_phrases)];
  static gsize once;
  g_autofree char *folded = mn_fold (sentence);

  if (g_once_init_enter (&once))
    {
      for (gsize i = 0; i < G_N_ELEMENTS (result_phrases); i++)
        {
          folded_phrases[i] = g_new0 (char *, G_N_ELEMENTS (result_phrases[i].phrases));
          for (gsize j = 0; result_phrases[i].phrases[j]; j++)
            folded_phrases[i][j] = mn_fold (result_phrases[i].phrases[j]);
        }
      g_once_init_leave (&once, 1);
    }
  for (gsize i = 0; i < G_N_ELEMENTS (result_phrases); i++)
    for (gsize j = 0; folded_phrases[i][j]; j++)
      if (begins_a_word (folded, folded_phrases[i][j]))
        return result_phrases[i].result;
  return MN_RESULT_OTHER;
}

/* Lines that name who did not take part: "LABEL: names" or "LABEL names". */
static const char *const absence_labels[] = {
  "Fraværende", "Afbud", "Afbud/Fraværende", "Fraværende/Afbud", "Ikke til stede",
  "Ikke tilstede", "Afbud fra",
};

/* "Følgende deltog ikke i behandlingen af punktet:" (names on the next
 * lines) and "NAME deltog ikke i sagens behandling." */
static const char *const absence_list_intros[] = {
  "Følgende deltog ikke i behandlingen af punktet", "Følgende deltog ikke i behandlingen",
  "Følgende deltog ikke", "Følgende var fraværende",
};
static const char *const absence_sentence_verbs[] = {
  " deltog ikke i sagens behandling", " deltog ikke i behandlingen", " deltog ikke i punktets behandling",
  " var fraværende under behandlingen", " deltog ikke",
};

const char *
mn_vocab_absence_label (const char *line)
{
  const char *best = NULL;
  gsize best_n = 0;

  for (gsize i = 0; i < G_N_ELEMENTS (absence_labels); i++)
    {
      gsize n = strlen (absence_labels[i]);
      if (n > best_n && g_ascii_strncasecmp (line, absence_labels[i], n) == 0
          && (line[n] == ':' || line[n] == ' '))
        {
          best = line + n + (line[n] == ':');
          best_n = n;
        }
    }
  if (best)
    while (*best == ' ')
      best++;
  return best;
}

gboolean
mn_vocab_absence_list_intro (const char *line)
{
  for (gsize i = 0; i < G_N_ELEMENTS (absence_list_intros); i++)
    {
      gsize n = strlen (absence_list_intros[i]);
      if (g_ascii_strncasecmp (line, absence_list_intros[i], n) == 0
          && (line[n] == ':' || line[n] == '\0'))
        return TRUE;
    }
  return FALSE;
}

gssize
mn_vocab_absence_sentence (const char *sentence)
{
  for (gsize i = 0; i < G_N_ELEMENTS (absence_sentence_verbs); i++)
    {
      const char *p = strstr (sentence, absence_sentence_verbs[i]);
      if (p && p > sentence)
        return p - sentence;
    }
  return -1;
}

/* "Ingen", "-": a list that names nobody. */
gboolean
mn_vocab_nobody (const char *text)
{
  static const char *const nobody[] = { "Ingen", "Ingen fraværende", "Ingen afbud", "-", "–" };
  g_autofree char *t = g_strstrip (g_strdup (text));
  gsize n = strlen (t);

  while (n > 0 && (t[n - 1] == '.' || t[n - 1] == ':'))
    t[--n] = '\0';
  for (gsize i = 0; i < G_N_ELEMENTS (nobody); i++)
    if (g_ascii_strcasecmp (t, nobody[i]) == 0)
      return TRUE;
  return n == 0;
}

/* ---- item labels --------------------------------------------------------- */

/* Labels whose value is the item's case (journal) number. */
static const char *const case_number_labels[] = {
  "Sagsnr.", "Sagsnr", "Sags nr.", "Sagsnummer", "J.nr.", "J.nr", "Jnr.", "Journalnr.",
  "Journalnummer", "Sag", "Sagsid", "Sags-id", "Acadre sagsnr.", "Sbsys sagsnr.",
};
/* Labels of other item data: recorded nowhere, but not text either. */
static const char *const other_item_labels[] = {
  "Dok.nr.", "Dok.nr", "Dokumentnr.", "Sagen afgøres i", "Sagsbehandler", "Forfatter",
  "Sagsansvarlig",
};

/* "LABEL: value" or "LABEL value" (the label ends in a full stop): the
 * value, or NULL. */
static const char *
label_value (const char *text, const char *label)
{
  gsize n;
  const char *v;

  if (!same_first_letter (text, label))
    return NULL;
  n = strlen (label);
  v = text + n;
  if (g_ascii_strncasecmp (text, label, n) != 0)
    return NULL;
  if (*v == ':')
    v++;
  else if (!(label[n - 1] == '.' && *v == ' '))
    return NULL;
  while (*v == ' ')
    v++;
  return *v ? v : NULL;
}

/* A case number: digits and the separators systems print, no spaces. */
static gboolean
case_number_like (const char *v)
{
  gboolean digit = FALSE;

  for (const char *p = v; *p; p++)
    {
      if (g_ascii_isdigit (*p))
        digit = TRUE;
      else if (!(g_ascii_isalpha (*p) || strchr ("-./_", *p)))
        return FALSE;
    }
  return digit && !mn_longer_than (v, 40);
}

gboolean
mn_vocab_item_label (const char *text, char **case_number)
{
  g_autofree char *t = NULL;
  const char *start;
  gsize n = stripped_span_within (text, 80, &start);
  gboolean labelled;

  *case_number = NULL;
  /* a label line is short: longer text is answered before it is copied */
  if (n > 80)
    return FALSE;
  /* a case number alone opens with E ("EMN-2024-001"); every label below
   * is followed by ':', or ends in '.' ("Sagsnr."): most lines are
   * neither, and are answered before they are copied */
  labelled = strpbrk (start, ":.") != NULL;
  if (*start != 'E' && !labelled)
    return FALSE;
  t = g_strndup (start, n);
  if (*t == 'E' && mn_regex_match (MN_REGEX ("^EMN-\\d{4}-\\d{3,}$", 0), t, NULL))
    {
      *case_number = g_strdup (t);
      return TRUE;
    }
  if (!labelled)
    return FALSE;
  for (gsize i = 0; i < G_N_ELEMENTS (case_number_labels); i++)
    {
      const char *v;
      gsize n;

      /* most labels are told from the line by its first letter */
      if (!same_first_letter (t, case_number_labels[i]))
        continue;
      v = label_value (t, case_number_labels[i]);
      n = strlen (case_number_labels[i]);
      /* "Sagsnr.:" with nothing after it: the label of an item with no case */
      if (g_ascii_strncasecmp (t, case_number_labels[i], n) == 0 && strcmp (t + n, ":") == 0)
        return TRUE;
      if (v && case_number_like (v))
        {
          *case_number = g_strdup (v);
          return TRUE;
        }
    }
  for (gsize i = 0; i < G_N_ELEMENTS (other_item_labels); i++)
    if (label_value (t, other_item_labels[i]))
      return TRUE;
  /* an earlier handling under the labels (eDoc): "Kommunalbestyrelsen den
   * 4. marts 2018 Punkt 7", recorded nowhere; a decision's heading
   * ("Økonomiudvalgets beslutning den ...") is none */
  return n > 0 && g_ascii_isdigit (t[n - 1]) && strstr (t, "unkt ")
         && mn_regex_match (MN_REGEX ("^(?!.*\\b[Bb]eslutning)\\p{Lu}[\\p{L}\\- ]{2,80}? den \\d{1,2}\\. \\p{L}+ \\d{4},?"
                                      " [Pp]unkt \\d{1,3}$", 0), t, NULL);
}

gboolean
mn_vocab_bare_label (const char *text, MnFrontLabel *front)
{
  g_autofree char *t = g_strstrip (g_strdup (text));
  gsize n = strlen (t);
  const char *value;

  *front = MN_FRONT_NONE;
  if (n < 3 || n > 40 || t[n - 1] != ':')
    return FALSE;
  t[--n] = '\0';
  for (gsize i = 0; i < G_N_ELEMENTS (case_number_labels); i++)
    if (g_ascii_strcasecmp (t, case_number_labels[i]) == 0)
      return TRUE;
  for (gsize i = 0; i < G_N_ELEMENTS (other_item_labels); i++)
    if (g_ascii_strcasecmp (t, other_item_labels[i]) == 0)
      return TRUE;
  t[n] = ':';
  *front = mn_vocab_front_field (t, &value);
  return *front != MN_FRONT_NONE && (value == NULL || *value == '\0');
}

/* ---- front page: time, place, attendance --------------------------------- */

static const struct {
  const char *label;            /* before ':' or as a whole line */
  MnFrontLabel field;
} front_fields[] = {
  { "Mødetidspunkt", MN_FRONT_START }, { "Tidspunkt", MN_FRONT_START },
  { "Mødestart", MN_FRONT_START }, { "Start kl.", MN_FRONT_START },
  { "Starttidspunkt", MN_FRONT_START }, { "Mødet starter", MN_FRONT_START },
  { "Tid", MN_FRONT_TIME }, { "Mødetid", MN_FRONT_TIME },
  { "Mødeslut", MN_FRONT_END }, { "Slut kl.", MN_FRONT_END }, { "Sluttidspunkt", MN_FRONT_END },
  { "Mødested", MN_FRONT_LOCATION }, { "Sted", MN_FRONT_LOCATION },
  { "Lokale", MN_FRONT_LOCATION }, { "Mødelokale", MN_FRONT_LOCATION },
  { "Medlemmer", MN_FRONT_MEMBERS }, { "Deltagere", MN_FRONT_MEMBERS },
  { "Tilstede", MN_FRONT_MEMBERS }, { "Til stede", MN_FRONT_MEMBERS },
  { "Mødedeltagere", MN_FRONT_MEMBERS }, { "Deltagende", MN_FRONT_MEMBERS },
  { "Fraværende", MN_FRONT_ABSENT }, { "Afbud", MN_FRONT_ABSENT },
  { "Afbud/Fraværende", MN_FRONT_ABSENT }, { "Fraværende/Afbud", MN_FRONT_ABSENT },
  { "Sekretær", MN_FRONT_SECRETARY }, { "Referent", MN_FRONT_SECRETARY },
  { "Mødesekretær", MN_FRONT_SECRETARY }, { "Sekretariat", MN_FRONT_SECRETARY },
  { "Mødedato", MN_FRONT_OTHER }, { "Dato", MN_FRONT_OTHER }, { "Mødeleder", MN_FRONT_OTHER },
  { "Bemærk", MN_FRONT_OTHER }, { "Bemærkning", MN_FRONT_OTHER },
  { "Udvalg", MN_FRONT_BODY },
};

/* Roles printed with a member's name, as the model writes them. */
static const char *const member_roles[] = {
  "formand", "næstformand", "borgmester", "viceborgmester", "1. viceborgmester",
  "2. viceborgmester", "sekretær", "referent", "mødeleder", "udvalgsformand",
  "mødesekretær",
};

/* A room's word labels the venue, and with no colon is the venue's own
 * first word: "Mødelokale 1, Vejle Rådhus" is all of the value. */
static gboolean
room_word (const char *label)
{
  return strcmp (label, "Lokale") == 0 || strcmp (label, "Mødelokale") == 0;
}

MnFrontLabel
mn_vocab_front_field (const char *text, const char **value)
{
  gsize best = 0;
  MnFrontLabel field = MN_FRONT_NONE;
  const char *t = text + strspn (text, " ");

  *value = NULL;
  for (gsize i = 0; i < G_N_ELEMENTS (front_fields); i++)
    {
      gsize n;
      const char *after;

      /* the first letter first: most lines share it with no label */
      if (!same_first_letter (t, front_fields[i].label))
        continue;
      n = strlen (front_fields[i].label);
      after = t + n;
      if (n <= best || g_ascii_strncasecmp (t, front_fields[i].label, n) != 0
          || g_utf8_strlen (t, n) != g_utf8_strlen (front_fields[i].label, -1))
        continue;
      /* "Mødested:" / "Medlemmer" as a whole line; "Tid: ..."; and
       * "Mødested Byrådssalen", a label and its value in two columns of a
       * printed table, for the longer labels before a capital or a digit */
      while (*after == ' ')
        after++;
      if (*after == ':')
        after++;
      else if (*after != '\0'
               && !(n >= 7 && after > t + n && !mn_longer_than (t, 119)
                    && (g_unichar_isupper (g_utf8_get_char (after)) || g_ascii_isdigit (*after))))
        continue;
      else if (*after != '\0' && room_word (front_fields[i].label))
        after = t;
      while (*after == ' ')
        after++;
      best = n;
      field = front_fields[i].field;
      *value = after;
    }
  return field;
}

/* The role a list heading gives its names ("Sekretær" -> "sekretær"). */
char *
mn_vocab_front_role (const char *text)
{
  g_autofree char *t = g_strstrip (g_strdup (text));
  char *colon = strchr (t, ':');

  if (colon)
    *colon = '\0';
  return g_utf8_strdown (t, -1);
}

gsize
mn_vocab_member_role_prefix (const char *text, char **role)
{
  *role = NULL;
  for (gsize i = 0; i < G_N_ELEMENTS (member_roles); i++)
    {
      gsize n = strlen (member_roles[i]);
      g_autofree char *head = g_utf8_strdown (text, (gssize) strnlen (text, n));

      if (strcmp (head, member_roles[i]) != 0 || (text[n] != ' ' && text[n] != ':' && text[n] != '\0'))
        continue;
      *role = g_strdup (member_roles[i]);
      while (text[n] == ':' || text[n] == ' ')
        n++;
      return n;
    }
  return 0;
}

/* ---- the paper's open and closed parts ------------------------------------ */

static const struct {
  const char *line;
  MnAccess access;
} part_markers[] = {
  { "Åbent referat", MN_ACCESS_OPEN }, { "Åben referat", MN_ACCESS_OPEN },
  { "Åben dagsorden", MN_ACCESS_OPEN }, { "Åbent møde", MN_ACCESS_OPEN },
  { "Åbne punkter", MN_ACCESS_OPEN }, { "Åbne sager", MN_ACCESS_OPEN },
  { "Lukket referat", MN_ACCESS_CLOSED }, { "Lukket dagsorden", MN_ACCESS_CLOSED },
  { "Lukket møde", MN_ACCESS_CLOSED }, { "Lukkede punkter", MN_ACCESS_CLOSED },
  { "Lukkede sager", MN_ACCESS_CLOSED },
};

MnAccess
mn_vocab_part_marker (const char *text)
{
  const char *key = NULL;
  int i;

  if (mn_longer_than (text, 40) || !wordset_may_hold (WORDSET (part_markers), text))
    return MN_ACCESS_UNKNOWN;
  key = heading_key_here (text);
  i = WORDSET_LOOKUP (part_markers, key);
  return i >= 0 ? part_markers[i].access : MN_ACCESS_UNKNOWN;
}

/* "Lukket: Title", "Lukket punkt: Title": the title after the prefix. */
const char *
mn_vocab_closed_title_prefix (const char *title)
{
  static const char *const prefixes[] = { "Lukket punkt:", "Lukket sag:", "Lukket:" };

  for (gsize i = 0; title && i < G_N_ELEMENTS (prefixes); i++)
    if (g_ascii_strncasecmp (title, prefixes[i], strlen (prefixes[i])) == 0)
      {
        const char *rest = title + strlen (prefixes[i]);
        while (*rest == ' ')
          rest++;
        return *rest ? rest : NULL;
      }
  return NULL;
}

/* "Referat: Gruppen aftalte ...", "Oplæg: ...": a heading and the first
 * line of its text on one line (SBSYS).  Only the decision and
 * presentation headings are read so: in prose "Økonomi: ..." is text. */
gsize
mn_vocab_inline_heading (const char *text, MnSectionKind *kind)
{
  const char *colon = strchr (text, ':');
  g_autofree char *head = NULL;
  MnSectionKind k;

  if (colon == NULL || colon - text > 40 || colon[1] != ' ' || colon[2] == '\0')
    return 0;
  head = g_strndup (text, (gsize) (colon - text + 1));
  if (!mn_vocab_section_heading (head, &k)
      || (k != MN_SECTION_DECISION && k != MN_SECTION_PRESENTATION)
      || mn_vocab_decision_heading (head, NULL, NULL))
    return 0;
  *kind = k;
  return (gsize) (colon - text + 1);
}

/* Pages after the last item that hold no item: the signatures. */
gboolean
mn_vocab_back_matter (const char *text)
{
  static const char *const words[] = { "Underskriftsside", "Underskrifter", "Underskrift" };
  return SHORT_LINE_IN (words, text);
}

/* "Kl. 10:30" alone on its line: a meeting's time, a venue's lines after it. */
gboolean
mn_vocab_clock_line (const char *text)
{
  return (*text == 'K' || *text == 'k')
         && mn_regex_match (MN_REGEX ("^[Kk]l\\.?\\s*\\d{1,2}[.:]\\d{2}$", 0), text, NULL);
}
