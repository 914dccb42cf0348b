package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// demonymDeterminers stand before a nationality noun used for one person
// or any: "the Dane's agent", "an unruly Ulsterman", "any Swede".
var demonymDeterminers = names.Set{"the": true, "a": true, "an": true, "any": true, "every": true,
	"each": true, "this": true, "that": true}

// demonymNoun reports whether a name not typed PERSON is a nationality
// noun, no entity: a demonym joined to "man" or "woman" ("Irishman",
// "Englishwomen"), maybe after a compass word ("Northern Irishman"); or a
// demonym alone after a determiner of [demonymDeterminers] ("the Dane's
// agent", "any Swede"). The recognizer took the capital for a name. A
// newspaper of such a name ("The Scotsman") is an outlet and left alone,
// as is a demonym before a lower-case word, which [demonymAdjective]
// decides. A noun glued to "man" needs a lower-case word before it ("an
// unruly Irishman") or an article opening the sentence ("The Northern
// Irishman is"): a paper of that name goes bare or after a capitalized
// "The" inside a sentence ("Scotsman journalist Ann Vell", "on The
// Scotsman website").
func demonymNoun(text string, m *mention) bool {
	n := len(m.words)
	if n == 0 || n > 2 || m.typ == Person || m.typ == Misc || m.canon != "" || m.country >= 0 || m.agency >= 0 {
		return false
	}
	if n == 2 && !compassWords[m.words[0]] {
		return false
	}
	t, last := names.Tables(), m.words[n-1]
	if stem, ok := peopleNounStem(last); ok {
		return t.IsDemonym(stem) && !names.IsOutletName(m.key) && commonNounBefore(text, m.Start)
	}
	if n != 1 || !t.IsDemonym(last) || t.KnownPlace(last) {
		return false
	}
	if w, _ := nextWord(text, m.End); w != "" && isLowerASCII(w[0]) {
		return false // "the American carrier": an adjective, [demonymAdjective]'s
	}
	p, _ := prevWordFast(text, m.Start)
	return demonymDeterminers[strings.ToLower(p)]
}

// peopleNounStem returns the word before a last "man", "woman", "men" or
// "women" glued to it ("irish" of "irishman"), and true; a stem of three
// letters at least.
func peopleNounStem(w string) (string, bool) {
	for _, s := range [...]string{"women", "woman", "men", "man"} {
		if stem, ok := strings.CutSuffix(w, s); ok && len(stem) >= 3 {
			return stem, true
		}
	}
	return "", false
}

// commonNounBefore reports whether the word before i is a lower-case word
// ("an unruly", "any") or an article opening a sentence ("The", "A").
func commonNounBefore(text string, i int) bool {
	p, ps := prevWordFast(text, i)
	if p != "" && isLowerASCII(p[0]) {
		return true
	}
	return (p == "The" || p == "A" || p == "An") && sentenceStart(text, ps)
}
