package extract

import (
	"slices"
	"strings"
)

// sharedFirstWords (tail11t) makes a firm of a one-word name the
// recognizer took for a person when every other use of the word in the
// article is the name of a company it begins: "Quarbin Oil Co said its
// Quarbin Gas Co unit ... Quarbin said", "QUARBIN BUYS UNIT" over
// "Quarbin Electronics Plc ... Quarbin-Zorbit Inc". [firstWordFirms] joins
// the word to the one firm it begins and leaves it a person when two firms
// begin with it or a hyphened name holds it: which firm it is may be open,
// but that it is a firm is not. The word is typed and joined to none; the
// corpus linking places it. A company here is what [firstWordFirms] takes
// for one (a company suffix or word after the first, no "of", no name and
// "and Co"), whose first word is the word or a hyphened word it opens
// ("Quarbin-Zorbit Inc"); a thing of no entity's type the word opens
// ("the Quarbin-Chubb data operation") is the firms' too. Left alone: a name with a title or a pronoun
// after it, a word the article also writes in a person's name, in any
// other name ("the Quarbin Administration", "Quarbin and Co") or alone
// under another type, and a word that begins a firm named by names joined
// by "and" ("Quarbin, Zorbit and Co", "Quarbin and Zorbit Publishers
// Inc"): a founder's name, which the corpus linking joins to the firm's
// node when the recognizer leaves it a person.
func sharedFirstWords(a *article, firms []*mention) {
	for _, m := range a.ms {
		if m.typ != Person || len(m.words) != 1 || m.Title != "" || m.canon != "" || m.forced != "" ||
			m.country >= 0 || m.personal {
			continue
		}
		if firmUsesOnly(a, m.words[0], firms) {
			m.typ, m.typed = Org, true
		}
	}
}

// firmUsesOnly reports whether the article writes the word w only alone,
// as a person or a firm with no title and no pronoun after, as the first
// word of a thing of no entity's type, or as the first word (or the first
// part of the first word) of one of firms, at
// least one of which begins with it and none with it and "and".
func firmUsesOnly(a *article, w string, firms []*mention) bool {
	begun := false
	for _, f := range firms {
		if firmFirstWord(f.words[0], w) {
			if slices.Contains(f.words, "and") {
				return false
			}
			begun = true
		}
	}
	if !begun {
		return false
	}
	for _, m := range a.ms {
		if len(m.words) == 1 && m.words[0] == w {
			if m.typ != Person && m.typ != Org || m.personal || m.Title != "" {
				return false
			}
			continue
		}
		if !holdsWord(m.words, w) || m.typ == Misc && firmFirstWord(m.words[0], w) {
			continue // a thing the firms' word opens: "the Quarbin-Zorbit data operation"
		}
		if len(m.words) < 2 || !firmFirstWord(m.words[0], w) || !isFirm(m, firms) {
			return false
		}
	}
	return true
}

// firmFirstWord reports whether a firm's first word x is the word w or a
// hyphened word that w opens: "quarbin", "quarbin-zorbit".
func firmFirstWord(x, w string) bool {
	return x == w || strings.HasPrefix(x, w+"-")
}

// holdsWord reports whether words hold w, alone or as a part of a hyphened
// word.
func holdsWord(words []string, w string) bool {
	for _, x := range words {
		if x == w || strings.Contains(x, "-") && (strings.HasPrefix(x, w+"-") || strings.HasSuffix(x, "-"+w) ||
			strings.Contains(x, "-"+w+"-")) {
			return true
		}
	}
	return false
}

// isFirm reports whether m is one of firms.
func isFirm(m *mention, firms []*mention) bool {
	for _, f := range firms {
		if f == m {
			return true
		}
	}
	return false
}
