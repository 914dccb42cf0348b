package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// officerTitles are the offices an apposition gives a person: "Ann Vell,
// executive vice president for Quarbin", "its chairman, Ann Vell,".
var officerTitles = names.Set{"president": true, "vice-president": true, "chairman": true, "chairwoman": true,
	"director": true, "treasurer": true, "spokesman": true, "spokeswoman": true}

// officerModifiers stand before an office in an apposition: "executive
// vice president", "senior managing director".
var officerModifiers = names.Set{"executive": true, "senior": true, "vice": true, "group": true, "deputy": true,
	"managing": true, "chief": true, "former": true, "acting": true, "assistant": true}

// officerApposition (tail14w) reports whether a name of two or three
// words typed a place or a person opens with a given name the
// gazetteer knows or with initials ("J.R.", "B.") and stands in an
// apposition of an office ([officerTitles]): after it a comma and the
// office ("Glen Vell, executive vice president for Quarbin, said"), or
// before it the office and a comma ("its chairman, B.R. Lane, resigned"):
// a person. The name's last word would make it a place ("Lane",
// [names.PlaceTails]) or the recognizer took it for one ("Glen"); a
// place the tables or the gazetteer know is left.
func officerApposition(text string, m *mention) bool {
	if m.typ != Location && m.typ != Person || len(m.words) < 2 || len(m.words) > 3 || m.canon != "" || m.country >= 0 || m.End > len(text) {
		return false
	}
	if !officerAfter(text, m.End) {
		if p, _ := prevWordFast(text, m.Start); !officerTitles[strings.TrimSuffix(p, ",")] || !strings.HasSuffix(p, ",") {
			return false // the cheap first questions
		}
	}
	first, _, _ := strings.Cut(text[m.Start:m.End], " ")
	if !dottedInitials(first) && !placeGaz().FirstName(first) {
		return false
	}
	t := names.Tables()
	return !t.KnownPlace(m.key) && !names.IsRegion(m.key) && !placeGaz().PlaceName(m.words)
}

// officerAfter reports whether a comma, up to three words of
// [officerModifiers] and a word of [officerTitles] follow text[end:].
func officerAfter(text string, end int) bool {
	if end+2 >= len(text) || text[end] != ',' || !lineGap(text, end+1) {
		return false
	}
	i := end + 1
	for range 4 {
		w, e := nextWord(text, i)
		w = strings.TrimRight(w, ",.;:")
		switch {
		case officerTitles[w]:
			return true
		case !officerModifiers[w]:
			return false
		}
		i = e
	}
	return false
}

// dottedInitials reports whether w is one or more capital letters each with a
// full stop: "B.", "J.R.".
func dottedInitials(w string) bool {
	if len(w) < 2 || len(w)%2 != 0 {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if w[i] < 'A' || w[i] > 'Z' || w[i+1] != '.' {
			return false
		}
	}
	return true
}
