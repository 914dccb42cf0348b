package pos

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Lemma returns the dictionary form of a word given its tag, in lower case:
// for a verb, the base form ("accused" VBD → "accuse", "met" → "meet",
// "was" → "be", "stopping" → "stop"); for any other tag, the word lower-cased.
//
// Irregular verbs come from a table we wrote (irregular.go). Regular forms
// are undone by rules (-ies → -y, -ed, -ing, doubled consonants, a dropped
// e), choosing among the possible stems the one in a list of verb base
// forms (verbs.txt, made by cmd/postrain from the words tagged VB or VBP in
// CoNLL-2003 train.txt and in the BBC articles as tagged by this package),
// and by spelling heuristics when none is listed.
func Lemma(word string, tag Tag) string {
	w := lower(word)
	if !tag.IsVerb() && tag != MD {
		return w
	}
	w = strings.ReplaceAll(w, "’", "'")
	if tag == VB || tag == VBP || tag == MD {
		// A base form, unless a present form of be, have, will: "saw" and
		// "lay" are verbs of their own here.
		if b, ok := presentForms[w]; ok {
			return b
		}
		return w
	}
	if b, ok := irregular[w]; ok {
		return b
	}
	switch tag {
	case VBD, VBN:
		if l, ok := undoSuffix(w, "ed"); ok {
			return l
		}
	case VBG:
		if l, ok := undoSuffix(w, "ing"); ok {
			return l
		}
	case VBZ:
		return undoS(w)
	}
	return w
}

// lower lower-cases s, without allocating when it is lower case already.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return strings.ToLower(s)
		}
	}
	return s
}

//go:embed verbs.txt
var verbsTxt string

var verbs = sync.OnceValue(func() map[string]bool {
	m := make(map[string]bool, 4096)
	for _, l := range strings.Split(verbsTxt, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			m[l] = true
		}
	}
	for _, b := range irregular {
		m[b] = true
	}
	return m
})

// IsVerbBase reports whether w (lower case) is in the list of verb base
// forms that [Lemma] uses.
func IsVerbBase(w string) bool { return verbs()[w] }

// undoSuffix undoes -ed or -ing. It reports false when w does not end in
// suf or is too short to be an inflected form.
func undoSuffix(w, suf string) (string, bool) {
	if !strings.HasSuffix(w, suf) || len(w) < len(suf)+2 {
		return "", false
	}
	stem := w[:len(w)-len(suf)]
	v := verbs()
	var cands []string
	switch {
	case suf == "ed" && strings.HasSuffix(stem, "i") && len(stem) > 2:
		cands = []string{stem[:len(stem)-1] + "y", stem + "e"} // tried, (dyed)
	case suf == "ed" && strings.HasSuffix(stem, "e"):
		cands = []string{stem + "e"} // agreed → agree
	case strings.HasSuffix(stem, "e"):
		cands = []string{stem} // agreeing → agree
	default:
		cands = []string{stem, stem + "e"}
		if n := len(stem); n >= 3 && stem[n-1] == stem[n-2] && isConsonant(stem[n-1]) {
			cands = append([]string{stem[:n-1]}, cands...) // stopped → stop
		}
	}
	for _, c := range cands {
		if v[c] {
			return c, true
		}
	}
	return guessStem(stem, suf), true
}

// guessStem guesses the base form of a stem left by -ed or -ing that the
// verb list does not know.
func guessStem(stem, suf string) string {
	n := len(stem)
	if suf == "ed" && strings.HasSuffix(stem, "i") && n > 2 {
		return stem[:n-1] + "y"
	}
	if suf == "ed" && strings.HasSuffix(stem, "e") {
		return stem + "e"
	}
	if strings.HasSuffix(stem, "e") || strings.HasSuffix(stem, "y") {
		return stem
	}
	// A doubled final consonant is undone, except l, s, z, f, which English
	// doubles in base forms too (call, pass, buzz, staff).
	if n >= 3 && stem[n-1] == stem[n-2] && isConsonant(stem[n-1]) && !strings.ContainsRune("lszf", rune(stem[n-1])) {
		return stem[:n-1]
	}
	// Endings that need a final e: receiv(e), produc(e), seiz(e), argu(e),
	// judg(e), creat(e), organiz(e), caus(e), acquir(e), collaps(e).
	for _, e := range []string{"v", "c", "z", "u", "dg", "at", "iz", "yz", "us", "os", "is", "as", "ir", "ur", "ps", "ns", "rs", "ng", "rg", "bl", "pl", "tl", "dl", "gl", "kl", "cl", "fl", "ut", "ot", "it"} {
		if strings.HasSuffix(stem, e) {
			switch e {
			case "ng":
				if !strings.HasSuffix(stem, "ang") && !strings.HasSuffix(stem, "ing") && !strings.HasSuffix(stem, "ong") {
					return stem + "e" // challeng(e), chang(e), arrang(e) are caught by the list
				}
				return stem
			case "it", "ot", "ut":
				if syllables(stem) == 1 {
					return stem + "e" // vot(e), cit(e), mut(e)
				}
				return stem // visit, limit, pivot
			}
			return stem + "e"
		}
	}
	// A one-syllable stem ending consonant-vowel-consonant lost an e: hop(e)d
	// (hopped would have doubled the p).
	if n >= 3 && syllables(stem) == 1 && isConsonant(stem[n-1]) && !strings.ContainsRune("wxy", rune(stem[n-1])) &&
		isVowel(stem[n-2]) && !isVowel(stem[n-3]) {
		return stem + "e"
	}
	return stem
}

// undoS undoes the -s of a third person singular verb.
func undoS(w string) string {
	n := len(w)
	if n < 3 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return w
	}
	v := verbs()
	var cands []string
	switch {
	case strings.HasSuffix(w, "ies") && n > 4:
		cands = []string{w[:n-3] + "y", w[:n-1]}
	case strings.HasSuffix(w, "es"):
		cands = []string{w[:n-1], w[:n-2]} // uses → use, pushes → push
	default:
		cands = []string{w[:n-1]}
	}
	for _, c := range cands {
		if v[c] {
			return c
		}
	}
	if strings.HasSuffix(w, "es") {
		stem := w[:n-2]
		for _, e := range []string{"ss", "sh", "ch", "x", "zz", "o"} {
			if strings.HasSuffix(stem, e) {
				return stem
			}
		}
		if strings.HasSuffix(w, "ies") && n > 4 {
			return w[:n-3] + "y"
		}
	}
	return w[:n-1]
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

func isConsonant(c byte) bool { return c >= 'a' && c <= 'z' && !isVowel(c) }

// syllables counts groups of vowels (y after a consonant counts).
func syllables(s string) int {
	n, in := 0, false
	for i, r := range s {
		v := r < utf8.RuneSelf && (isVowel(byte(r)) || (r == 'y' && i > 0))
		if v && !in {
			n++
		}
		in = v
		if !unicode.IsLetter(r) {
			in = false
		}
	}
	return n
}
