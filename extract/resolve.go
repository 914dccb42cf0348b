package extract

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nergraph/nergraph/extract/input"
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
}

// AliasRule maps a name to a canonical name or id, optionally with a type.
type AliasRule struct {
	Alias     string // a surface name, matched after normalization ("Vlad")
	Canonical string // a name ("Vladimir Putin") or an id ("person:vladimir-putin")
	Type      Type   // optional: the type the entity gets
}

func lineError(name string, line int, err error) error {
	return &input.ParseError{File: name, Line: line, Err: err}
}

// ParseType reads a type name: "PERSON", "person", "PER", "ORG",
// "ORGANIZATION", "COUNTRY", "LOCATION", "LOC", "GPE", "MISC". It reports
// false for anything else.
func ParseType(s string) (Type, bool) {
	switch strings.ToUpper(strings.TrimSpace(s)) {
	case "PERSON", "PER":
		return Person, true
	case "ORG", "ORGANIZATION", "ORGANISATION":
		return Org, true
	case "COUNTRY":
		return Country, true
	case "LOCATION", "LOC", "GPE":
		return Location, true
	case "MISC":
		return Misc, true
	}
	return "", false
}

// ReadAliases reads alias rules from CSV lines alias,canonical[,type]. Blank
// lines and lines starting with "#" are skipped. A bad line is an error that
// names the file and line ("aliases.csv:3: unknown type \"FOO\"").
func ReadAliases(r io.Reader, name string) ([]AliasRule, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.Comment = '#'
	cr.TrimLeadingSpace = true
	var rules []AliasRule
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return rules, nil
		}
		line, _ := cr.FieldPos(0)
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, lineError(name, pe.Line, pe.Err)
			}
			return nil, fmt.Errorf("read %s: %w", name, err)
		}
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue
		}
		if len(rec) < 2 || len(rec) > 3 {
			return nil, lineError(name, line, fmt.Errorf("want alias,canonical[,type], got %d fields", len(rec)))
		}
		rule := AliasRule{Alias: strings.TrimSpace(rec[0]), Canonical: strings.TrimSpace(rec[1])}
		if names.Key(rule.Alias) == "" || names.Key(rule.Canonical) == "" {
			return nil, lineError(name, line, errors.New("empty alias or canonical name"))
		}
		if len(rec) == 3 && strings.TrimSpace(rec[2]) != "" {
			t, ok := ParseType(rec[2])
			if !ok {
				return nil, lineError(name, line, fmt.Errorf("unknown type %q", strings.TrimSpace(rec[2])))
			}
			rule.Type = t
		}
		rules = append(rules, rule)
	}
}

// ReadExclude reads names or ids to drop, one per line. Blank lines and lines
// starting with "#" are skipped. It fails only when r fails.
func ReadExclude(r io.Reader, name string) ([]string, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	var out []string
	for _, l := range strings.Split(string(data), "\n") {
		l = strings.TrimSpace(strings.TrimPrefix(l, "\ufeff"))
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out = append(out, l)
	}
	return out, nil
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
	wordBuf  [4]string // room for words, saving an allocation for most names
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
		ms = r.mentions(ms, text, start, end, sp.Sentence, sp.Type)
	}
	ms = r.scan(text, sents, ms)
	if tb := tickerBlocks(text); len(tb) > 0 {
		ms = slices.DeleteFunc(ms, func(m *mention) bool {
			return slices.ContainsFunc(tb, func(b [2]int) bool { return b[0] <= m.Start && m.End <= b[1] })
		})
	}
	r.fixHeadlines(ms, titleEnd)
	for _, m := range ms {
		r.classify(text, m)
		m.headline = m.Start < titleEnd
	}
	ms = dropHeadlineNoise(text, ms, titleEnd)
	// A lone title ("Chief" at the start of "Chief executive Tim Cook") is
	// no entity.
	ms = slices.DeleteFunc(ms, func(m *mention) bool {
		return m.typ != Person && m.typ != Org && len(m.words) == 1 && names.Titles[m.key] && m.country < 0 && m.agency < 0
	})
	// An acronym of a thing ("AI", "GDP") is no entity.
	ms = slices.DeleteFunc(ms, func(m *mention) bool {
		return len(m.words) == 1 && names.ConceptAcronyms[m.key] && (m.acronym || m.typ != Person) &&
			m.forced == "" && m.canon == "" && m.country < 0 && m.agency < 0
	})
	return r.group(text, ms, titleEnd)
}

