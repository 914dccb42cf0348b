package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail14o) reads a ship by the prefix a navy or a line writes
// before its name: "HMS Tervane", "USS Quarbin", "HMCS Lemvell". The name
// is a ship's, MISC, as [shipCue] makes the name after "the frigate".

// shipPrefixes are the prefixes of a ship's name. "MV" and "SS" are left:
// they open firms' names and acronyms as often ("MV Quarbin", a maker).
var shipPrefixes = names.Set{"HMS": true, "HMAS": true, "HMCS": true, "HMNZS": true, "USS": true, "RMS": true}

// shipPrefix reports whether a name of two or three words opens with a
// ship's prefix ([shipPrefixes]), written in capitals. The prefix alone
// is no ship ("USS said", a steel firm's unit), nor a name with an
// organization's word ("the USS Chemicals division", a firm's part:
// "USS" was a steel maker's name too). A headline of capitals
// reaches here with its words in a capital and small letters ("Uss
// Unit"), and is left.
func shipPrefix(m *mention) bool {
	if len(m.words) < 2 || len(m.words) > 3 || len(m.Name) < 5 || m.Name[0] != 'H' && m.Name[0] != 'U' && m.Name[0] != 'R' {
		return false
	}
	ws := strings.Fields(m.Name)
	return len(ws) == len(m.words) && shipPrefixes[ws[0]] && !anyOrgWord(m.words)
}
