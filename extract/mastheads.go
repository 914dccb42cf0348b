package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// mastheads end a newspaper's name after the place it is printed in: "the
// Tervane Chronicle", "the Port Lemmo Examiner". "Star", "Sun", "News"
// and "Standard" are left out: they end firms' and ships' names as often
// ("Lemmo Star").
var mastheads = names.Set{"chronicle": true, "examiner": true, "tribune": true, "gazette": true, "herald": true,
	"courier": true, "inquirer": true, "telegraph": true}

// mastheadName reports whether a name of two words or more the recognizer
// took for a place or a person is a newspaper's (tail12w): a masthead word
// ([mastheads]) after a place the tables know ("San Tervane Chronicle").
// A person's surname may be such a word ("Ann Courier"): the words before
// it must name a place.
func mastheadName(m *mention) bool {
	if m.typ != Location && m.typ != Person || len(m.words) < 2 || m.canon != "" || !mastheads[last(m.words)] {
		return false
	}
	return names.Tables().KnownPlace(strings.Join(m.words[:len(m.words)-1], " "))
}
