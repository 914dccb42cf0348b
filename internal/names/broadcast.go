package names

import (
	"slices"
	"strconv"
	"sync"
)

// numberWords are the numbers that broadcasters spell in their channels'
// names: BBC One, Radio Four.
var numberWords = []string{"one", "two", "three", "four", "five"}

// NumberedHeads are the words of a broadcaster's name that a channel's
// number follows and belongs to: "BBC Radio 4", "BBC News 24", "Channel
// 4", "BBC 6 Music". Recognizers stop at the number; the span repair takes
// it in (and the place a regional station is named after, "BBC Radio
// Scotland", after "Radio").
var NumberedHeads = Set{"radio": true, "channel": true, "news": true, "bbc": true}

// stationNames are the other names of the BBC's numbered channels,
// written for this project from general knowledge. The television
// channels were renamed in 1997 ("BBC1" became "BBC One"); the radio
// stations are written with their number ("BBC Radio 4") and spelled
// ("BBC Radio Four"), with or without "BBC".
var stationNames = sync.OnceValue(func() map[string]KnownName {
	m := map[string]KnownName{}
	add := func(key, name string) {
		m[key] = KnownName{Name: name, Type: Org}
	}
	tv := []string{"BBC One", "BBC Two", "BBC Three", "BBC Four"}
	for i, name := range tv {
		n := strconv.Itoa(i + 1)
		add("bbc"+n, name)
		add("bbc "+n, name)
	}
	for i, w := range numberWords {
		n := strconv.Itoa(i + 1)
		name := "BBC Radio " + n
		if n == "5" {
			name = "BBC Radio 5 Live"
			for _, k := range []string{"radio 5 live", "radio five live", "bbc radio five live", "bbc five live", "five live", "bbc radio 5"} {
				add(k, name)
			}
		}
		for _, k := range []string{"radio " + n, "radio " + w, "bbc radio " + w} {
			add(k, name)
		}
	}
	add("bbc news online", "BBC News")
	add("bbc news website", "BBC News")
	add("bbc online", "BBC News")
	return m
})

// knownStation returns what a name of a BBC channel or station stands
// for (see stationNames), or false.
func knownStation(key string) (KnownName, bool) {
	k, ok := stationNames()[key]
	return k, ok
}

// NumberWord reports whether the folded word w is a number that
// broadcasters spell in a channel's name ("four" of "BBC Radio Four").
func NumberWord(w string) bool {
	return slices.Contains(numberWords, w)
}