// mentions normalizes one span and appends to out one mention, or two when the span holds
// a country before a title ("North Korea leader Kim Jong Un") or an acronym
// after a name ("Korean Central News Agency (KCNA)").
func (r *Resolver) mentions(out []*mention, text string, start, end, sent int, typ Type) []*mention {
	ws := splitWords(text, start, end)
	// "Name (ACR)" in one span.
	if n := len(ws); n >= 2 && strings.HasPrefix(ws[n-1].text, "(") {
		acr := ws[n-1]
		acr.start++
		acr.text = strings.TrimPrefix(acr.text, "(")
		if names.IsAcronym(acr.text) {
			full := r.build(text, ws[:n-1], sent, typ)
			a := r.build(text, []word{acr}, sent, typ)
			if full != nil && a != nil {
				a.defines = full
				return append(out, full, a)
			}
		}
		ws = ws[:n-1]
	}
	// A stock symbol after a company ("Enbridge Inc. ENB.TO") names
	// nothing.
	for len(ws) > 1 && isTicker(ws[len(ws)-1].text) {
		ws = ws[:len(ws)-1]
	}
	if len(ws) == 0 || len(ws) == 1 && isTicker(ws[0].text) {
		return out
	}
	if typ == Person {
		ws = cutLowerTail(ws)
	}
	if typ == Org {
		// Two companies in one span: "Microsoft Corp. AOL".
		if first, rest := corpCut(ws); len(rest) > 0 {
			out = r.mentions(out, text, first[0].start, first[len(first)-1].end, sent, typ)
			return r.mentions(out, text, rest[0].start, rest[len(rest)-1].end, sent, typ)
		}
	}
	// An office inside an organization or place: "U.N. Secretary-General",
	// "Federal Reserve Chairman Alan Greenspan". The title is no part of
	// the organization; the name after it is a person's.
	if typ == Org || typ == Location || typ == Misc {
		if before, title, after, ok := splitRole(ws); ok && (typ != Misc || len(after) == 0) {
			if len(before) > 0 {
				if m := r.build(text, before, sent, typ); m != nil {
					out = append(out, m)
				}
			}
			if len(after) > 0 {
				if m := r.build(text, after, sent, Person); m != nil {
					m.Title = title
					out = append(out, m)
				}
			}
			return out
		}
	}
	k := 0
	if typ == Person || typ == Misc {
		// A country or demonym before a title: "Russian President ...".
		for l := min(4, len(ws)-2); l >= 1; l-- {
			name := joinWords(ws[:l])
			key := names.Key(name)
			c := r.t.Country(name, key)
			d, isDem := r.t.DemonymByKey[key]
			if (c < 0 && !isDem) || !names.Titles.Has(ws[l].text) || names.TitleOnly.Has(ws[l].text) {
				continue
			}
			if c >= 0 {
				if m := r.build(text, ws[:l], sent, Location); m != nil {
					out = append(out, m)
				}
			} else if r.opts.Demonyms && d >= 0 {
				if m := r.build(text, ws[:l], sent, Misc); m != nil {
					out = append(out, m)
				}
			}
			k = l
			break
		}
	}
	m := r.buildPerson(text, ws[k:], sent, typ)
	if m != nil {
		out = append(out, m)
	}
	return out
}

