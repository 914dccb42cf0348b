package extract

import "github.com/nergraph/nergraph/internal/names"

// holidayNames are feasts and holidays of the year, a date rather than an
// entity: "before Easter", "the Christmas shopping season", "for
// Halloween".
var holidayNames = names.Set{"easter": true, "christmas": true, "xmas": true, "thanksgiving": true,
	"halloween": true, "hanukkah": true, "chanukah": true, "passover": true, "ramadan": true, "diwali": true,
	"kwanzaa": true, "hogmanay": true, "yom kippur": true, "rosh hashanah": true, "good friday": true,
	"easter monday": true, "easter sunday": true, "boxing day": true, "christmas eve": true, "christmas day": true}

// holidayName reports whether a name is a holiday's ([holidayNames]) with
// no title before it: a date, no entity (MISC). "Mr Easter" (a surname
// after a title) is left, and a longer name holding one ("Christmas
// Island", "Easter Seals") is no holiday's.
func holidayName(text string, m *mention) bool {
	if len(m.words) > 2 || m.canon != "" || !holidayNames[m.key] {
		return false
	}
	return titleBefore(text, m.Start) == ""
}
