package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail17e) types as firms the names taken for people or places
// that stand where only a firm stands: right after a holding's noun and "in" ("a 5
// pct stake in Quarbin", "an equity interest in Velmora's") or after a
// merger's noun and "of", "with" or "between" ("the merger of Quarbin with
// ...", "agreed to merge with Velmora"). A person is held a stake in only
// through what he owns, written with his possessive and its noun ("a stake
// in Tervane's airline"), and that is left.

// stakeNouns are the holdings whose firm follows them after "in".
var stakeNouns = names.Set{"stake": true, "stakes": true, "holding": true, "shareholding": true}

// interestKinds come before "interest in" when the interest is a holding
// of shares ("an equity interest in", "a 20 pct interest in"), not a
// person's curiosity ("showed interest in").
var interestKinds = names.Set{"equity": true, "pct": true, "percent": true, "controlling": true,
	"minority": true, "majority": true, "ownership": true}

// mergerNouns come before "of", "with" or "between" and a firm.
var mergerNouns = names.Set{"merger": true, "merge": true, "merged": true, "merging": true}

// stakeFirmTails may follow a firm's possessive that ends its name after a
// holding ("a stake in Velmora's to 28 pct", "Quarbin's and Velmora").
var stakeFirmTails = names.Set{"to": true, "and": true, "or": true, "from": true, "for": true, "in": true,
	"at": true, "by": true, "with": true, "which": true, "that": true, "was": true, "is": true, "last": true}

// stakeFirm reports whether a name of one word taken for a person or a
// place follows a holding's noun and "in" ([stakeNouns], or
// [interestKinds] and "interest") or a merger's noun ([mergerNouns]) and
// "of", "with" or "between", and is no owner before his possessive's
// noun: after "'s" only punctuation or a word of [stakeFirmTails] may
// come, nor a comma and a capitalized word (a list, or a firm's name of
// several with commas: "a stake in Tervane, Vell and Quarbin Ltd"). Only a
// name of one word, as [firmSaidIt] reads: a firm's name of
// two words taken for a person ("a stake in Ann Tervane") is mostly the
// short form of a longer name of the article, which the linker joins to
// it while it is typed a person and leaves apart once it is a firm and
// two longer names begin with it. Towns are held stakes in too ("a stake
// in Velmora-based ...", "its holding in Texas"), so a place the tables
// or the gazetteer know is left, and so is a name a hyphen follows.
func (r *Resolver) stakeFirm(text string, m *mention) bool {
	if m.typ != Person && m.typ != Location || len(m.words) != 1 || m.canon != "" || m.forced != "" || m.country >= 0 || m.agency >= 0 {
		return false
	}
	p, ps := prevWordFast(text, m.Start)
	switch p {
	case "in":
		d, ds := prevWordFast(text, ps)
		d = strings.ToLower(d)
		if d == "interest" {
			k, _ := prevWordFast(text, ds)
			if !interestKinds[strings.ToLower(k)] {
				return false
			}
		} else if !stakeNouns[d] {
			return false
		}
	case "of", "with", "between":
		if d, _ := prevWordFast(text, ps); !mergerNouns[strings.ToLower(d)] {
			return false
		}
	default:
		return false // the usual case, decided at once
	}
	if possessiveOwns(text, m.End) || commaNameAfter(text, m.End) {
		return false
	}
	if m.typ == Location {
		g := placeGaz()
		return (m.End == len(text) || text[m.End] != '-') && !r.knownPlaceKey(m.key) && (g == nil || !g.PlaceName(m.words))
	}
	return true
}

// possessiveOwns reports whether a possessive at byte end is followed by
// a noun it owns (a word not of [stakeFirmTails]) rather than punctuation.
func possessiveOwns(text string, end int) bool {
	rest := text[end:]
	if !strings.HasPrefix(rest, "'s") && !strings.HasPrefix(rest, "’s") {
		return false
	}
	w, _ := nextWord(text, end+strings.Index(rest, "s")+1)
	if w == "" || !isWordByte(w[0]) {
		return false
	}
	return !stakeFirmTails[strings.ToLower(strings.TrimRight(w, ".,;:"))]
}

// commaNameAfter reports whether a comma and a capitalized word follow byte
// end, maybe after a possessive's "'s".
func commaNameAfter(text string, end int) bool {
	rest := strings.TrimPrefix(text[end:], "'s")
	if !strings.HasPrefix(rest, ",") {
		return false
	}
	w, _ := nextWord(rest, 1)
	return upperWord(w)
}
