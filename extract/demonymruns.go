package extract

import "github.com/nergraph/nergraph/internal/names"

// This file (tail17i) holds a wider shape of [compassDemonym]'s adjective:
// words of peoples and regions joined by "and" ("Central and Eastern
// European sales"), or "pan-" and a people ("Pan-European stock market").
// Before a lower-case noun such words describe the noun; they name no one.

// demonymRun reports whether a name's words are an adjective of peoples
// or regions: "pan" and a demonym, or compass words ([compassWords]) and
// demonyms with "and" between two of them and a demonym last. A name of
// other words ("Quarbin and Eastern European Bank") is left.
func demonymRun(t *names.Index, m *mention) bool {
	n := len(m.words)
	if n < 2 || !demonymWord(t, m.words[n-1]) {
		return false
	}
	if m.words[0] == "pan" {
		return n == 2
	}
	joined := false
	for i, w := range m.words[:n-1] {
		switch {
		case w == "and":
			if i == 0 {
				return false
			}
			joined = true
		case compassWords[w] || demonymWord(t, w):
		default:
			return false
		}
	}
	return joined
}

// demonymWord reports whether a folded word names a people or is a
// continent's adjective ("european").
func demonymWord(t *names.Index, w string) bool {
	return t.IsDemonym(w) || continentAdjectives[w]
}
