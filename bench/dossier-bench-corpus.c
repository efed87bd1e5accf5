/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "dossier-bench-corpus.h"

/* General lists: names from many languages, real countries, generic bodies and topics. No
 * statement, person or meeting of the sample or the test corpus is reproduced. */

static const char *const given_names[] = {
  "James",  "Maria",  "Ahmed",     "Yuki",   "Olga",   "Carlos",  "Priya",  "Wei",    "Fatima",
  "Lars",   "Amara",  "Hiroshi",   "Elena",  "Tomasz", "Aisha",   "David",  "Sofia",  "Kwame",
  "Ingrid", "Rahul",  "Ji-woo",    "Ana",    "Pierre", "Leila",   "Mateo",  "Nadia",  "Oluwaseun",
  "Jan",    "Mei",    "Gabriel",   "Zanele", "Viktor", "Isabel",  "Arjun",  "Hana",   "Samuel",
  "Marta",  "Kenji",  "Amina",     "Thomas", "Lucía",  "Dmitri",  "Sara",   "Rafael", "Noor",
  "Henrik", "Chiara", "Tunde",     "Astrid", "Farid",  "Camille", "Mikael", "Yasmin", "Pedro",
  "Keiko",  "Emeka",  "Agnieszka", "Luis",   "Soo-ah", "Johan",   "Grace",
};

static const char *const family_names[] = {
  "Anderson",  "Okafor",    "Tanaka",    "Novak",        "García",   "Müller",   "Haddad",
  "Lindqvist", "Mensah",    "Sato",      "Kowalski",     "Rossi",    "Dubois",   "Nakamura",
  "Petrov",    "Silva",     "Hansen",    "Mwangi",       "Kaur",     "Fischer",  "Moreau",
  "Costa",     "Jovanović", "O’Brien",   "van der Berg", "Al-Masri", "Ibrahim",  "Yilmaz",
  "Castillo",  "Berg",      "Takahashi", "Nowak",        "Ferreira", "Andersen", "Adeyemi",
  "Schmidt",   "Laurent",   "Romano",    "Ivanova",      "Santos",   "Eriksson", "Osei",
  "Sharma",    "Watanabe",  "Horvat",    "Lopez",        "Bianchi",  "Kovač",    "Nielsen",
  "Chaudhry",  "Delgado",   "Hoffmann",  "Abubakar",     "Reyes",
};

typedef struct
{
  const char *name;      /* as in running text */
  const char *adjective; /* "Australian" */
  const char *capital;
} Country;

static const Country countries[] = {
  { "Australia", "Australian", "Canberra" },
  { "Brazil", "Brazilian", "Brasília" },
  { "Canada", "Canadian", "Ottawa" },
  { "Chile", "Chilean", "Santiago" },
  { "Denmark", "Danish", "Copenhagen" },
  { "Estonia", "Estonian", "Tallinn" },
  { "Finland", "Finnish", "Helsinki" },
  { "France", "French", "Paris" },
  { "Germany", "German", "Berlin" },
  { "Ghana", "Ghanaian", "Accra" },
  { "Greece", "Greek", "Athens" },
  { "India", "Indian", "New Delhi" },
  { "Indonesia", "Indonesian", "Jakarta" },
  { "Italy", "Italian", "Rome" },
  { "Japan", "Japanese", "Tokyo" },
  { "Kenya", "Kenyan", "Nairobi" },
  { "Malaysia", "Malaysian", "Kuala Lumpur" },
  { "Mexico", "Mexican", "Mexico City" },
  { "the Netherlands", "Dutch", "The Hague" },
  { "New Zealand", "New Zealand", "Wellington" },
  { "Nigeria", "Nigerian", "Abuja" },
  { "Norway", "Norwegian", "Oslo" },
  { "the Philippines", "Philippine", "Manila" },
  { "Poland", "Polish", "Warsaw" },
  { "Portugal", "Portuguese", "Lisbon" },
  { "Singapore", "Singaporean", "Singapore" },
  { "South Africa", "South African", "Pretoria" },
  { "Spain", "Spanish", "Madrid" },
  { "Sweden", "Swedish", "Stockholm" },
  { "Thailand", "Thai", "Bangkok" },
  { "Türkiye", "Turkish", "Ankara" },
  { "the United Kingdom", "British", "London" },
  { "the United States", "U.S.", "Washington" },
  { "Viet Nam", "Vietnamese", "Hanoi" },
  { "Morocco", "Moroccan", "Rabat" },
  { "Egypt", "Egyptian", "Cairo" },
  { "Argentina", "Argentine", "Buenos Aires" },
  { "Colombia", "Colombian", "Bogotá" },
  { "Lithuania", "Lithuanian", "Vilnius" },
  { "Romania", "Romanian", "Bucharest" },
  { "Czechia", "Czech", "Prague" },
  { "the Republic of Korea", "ROK", "Seoul" },
};