// buildPerson strips titles from a person's name and builds the mention.
func (r *Resolver) buildPerson(text string, ws []word, sent int, typ Type) *mention {
	if typ != Person && typ != Misc {
		return r.build(text, ws, sent, typ)
	}
	k, started := 0, false
	var title []string
	for k < len(ws)-1 {
		kw := names.Key(ws[k].text)
		switch {
		case names.Titles[kw] && (started || !names.TitleOnly[kw]):
		case kw == "of" && started && k+2 < len(ws) && names.Titles.Has(ws[k+1].text):
		default:
			goto done
		}
		if kw != "former" {
			title = append(title, ws[k].text)
		}
		started = true
		k++
	}
done:
	if len(ws) == 1 && typ == Person && names.Titles.Has(ws[0].text) && !names.TitleOnly.Has(ws[0].text) {
		return nil // a bare "President"
	}
	if k > 0 && !names.IsCapitalized(ws[k].text) {
		return r.build(text, ws, sent, typ)
	}
	m := r.build(text, ws[k:], sent, typ)
	if m == nil {
		return nil
	}
	if k > 0 {
		m.Title = strings.Join(title, " ")
		if typ == Misc {
			m.typ = Person
		}
	}
	return m
}

func joinWords(ws []word) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = w.text
	}
	return strings.Join(parts, " ")
}

// build makes a mention of the words ws.
func (r *Resolver) build(text string, ws []word, sent int, typ Type) *mention {
	// A leading lower-case "the" is not part of the name.
	afterThe := false
	for len(ws) > 1 && (ws[0].text == "the" || ws[0].text == "The" && typ != Org) {
		ws = ws[1:]
		afterThe = true
	}
	if len(ws) == 0 {
		return nil
	}
	if !afterThe {
		if w, _ := prevWord(text, ws[0].start); w == "the" || w == "The" {
			afterThe = true
		}
	}
	name, ok := plainName(text, ws)
	if !ok {
		parts := make([]string, len(ws))
		for i, w := range ws {
			parts[i] = w.text
		}
		parts[len(parts)-1] = names.StripPossessive(parts[len(parts)-1])
		parts = fixCase(parts, r.t.Acronyms)
		if len(parts) == 1 && utf8.RuneCountInString(parts[0]) > 2 && names.IsUpperWord(parts[0]) && !r.t.Acronyms.Has(parts[0]) && shoutedContext(text, ws[0].start, ws[0].end) {
			parts[0] = titleCase(parts[0])
		}
		name = strings.Join(parts, " ")
	}
	key := names.Key(name)
	if key == "" {
		return nil
	}
	start, end := ws[0].start, ws[len(ws)-1].end
	m := &mention{
		Mention: Mention{Text: text[start:end], Name: nfc(name), Start: start, End: end, Sentence: sent},
		typ:     typ, key: key,
		acronym: len(ws) == 1 && names.IsAcronym(name),
		country: -1, agency: -1, afterThe: afterThe,
	}
	m.words = m.wordBuf[:0]
	for w := range strings.FieldsSeq(key) {
		m.words = append(m.words, w)
	}
	return m
}

// plainName returns the text of words that need no repair, the common
// case: single spaces between them, no entity debris, no possessive and no
// word in capitals. It reports false for any other.
func plainName(text string, ws []word) (string, bool) {
	for i, w := range ws {
		if w.text != text[w.start:w.end] || names.IsUpperWord(w.text) {
			return "", false
		}
		if i > 0 && (w.start != ws[i-1].end+1 || text[ws[i-1].end] != ' ') {
			return "", false
		}
	}
	last := ws[len(ws)-1].text
	if names.StripPossessive(last) != last {
		return "", false
	}
	return text[ws[0].start:ws[len(ws)-1].end], true
}

// looksLikeOrg reports whether a mention's words make it an organization
// whatever the recognizer said: a company suffix, an institution's head
// word, or an acronym that is no country.
func looksLikeOrg(m *mention) bool {
	if m.acronym {
		return m.typ == Location || m.typ == Misc
	}
	return names.OrgByWords(m.words)
}

