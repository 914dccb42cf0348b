package extract

import "strings"

// This file (tail16y) widens [firmSeat]'s cue: Reuters writes a bank's or
// an association's seat after its name and a comma as it writes a firm's
// after its legal form ("Quarbin National Bank, Tervane, Okla.", "Lemmo
// Savings and Loan Association, Vell, Utah").

// bodySeatComma reports whether p, the word before a town's name, is a
// body's capitalized head word ([orgWord]: Bank, Association, Mills …)
// with a comma after it: the body's name ends there and the town after it
// is its seat.
func bodySeatComma(p string) bool {
	w, ok := strings.CutSuffix(p, ",")
	if !ok || !upperWord(w) {
		return false
	}
	return orgWord(strings.ToLower(w))
}
