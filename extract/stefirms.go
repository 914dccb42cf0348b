package extract

import "github.com/nergraph/nergraph/internal/names"

// This file (tail12g) reads "Ste", the French abbreviation of "Societe"
// (a company), as a firm's first word where it cannot be a saint's
// "Sainte": before a particle ("Ste de la Quarbe") or a company's
// adjective ("Ste Nationale Zorbit"). "Ste Anne", "Ste Therese" are a
// saint's, or a town's after her, and are left.

// steAdjectives are the French adjectives of companies that follow
// "Societe" in firms' names: "Ste Generale de Quarbe".
var steAdjectives = names.Set{"nationale": true, "generale": true, "anonyme": true, "financiere": true,
	"industrielle": true, "civile": true, "francaise": true, "europeenne": true, "internationale": true}

// steFirm reports whether a name's key words open with "ste" and a word
// after it that makes it a company's ([steAdjectives], or the particles
// "de", "du", "des" before another word).
func steFirm(words []string) bool {
	if len(words) < 2 || words[0] != "ste" {
		return false
	}
	w := words[1]
	return steAdjectives[w] || len(words) >= 3 && (w == "de" || w == "du" || w == "des")
}