// shoutedContext reports whether a word in capitals stands where capitals
// say nothing: a dateline ("WASHINGTON (Reuters) -", "BAGHDAD, Iraq") or a
// headline written in capitals.
func shoutedContext(text string, start, end int) bool {
	if !names.IsUpperWord(text[start:end]) {
		return false
	}
	if lineStart(text, start) {
		next, _ := nextWord(text, end)
		if strings.HasPrefix(next, "(") || isDash(next) || strings.HasPrefix(text[end:], ",") {
			return true
		}
	}
	// The line it is on is in capitals.
	ls := strings.LastIndexByte(text[:start], '\n') + 1
	le := strings.IndexByte(text[end:], '\n')
	if le < 0 {
		le = len(text)
	} else {
		le += end
	}
	line := text[ls:le]
	lower, upper := 0, 0
	for _, r := range line {
		if unicode.IsLower(r) {
			lower++
		} else if unicode.IsUpper(r) {
			upper++
		}
	}
	return upper > 8 && lower*10 < upper
}

// scan adds country and agency names the recognizer missed, and credits
// like "— Reuters" at the end of an article.
func (r *Resolver) scan(text string, sents []text.Sentence, ms []*mention) []*mention {
	// covered reports whether [s, e) overlaps a mention that it does not
	// contain; mentions it contains ("North" for "North Korea") give way.
	blocked := func(s, e int) bool {
		for _, m := range ms {
			if m.removed || m.End <= s || e <= m.Start {
				continue
			}
			if m.Start < s || m.End > e || m.Start == s && m.End == e || m.typ == Person || m.typ == Org {
				return true
			}
		}
		return false
	}
	covered := func(s, e int) bool {
		if blocked(s, e) {
			return true
		}
		for _, m := range ms {
			if !m.removed && m.Start < e && s < m.End {
				m.removed = true
			}
		}
		return false
	}
	var added []*mention
	// The folded tokens of a sentence, filled as needed, live in one
	// buffer; map lookups with string(bytes) do not allocate.
	var arena, kb []byte
	var spans [][2]int32
	for si, s := range sents {
		toks := s.Tokens
		arena = arena[:0]
		spans = slices.Grow(spans[:0], len(toks))[:len(toks)]
		for j := range spans {
			spans[j] = [2]int32{-1, -1}
		}
		tokKey := func(j int) []byte {
			if spans[j][0] < 0 {
				b := len(arena)
				arena = names.AppendKey(arena, toks[j].Text)
				spans[j] = [2]int32{int32(b), int32(len(arena))}
			}
			return arena[spans[j][0]:spans[j][1]]
		}
		for i := 0; i < len(toks); i++ {
			if !names.IsCapitalized(toks[i].Text) {
				continue
			}
			most, ok := r.t.ScanFirst[string(tokKey(i))]
			if !ok {
				continue
			}
			for l := min(most+2, len(toks)-i); l >= 1; l-- {
				kb = kb[:0]
				for j := i; j < i+l; j++ {
					if k := tokKey(j); len(k) > 0 {
						if len(kb) > 0 {
							kb = append(kb, ' ')
						}
						kb = append(kb, k...)
					}
				}
				if !r.t.ScanNames[string(kb)] {
					continue
				}
				s, e := toks[i].Start, toks[i+l-1].End
				if s < 0 || e > len(text) || s >= e || blocked(s, e) {
					continue // most names found are the recognizer's already
				}
				ws := splitWords(text, s, e)
				if len(ws) == 0 {
					continue
				}
				name := names.StripPossessive(joinWords(ws))
				key := names.Key(name)
				c := r.t.Country(name, key)
				a := r.t.Agency(name, key)
				if c < 0 && a < 0 || covered(s, e) {
					continue
				}
				if c >= 0 && (r.t.Countries[c].Weak || !allCapitalized(ws)) {
					continue
				}
				if a >= 0 && !names.Agencies[a].Strong && !creditRole(text, ws[0].start, ws[len(ws)-1].end, true) {
					continue
				}
				typ := Location
				if a >= 0 {
					typ = Org
				}
				if m := r.build(text, ws, si, typ); m != nil {
					added = append(added, m)
					i += l - 1
				}
				break
			}
		}
	}
	kept := ms[:0]
	for _, m := range ms {
		if !m.removed {
			kept = append(kept, m)
		}
	}
	return append(kept, added...)
}

// allCapitalized reports whether every word but minor ones is capitalized.
func allCapitalized(ws []word) bool {
	for _, w := range ws {
		if !names.IsCapitalized(w.text) && !names.MinorWords[w.text] {
			return false
		}
	}
	return true
}

