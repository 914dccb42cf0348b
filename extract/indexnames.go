package extract

import "strings"

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

// indexAfter reports whether a name stands for a stock market's index by
// the words around it: "benchmark" before it and "index", "stock index" or
// "share index" after it ("the benchmark QRB stock index closed"). The
// name is the index's (MISC). Without "benchmark" the name is as often
// the index's owner, whose other mentions the article's vote would take
// with it ("the owner of the Quarbin stock index plans to sell shares").
func indexAfter(text string, m *mention) bool {
	if m.End+6 > len(text) || !lineGap(text, m.End) || m.canon != "" || m.forced != "" || m.country >= 0 {
		return false
	}
	if p, _ := prevWordFast(text, m.Start); p != "benchmark" {
		return false
	}
	w, we := nextWord(text, m.End)
	switch w {
	case "stock", "share", "shares":
		n, _ := nextWord(text, we)
		return strings.TrimRight(n, ",.;:") == "index"
	case "index", "index,", "index.":
		return true
	}
	return false
}