static const char *const meeting_kinds[] = {
  "Security Consultative Meeting",
  "Integrated Defense Dialogue",
  "Strategic Dialogue",
  "Defense Policy Talks",
  "Military Committee Meeting",
  "Foreign and Defense Ministerial Dialogue",
  "Economic Security Dialogue",
  "Maritime Security Dialogue",
  "Cyber Policy Consultations",
  "Space Cooperation Dialogue",
  "Nonproliferation Consultations",
  "Joint Defense Commission",
};

static const char *const officials[] = {
  "Minister of Defense",
  "Minister of Foreign Affairs",
  "Secretary of Defense",
  "Secretary of State",
  "Deputy Minister for Defense Policy",
  "Assistant Secretary of Defense for Security Affairs",
  "Chief of Defense",
  "Vice Minister of Foreign Affairs",
  "Under Secretary for Policy",
  "Director General for International Security",
};

static const char *const honorifics[]
    = { "Minister", "Secretary", "Deputy Minister", "General", "Admiral", "Dr.", "Ambassador" };

static const char *const topics[] = {
  "Cyber Cooperation",   "Space Cooperation",     "Maritime Security", "Supply Chain Resilience",
  "Defense Technology",  "Counterterrorism",      "Critical Minerals", "Health Security",
  "Climate Security",    "Export Control",        "Energy Security",   "Humanitarian Assistance",
  "Emerging Technology", "Logistics Cooperation", "Missile Defense",   "Information Sharing",
};

static const char *const agreement_kinds[] = {
  "Framework", "Action Plan",  "Memorandum of Understanding",
  "Roadmap",   "Joint Vision", "Guidelines",
};

static const char *const exercise_a[] = {
  "PACIFIC",  "NORTHERN",  "SILENT",  "IRON",   "BLUE",
  "SOUTHERN", "STEADFAST", "COASTAL", "AUTUMN", "EASTERN",
};
static const char *const exercise_b[] = {
  "DAWN",    "SHIELD",   "ARROW",  "GUARDIAN", "HORIZON",
  "TRIDENT", "SENTINEL", "BRIDGE", "WATCH",    "HARBOR",
};

static const char *const verbs[] = {
  "strengthen", "expand",    "deepen",  "accelerate",       "review",  "enhance",
  "coordinate", "modernize", "advance", "institutionalize", "broaden", "sustain",
};

static const char *const object_adj[] = {
  "maritime",
  "cyber",
  "space",
  "industrial",
  "logistics",
  "training",
  "information-sharing",
  "missile defense",
  "supply chain",
  "technology",
  "energy",
  "health security",
  "counter-proliferation",
  "disaster response",
  "coast guard",
  "research",
};

static const char *const object_noun[] = {
  "cooperation", "capabilities",     "exercises", "mechanisms", "initiatives",  "planning",
  "resilience",  "interoperability", "exchanges", "programs",   "partnerships", "investments",
};

static const char *const months[] = {
  "January", "February", "March",     "April",   "May",      "June",
  "July",    "August",   "September", "October", "November", "December",
};

