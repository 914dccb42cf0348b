package extract

import (
	"slices"
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// firstWordFirms (tail10ys) makes a firm of a one-word name the recognizer
// took for a person when the article names a company whose name begins
// with that word: "Quarbin Zorbit Corp said ... a stake held by Quarbin",
// "LEMMO SEES LOSS" over "Lemmo Zorbit Associates said". [knownFirstWords]
// does so for the well-known names of the tables; here the company shows
// by its own words: a company suffix or a company's word after the first
// ([companyWords]). The word alone then joins that firm. Left alone: a
// name with a title ("Mr Quarbin"), a word that begins two firms, a word
// the article also uses otherwise ([otherUse]), a firm named by a name and
// "and Co" ([andCo]), a firm "X of Y", whose short name [placeFirmFirst]
// decides, and a body that is no company ("the Quarbin
// Administration" is the president's, and "Quarbin" alone he). firms are
// the article's [companies], which the caller finds once for this rule and
// [sharedFirstWords].
func firstWordFirms(a *article, firms []*mention) {
	for _, m := range a.ms {
		if m.typ != Person || len(m.words) != 1 || m.Title != "" || m.canon != "" || m.forced != "" || m.country >= 0 {
			continue
		}
		if f := firstFirm(firms, m.words[0]); f != nil && !otherUse(a, m.words[0], f) {
			m.typ, m.typed, m.canon = Org, true, f.Name
		}
	}
}

// companies are the article's firms by their own words, as
// [firstWordFirms] and [sharedFirstWords] take them: a company suffix or
// a company's word after the first ([companyWords]) or a foreign firm's
// first word ([foreignFirmHeads]: "Banque Quarbin"), no "X of Y" and no
// name and "and Co" ([andCo]); usually none.
func companies(a *article) []*mention {
	var firms []*mention
	for _, m := range a.ms {
		if m.typ == Org && len(m.words) >= 2 && m.canon == "" && m.forced == "" && m.words[1] != "of" &&
			(companyWords(m.words[1:]) || foreignFirmHeads[m.words[0]]) && !andCo(m.words) { // tail12q: a foreign firm's head
			firms = append(firms, m)
		}
	}
	return firms
}

// firstFirm returns the one firm of firms whose name begins with the word
// w (a key's word), or nil. Two firms of the article that begin alike
// ("Quarbin Oil Co", "Quarbin Gas Co") leave the word to neither.
func firstFirm(firms []*mention, w string) *mention {
	var f *mention
	for _, m := range firms {
		if m.words[0] != w {
			continue
		}
		if f != nil && f.key != m.key {
			return nil
		}
		f = m
	}
	return f
}

// otherUse reports whether the article writes the word w otherwise than as
// the first word of the firm f or alone as a person: in a person's name of
// two words or more ("Ann Quarbin" founded it, and "Quarbin" alone may be
// she), in another name of two words or more or glued by a hyphen ("the
// Tervane-Quarbin merger": which one "Quarbin" is, is the article's
// story), or alone under another type ("Quarbin" the town) or as a
// person's by a pronoun after it or a title ("Quarbin said he", "Mr
// Quarbin": [namedPersonly] reads them so).
func otherUse(a *article, w string, f *mention) bool {
	return usedBeside(a, w, f, func(m *mention) bool {
		return m.typ != Person && m.typ != Org || m.personal || m.Title != ""
	})
}

// usedBeside reports whether the article writes the word w, other than in
// the firm f, inside another name of two words or more or glued by a
// hyphen, or alone in a mention that alone reports.
func usedBeside(a *article, w string, f *mention, alone func(*mention) bool) bool {
	for _, m := range a.ms {
		if m.key == f.key {
			continue
		}
		if len(m.words) == 1 && m.words[0] == w {
			if alone(m) {
				return true
			}
			continue
		}
		for _, x := range m.words {
			if x == w || strings.Contains(x, "-") && slices.Contains(strings.Split(x, "-"), w) {
				return true
			}
		}
	}
	return false
}

// andCo reports whether a firm's words are a name, "and" and company
// suffixes alone: "Quarbin and Co Inc". Its key keeps the "and" ("quarbin
// and") while the word alone is keyed "quarbin", so the graph may hold a
// node of each, and the corpus linking joins the word alone, in articles
// that do not name the firm, to whichever holds the most articles of it:
// moving the word alone of some articles into the firm's node splits that
// evidence, and those articles' word is left a person.
func andCo(words []string) bool {
	if len(words) < 3 || words[1] != "and" {
		return false
	}
	for _, w := range words[2:] {
		if !names.CorpSuffixes[w] {
			return false
		}
	}
	return true
}

// partnerWords end the names of firms of partners, which
// [names.CompanyWords] leaves out: "Quarbin Zorbit Associates".
var partnerWords = names.Set{"associates": true, "partners": true, "group": true}

// companyWords reports whether words, a name's words after its first,
// hold a company suffix or a company's word: "Co", "Industries Inc",
// "and Montague", "Zorbit Associates".
func companyWords(words []string) bool {
	for _, w := range words {
		if names.CorpSuffixes[w] || names.CompanyWords[w] || partnerWords[w] {
			return true
		}
	}
	return false
}
