package extract

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// ResolveOptions controls how mentions become canonical entities.
type ResolveOptions struct {
	// Demonyms counts "Russian" as a mention of Russia.
	Demonyms bool
	// Aliases merge or rename entities, applied to each mention before
	// linking ("Vlad" → "Vladimir Putin").
	Aliases []AliasRule
	// Exclude drops entities by id ("person:vladimir-putin") or name.
	Exclude []string
	// DropSources drops an entity from an article when every mention of it
	// there is a credit or attribution ("(Reuters)", "KCNA said").
	DropSources bool
	// Successors maps former countries to the country of today that
	// succeeded them: the Soviet Union to Russia, West and East Germany to
	// Germany, Yugoslavia to Serbia, Czechoslovakia to the Czech Republic.
	// By default they are countries of their own ("country:SUHH").
	Successors bool
}

// AliasRule maps a name to a canonical name or id, optionally with a type.
type AliasRule struct {
	Alias     string // a surface name, matched after normalization ("Vlad")
	Canonical string // a name ("Vladimir Putin") or an id ("person:vladimir-putin")
	Type      Type   // optional: the type the entity gets
}

// Resolver turns the spans of one article into canonical entities. It is
// safe for concurrent use.
//
// It normalizes each mention (titles kept apart as Mention.Title,
// possessives, quotes and entity debris stripped, case repaired, NFC),
// repairs what weak recognizers do (names split in two, titles or place
// words left out, headline words taken for names, mistyped capitals,
// agencies and companies), maps countries to ISO ids with the built-in
// table ([Countries]), and links the short forms of a name to its full form
// within the article: a surname or given name, an acronym defined in
// parentheses or formed from initials, a team or company named by one word.
// A short form that fits two full names is kept apart and marked Ambiguous;
// one that fits none is marked Partial, for the graph to link across
// articles. Credits and attributions of news agencies ("(Reuters)",
// "— AFP", "KCNA said") get RoleSource.
type Resolver struct {
	opts    ResolveOptions
	t       *names.Index
	aliases map[string]AliasRule // by folded alias
	exclIDs map[string]bool
	exclKey map[string]bool
	// confHook, when set, is given each entity with the root group it
	// was made of, for its confidence features (a test's experiment).
	confHook func(Entity, *group)
}

// NewResolver returns a resolver with the given options. It fails when an
// alias rule names a country or id that does not exist.
func NewResolver(opts ResolveOptions) (*Resolver, error) {
	r := &Resolver{opts: opts, t: names.Tables(), aliases: map[string]AliasRule{},
		exclIDs: map[string]bool{}, exclKey: map[string]bool{}}
	for _, a := range opts.Aliases {
		if a.Type == Country {
			if _, ok := names.LookupCountry(a.Canonical); !ok {
				return nil, fmt.Errorf("alias %q: unknown country %q", a.Alias, a.Canonical)
			}
		}
		if id, ok := parseID(a.Canonical); ok && strings.HasPrefix(id, "country:") {
			if _, ok := r.t.CountryByCode[strings.TrimPrefix(id, "country:")]; !ok {
				return nil, fmt.Errorf("alias %q: unknown country id %q", a.Alias, a.Canonical)
			}
		}
		r.aliases[names.Key(a.Alias)] = a
	}
	for _, x := range opts.Exclude {
		if id, ok := parseID(x); ok {
			r.exclIDs[id] = true
			continue
		}
		r.exclKey[names.Key(x)] = true
		if c, ok := names.LookupCountry(x); ok {
			r.exclIDs["country:"+c.Alpha2] = true
		}
	}
	return r, nil
}

// typePrefix is the id prefix of each type.
var typePrefix = map[Type]string{Person: "person:", Org: "org:", Country: "country:", Location: "location:", Misc: "misc:"}

// parseID recognizes an entity id ("person:vladimir-putin", "Country:ru") and
// returns it in canonical form.
func parseID(s string) (string, bool) {
	p, rest, ok := strings.Cut(strings.TrimSpace(s), ":")
	if !ok || rest == "" || strings.ContainsAny(rest, " \t") {
		return "", false
	}
	p = strings.ToLower(p)
	for t, pre := range typePrefix {
		if pre == p+":" {
			if t == Country {
				return pre + strings.ToUpper(rest), true
			}
			return pre + strings.ToLower(rest), true
		}
	}
	return "", false
}

