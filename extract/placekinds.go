package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail10yl) types as places the names the recognizer took for
// firms or people where the words around them say what kind of place they
// are: a singular kind of place and "of" before the name ("the northern
// oasis of Tervane", "the Pacific port of Amlow", "the East Lunmark town
// of Quarbin"), or a working of a mine after it ("the Velle tunnel", "the
// Skarvo vein").

// placeKinds are the lower-case singular kinds of place whose name
// follows them after "of". "City" is left out: "the city of" opens many
// bodies' names.
var placeKinds = names.Set{"town": true, "village": true, "port": true, "oasis": true, "hamlet": true,
	"township": true, "resort": true, "seaport": true}

// placeKindOf reports whether a name typed as a firm or a person follows
// a lower-case kind of place of [placeKinds] and "of", with "the" and at
// most two words before the kind ("the Chinese port of Amlow"): a place.
// A name with an organization's word ("the port of Amlow Authority") or
// a title is left alone.
func placeKindOf(text string, m *mention) bool {
	if m.typ != Org && m.typ != Person || m.canon != "" || m.forced != "" || m.Title != "" || m.country >= 0 || m.agency >= 0 {
		return false
	}
	p, ps := prevWordFast(text, m.Start)
	if p != "of" {
		return false // the usual case, decided at once
	}
	k, ks := prevWordFast(text, ps)
	if !placeKinds[k] {
		return false
	}
	if anyOrgWord(m.words) {
		return false
	}
	i := ks
	for n := 0; n < 3; n++ {
		w, ws := prevWordFast(text, i)
		if w == "the" || w == "The" {
			return true
		}
		if w == "" || strings.ContainsAny(w, ",.;:\"()") {
			return false
		}
		i = ws
	}
	return false
}

// workingNouns are the workings of a mine named after its own name: "the
// Velle tunnel", "the Skarvo vein".
var workingNouns = names.Set{"tunnel": true, "tunnels": true, "vein": true, "veins": true, "shaft": true,
	"adit": true}

// mineWorking reports whether a name typed as a person or an organization
// is a mine's working by the noun of [workingNouns] right after it, an
// article, "its" or a possessive before it ([siteDeterminer]), a name
// that could be a site's ([siteName]), and every time the article writes
// the name the same noun after it: the firm that digs it is named alone.
func mineWorking(text string, m *mention) bool {
	if m.typ != Org && m.typ != Person || m.End >= len(text) || !lineGap(text, m.End) {
		return false
	}
	after := func(end int) bool {
		w, _ := nextWord(text, end)
		return workingNouns[strings.TrimRight(w, ",.;:)")]
	}
	if !after(m.End) || !siteName(m) || !siteDeterminer(text, m.Start) {
		return false
	}
	return everyTime(text, m.Name, after)
}

// plantNouns name a works that its owner calls by its place: "its Velle
// car factory", "its Lunmark newsprint mill".
var plantNouns = names.Set{"plant": true, "plants": true, "factory": true, "factories": true, "mill": true,
	"mills": true, "refinery": true, "smelter": true, "facility": true, "works": true}

// ownPlant reports whether a name typed as a person or an organization
// stands between "its" or "their" and a noun of [plantNouns], perhaps
// after one or two lower-case modifiers ("its Velle car factory", "its
// Skarvo nuclear power plant"): the owner is "it", so the name is the
// works' place, not a firm's ("the Halvex refinery" is the owner's and
// left). A name that could be no site's ([siteName]: a firm's word, a
// known name) is left alone.
func ownPlant(text string, m *mention) bool {
	if m.typ != Org && m.typ != Person || m.End >= len(text) || !lineGap(text, m.End) {
		return false
	}
	if p, _ := prevWordFast(text, m.Start); p != "its" && p != "their" {
		return false // the usual case, decided at once
	}
	w, we := nextWord(text, m.End)
	for n := 0; n < 3; n++ {
		t := strings.TrimRight(w, ",.;:)")
		if plantNouns[t] {
			return siteName(m)
		}
		if t != w || t == "" || !isLowerASCII(t[0]) || strings.ContainsAny(t, "'\"(") {
			return false
		}
		w, we = nextWord(text, we)
	}
	return false
}
