package extract

import (
	"strings"

	"github.com/nergraph/nergraph/extract/text"
	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail13b) reads one more cue of a firm of partners with no
// suffix, for [firmCueBefore]: a working role and "with" or "at" right
// before the partners, "an attorney with Tervane, Quarbin, Lunmark and
// Vell". One works with a firm, not with a list of people so named.

// firmRoleWords are the roles written before "with" or "at" and a firm
// of partners: lawyers, accountants, analysts and their kin.
var firmRoleWords = names.Set{"attorney": true, "attorneys": true, "lawyer": true, "lawyers": true,
	"partner": true, "partners": true, "analyst": true, "analysts": true, "accountant": true,
	"accountants": true, "counsel": true, "economist": true, "economists": true, "associate": true}

// roleWithBefore reports whether a role of [firmRoleWords] and "with" or
// "at" stand right before token k: "an attorney with Tervane".
func roleWithBefore(toks []text.Token, k int) bool {
	if k < 2 || k > len(toks) {
		return false
	}
	if p := toks[k-1].Text; p != "with" && p != "at" {
		return false
	}
	return firmRoleWords.Has(strings.ToLower(toks[k-2].Text))
}