static const char *const regions[] = {
  "the Indo-Pacific",    "the Baltic Sea",     "the Mediterranean", "the Gulf of Guinea",
  "the South Atlantic",  "the Arctic",         "the Andaman Sea",   "the Black Sea",
  "the Pacific Islands", "the Horn of Africa",
};

struct _DossierBenchCorpus
{
  GRand *rand;
};

#define PICK(self, list) ((list)[g_rand_int_range ((self)->rand, 0, G_N_ELEMENTS (list))])

DossierBenchCorpus *
dossier_bench_corpus_new (guint32 seed)
{
  DossierBenchCorpus *self = g_new0 (DossierBenchCorpus, 1);

  self->rand = g_rand_new_with_seed (seed);
  return self;
}

void
dossier_bench_corpus_free (DossierBenchCorpus *self)
{
  g_rand_free (self->rand);
  g_free (self);
}

static guint
range (DossierBenchCorpus *self, guint lo, guint hi_inclusive)
{
  return g_rand_int_range (self->rand, lo, hi_inclusive + 1);
}

static gboolean
chance (DossierBenchCorpus *self, guint percent)
{
  return g_rand_int_range (self->rand, 0, 100) < (gint32) percent;
}

static const char *
ordinal_suffix (guint n)
{
  if (n % 100 >= 11 && n % 100 <= 13)
    return "th";
  switch (n % 10)
    {
    case 1:
      return "st";
    case 2:
      return "nd";
    case 3:
      return "rd";
    default:
      return "th";
    }
}

/* Initials of the capitalized words: "Security Consultative Meeting" -> "SCM". */
static char *
acronym (const char *name)
{
  GString *s = g_string_new (NULL);
  gboolean at_word = TRUE;

  for (const char *p = name; *p; p++)
    {
      if (*p == ' ' || *p == '-')
        at_word = TRUE;
      else
        {
          if (at_word && g_ascii_isupper (*p))
            g_string_append_c (s, *p);
          at_word = FALSE;
        }
    }
  return g_string_free (s, FALSE);
}

/* The state of one statement: who met, when, and what they named. */
typedef struct
{
  const Country *a;
  const Country *b;
  const char *meeting;
  char *meeting_acr;
  guint ordinal;
  guint year;
  guint month; /* 0-11 */
  guint day;
  char *people[4]; /* "Given Family" */
  const char *roles[4];
  char *wg_name;
  char *wg_acr;
  char *agreement;
  gboolean nbsp; /* this publisher puts "\u00a0 " between sentences */
} Statement;

static void
statement_clear (Statement *st)
{
  g_free (st->meeting_acr);
  for (guint i = 0; i < G_N_ELEMENTS (st->people); i++)
    g_free (st->people[i]);
  g_free (st->wg_name);
  g_free (st->wg_acr);
  g_free (st->agreement);
}

static char *
person (DossierBenchCorpus *self)
{
  return g_strdup_printf ("%s %s", PICK (self, given_names), PICK (self, family_names));
}

static const char *
family_of (const char *full)
{
  const char *space = strchr (full, ' ');
  return space ? space + 1 : full;
}

static void
append_object (DossierBenchCorpus *self, GString *out)
{
  g_string_append_printf (out, "%s %s", PICK (self, object_adj), PICK (self, object_noun));
}

static void
append_date (DossierBenchCorpus *self, GString *out, guint year)
{
  g_string_append_printf (out, "%s %u, %u", PICK (self, months), range (self, 1, 28), year);
}

static void
sentence_end (Statement *st, GString *out)
{
  g_string_append (out, st->nbsp ? ".\xc2\xa0 " : ". ");
}

