package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail17d) cuts a trade that names a person's job as often as a
// firm's ("Stockbroker", "Publisher") from a firm's name after it when the
// trade opens a sentence and the name ends in a firm's legal form:
// "Stockbroker Vellmar Tarrow Ltd will underwrite the issue". tail16t's
// [Resolver.firmKindOpener] leaves these trades out, since "Publisher Ann
// Vell said" names a person; the legal form says the words after the trade
// are a firm's name.

// jobFirmOpeners are the one-word trades of a person or a firm that, opening
// a sentence before a name with a legal form, describe the firm. Plurals
// are not here: "Publishers Vell Corp", "Brokers Tervane Inc" and
// "Underwriters Quarbin Inc" are names of their own.
var jobFirmOpeners = names.Set{"stockbroker": true, "broker": true, "publisher": true, "broadcaster": true,
	"miner": true, "underwriter": true, "dealer": true, "trader": true, "lender": true}

// jobFirmOpener returns the words and type of a name whose first word is a
// trade of [jobFirmOpeners], capitalized (not in a headline's capitals),
// opening a sentence, followed by capitalized words that end in a company
// suffix ([names.CorpSuffixes]): the words after the trade, typed an
// organization. The first word after the trade must be able to open a
// firm's name ([countryKindName]): "Broker Services Ltd" and "Publisher
// Holdings Plc" stay whole. Otherwise it returns ws and typ as they are.
func jobFirmOpener(text string, ws []word, typ Type) ([]word, Type) {
	if len(ws) < 3 || !jobFirmOpeners.Has(ws[0].text) {
		return ws, typ // the usual case, decided at once
	}
	last := strings.ToLower(strings.TrimSuffix(ws[len(ws)-1].text, "."))
	if !names.CorpSuffixes[last] || ws[0].text == strings.ToUpper(ws[0].text) || !upperWord(ws[0].text) {
		return ws, typ
	}
	if !allUpperWords(ws[1:]) || !countryKindName(ws[1].text) || !sentenceStart(text, ws[0].start) {
		return ws, typ
	}
	return ws[1:], Org
}
