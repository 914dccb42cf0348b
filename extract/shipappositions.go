package extract

import "strings"

// This file (tail16y) reads a ship's name set off by commas after its kind
// noun: "the navy's vessel, the Tervane Star, sailed", "an oil tanker,
// Quarbin II, ran aground", "a bulk carrier, the 61,000 dw tonnes Lemmo
// Vell, was refloated". [shipCue] reads the kind noun only right before
// the name; the apposition puts a comma, "the" and the ship's deadweight
// between. A ship is MISC, no entity.

// shipApposition reports whether a name typed as an organization, a
// person or a place stands in an apposition after a ship's kind noun and
// its comma ([shipKindComma]), maybe after "the" and a deadweight ("the
// 61,000 dw tonnes"), and is closed by a comma itself. The closing comma
// is what parts the ship from the clause's next subject: "a U.S. flag
// tanker, the Pentagon said" and "an aircraft carrier, the Zorbit tank"
// go on after the name and are left.
func shipApposition(text string, m *mention) bool {
	if m.End >= len(text) || text[m.End] != ',' {
		return false // the usual case, decided at once
	}
	if m.typ != Org && m.typ != Person && m.typ != Location || m.country >= 0 || m.canon != "" || m.agency >= 0 ||
		len(m.words) == 0 || len(m.words) > 5 {
		return false
	}
	w, i := prevWordFast(text, m.Start)
	if w == "tonnes" {
		dw, j := prevWordFast(text, i)
		figure, k := prevWordFast(text, j)
		if dw != "dw" || !tonnage.MatchString(figure) {
			return false
		}
		w, i = prevWordFast(text, k)
	}
	if w == "the" {
		w, i = prevWordFast(text, i)
	}
	return shipKindComma(text, w, i)
}

// shipKindComma reports whether w, the word that starts at i, is a ship's
// kind noun with a comma after it ([shipKind]: "tanker," or "bulk
// carrier,", not an airline's "the national carrier,").
func shipKindComma(text, w string, i int) bool {
	k, ok := strings.CutSuffix(w, ",")
	return ok && shipKind(text, k, i)
}
