package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// firmDeeds are what a body does and a speaker's "it" does not, right
// after "said it" or after "has", "had", "will" or "would" before them:
// "Quarbin said it acquired", "Quarbin said it had agreed to sell". The
// weather's and a matter's "it" ("it was too early", "it will be hard",
// "it became clear") takes none of them.
var firmDeeds = names.Set{
	"acquired": true, "acquire": true, "agreed": true, "agree": true, "bought": true, "buy": true,
	"sold": true, "sell": true, "signed": true, "sign": true, "raised": true, "raise": true,
	"reduced": true, "reduce": true, "filed": true, "file": true, "received": true, "receive": true,
	"selected": true, "select": true, "proposed": true, "propose": true, "reached": true,
	"terminated": true, "terminate": true, "completed": true, "complete": true, "purchased": true,
	"purchase": true, "informed": true, "adjourned": true, "obtained": true, "integrate": true,
	"plans": true, "intends": true, "expects": true,
}

// firmDeedAuxiliaries may stand between "said it" and a deed.
var firmDeedAuxiliaries = names.Set{"has": true, "had": true, "will": true, "would": true}

// firmSaidIt reports whether a name taken for a person opens its clause
// and is followed by "said it" and a body's deed ([firmDeeds], maybe after
// "has", "had", "will" or "would"): "Quarbin said it had agreed to sell
// two mills". ("said its" is [companyCue]'s "its" after a name.) Only a
// name of one word: a firm named by a full name ("Ann Tervane said it
// bought") is mostly the short form of a longer name of the article
// ("Ann Tervane Asset Management Inc"), which the linker joins to it while
// it is typed a person, and not once it is a firm. A person
// speaks of himself as "he"; one
// speaking for a body named before carries a title or a role word before
// his name ("spokesman Tervane said it"), and a group's leader stands
// after a lower-case word ("a group led by Ann Tervane said it bought"):
// the name must follow a clause's end (a period that ends a sentence, a
// comma, a quote; "Mr." is no sentence's end) or open the text or a
// paragraph.
func firmSaidIt(text string, m *mention) bool {
	if m.typ != Person || len(m.words) != 1 || m.End+len(" said it ") > len(text) || (text[m.End] != ' ' && text[m.End] != '\n') || text[m.End+1:m.End+len(" said")] != "said" {
		return false
	}
	w, e := nextWord(text, m.End+len(" said"))
	if w != "it" {
		return false
	}
	n, ne := nextWord(text, e)
	if firmDeedAuxiliaries[n] {
		n, _ = nextWord(text, ne)
	}
	return firmDeeds[n] && clauseOpener(text, m.Start)
}

// clauseOpener reports whether the word before start ends a clause (a
// sentence's period, not an initial's or an abbreviation's; a comma, a
// semicolon, a colon, a quote), or no word comes before it on its
// paragraph.
func clauseOpener(text string, start int) bool {
	p, k := prevWord(text, start)
	if p == "" || strings.Contains(text[k+len(p):start], "\n\n") {
		return true
	}
	switch p[len(p)-1] {
	case ',', ';', ':', '"', '\'':
		return true
	case '.':
		stem := p[:len(p)-1]
		return len(stem) >= 2 && !names.Abbreviations[strings.ToLower(stem)] && !strings.Contains(stem, ".")
	}
	return false
}
