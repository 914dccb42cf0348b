package names

import "testing"

// TestPortfolioOffice checks that a portfolio word that is no title word
// ("Planning", "Mines", "Housing") after a title's head leads to the
// office after it ("Deputy Planning Minister Ann Vell"), and the cases
// left: no office after the portfolio, no name after the office.
func TestPortfolioOffice(t *testing.T) {
	checkSplitTitle(t, []titleCase{
		{"Deputy Planning Minister Faisal Vellor", "Deputy Planning Minister", "Faisal Vellor"},
		{"former Deputy Mines Minister Ann Quarbin", "former Deputy Mines Minister", "Ann Quarbin"},
		{"Deputy Housing Secretary Tom Rigby", "Deputy Housing Secretary", "Tom Rigby"},
		{"Deputy Mining Minister-designate Tom Rigby", "Deputy Mining Minister-designate", "Tom Rigby"},
		// Left as before.
		{"Deputy Planning Vellor", "Deputy", "Planning Vellor"},
		{"Deputy Planning Minister", "Deputy", "Planning Minister"},
		{"Deputy Foreign Minister Ann Vell", "Deputy Foreign Minister", "Ann Vell"},
	})
}
