package extract

import "strings"

// This file holds tail14n's reading of a North American broadcaster's
// call sign: three or four capitals opening with K, W or C, a hyphen and
// its band, "KQRB-TV", "WZLM-FM", "CQRB-AM". Such a name is a station,
// an organization, whatever the recognizer said ("KQRB-TV chose to air",
// "KQRB-TV's general manager" read as a person's).

// callSignBands are the bands a call sign ends with after its hyphen.
var callSignBands = [...]string{"-TV", "-FM", "-AM"}

// callSign reports whether a name typed as a person or a place is one
// word written as a call sign: three or four capitals, the first K, W or
// C, then "-TV", "-FM" or "-AM" ("KQRB-TV"). "PAN-AM" (an airline) opens
// with no such letter; "CABLE-TV" has five capitals before its hyphen.
func callSign(m *mention) bool {
	s := m.Text
	if m.typ != Person && m.typ != Location || len(m.words) != 2 || m.canon != "" || len(s) < 6 || len(s) > 7 {
		return false // the cheap first question: one short word (two words of the key, parted at the hyphen)
	}
	switch s[0] {
	case 'K', 'W', 'C':
	default:
		return false
	}
	for _, b := range callSignBands {
		if letters, ok := strings.CutSuffix(s, b); ok {
			return len(letters) >= 3 && strings.Trim(letters, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == ""
		}
	}
	return false
}
