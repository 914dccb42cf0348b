package extract

import "github.com/nergraph/nergraph/internal/names"

// tailOffices are offices that end no body's or place's name, only a
// title before its holder's name: "the Tervane Banking Superintendent Ann
// Vell", "Quarbin City Councillor Tom Vell", "Atty. Gen.". The offices of
// [names.Offices] are cut from a span by splitRole; these it does not
// know, and words that end names ("Executive", "General", "Counsel") are
// left out.
var tailOffices = names.Set{"councillor": true, "councilor": true, "superintendent": true,
	"administrator": true, "economist": true, "analyst": true, "atty": true, "alderman": true,
	"ombudsman": true, "undersecretary": true}

// officeTail reports whether a mention ends in an office of [tailOffices]
// written capitalized and stands before its holder: a capitalized word
// follows it ("said Quarbin City Councillor Tom Vell"), or, for the
// abbreviation "Atty", its period ("Atty. Gen. Ann Vell"). The span is a
// title's words, no entity; the body or place the title names, if any,
// is named elsewhere in the article or not at all.
func officeTail(text string, m *mention) bool {
	if m.typ == Country || len(m.words) == 0 || !tailOffices[m.words[len(m.words)-1]] || m.End >= len(text) {
		return false // the usual case, decided at once
	}
	if m.words[len(m.words)-1] == "atty" {
		return text[m.End] == '.'
	}
	w, _ := nextWord(text, m.End)
	return lineGap(text, m.End) && upperWord(w) && !allCaps(text[m.Start:m.End])
}
