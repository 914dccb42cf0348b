package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file holds the cues by which the words of a name, or a kind noun
// right beside it, give its type when the recognizer's type disagrees: a
// body's kind before it ("the Catholic movement Tervane Dei", "luxury
// marque Quarbin-Zorbit"), a person's ("rapper Q-Vell"), a head word that
// ends it ("Tervane Revenue", "Lemmo Utd", "Tervane Reservoir") and a
// county after a compass letter in brackets ("M Vell (W Yorkshire)").

// bodyKinds are kinds of body written right before a body's name: "the
// Catholic movement Tervane Dei", "luxury marque Quarbin-Zorbit", "the
// tax department Lemmo Revenue", "the charity Zorbit Aid", "file-sharing
// network Zorbit Swoosh" (tail12b). Firms' kinds are [firmKinds]; bands'
// are [bandNouns].
var bodyKinds = names.Set{"movement": true, "marque": true, "marques": true, "charity": true,
	"union": true, "department": true, "sect": true, "carmakers": true, "automakers": true, "party": true,
	"club": true, "label": true, "network": true}

// personKinds are kinds of person written right before a person's name:
// "rapper Q-Vell", "author Ann Vell", "comedian Lemmo Quarbin".
var personKinds = names.Set{"rapper": true, "singer": true, "songwriter": true, "author": true,
	"novelist": true, "writer": true, "poet": true, "playwright": true, "actor": true, "actress": true,
	"comedian": true, "presenter": true, "illustrator": true, "guitarist": true, "drummer": true,
	"pianist": true, "composer": true, "footballer": true, "striker": true, "midfielder": true,
	"goalkeeper": true, "defender": true, "sprinter": true}

// kindAfterOK reports whether the words after a name that a kind noun
// opens end the noun phrase: punctuation, "and" or "or" ("luxury marque
// Quarbin-Zorbit, with sales down", "marques Quarbin and Zorbit"). A verb
// right after it may make the name the subject of a clause that
// describes the kind noun ("the union Ann Vell leads"): no cue.
func kindAfterOK(text string, end int) bool {
	if end >= len(text) {
		return true
	}
	switch text[end] {
	case ',', '.', ';', ':', ')', '"', '\'', '\n', '?', '!':
		return true
	case ' ':
	default:
		return false
	}
	w, _ := nextWord(text, end)
	w = strings.TrimRight(w, ",.;:")
	return w == "and" || w == "or" || w == "which" || w == "who" || w == "-"
}

// kindBefore returns the lower-case kind noun right before a name, or
// before a comma right before it ("the movement, Tervane Dei,"), or "".
func kindBefore(text string, m *mention) string {
	p, ps := prevWordFast(text, m.Start)
	if strings.ContainsAny(text[ps:m.Start], "\n\r") {
		// A headline's last word before the story's dateline:
		// "... meeting of the party\n\nTERVANE, England".
		return ""
	}
	if k, ok := strings.CutSuffix(p, ","); ok {
		// "the charity, Zorbit Aid, said": the name must end at a comma.
		// A person's name there is more often the body's spokesman's
		// ("a spokesman for the charity, Ann Vell, said"): a name the
		// recognizer took for a person, of two words or with a first
		// name the tables know, is left.
		// A party's apposition names its seat as often ("his
		// constituency party, Tervane North West, which he represented").
		if m.End >= len(text) || text[m.End] != ',' || k == "party" ||
			m.typ == Person && (len(m.words) > 1 || placeGaz().FirstName(m.words[0])) {
			return ""
		}
		p = k
	}
	if p == "" || !isLowerASCII(p[0]) {
		return ""
	}
	return p
}

// kindNounType returns the type that a kind noun right before a name
// gives it ([bodyKinds], [personKinds]) when the recognizer's type
// disagrees, or "". A place the tables know, a country, a name of an
// organization's words ([looksLikeOrg]) and a name a verb follows are
// left alone.
func kindNounType(text string, m *mention) Type {
	if m.canon != "" || m.forced != "" || m.country >= 0 || m.agency >= 0 || len(m.words) == 0 || len(m.words) > 4 ||
		m.typ == Misc || names.Tables().KnownPlace(m.key) || names.Tables().IsDemonym(m.key) || !kindAfterOK(text, m.End) {
		return ""
	}
	k := kindBefore(text, m)
	switch {
	case k == "":
	case (bodyKinds[k] || pressKinds[k] || broadcastKind(text, m, k)) && m.typ != Org: // tail12w: pressKinds, broadcastKind
		return Org
	case bandNouns[k] && m.typ == Location:
		// "rap group Zorbit" typed a place; a band typed a person is
		// [bandCue]'s.
		return Org
	case (personKinds[k] || scholarKind(k) || roleKind(k, m)) && m.typ != Person && !looksLikeOrg(m): // tail12q: scholarKind; tail14o: roleKind
		return Person
	}
	return ""
}

// realNameAfter reports whether a name is a person's stage name by the
// words after it: ", real name" and a capitalized word ("Q-Vell, real
// name Ann Vell"), or ", a former member of" a group or band ("Q-Vell, a
// former member of rap group Zorbit"). Only people, or the acts they
// perform as, have real names and are members of bands.
func realNameAfter(text string, m *mention) bool {
	if m.typ == Person || m.canon != "" || m.forced != "" || m.country >= 0 || m.agency >= 0 || names.Tables().KnownPlace(m.key) {
		return false
	}
	rest, ok := strings.CutPrefix(text[m.End:], ", ")
	if !ok {
		return false
	}
	if r, ok := strings.CutPrefix(rest, "real name "); ok {
		w, _ := nextWord(r, 0)
		return upperWord(w)
	}
	for _, p := range [...]string{"a former member of ", "a member of ", "a founding member of ", "formerly of "} {
		if r, ok := strings.CutPrefix(rest, p); ok {
			// "of rap group Zorbit", "of the band Zorbit": a band's word
			// within three words.
			for range 3 {
				w, e := nextWord(r, 0)
				if w == "" {
					return false
				}
				k := strings.TrimRight(w, ",.;:")
				if bandNouns[k] {
					return true
				}
				if k != w {
					return false
				}
				r = r[e:]
			}
			return false
		}
	}
	return false
}

