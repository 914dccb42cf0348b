package graphstore

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// One organization's full name is written with and without its small
// words in one article and another: "Dunmore, Kell and Varga Securities"
// and "Dunmore Kell Varga Securities"; "Society for Coastal Research" and
// "Society of Coastal Research"; its legal form before the name ("NV
// Holtema Lampworks") or after it ("Holtema Lampworks NV"); a national
// bank's "N.A." after its name; the name's own acronym written in it
// ("Guild of Fine Weavers (GFW) Union"). Each article's resolver gives
// each spelling an id of its own (tail17m, issue 10).

// connectiveKeys returns the keys of linkCompactNames' groups that an
// organization's full name of key k (orgKey: names.OrgKey of it) joins
// besides its compact key: "~&" and its connectiveKey, and, "~!" before it,
// the compact key of a national bank's name without its "N.A." (a name
// ending in "bank na") or, for a bank's name without a legal form whose
// entity f was never given one ("Vantor Bank", not "Vantor Bank Corp",
// the holding), of its own name: a bank's "N.A." is the bank, not its
// holding company. The groups' keys sort after the compact keys' own
// ("~" is after the letters), so that a pair those link is linked before
// connectiveApart is asked of it.
func connectiveKeys(k, orgKey string, f *fullInfo) []string {
	var out []string
	if ak, ok := connectiveKey(orgKey); ok && len(ak) >= 4 {
		out = append(out, "~&"+ak)
	}
	if b, ok := strings.CutSuffix(k, " bank na"); ok && strings.Contains(b, " ") {
		ck, _ := compactKey(b + " bank")
		out = append(out, "~!"+ck)
	} else if strings.HasSuffix(k, " bank") && strings.Contains(k[:len(k)-len(" bank")], " ") && !legalFormGiven(f) {
		ck, _ := compactKey(k)
		out = append(out, "~!"+ck)
	}
	return out
}

// legalFormGiven reports whether a name f was given ends in a legal form.
func legalFormGiven(f *fullInfo) bool {
	for _, k := range f.keys {
		if i := strings.LastIndexByte(k, ' '); i >= 0 && names.CorpSuffixes[k[i+1:]] {
			return true
		}
	}
	return false
}

// connectiveKey is compactKey's key of an organization's name key k
// (without its legal form after it) once its small words are made one:
// an "and" between two words goes (not before "Associates", "Sons",
// "Partners": "Corlin and Associates" is no "Corlin Associates Inc"), "for"
// is written "of", a legal form before the name ("nv", "ab") goes, and so
// does a word that is the initials of the words before it, with or
// without their small words. Every name of two words or more has one,
// changed or not, so that both spellings meet; ok is false for a name of
// one word, or when fewer than two words are left.
func connectiveKey(k string) (key string, ok bool) {
	if !strings.Contains(k, " ") {
		return "", false
	}
	ws := strings.Fields(k)
	if len(ws) > 2 && ws[0] != ws[1] && leadingForms[ws[0]] {
		ws = ws[1:]
	}
	out := make([]string, 0, len(ws))
	for i, w := range ws {
		switch {
		case w == "and" && i > 0 && i < len(ws)-1 && !partnersWords[ws[i+1]]:
			continue
		case w == "for" && i > 0 && i < len(ws)-1:
			w = "of"
		case i >= 2 && len(w) >= 3 && ownAcronym(w, ws[:i]):
			continue
		}
		out = append(out, w)
	}
	if len(out) < 2 {
		return "", false
	}
	key, _ = compactKey(strings.Join(out, " "))
	return key, true
}

// leadingForms are the legal forms that Dutch, Swedish and Finnish
// firms write before their names.
var leadingForms = map[string]bool{"nv": true, "ab": true, "oy": true, "bv": true}

// partnersWords are the words after "and" that name a firm's partners,
// not a second name: "Corlin and Associates", "Dorne and Sons".
var partnersWords = map[string]bool{"associates": true, "sons": true, "partners": true,
	"brothers": true, "bros": true, "co": true, "company": true, "daughters": true}

// ownAcronym reports whether w is the initials of the words before it,
// with or without their small words ("and", "of", "for", "the").
func ownAcronym(w string, before []string) bool {
	var all, big strings.Builder
	for _, b := range before {
		all.WriteByte(b[0])
		if b != "and" && b != "of" && b != "for" && b != "the" {
			big.WriteByte(b[0])
		}
	}
	return w == all.String() || w == big.String()
}

// connectiveApart reports whether two names met in a group of
// connectiveKeys (its key ck) stay apart: when the articles of each name
// countries, none the same ("Institute for Economic Research" of
// Austria's stories, "Institute of Economic Research" of New Zealand's),
// or when the name that would go is also a name of another type (a
// "Dunmore Kell Varga" read as a person in one article): the type vote
// joins those by the name, and a name linked away leaves it alone
// (tail14j's "and" fold, withdrawn for that).
func (c *corpus) connectiveApart(ck, from, to string) bool {
	if !strings.HasPrefix(ck, "~&") && !strings.HasPrefix(ck, "~!") {
		return false
	}
	if _, slug, ok := strings.Cut(from, ":"); ok {
		for _, p := range [...]string{"person:", "location:"} {
			if c.full[p+slug] != nil || c.partial[p+slug] != nil {
				return true
			}
		}
	}
	return c.countriesApart(from, to)
}
