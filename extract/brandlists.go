package extract

import "strings"

// brandListCue reports whether w is one of the words between "brands"
// (and maybe a few lower-case words after it) and the list of the brands'
// names: "its brands include
// Zorbit, Lemmo and Tervane", "the brands sold were Quarbin Gold and Ann
// Vell", "many of its brands, including Zorbit".
func brandListCue(w string) bool {
	switch w {
	case "include", "includes", "included", "including", "are", "were", "like":
		return true
	}
	return false
}

// brandListed reports whether a name the recognizer typed as a person or a
// place is one of a list of brands: the list ([listStart]: capitalized
// names joined by commas, "and", "or") opens right after a cue
// ([brandListCue]) that follows "brands" within three lower-case words
// ("subsidiary brands include", "the brands sold were", "its brands,
// including"). A brand is a product (MISC by the conventions), never a
// person or a place; names typed as organizations are left, since such a
// list often names the makers ("brands include Quarbin", a firm that
// makes them).
func brandListed(text string, m *mention) bool {
	if m.typ != Person && m.typ != Location || m.canon != "" || m.forced != "" || m.agency >= 0 || m.country >= 0 ||
		len(m.words) == 0 || len(m.words) > 5 {
		return false
	}
	// The cheap first question: a join, a comma or a cue word beside the name.
	p, _ := prevWordFast(text, m.Start)
	w, _ := nextWord(text, m.End)
	if !listJoin(w) && !listJoin(p) && !strings.HasSuffix(p, ",") && (m.End >= len(text) || text[m.End] != ',') &&
		!brandListCue(p) {
		return false
	}
	start, _ := listStart(text, m.Start)
	if countedKindList(text, m) == "brands" {
		return true // tail16w: "two beauty brands, Zorbit and Ann Vell"
	}
	c, cs := prevWordFast(text, start)
	if !brandListCue(c) || paragraphBreak(text[cs:start]) {
		return false
	}
	for n := 0; n < 4; n++ {
		k, ks := prevWordFast(text, cs)
		b := strings.TrimSuffix(k, ",")
		if b == "brands" {
			return true
		}
		if b != k || b == "" || !lowerWord(b) || paragraphBreak(text[ks:cs]) {
			return false
		}
		cs = ks
	}
	return false
}

// madeBrand reports whether a name the recognizer typed as a person or a
// place is what a firm makes: "which makes" or "that makes" (or "made")
// right before it, and a comma, a full stop or a semicolon after it, or a
// plural noun of four letters or more ("Quarbin, which makes Zorbit
// cars"). A verb's object with a complement after it ("which made Ann
// Vell a star", "which makes Lemmo less attractive") is left.
func madeBrand(text string, m *mention) bool {
	v, vs := prevWordFast(text, m.Start)
	if v != "makes" && v != "made" {
		return false // the cheap first question
	}
	if w, _ := prevWordFast(text, vs); w != "which" && w != "that" {
		return false
	}
	if m.typ != Person && m.typ != Location || m.canon != "" || m.forced != "" || m.agency >= 0 || m.country >= 0 ||
		len(m.words) == 0 || len(m.words) > 5 {
		return false
	}
	if m.End < len(text) && strings.IndexByte(",.;", text[m.End]) >= 0 {
		return thingName(m, m.words)
	}
	n, _ := nextWord(text, m.End)
	return len(n) >= 4 && lowerWord(n) && strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ss") && n != "this" &&
		n != "thus" && thingName(m, m.words)
}
