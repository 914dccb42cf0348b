package names

import "strings"

// memberSeats are the seats in a parliament written after a party as a
// title: "Conservative MP Ann Vell", "Labour MEP Tom Rigby". Written in
// capitals only; the grammar reads any other acronym as a qualifier.
var memberSeats = Set{"mp": true, "mep": true, "msp": true}

// memberSeat reports whether a word as written is a seat of [memberSeats]
// in capitals with no dots, a title's head: "M.P." may be a man's initials
// ("Chairman M.P. Vell").
func memberSeat(w, k string) bool {
	return memberSeats[k] && IsUpperWord(w) && !strings.Contains(w, ".")
}

// nameParticles are the particles of surnames that a name may begin with
// after a title: "Mr De Vido", "President Van Rigby", "Mr Di Lemmo".
var nameParticles = Set{"de": true, "du": true, "des": true, "la": true, "le": true, "van": true,
	"von": true, "der": true, "den": true, "da": true, "di": true, "dos": true, "das": true,
	"del": true, "della": true, "ter": true, "ten": true}

// particleName reports whether a name after a title begins with a
// capitalized particle of [nameParticles] that a capitalized word of the
// name follows: "De Vido". A particle alone, or before a small word, is
// no name.
func particleName(name []string) bool {
	return len(name) >= 2 && nameParticles[Key(name[0])] && IsCapitalized(name[0]) &&
		IsCapitalized(name[1]) && !MinorWords[Key(name[1])]
}
