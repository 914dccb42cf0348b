package extract

import "strings"

// tickerCue reports whether p, the word before a name in capitals, says
// a stock's ticker symbol follows: "symbol", "symbols" or "ticker", with
// the comma of an apposition too ("it keeps its symbol, QRB, on the Big
// Board").
func tickerCue(p string) bool {
	p = strings.ToLower(strings.TrimSuffix(p, ","))
	return p == "symbol" || p == "symbols" || p == "ticker"
}

// tickerShape reports whether m is written in capitals, as a ticker is:
// its name, or its text when the name was recased (a line's first word,
// "symbol,\nQRB,", comes out "Qrb").
func tickerShape(text string, m *mention) bool {
	if upperLetters(m.Name) {
		return true
	}
	return m.Start >= 0 && m.Start < m.End && m.End <= len(text) && upperLetters(text[m.Start:m.End])
}