// mention is a mention while it is being resolved.
type mention struct {
	Mention
	typ      Type // after correction
	key      string
	words    []string  // words of key
	acronym  bool      // written as an acronym
	country  int       // index in countryTable, or -1
	agency   int       // index in agencies, or -1
	forced   string    // id given by an alias rule
	canon    string    // name given by an alias rule
	defines  *mention  // for "(KCNA)": the name it abbreviates
	afterThe bool      // preceded by a lower-case "the"
	headline bool      // in the title
	g        *group    // the group it was put in
	typed    bool      // its words say its type ("Apple Inc."), whatever the recognizer said
	removed  bool      // dropped by scan for a longer name found there
	personal bool      // a person's name a personal pronoun follows ("Clara Bishop said she")
	wordBuf  [4]string // room for words, saving an allocation for most names
	conf     float32   // the recognizer's confidence (confidence.go), when scored
	scored   bool
	known    bool // the model's gazetteer knows the whole name as of its type
	cue      bool // the words around it say its type (typeCue)
	placed   bool // inside an organization's name elsewhere, and written as a place here (markPlaced)
	unit     bool // named as another's subsidiary: "U.S. Subsidiary Quarbin Motor Corp" (relationOpener)

	apart *group // the group of a longer name the article sets apart as another firm (markUnitParents, tail14t)
}

// ruled reports whether a rule or a table has already said what the
// mention is: its words typed it, an alias rule named it, or it is a
// country's or an agency's. The rules that retype a name only the
// recognizer typed ask it first ([Resolver.weakName], [Resolver.weakPlace],
// [Resolver.weakPersonPeer], [Resolver.unplacedPlaces]).
func (m *mention) ruled() bool {
	return m.typed || m.canon != "" || m.forced != "" || m.country >= 0 || m.agency >= 0
}

// Resolve returns the canonical entities of one article, sorted by ID. text
// is the cleaned article text (title, a blank line, body), sents its
// sentences, spans the recognizer's output. Malformed spans are ignored.
func (r *Resolver) Resolve(text string, sents []text.Sentence, spans []Span) []Entity {
	return r.ResolveTitled(text, strings.Index(text, "\n\n"), sents, spans)
}

// ResolveTitled is [Resolver.Resolve] for a text whose headline ends at byte
// titleEnd; titleEnd is negative when the article has no headline, so that
// its first paragraph is read as body.
func (r *Resolver) ResolveTitled(text string, titleEnd int, sents []text.Sentence, spans []Span) []Entity {
	return r.ResolveArticle(text, titleEnd, time.Time{}, sents, spans)
}

// ResolveArticle is [Resolver.ResolveTitled] for an article written at
// date (zero when unknown), which says what a name meant then: in 1987
// "Germany" and "Bonn" are West Germany's, "Moscow" the Soviet Union's.
func (r *Resolver) ResolveArticle(text string, titleEnd int, date time.Time, sents []text.Sentence, spans []Span) []Entity {
	return r.resolveScored(text, titleEnd, date, "", sents, spans, nil, nil)
}