/* One sentence of a body paragraph: a commitment, an outcome or a statement of position. */
static void
append_sentence (DossierBenchCorpus *self, Statement *st, GString *out)
{
  const char *who = chance (self, 50)   ? "The two sides"
                    : chance (self, 50) ? "Both ministers"
                                        : "The delegations";

  switch (range (self, 0, 11))
    {
    case 0:
      g_string_append_printf (out, "%s committed to %s ", who, PICK (self, verbs));
      append_object (self, out);
      g_string_append_printf (out, " by %s %u", PICK (self, months), st->year + range (self, 1, 2));
      break;
    case 1:
      g_string_append_printf (out, "%s pledged to %s ", who, PICK (self, verbs));
      append_object (self, out);
      g_string_append_printf (out, " through the %s", st->wg_acr);
      break;
    case 2:
      g_string_append_printf (out, "%s %s and %s %s agreed to hold the %u%s %s in %s in %u",
                              PICK (self, honorifics), family_of (st->people[0]),
                              PICK (self, honorifics), family_of (st->people[1]), st->ordinal + 1,
                              ordinal_suffix (st->ordinal + 1), st->meeting_acr,
                              chance (self, 50) ? st->a->capital : st->b->capital, st->year + 1);
      break;
    case 3:
      g_string_append_printf (out, "The %s will %s ", st->meeting_acr, PICK (self, verbs));
      append_object (self, out);
      g_string_append (out, " within this year");
      break;
    case 4:
      g_string_append (out, "The ministers welcomed the completion of the ");
      append_object (self, out);
      g_string_append_printf (out, " review in %s %u", PICK (self, months), st->year);
      break;
    case 5:
      g_string_append_printf (
          out,
          "%s applauded the %u%s %s %s exercise held in %s in %s %u, which involved %u personnel",
          who, range (self, 2, 40), ordinal_suffix (range (self, 2, 40)), PICK (self, exercise_a),
          PICK (self, exercise_b), PICK (self, regions), PICK (self, months),
          st->year - range (self, 0, 1), range (self, 3, 250) * 100);
      break;
    case 6:
      g_string_append_printf (out, "The %s completed its %s report on ", st->wg_acr,
                              chance (self, 50) ? "first" : "annual");
      append_object (self, out);
      break;
    case 7:
      g_string_append_printf (out, "%s and %s signed the “%s” on ", st->a->name, st->b->name,
                              st->agreement);
      append_date (self, out, st->year - range (self, 0, 2));
      g_string_append_printf (out, ", and noted that %u of its %u measures are in place",
                              range (self, 2, 9), range (self, 10, 20));
      break;
    case 8:
      g_string_append_printf (out, "%s noted progress on ", who);
      append_object (self, out);
      g_string_append_printf (out, " achieved since the %u%s %s", st->ordinal - 1,
                              ordinal_suffix (st->ordinal - 1), st->meeting_acr);
      break;
    case 9:
      g_string_append_printf (
          out,
          "%s reaffirmed their commitment to peace and stability in %s, and expressed concern "
          "about actions that raise tensions in the region",
          who, PICK (self, regions));
      break;
    case 10:
      g_string_append_printf (out, "The %s side announced %u million dollars for ",
                              st->a->adjective, range (self, 5, 900));
      append_object (self, out);
      g_string_append_printf (out, ", an increase of %u percent over %u", range (self, 3, 60),
                              st->year - 1);
      break;
    default:
      g_string_append_printf (out, "%s %s stressed that the %s remains the primary forum to %s ",
                              st->roles[2], family_of (st->people[2]), st->meeting_acr,
                              PICK (self, verbs));
      append_object (self, out);
      break;
    }
  sentence_end (st, out);
}

/* Sentences, then a blank line; @may_break: one paragraph in thirty is cut by a page break
 * before a word in lower case, as text extracted from a PDF is. */
static void
append_paragraph (DossierBenchCorpus *self, Statement *st, GString *out, guint min, guint max,
                  gboolean may_break)
{
  guint n = range (self, min, max);
  gsize start = out->len;

  for (guint i = 0; i < n; i++)
    append_sentence (self, st, out);
  while (out->len > start
         && (out->str[out->len - 1] == ' ' || (guchar) out->str[out->len - 1] == 0xA0
             || (guchar) out->str[out->len - 1] == 0xC2))
    g_string_truncate (out, out->len - 1);
  if (may_break && chance (self, 3))
    {
      const char *cut = strstr (out->str + start + (out->len - start) / 2, " the ");
      if (cut != NULL)
        {
          gsize at = cut - out->str;
          g_string_erase (out, at, 1);
          g_string_insert (out, at, "\n\n");
        }
    }
  g_string_append (out, "\n\n");
}

