package extract

import "strings"

// This file holds the prefix and the suffix that a hyphen glues to a name
// without being part of it: "Ex-Tervane TV presenter Ann Vell", "an
// ex-Quarbin minister" (the body the person left), "a Lemmo Vell-style
// tax cut" (the person whose way it is). The name is what stands between.

// cutExStyle cuts "Ex-" or "ex-" off a mention's first word and "-style"
// off its last, when what is left is a capitalized word. A firm's own name
// is left: one with a second hyphen ("Ex-Zorb-O Corp"), the Export-Import
// bank's short "Ex-Im", and the delivery points of [deliveryPoints]
// ("Ex-Mill", financeTerm's). "Ex-No" alone, of "Ex-No 10" whose number
// the recognizer leaves out, names nothing: no words are left.
func cutExStyle(ws []word) []word {
	if len(ws) == 0 {
		return ws
	}
	if len(ws) == 1 && ws[0].text == "Ex-No" {
		return nil
	}
	if rest, ok := exRest(ws[0].text); ok {
		ws[0].text, ws[0].start = rest, ws[0].start+len("Ex-")
	}
	n := len(ws) - 1
	if base, ok := strings.CutSuffix(ws[n].text, "-style"); ok && base != "" && isUpperASCII(base[0]) {
		ws[n].text, ws[n].end = base, ws[n].end-len("-style")
	}
	return ws
}

// exRest returns the word after a prefix "Ex-" or "ex-" and whether it is a
// name the prefix may be cut from ([cutExStyle]).
func exRest(w string) (string, bool) {
	if len(w) < 4 || w[2] != '-' || w[1] != 'x' || w[0] != 'E' && w[0] != 'e' {
		return "", false // the usual case, asked before any cut
	}
	rest := w[3:]
	if !isUpperASCII(rest[0]) || strings.ContainsRune(rest, '-') || rest == "Im" || rest == "No" || deliveryPoints[strings.ToLower(rest)] {
		return "", false
	}
	return rest, true
}

// isUpperASCII reports whether b is an ASCII capital letter.
func isUpperASCII(b byte) bool { return 'A' <= b && b <= 'Z' }
