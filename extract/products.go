package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/internal/names"
)

// productNames makes a product of a name typed as an organization whose
// last word the article writes before a kind of device ([deviceNouns]):
// "Quarbin QX" and "QX" where the article speaks of "the QX handheld" or
// "QX consoles". The name in full, and the product's word alone, are then
// no entities: a product is no node of the graph. A place's, a country's,
// an organization's or a common word never makes a product ("Quarbin
// Europe", "Quarbin Research", "Quarbin One").
func productNames(a *article) {
	var products []string // keys of the products' words
	for _, m := range a.ms {
		if m.typ != Org || len(m.words) > 2 || m.canon != "" || m.forced != "" || m.agency >= 0 || strings.Contains(m.Name, "-") {
			continue
		}
		s := m.Name[strings.LastIndexByte(m.Name, ' ')+1:]
		w := last(m.words)
		if containsString(products, w) || !productWord(s, w) || a.defined[m.key] || !deviceAfter(a, s, w) || !madeBy(a, s, w) {
			continue
		}
		products = append(products, w)
	}
	if products == nil {
		return
	}
	for _, m := range a.ms {
		if m.typ != Org || m.country >= 0 || m.forced != "" || m.canon != "" || m.agency >= 0 || len(m.words) > 2 {
			continue
		}
		if containsString(products, last(m.words)) {
			m.typ, m.typed = Misc, true
		}
	}
}

// deviceNouns name a kind of device after a product's name: "the QX
// handheld", "QX consoles", "Quarbin's QX laptop".
var deviceNouns = names.Set{"console": true, "consoles": true, "handheld": true, "handhelds": true,
	"handset": true, "handsets": true, "laptop": true, "laptops": true, "notebook": true, "drive": true,
	"drives": true, "tablet": true, "phone": true, "phones": true, "camera": true, "cameras": true,
	"aircraft": true, "airliner": true, "airliners": true, "jet": true, "jets": true, "chip": true, "chips": true,
	"processor": true, "processors": true, "browser": true, "gadget": true, "device": true, "devices": true,
	"computer": true, "computers": true, "mini": true}

// madeBy reports whether the article names a maker of the product's word
// w, written s: in a name of two words ("Quarbin QX"), or by a
// possessive before it ("Quarbin's QX", "its QX"). A maker itself has
// none: "the Quarbin laptop" is the maker's.
func madeBy(a *article, s, w string) bool {
	for _, m := range a.ms {
		if len(m.words) == 2 && m.words[1] == w && m.words[0] != w && pairName(a, m.words[0], w) {
			return true
		}
	}
	for i := 0; ; {
		j := strings.Index(a.text[i:], s)
		if j < 0 {
			return false
		}
		i += j
		if p, _ := prevWordFast(a.text, i); p == "its" || possessiveEnd(p) && upperWord(p) {
			return true
		}
		i += len(s)
	}
}

// pairName reports whether the article names a maker k and a product w
// as one name of two words, "Quarbin QX", and the maker alone as an
// organization ("Quarbin said") or by a word that is no common word. A
// name of two words that begins with a common word may be a company's
// own: "Advanced Micro chip sets".
func pairName(a *article, k, w string) bool {
	pair, alone := false, false
	for _, m := range a.ms {
		pair = pair || len(m.words) == 2 && m.words[0] == k && m.words[1] == w
		alone = alone || m.key == k && m.typ == Org
	}
	return pair && (alone || !ner.CommonWord(k))
}

// thingBefore are the lower-case words before a product's name used as
// a thing: "the QX handheld", "its QX console". "A" and "an" are left
// out: "a Quarbin computer" is any of the maker's.
var thingBefore = names.Set{"the": true, "its": true, "their": true, "his": true, "her": true, "new": true,
	"latest": true, "upcoming": true}

// deviceAfter reports whether the text writes the word s before a kind of
// device ([deviceNouns]), after a lower-case article or possessive
// ([thingBefore]), a maker's possessive ("Quarbin's QX console") or the
// maker's name ("Quarbin QX consoles"), so as a thing of its own: "the QX
// handheld", not "Quarbin computers".
func deviceAfter(a *article, s, w string) bool {
	text := a.text
	for i, end := range wholeWords(text, s) {
		if deviceWordAt(text, end) { // tail15t: no firm's noun after the device's word; a line's end too
			if p, _ := prevWordFast(text, i); thingBefore[p] || possessiveEnd(p) || upperWord(p) && pairName(a, names.Key(p), w) {
				return true
			}
		}
		if modelCodeDevice(a, i, end, w) { // tail16p: a model's code between ("the Quarbin Zeph Q7 phone")
			return true
		}
	}
	return false
}

// productWord reports whether w, written s, may be a product's name: no
// common word, place, organization's word or plural.
func productWord(s, w string) bool {
	if len(s) < 2 || s[len(s)-1] == 's' || !upperWord(s) || orgWord(w) || ner.CommonWord(s) ||
		names.Tables().KnownPlace(w) || names.IsRegion(w) {
		return false
	}
	if _, known := names.Known(s); known {
		return false
	}
	_, country := names.LookupCountry(s)
	return !country
}

// isWordByte reports whether b is an ASCII letter or digit.
func isWordByte(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9'
}
