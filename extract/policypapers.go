package extract

import "github.com/nergraph/nergraph/internal/names"

// This file (tail16c) holds the cue by which a name is a policy's, a
// plan's or a plot's by its last words, MISC whatever the recognizer said
// (it takes the place or the man the thing is named after for the whole):
// "the Tervane Agenda", "the Quarbin Bomb Plot", "the government's Green
// Paper". [names.MiscHeads] holds the heads of laws and events; these
// are the heads of a programme, a consultation document and a conspiracy,
// which no body's name ends in.

// policyHeads end the name of a programme or a conspiracy: "the Tervane
// Agenda", "the Lemmo Plot".
var policyHeads = names.Set{"agenda": true, "agendas": true, "plot": true, "plots": true}

// paperColours are the colours of a government's consultation papers, a
// kind of document: "the Green Paper", "an EU White Paper". A firm's
// name ending in "Paper" (a paper maker) has another word before it.
var paperColours = names.Set{"white": true, "green": true}

// policyPaper reports whether a name of two words or more, which no table
// settles, ends in a word of [policyHeads], or in a colour of
// [paperColours] and "Paper" or "Papers".
func policyPaper(m *mention) bool {
	n := len(m.words)
	if n < 2 || m.canon != "" || m.agency >= 0 || m.country >= 0 {
		return false
	}
	last := m.words[n-1]
	if policyHeads[last] {
		return true
	}
	return (last == "paper" || last == "papers") && paperColours[m.words[n-2]]
}
