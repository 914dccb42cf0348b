package extract

import "testing"

// TestPronounTails checks on sentences of our own that the speaker's "I"
// after a name is cut from the name's span, and a numeral "I" is left.
func TestPronounTails(t *testing.T) {
	checkOneSpan(t, []oneSpanCase{
		{"a clitic after the pronoun", `"Like [[Tervo I|PER]]'d rather wait," said the coach.`, "Tervo"},
		{"a first person's verb", `Though no fan of [[Vell I|PER]] do agree with her.`, "Vell"},
		{"a modal inside a quotation", `"I have told [[Okafor I|PER]] will be around," the striker said.`, "Okafor"},
		{"a modal outside a quotation", `[[Aldric I|PER]] would later sign the treaty.`, "Aldric I"},
		{"a modal after a closed quotation", `"He is," she said. [[Aldric I|PER]] will be crowned.`, "Aldric I"},
		{"a comma after the numeral", `The warrant of [[Aldric I|PER]], the papers of the court.`, "Aldric I"},
		{"a past tense after the numeral", `[[Aldric I|PER]] was crowned in the city.`, "Aldric I"},
		{"a series' numeral of a firm", `[[Tervane Trust I|ORG]] and II were sold.`, "Tervane Trust I"},
		{"the pronoun alone", `Then [[I|PER]] do agree.`, "I"},
		{"the numeral after a number", `Stage [[2 I|ORG]] do not know.`, "2 I"},
	}, pronounTailSpans)
}
