package extract

import "github.com/nergraph/nergraph/internal/names"

// This file cuts from a span the words that stand for a figure in a wire
// table, which the recognizer glues to a row's label as if they were a
// name's: the marks of no figure ("TERVANE NIL" of a rainfall table,
// "QUARBIN UNCH", "UNQ ELKTON" of a price list, "DEC8 UNTRD") and the
// delivery months or days joined by a slash ("ELKTON APR/MAY 129.50",
// "Tervane Mch/Apl", "Fair/mild Thu/Fri").

// figureMarks stand for a figure in a table's cell: none ("nil"),
// unchanged ("unch"), unquoted ("unq"), untraded ("untrd").
var figureMarks = names.Set{"nil": true, "unch": true, "unq": true, "untrd": true}

// tableFigure reports whether w stands for a figure or a period of a
// table's cell: a mark of [figureMarks] (any case), or a [slashPeriod]
// ("APR/MAY/JUNE", "Thu/Fri"). A month alone is no such word: "May" is a
// name too.
func tableFigure(w string) bool {
	return len(w) >= 3 && (figureMarks.Has(w) || slashPeriod(w))
}

// figureCut drops the table's figures from both ends of a span ("UMUARAMA
// NIL", "Tervane Apl/Jne", "NIL NIL Domes Use"). What is left is a row's
// label. Before the figures, it is kept, as a place, when the tables know
// it as a place, or when it is in capitals before a "NIL" in capitals (the
// towns of a rainfall table, "SAO QUARBIN NIL"); after them only, it is
// the next row's label, often a grade named for its port ("UNQ\nTervane
// No. 5"), and is kept only when it ends in a river's or a lake's word
// ("Sept/Nov Lower Tervane River"). Anything else, a grade, a column's
// letter, a firm of a price list, is dropped with the span, as [tableMark]
// leaves it. A span with no such word at its ends is left as it was, and
// so is a mark alone that is typed a person ("Nil" is a given name too).
func (r *Resolver) figureCut(ws []word, typ Type) ([]word, Type, bool) {
	n := len(ws)
	if n == 0 || !tableFigure(ws[0].text) && !tableFigure(ws[n-1].text) || n == 1 && typ == Person && figureMarks.Has(ws[0].text) {
		return ws, typ, true
	}
	lo, hi := 0, n
	for lo < hi && tableFigure(ws[lo].text) {
		lo++
	}
	rainfall := false
	for hi > lo && tableFigure(ws[hi-1].text) {
		rainfall = rainfall || ws[hi-1].text == "NIL"
		hi--
	}
	rest := ws[lo:hi]
	if len(rest) == 0 {
		return nil, typ, false
	}
	name := joinWords(rest)
	if featureTails.Has(rest[len(rest)-1].text) || hi < n && (r.knownPlaceName(name) || rainfall && names.IsUpperWord(name)) {
		return rest, Location, true
	}
	return nil, typ, false
}