// headOrgTails end the name of a body: a tax office's ("Tervane Revenue",
// "Lemmo Customs") or a club's ("Lemmo Utd", "Tervane Rovers", "Quarbin
// Athletic", "Zorbit Wanderers"). "United" and "City" are left out:
// "United" ends firms' names as often, and they are rarely mistyped.
var headOrgTails = names.Set{"revenue": true, "customs": true, "utd": true, "rovers": true,
	"athletic": true, "wanderers": true}

// surnameTails are the [headOrgTails] that are also surnames: "Ann
// Rovers" is a woman.
var surnameTails = names.Set{"rovers": true, "wanderers": true}

// headOrg reports whether a name of two words or more the recognizer took
// for a person or a place is a body's by its last word ([headOrgTails]).
// A person whose surname is such a word ([surnameTails]: "Ann Rovers")
// keeps a first name the tables know; "Utd" is no one's surname, and
// "Sheff Utd" is a club though "Sheff" is a first name.
func headOrg(m *mention) bool {
	if m.typ != Person && m.typ != Location || len(m.words) < 2 || m.canon != "" || m.country >= 0 || m.Title != "" ||
		!headOrgTails[last(m.words)] || names.Tables().KnownPlace(m.key) {
		return false
	}
	return m.typ != Person || !surnameTails[last(m.words)] || !placeGaz().FirstName(m.words[0])
}

// fixtureLine reports whether a name the recognizer took for a person or a
// place stands in a line of a fixture list, which names two teams and
// nothing else: "Tervane v Lemmo Utd", "Quarbin or Zorbit v Tervane". A
// place the tables know is left as it is (a town is its club's name only
// in sport), and so is a country.
func fixtureLine(text string, m *mention) bool {
	if m.typ != Person && m.typ != Location || m.canon != "" || m.country >= 0 || names.Tables().KnownPlace(m.key) || names.Shires[m.key] {
		return false
	}
	// The line, of 80 bytes at most: read no further either way.
	const most = 80
	lo := max(0, m.Start-most-1)
	ls := strings.LastIndexByte(text[lo:m.Start], '\n') + 1 + lo
	if ls == lo && lo > 0 {
		return false
	}
	hi := min(len(text), m.End+most+1)
	le := strings.IndexByte(text[m.End:hi], '\n')
	switch {
	case le >= 0:
		le += m.End
	case hi == len(text):
		le = len(text)
	default:
		return false
	}
	if le-ls > most {
		return false
	}
	vs, side := 0, 0
	for w := range strings.FieldsSeq(text[ls:le]) {
		switch {
		case w == "v":
			if side == 0 {
				return false
			}
			vs, side = vs+1, 0
		case w == "or":
			if side == 0 {
				return false
			}
		case upperWord(w) && !strings.ContainsAny(w, ",.;:!?()\""):
			side++
		default:
			return false
		}
	}
	return vs == 1 && side > 0
}

// compassLetters abbreviate the points of the compass before a county:
// "W Yorkshire", "S Glamorgan", "NE Lincolnshire".
var compassLetters = names.Set{"n": true, "s": true, "e": true, "w": true, "ne": true, "nw": true, "se": true, "sw": true}

// countyNames are the regions of Britain that a compass letter abbreviates
// beside the [names.Shires]: "(W Midlands)", "(E Sussex)".
var countyNames = names.Set{"midlands": true, "sussex": true, "glamorgan": true, "riding": true, "lothian": true}

// compassCounty reports whether a name is a county or region after an
// abbreviated compass point, in brackets after a referee's or a player's
// name: "M Vell (W Yorkshire)", "(S Glamorgan)". "S Vell" is an initial
// and a surname: the second word must be a county ([names.Shires],
// [countyNames]).
func compassCounty(text string, m *mention) bool {
	if m.typ == Location || len(m.words) != 2 || m.Start == 0 || m.End >= len(text) ||
		text[m.Start-1] != '(' || text[m.End] != ')' || !compassLetters[m.words[0]] {
		return false
	}
	return names.Shires[m.words[1]] || countyNames[m.words[1]]
}

// leaderAfter reports whether a name the recognizer took for a person is
// a party's or a movement's by the words after it: "leader" and a
// capitalized name ("Tervane Dem leader Ann Vell said"). People lead
// parties; no one leads a person. [firmRoleAfter] reads a firm's roles.
func leaderAfter(text string, m *mention) bool {
	if m.typ != Person || m.Title != "" || m.End >= len(text) || !lineGap(text, m.End) {
		return false
	}
	w, e := nextWord(text, m.End)
	if w != "leader" {
		return false
	}
	n, _ := nextWord(text, e)
	return upperWord(n) && names.IsCapitalized(n)
}

// placeHeads end the name of a place that [featureTails] leave out: a
// reservoir's ("Tervane Reservoir").
var placeHeads = names.Set{"reservoir": true}

// headPlace reports whether a name of two words or more the recognizer
// took for a person or a body is a place's by its last word
// ([placeHeads]); a word of an organization keeps it a body ("Tervane
// Reservoir Co").
func headPlace(m *mention) bool {
	if m.typ != Person && m.typ != Org || len(m.words) < 2 || m.canon != "" || !placeHeads[last(m.words)] {
		return false
	}
	return !anyOrgWord(m.words)
}
