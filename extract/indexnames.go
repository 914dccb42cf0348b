package extract

// indexName reports whether a mention names a market's or a price's index
// by its words: "the Tervane Industrial Index fell", "the Quarbin World
// Indices", "the Index of Leading Indicators". An index is a measure, no
// body: MISC, as CoNLL tags it. A fund or a firm named for one keeps its
// type ("the Quarbin Stock Index Fund": another word ends it), and so does
// a name the user or the tables settled.
func indexName(m *mention) bool {
	n := len(m.words)
	if n < 2 || m.canon != "" || m.forced != "" {
		return false
	}
	switch m.words[n-1] {
	case "index", "indices", "indexes":
		return true
	}
	return m.words[0] == "index" && m.words[1] == "of"
}
