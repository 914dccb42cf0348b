package extract

import "github.com/nergraph/nergraph/internal/names"

// foreignBodyHeads begin the names of institutes, agencies, savings banks
// and public bodies in other languages, beyond the firms' heads of
// [foreignFirmHeads]: "Istituto Zorbit Italiano", "Prensa Quarbina",
// "Cassa di Risparmio di Tervane", "Ente Nazionale Zorbit".
var foreignBodyHeads = names.Set{"istituto": true, "instituto": true, "institut": true, "prensa": true,
	"agencia": true, "agenzia": true, "cassa": true, "caja": true, "ente": true, "fondazione": true,
	"fundacion": true, "consorzio": true, "azienda": true, "corporacion": true}

// foreignBody reports whether a name the recognizer took for a person or a
// place is a body's by its first word in another language
// ([foreignBodyHeads]), with one word or more after it: "Istituto Zorbit
// Italiano", "Prensa Quarbina". One word alone is left, as is a name the
// tables know.
func foreignBody(m *mention) bool {
	if m.typ != Person && m.typ != Location || len(m.words) < 2 || m.canon != "" || m.country >= 0 {
		return false
	}
	return foreignBodyHeads[m.words[0]] || foreignBodyWord(m) // tail18c
}
