package extract

// cutSmallTail drops the small words ([trailingSmall]: "as", "for",
// "and") that a cut has left at the end of a span's words, keeping one
// word at least. trimNumbers ends a span in no small word; a member's
// office cut after it ("the Quarbin Council for Road Safety as MPs
// vote": "MPs", a title's first word, [titleStarts]) can leave one there
// again.
func cutSmallTail(ws []word) []word {
	for len(ws) > 1 && trailingSmall[ws[len(ws)-1].text] {
		ws = ws[:len(ws)-1]
	}
	return ws
}