// classify applies alias rules, the country and agency tables, and decides
// whether the mention credits a source.
func (r *Resolver) classify(text string, m *mention) {
	if a, ok := r.aliases[m.key]; ok {
		if a.Type != "" {
			m.typ = a.Type
		}
		if id, ok := parseID(a.Canonical); ok {
			m.forced = id
			if strings.HasPrefix(id, "country:") {
				m.country = r.t.CountryByCode[strings.TrimPrefix(id, "country:")]
				m.forced = ""
			}
		} else if c, ok := names.LookupCountry(a.Canonical); ok && (a.Type == "" || a.Type == Country) {
			m.country = r.t.CountryByCode[c.Alpha2]
		} else {
			m.canon = a.Canonical
		}
		if m.country >= 0 {
			m.typ = Country
		}
	}
	state := false
	if m.forced == "" && m.canon == "" && m.country < 0 {
		if st := stateAfterCity(text, m); st != "" {
			m.canon, m.typ, m.typed, state = st, Location, true, true
		}
	}
	if m.forced == "" && m.canon == "" && m.country < 0 {
		if c := r.t.Country(m.Name, m.key); c >= 0 && (!r.t.Countries[c].Weak || m.typ == Location) {
			m.country, m.typ = c, Country
		} else if r.t.Places[m.key] && m.typ != Location {
			// A capital or a big city the recognizer took for a person or
			// organization ("Pyongyang said").
			m.typ, m.typed = Location, true
		} else if names.OtherDemonyms[m.key] && m.typ != Person {
			m.typ = Misc
		} else if c, ok := r.t.DemonymByKey[m.key]; ok && m.typ != Person {
			if r.opts.Demonyms {
				m.country, m.typ = c, Country
			} else if m.typ != Org {
				m.typ = Misc
			}
		} else if a := r.t.Agency(m.Name, m.key); a >= 0 && (m.typ != Person || names.Agencies[a].Strong) {
			m.agency, m.typ = a, Org
		}
	}
	if m.country < 0 && m.agency < 0 && m.forced == "" && !state {
		switch {
		case names.MiscByWords(m.words):
			m.typ, m.typed = Misc, true
		case looksLikeOrg(m):
			m.typ, m.typed = Org, true
		case len(m.words) == 1 && names.IsCamelCase(m.Name) && m.canon == "" && !r.t.Places[m.key]:
			m.typ, m.typed = Org, true
		case (m.typ == Location || m.typ == Misc) && slices.ContainsFunc(strings.Fields(m.Name), names.IsCamelCase):
			// "Channel NewsAsia": people's names with inner capitals are
			// tagged as people ("Matt LaFleur"), places' never have one.
			m.typ, m.typed = Org, true
		}
	}
	if m.typ == Person && m.Title == "" {
		m.Title = titleBefore(text, m.Start)
	}
	if m.typ == Org {
		outlet := m.agency >= 0 || names.IsOutletName(m.key)
		if creditRole(text, m.Start, m.End, outlet) {
			m.Role = RoleSource
		}
	}
}

// titleBefore returns the title words just before a person's name that the
// recognizer left out of the span: "President" in "Russian President
// Vladimir Putin", "leader" in "North Korea leader Kim Jong Un".
func titleBefore(text string, start int) string {
	var title []string
	for i := start; len(title) < 5; {
		w, ws := prevWord(text, i)
		k := names.Key(w)
		if w == "of" && len(title) > 0 {
			if p, _ := prevWord(text, ws); names.Titles.Has(p) && !names.TitleOnly.Has(p) {
				title = append(title, w)
				i = ws
				continue
			}
		}
		if w == "" || !names.Titles[k] || strings.ContainsAny(w, ",;:()\"") {
			break
		}
		if k != "former" {
			title = append(title, w)
		}
		i = ws
	}
	slices.Reverse(title)
	for len(title) > 0 && (names.TitleOnly.Has(title[0]) || title[0] == "of") {
		title = title[1:]
	}
	return strings.Join(title, " ")
}
