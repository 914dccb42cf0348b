package extract

import "github.com/nergraph/nergraph/internal/names"

// A limited partnership writes its legal form in two words, "Limited
// Partnership" ("Ltd Partnership"), and a fund or a partnership of a
// series its number after its legal form ("Tervane Investors LP II").
// [corpCut] cut such a name after the suffix and made the last word a
// firm of its own: the Reuters graph had one "Partnership" of 22 articles
// and one "II" (issue 10, tail15u).

// limitedWords are the company suffixes that "Partnership" follows in a
// limited partnership's legal form.
var limitedWords = names.Set{"limited": true, "ltd": true}

// seriesNumerals are the Roman numerals of a series written after a legal
// form; the one-letter "I", "V" and "X" are left out (a pronoun, an
// initial).
var seriesNumerals = map[string]bool{"II": true, "III": true, "IV": true, "VI": true, "VII": true,
	"VIII": true, "IX": true}

// seriesTail reports whether the word after the company suffix ws[i], the
// name's last, is a series' Roman numeral, which ends the name with it:
// "Quarbin Investors LP II" is a fund of its own, not "Quarbin Investors
// LP" and "II".
func seriesTail(ws []word, i int) bool {
	return i >= 1 && i == len(ws)-2 && seriesNumerals[ws[i+1].text]
}

// limitedPartnershipCut returns the words of a name that ends in "Limited
// Partnership" or "Ltd Partnership" without the last word, or nil: the
// legal form's second word is left out of the mention, so that "Quarbin
// Limited Partnership" is named as "Quarbin Limited" (and linked with
// "Quarbin L.P.", whose key drops the suffix) and no firm "Partnership" is
// made of it.
func limitedPartnershipCut(ws []word) []word {
	n := len(ws)
	if n < 3 || names.Key(ws[n-1].text) != "partnership" || !limitedWords.Has(ws[n-2].text) {
		return nil
	}
	return ws[:n-1]
}
