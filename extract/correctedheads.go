package extract

import "strings"

// correctedPrefixes are the words a wire glues with a hyphen before a
// corrected item's headline: "CORRECTED-TERVANE PAINT INC". They are no
// word of the name after them.
var correctedPrefixes = []string{"CORRECTED-", "CORRECTION-", "Corrected-", "Correction-"}

// cutCorrectedPrefix cuts a prefix of [correctedPrefixes] off a mention's
// first word when a capitalized word is left ("CORRECTED-TERVANE" is
// "TERVANE"). "Corrections Tervane Inc", with no hyphen, keeps its word.
func cutCorrectedPrefix(ws []word) []word {
	if len(ws) == 0 || len(ws[0].text) < len("CORRECTED-")+1 || ws[0].text[0] != 'C' || ws[0].text[9] != '-' && ws[0].text[10] != '-' {
		return ws // the usual case, decided at once
	}
	for _, p := range correctedPrefixes {
		if rest, ok := strings.CutPrefix(ws[0].text, p); ok && rest != "" && isUpperASCII(rest[0]) {
			ws[0].text, ws[0].start = rest, ws[0].start+len(p)
			break
		}
	}
	return ws
}
