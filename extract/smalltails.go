package extract

// cutTitleTail drops the words of a title's start ([titleStarts]:
// "Vice", "Deputy", "MPs") that end a span of no person, and then the
// small words the cut leaves at its end ([cutSmallTail], tail12e: "the
// Quarbin Council for Road Safety as MPs vote").
func cutTitleTail(ws []word) []word {
	n := len(ws)
	for len(ws) > 1 && titleStarts.Has(ws[len(ws)-1].text) {
		ws = ws[:len(ws)-1]
	}
	if len(ws) == n {
		return ws
	}
	return cutSmallTail(ws)
}

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