// resolveScored is ResolveArticle with the recognizer's scores of the
// tokens of sents (nil when it gives none).
// cr, when not nil, drops the entities the recognizer was unsure of and
// counts them. place is the article's dateline given apart from its text
// (input.Article.Dateline), or "".
func (r *Resolver) resolveScored(text string, titleEnd int, date time.Time, place string, sents []text.Sentence, spans []Span, scores []ner.TokenScores, cr *confRule) []Entity {
	var ms []*mention
	for _, sp := range r.repairSpans(text, titleEnd, sents, spans) {
		if sp.Sentence < 0 || sp.Sentence >= len(sents) {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		if sp.Start < 0 || sp.End > len(toks) || sp.Start >= sp.End {
			continue
		}
		start, end := toks[sp.Start].Start, toks[sp.End-1].End
		if start < 0 || end > len(text) || start >= end {
			continue
		}
		ms = r.listMentions(ms, text, start, end, sp.Sentence, sp.Type) // tail11q
	}
	ms = r.scan(text, sents, ms)
	ms = commonAcronyms(text, ms)
	ms = definedAcronyms(text, ms) // tail11u
	ms = r.splitAndPairs(text, ms)
	ms = r.splitHeadPairs(text, ms)   // tail10ym
	ms = r.splitSlashPlaces(text, ms) // tail10ym
	ms = r.splitSlashPairs(text, ms)  // tail12e
	if tb := append(tickerBlocks(text), tableBlocks(text)...); len(tb) > 0 {
		ms = slices.DeleteFunc(ms, func(m *mention) bool {
			return slices.ContainsFunc(tb, func(b [2]int) bool { return b[0] <= m.Start && m.End <= b[1] })
		})
	}
	r.fixHeadlines(ms, titleEnd)
	for _, m := range ms {
		r.classify(text, m)
		m.headline = m.Start < titleEnd
		m.personal = m.typ == Person && pronounAfter(text, m.End)
	}
	ms = dropHeadlineNoise(text, ms, titleEnd)
	homeTowns(text, ms)        // tail15c
	ms = familyNames(text, ms) // tail15c
	ms = groupNames(text, ms)  // tail16z
	// A lone title ("Chief" at the start of "Chief executive Tim Cook") is
	// no entity, nor is a title's end or a feed table's row head (tail15g).
	ms = slices.DeleteFunc(ms, func(m *mention) bool {
		return m.typ != Person && m.typ != Org && len(m.words) == 1 && names.Titles[m.key] && m.country < 0 && m.agency < 0 ||
			stateForTitle(text, m) || feedTableName(m) // tail15g
	})
	// An acronym of a thing ("AI", "GDP"), many of them ("DVRs", "MSPs"),
	// a month ("Apr"), a company suffix alone ("Co Inc") or a level of a
	// scheme by its number ("Key Stage 2", tail14p) is no entity.
	ms = slices.DeleteFunc(ms, func(m *mention) bool {
		return (len(m.words) == 1 && (names.ConceptAcronyms[m.key] && (m.acronym || m.typ != Person) && !spelledOut(ms, m.key) && !acronymOpensFirm(text, ms, m) || names.MonthAbbrev(m.key) ||
			pluralAcronym(m.Name) ||
			names.Currencies[m.key] && m.typ != Person) ||
			!slices.ContainsFunc(m.words, func(w string) bool { return !names.CorpSuffixes[w] }) || levelNumbered(text, m)) &&
			m.forced == "" && m.canon == "" && m.country < 0 && m.agency < 0
	})
	ms = dropConditions(text, ms)   // tail18a: "Vell Tremor (VT)", "Lemmo's disease"
	ms = pluralExpansions(text, ms) // tail15n: "Regional Grain Tokens (RGTs)"
	a := &article{text: text, titleEnd: titleEnd, date: date, place: place, ms: ms}
	r.contextual(a)
	mentionConfidence(a, sents, scores)
	r.markPlaced(text, a.ms)
	fullNameAppositions(text, a.ms) // tail14b
	commaAcronyms(text, a.ms)       // tail14l
	abbrevAfterName(text, a.ms)     // tail17x
	return r.group(a.text, a.ms, cr)
}

// pronounAfter reports whether a personal pronoun follows a name that ends
// at end, at once or after a speech verb: "Clara Bishop said she", "Ann Lee,
// who", "Bob Carr and his". Such a name is a person's, not the short name
// of a company named after her.
func pronounAfter(text string, end int) bool {
	rest := text[end:min(len(text), end+24)]
	words := strings.FieldsFunc(rest, func(r rune) bool { return r == ' ' || r == ',' || r == '\n' })
	for i, w := range words {
		switch w {
		case "he", "she", "his", "her", "who":
			return true
		case "said", "says", "and":
			if i == 0 {
				continue
			}
		}
		return false
	}
	return false
}

// spelledOut reports whether a mention of several words, with a word of
// organizations' names ([orgWord]), has the initials key, an acronym's:
// the article's "Pensions Policy Institute" makes its "PPI" the
// institute's, not a price index.
func spelledOut(ms []*mention, key string) bool {
	return slices.ContainsFunc(ms, func(o *mention) bool {
		if len(o.words) < 2 || len(o.words) > 2*len(key) {
			return false
		}
		k := 0
		for _, w := range o.words {
			if names.MinorWords[w] {
				continue
			}
			if k == len(key) || w[0] != key[k] {
				return false
			}
			k++
		}
		// An institution's or a firm's name, not the concept's own
		// long form ("Gross Domestic Product" of "GDP").
		return k == len(key) && slices.ContainsFunc(o.words, orgWord)
	})
}

// pluralAcronym reports whether name is an acronym in the plural, "DVRs",
// "GCSEs": many things, not one entity.
func pluralAcronym(name string) bool {
	n := len(name)
	if n < 3 || n > 8 || name[n-1] != 's' {
		return false
	}
	for i := 0; i < n-1; i++ {
		if name[i] < 'A' || name[i] > 'Z' {
			return false
		}
	}
	return true
}

// excluded reports whether the user asked to drop e.
func (r *Resolver) excluded(e Entity) bool {
	return r.exclIDs[e.ID] || len(r.exclKey) > 0 && r.exclKey[names.Key(e.Name)]
}
