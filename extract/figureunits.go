package extract

import "github.com/nergraph/nergraph/internal/names"

// figureUnits are the units the wire writes after a figure, in a table's
// columns and in headlines: "1.1 BIL", "885 MLN", "80 Dlrs". "Bill" is a
// first name, and counts only in capitals; "CTS" and "PCT" are firms too.
var figureUnits = names.Set{"mln": true, "bil": true, "bln": true, "dlrs": true, "stg": true}

// figureUnitLead cuts from a span the units that begin it after a figure:
// a table's last column glued to the next row's name ("1.1 BIL WAL-MART",
// "1.5 BILL K MART") or a headline's amount before a firm ("1.4 MLN
// DAYTON HUDSON SHARES"). The figure must not end a sentence. The cheap
// question, the first word's key, goes first; the figure before it is
// asked only then. A span left with no
// words names nothing.
func figureUnitLead(text string, ws []word) []word {
	if len(ws) == 0 || !figureUnit(ws[0].text) {
		return ws
	}
	p, _ := prevWord(text, ws[0].start)
	if p == "" || p[0] < '0' || p[0] > '9' || p[len(p)-1] == '.' {
		return ws // no figure, or one that ends a sentence: "in 1985. CTS said"
	}
	k := 0
	for k < len(ws) && figureUnit(ws[k].text) {
		k++
	}
	return ws[k:]
}

// figureUnit reports whether w is a unit of figures: "MLN", "Dlrs", or
// "BILL" in capitals.
func figureUnit(w string) bool {
	return figureUnits.Has(w) || w == "BILL"
}
