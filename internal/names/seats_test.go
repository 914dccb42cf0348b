package names

import "testing"

// TestSeatsAndParticles checks that a seat in capitals after a party heads
// a title ("Conservative MP Ann Vell") and that a name after a title may
// begin with a capitalized particle ("Mr De Lemmo"), and the cases left:
// a seat not in capitals, a particle alone or before a small word.
func TestSeatsAndParticles(t *testing.T) {
	checkSplitTitle(t, []titleCase{
		{"Conservative MP Ann Vell", "Conservative MP", "Ann Vell"},
		{"Labour MEP Tom Rigby", "Labour MEP", "Tom Rigby"},
		{"MP Ann Vell", "MP", "Ann Vell"},
		{"Mr De Lemmo", "Mr", "De Lemmo"},
		{"President Van Quarbin", "President", "Van Quarbin"},
		{"Mr Di Tervane", "Mr", "Di Tervane"},
		// Left alone.
		{"Conservative Mp Ann Vell", "", "Conservative Mp Ann Vell"},
		{"Chairman M.P. Vell", "Chairman", "M.P. Vell"},
		{"Mr De", "", "Mr De"},
		{"Mr De la Vell", "", "Mr De la Vell"},
		{"Mr de Lemmo", "", "Mr de Lemmo"},
	})
}
