package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file drops the row labels of a price list that the recognizer takes
// for firms or people: a metal, a grade or a delivery town abbreviated,
// followed on its row by its price range and unit ("Quarbium Cathode,U.S.
// prod 66.00/69.00 cts/lb", "Electrovell, grade a, fob dlrs/ton
// 3.20/3.29", "Tervane scrap, ton unq").

// priceUnits are the units of a price list's rows, written with a slash:
// cents a pound, dollars a ton, an ounce's dollars.
var priceUnits = names.Set{"cts/lb": true, "dlrs/lb": true, "dlrs/ton": true, "dlrs/tonne": true,
	"oz/dlr": true, "ton/dlr": true, "lb/cts": true, "cts/bu": true}

// proseWords tell running text from a price list's row: a price range
// after them is a sentence's ("rose to 12.50/13.00", "the previous
// 4.25/4.50").
var proseWords = names.Set{"the": true, "at": true, "to": true, "from": true, "of": true,
	"was": true, "were": true, "is": true, "are": true, "said": true, "says": true, "its": true,
	"up": true, "down": true, "off": true}

// priceRowLabel reports whether a name taken for a firm or a person is a
// price list's row label: within its next five words, none of running
// text's ([proseWords]) and no single price before it (a firm's posted
// price, "Zorbit (bullion) 418.50"), stands a price range in decimals
// ("38.50/44.50"), a unit of [priceUnits] or an unquoted price ("unq",
// "untrd"). A one-word
// name in capitals (an exchange's or a firm's letters that post the
// price), a known name and a place the tables know are left, and so is a
// firm whose base or price it is ("Zorbit base, troy oz/dlr").
func priceRowLabel(text string, m *mention) bool {
	if m.typ != Org && m.typ != Person || m.canon != "" || m.country >= 0 || len(m.words) == 1 && upperLetters(m.Name) {
		return false
	}
	e := m.End
	for i := range 6 {
		w, we := nextWord(text, e)
		if w == "" {
			return false
		}
		k := w
		if n := len(k); k[n-1] == ',' || k[n-1] == ';' || k[n-1] == ':' {
			k = strings.TrimRight(k, ",;:")
		}
		// The cheap questions first (a slash, a point, a capital), the
		// lower-casing and trimming only for the few words that need them.
		slash := strings.IndexByte(k, '/') >= 0
		switch {
		case slash && (priceUnits[strings.ToLower(k)] || priceRange(k)) || k == "unq" || k == "untrd":
			return !names.Tables().KnownPlace(m.key)
		case proseWords[k] || hasUpperASCII(k) && proseWords[strings.ToLower(k)] || i == 0 && (k == "base" || k == "price" || k == "prices") ||
			strings.IndexByte(k, '.') >= 0 && decimalNumber(strings.Trim(k, "()")):
			return false
		}
		e = we
	}
	return false
}

// priceRange reports whether w is a range of two prices in decimals parted
// by a slash: "38.50/44.50", "69.625/70.00".
func priceRange(w string) bool {
	lo, hi, ok := strings.Cut(w, "/")
	return ok && decimalNumber(lo) && decimalNumber(hi)
}

// decimalNumber reports whether w is digits, a point and digits: "44.50".
func decimalNumber(w string) bool {
	whole, frac, ok := strings.Cut(w, ".")
	return ok && allDigits(whole) && allDigits(frac)
}

// hasUpperASCII reports whether w holds a capital letter A to Z.
func hasUpperASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if 'A' <= w[i] && w[i] <= 'Z' {
			return true
		}
	}
	return false
}
