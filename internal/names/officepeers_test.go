package names

import "testing"

// TestOfficePeer checks a title led by words the grammar does not know
// that ends in an office and a peer's rank before one name
// ([officePeer]): the rank stays in the name.
func TestOfficePeer(t *testing.T) {
	checkSplitTitle(t, []titleCase{
		{"Home Office Minister Lord Tamworth", "Home Office Minister Lord", "Lord Tamworth"},
		{"Quarbin Office Secretary Baroness Pell", "Quarbin Office Secretary Baroness", "Baroness Pell"},
		{"Tervane Bureau Chairman Lady Crewe", "Tervane Bureau Chairman Lady", "Lady Crewe"},
		// Negatives: no office before the rank, or a royal title before it,
		// or a one-word name after unknown words without a rank.
		{"Quarbin Tervane Lord Pell", "", "Quarbin Tervane Lord Pell"},
		{"Quarbin Tervane Prince Lord Pell", "", "Quarbin Tervane Prince Lord Pell"},
		{"Martin Luther King Jr.", "", "Martin Luther King Jr."},
		{"Quarbin Office Minister Tamworth", "", "Quarbin Office Minister Tamworth"},
	})
}