static void
append_title (Statement *st, GString *out, guint kind)
{
  switch (kind)
    {
    case 0:
      g_string_append_printf (out, "## Joint Statement on the %u%s %s-%s %s\n\n", st->ordinal,
                              ordinal_suffix (st->ordinal), st->a->adjective, st->b->adjective,
                              st->meeting);
      break;
    case 1:
      g_string_append_printf (out, "%u%s %s Joint Communiqué\n\n", st->ordinal,
                              ordinal_suffix (st->ordinal), st->meeting);
      break;
    default:
      {
        g_autofree char *title = g_strdup_printf ("%s-%s %s AND %s", st->a->adjective,
                                                  st->b->adjective, st->meeting, st->wg_name);
        g_autofree char *upper = g_utf8_strup (title, -1);
        g_string_append_printf (out, "FACT SHEET\n\n%s\n\n", upper);
      }
      break;
    }
}

void
dossier_bench_corpus_statement (DossierBenchCorpus *self, GString *out)
{
  Statement st = { 0 };
  guint kind = range (self, 0, 2);
  guint n_paras;

  st.a = &PICK (self, countries);
  do
    st.b = &PICK (self, countries);
  while (st.b == st.a);
  st.meeting = PICK (self, meeting_kinds);
  st.meeting_acr = acronym (st.meeting);
  st.ordinal = range (self, 2, 60);
  st.year = range (self, 1995, 2030);
  st.month = range (self, 0, 11);
  st.day = range (self, 1, 28);
  for (guint i = 0; i < G_N_ELEMENTS (st.people); i++)
    {
      st.people[i] = person (self);
      st.roles[i] = PICK (self, officials);
    }
  st.wg_name = g_strdup_printf ("%s Working Group", PICK (self, topics));
  st.wg_acr = acronym (st.wg_name);
  st.agreement = g_strdup_printf ("%s %s on %s", st.a->adjective, PICK (self, agreement_kinds),
                                  PICK (self, topics));
  st.nbsp = chance (self, 25);

  if (chance (self, 30))
    g_string_append (out, chance (self, 50) ? "**RELEASE**\n\n" : "FOR IMMEDIATE RELEASE\n\n");
  append_title (&st, out, kind);
  if (kind == 1 && chance (self, 30))
    append_title (&st, out, kind); /* the title repeated, as extraction leaves it */
  g_string_append_printf (out, "%s %u, %u\n\n", months[st.month], st.day, st.year);

  /* The opening defines the meeting's and the working group's acronyms. */
  if (kind == 1)
    g_string_append (out, "1. ");
  g_string_append_printf (
      out,
      "The %u%s %s-%s %s (%s) was held in %s on %s %u, %u. %s %s of %s and %s %s of %s led their "
      "respective delegations, which included senior defense and foreign affairs officials",
      st.ordinal, ordinal_suffix (st.ordinal), st.a->adjective, st.b->adjective, st.meeting,
      st.meeting_acr, st.a->capital, months[st.month], st.day, st.year, st.roles[0], st.people[0],
      st.a->name, st.roles[1], st.people[1], st.b->name);
  sentence_end (&st, out);
  g_string_append_printf (out, "They welcomed the work of the %s (%s) and the %s.\n\n", st.wg_name,
                          st.wg_acr, st.agreement);

  n_paras = range (self, 4, 40);
  switch (kind)
    {
    case 1: /* communiqué: numbered paragraphs */
      for (guint i = 2; i <= n_paras; i++)
        {
          g_string_append_printf (out, "%u. ", i);
          append_paragraph (self, &st, out, 2, 8, TRUE);
        }
      break;
    case 2: /* fact sheet: headings, lead-ins and bold bullets */
      for (guint i = 0; i < n_paras; i += 4)
        {
          g_autofree char *heading
              = g_strdup_printf ("%s %s", PICK (self, verbs), PICK (self, object_adj));
          g_autofree char *upper = g_utf8_strup (heading, -1);
          g_string_append_printf (out, "%s\n\n", upper);
          append_paragraph (self, &st, out, 1, 2, TRUE);
          for (guint j = range (self, 2, 5); j > 0; j--)
            {
              g_autofree char *lead
                  = g_strdup_printf ("%c%s %s", g_ascii_toupper (PICK (self, verbs)[0]),
                                     PICK (self, verbs) + 1, PICK (self, object_adj));
              g_string_append_printf (out, "- **%s %s** ", lead, PICK (self, object_noun));
              append_paragraph (self, &st, out, 1, 2, FALSE);
              /* bullets are single lines */
              g_string_truncate (out, out->len - 1);
            }
          g_string_append_c (out, '\n');
        }
      break;
    default: /* joint statement: plain paragraphs */
      for (guint i = 0; i < n_paras; i++)
        append_paragraph (self, &st, out, 2, 8, TRUE);
      break;
    }

  if (chance (self, 40))
    g_string_append (out, "###\n");
  statement_clear (&st);
}

