package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/ner"
	"github.com/nergraph/nergraph/internal/names"
)

// monthParts are the words joined by a hyphen before a month to name a
// part of it: "end-April", "mid-March".
var monthParts = names.Set{"end": true, "mid": true, "early": true, "late": true}

// weekdayShorts are the short forms of the weekdays a forecast writes
// ("showers west Thu, east Fri") that are no English word or common name:
// "Mon", "Sat", "Sun" and "Wed" are left out.
var weekdayShorts = names.Set{"tue": true, "tues": true, "thu": true, "thur": true, "thurs": true, "fri": true}

// calendarPhrase reports whether a mention names a time, not an entity: a
// part of a month written with a hyphen ("end-February", "Mid-Dec"), or
// a weekday's short form alone or after words a forecast writes before it
// ("Thu", "showers west Thu": [forecastWord]), when the article writes another
// weekday's short form too ("Fri"). The cheap questions go first: two
// words and a hyphen in the name, or a short weekday as the last word.
func calendarPhrase(text string, m *mention) bool {
	n := len(m.words)
	if n == 2 && monthParts[m.words[0]] && tradeMonths[m.words[1]] {
		i := strings.IndexByte(m.Name, '-')
		return i > 0 && !strings.ContainsAny(m.Name[:i], " ")
	}
	if n > 3 || !weekdayShorts[m.words[n-1]] {
		return false
	}
	for i, w := range strings.Fields(m.Name) {
		if i < n-1 && !forecastWord(w, m.words[i]) {
			return false
		}
	}
	return otherWeekday(text, m.words[n-1])
}

// forecastWord reports whether w, a word of a name with key k, is one a
// forecast writes before a weekday: a word in lower case ("west"), a point
// of the compass, a word the case table finds mostly in lower case, or the
// comparative of one ("Cooler", "Warmer", "Wetter").
func forecastWord(w, k string) bool {
	if w != "" && w[0] >= 'a' && w[0] <= 'z' || compassPoints[k] || ner.MostlyLower(k) {
		return true
	}
	n := len(k)
	if n < 5 || !strings.HasSuffix(k, "er") {
		return false
	}
	return ner.MostlyLower(k[:n-2]) || k[n-3] == k[n-4] && ner.MostlyLower(k[:n-3])
}

// otherWeekday reports whether text writes, as a word with a capital, the
// short form of a weekday other than the one given ("Mon" and "Sun" are
// names too often: "Sun Co").
func otherWeekday(text, day string) bool {
	for _, w := range []string{"Tue", "Wed", "Thu", "Fri", "Sat"} {
		if !strings.HasPrefix(day, strings.ToLower(w)) && hasWord(text, w) {
			return true
		}
	}
	return false
}
