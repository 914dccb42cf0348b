package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// drinkNouns are the kinds of drink, food and tobacco that follow a
// brand's name with no article: "Quarbin stout", "Zorbit cookies".
var drinkNouns = names.Set{"beer": true, "beers": true, "lager": true, "lagers": true, "stout": true, "ale": true,
	"ales": true, "whisky": true, "whiskies": true, "whiskey": true, "vodka": true, "rum": true, "gin": true,
	"brandy": true, "cognac": true, "champagne": true, "bourbon": true, "tequila": true, "liqueur": true,
	"cider": true, "sherry": true, "cookies": true, "biscuits": true, "crisps": true, "cigarettes": true,
	"cigars": true}

// drinkFirmWords after a drink's noun make the name its maker's: "the
// Quarbin beer group", "a Zorbit vodka distiller".
var drinkFirmWords = names.Set{"group": true, "company": true, "firm": true, "maker": true, "makers": true,
	"giant": true, "brewer": true, "brewers": true, "brewery": true, "distiller": true, "distillery": true,
	"producer": true, "business": true, "unit": true, "division": true, "empire": true}

// drinkBrand makes a thing (MISC) of a name typed as an organization, a
// person or a place that a kind of drink or food follows ([drinkNouns]):
// "brands include Zorbit vodka and Quarbin stout", "products like Lemmo
// cookies": the name is a brand, a product. A name the article writes
// again is left: it names the maker by the same word as often ("sales of
// Quarbin lager rose. Quarbin said"), and the group of its mentions would
// take the thing's type. A maker's word after the noun ([drinkFirmWords]:
// "the Quarbin beer group"), a name of more than three words, an
// acronym, a possessive ("Quarbin's whisky", the maker's) and a name of
// [thingName]'s kinds (a place's: "Tervane cider") are left.
func drinkBrand(a *article, m *mention) {
	if m.End+4 > len(a.text) || !lineGap(a.text, m.End) || !isLowerASCII(a.text[m.End+1]) {
		return // the cheap first question
	}
	w, we := nextWord(a.text, m.End)
	if !drinkNouns[strings.TrimRight(w, ",.;:!?)")] {
		return
	}
	// the noun's phrase goes on (no comma or stop after it) into a maker's word
	if n, _ := nextWord(a.text, we); w[len(w)-1] >= 'a' && drinkFirmWords[strings.TrimRight(n, ",.;:!?)")] {
		return
	}
	if len(m.words) > 3 || !workTyped(m) || m.acronym || m.headline || m.Start > 0 && a.text[m.Start-1] == '<' {
		return
	}
	if g := placeGaz(); g == nil || g.PlaceName(m.words) || !thingName(m, m.words) {
		return
	}
	for _, o := range a.ms {
		if o != m && o.key == m.key {
			return // the article names it again: as often the maker ("Quarbin said")
		}
	}
	m.typ, m.typed = Misc, true
}
