package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/ner"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail12n) cuts a company's legal form that opens a span: "Co.
// Tervane" of "analyst at Quarbin and Co. Tervane said ...", where the
// form ended the firm's name and its period the sentence, and the
// recognizer read on into the next sentence. A legal form ends a name and
// never opens one; what follows it is the next sentence's name ("Co.
// Tervane Brands" is Tervane Brands) or its first word ("Co. Industry
// analysts said"), which names nothing when the model mostly sees it in
// lower case. Another one word is left as it was: a firm's short form
// ("Co. Tervane said") made a whole name of its own would take the
// article's other short forms from the firm's full name ("Tervane Pacific
// Ltd") and give them to another of its names. Only a form with its period, after "and" or a
// capitalized word, is read so: "Co. Durham", a county, follows "in" and
// is a place's span, which is left.

// trailingForms are the legal forms written only after a firm's name.
// The forms some firms write first are left out: "N.V. Tervane", "S.A.
// Quarbin", "AB Vell".
var trailingForms = names.Set{"co": true, "cos": true, "inc": true, "corp": true, "ltd": true,
	"plc": true, "llc": true, "bros": true}

// cutLegalFormOpener returns the words of an organization or person span
// after a legal form with a period that opens it, none when the rest is
// one common word, and the words unchanged when no such form opens it.
func cutLegalFormOpener(text string, ws []word) []word {
	if len(ws) < 2 {
		return ws
	}
	f := ws[0]
	if !trailingForms.Has(strings.TrimSuffix(f.text, ".")) || !strings.HasSuffix(f.text, ".") && !strings.HasPrefix(text[f.end:], ".") {
		return ws
	}
	p, _ := prevWord(text, f.start)
	if p != "and" && p != "&" && !upperWord(p) || strings.HasSuffix(p, ",") {
		return ws
	}
	if len(ws) > 2 {
		return ws[1:]
	}
	if ner.MostlyLower(ws[1].text) {
		return nil
	}
	return ws
}