void
dossier_bench_corpus_fill (DossierBenchCorpus *self, GString *out, gsize target)
{
  while (out->len < target)
    {
      if (out->len > 0)
        g_string_append_c (out, '\n');
      dossier_bench_corpus_statement (self, out);
    }
}

static void
html_escaped (GString *out, const char *s, gsize len)
{
  for (gsize i = 0; i < len; i++)
    {
      switch (s[i])
        {
        case '<':
          g_string_append (out, "&lt;");
          break;
        case '>':
          g_string_append (out, "&gt;");
          break;
        case '&':
          g_string_append (out, "&amp;");
          break;
        default:
          g_string_append_c (out, s[i]);
        }
    }
}

/* Inline "**bold**" to <strong>. */
static void
html_inline (GString *out, const char *s, gsize len)
{
  gboolean open = FALSE;
  gsize i = 0, chunk = 0;

  while (i + 1 < len)
    {
      if (s[i] == '*' && s[i + 1] == '*')
        {
          html_escaped (out, s + chunk, i - chunk);
          g_string_append (out, open ? "</strong>" : "<strong>");
          open = !open;
          i += 2;
          chunk = i;
        }
      else
        i++;
    }
  html_escaped (out, s + chunk, len - chunk);
  if (open)
    g_string_append (out, "</strong>");
}

void
dossier_bench_corpus_to_html (const char *text, gsize len, GString *out)
{
  const char *p = text, *end = text + len;
  gboolean in_list = FALSE;

  g_string_append (
      out,
      "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Statements</title>"
      "<style>body { font-family: serif; }</style><script>var analytics = [];</script></head>\n"
      "<body><nav><a href=\"/\">Home</a> | <a href=\"/news\">News</a></nav>\n<main><article>\n");
  while (p < end)
    {
      const char *nl = memchr (p, '\n', end - p);
      gsize n = nl ? (gsize) (nl - p) : (gsize) (end - p);

      if (n == 0)
        ;
      else if (n > 2 && p[0] == '-' && p[1] == ' ')
        {
          if (!in_list)
            g_string_append (out, "<ul>\n");
          in_list = TRUE;
          g_string_append (out, "<li>");
          html_inline (out, p + 2, n - 2);
          g_string_append (out, "</li>\n");
        }
      else
        {
          if (in_list)
            g_string_append (out, "</ul>\n");
          in_list = FALSE;
          if (n > 3 && p[0] == '#' && p[1] == '#' && p[2] == ' ')
            {
              g_string_append (out, "<h2>");
              html_inline (out, p + 3, n - 3);
              g_string_append (out, "</h2>\n");
            }
          else if (!(n == 3 && memcmp (p, "###", 3) == 0))
            {
              g_string_append (out, "<p>");
              html_inline (out, p, n);
              g_string_append (out, "</p>\n");
            }
        }
      p += n + 1;
    }
  if (in_list)
    g_string_append (out, "</ul>\n");
  g_string_append (out, "</article></main><footer>Page furniture.</footer></body></html>\n");
}
