package extract

import "github.com/nergraph/nergraph/internal/names"

// officeFieldWords are the words that name the field an office works in,
// before the office inside an organization's span: "National Security
// Adviser", "Economic Adviser", "Science Adviser". They are the field
// words of [names.PortfolioWords] that end no firm's or body's name often:
// "Power", "Oil", "Petroleum", "Energy" ("National Power", "British
// Petroleum"), "Treasury", "White House" and the parties are left out.
var officeFieldWords = names.Set{"national": true, "security": true, "economic": true,
	"economics": true, "science": true, "foreign": true, "trade": true, "finance": true,
	"defence": true, "defense": true, "agriculture": true, "commerce": true, "health": true,
	"education": true, "environment": true, "budget": true, "planning": true, "labor": true,
	"labour": true, "transport": true, "justice": true, "interior": true, "housing": true,
	"culture": true, "tourism": true, "immigration": true, "welfare": true, "social": true,
	"affairs": true, "domestic": true, "political": true, "legal": true, "military": true,
	"monetary": true, "chief": true, "senior": true, "deputy": true, "acting": true}

// officeField reports whether the words before an office in an
// organization's span name only the office's field, and no body: the
// "National Security" of "National Security Adviser Brent Scowcroft" is
// part of his title, as "Economic" is of "Chief Economic Adviser". A
// generic body's noun alone before the field ("Ministry Economic Adviser",
// "Group Economics Adviser") names no body either. A body before the
// office ("Federal Reserve Chairman", "Exxon Chairman") keeps its mention.
// Three words at most are read.
func officeField(before []word) bool {
	if len(before) == 0 || len(before) > 3 {
		return false
	}
	fields := 0
	for i := len(before) - 1; i >= 0 && officeFieldWords.Has(before[i].text) && names.IsCapitalized(before[i].text); i-- {
		fields++
	}
	switch rest := len(before) - fields; {
	case fields == 0:
		return false
	case rest == 0:
		return true
	default:
		return rest == 1 && names.OrgHeads.Has(before[0].text)
	}
}
