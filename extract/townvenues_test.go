package extract

import "testing"

// TestTownVenueSpans covers a town's or a founder's name joined to the
// venue's common words and head after it ([townVenueSpans]).
func TestTownVenueSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a town and a county hospital",
			marked: "Wards\n\n[[Velby|ORG]] [[County Hospital|LOC]] had said that the wards would shut.",
			want:   []string{`location:velby-county-hospital LOCATION "Velby County Hospital"`},
		},
		{
			name:   "a person and an international airport",
			marked: "Flights\n\nThe plane landed at [[Tom Q. Okafor|PER]] [[International Airport|LOC]] on Monday.",
			want:   []string{`location:tom-q-okafor-international-airport LOCATION "Tom Q. Okafor International Airport"`},
		},
		// Negatives: what the rule must leave.
		{
			name:   "a country before a court",
			marked: "Ruling\n\nThe [[Kenya|LOC]] [[District Court|ORG]] threw out the claim against [[Ann Vell|PER]].",
			want:   []string{`country:KE COUNTRY "Kenya"`, `org:district-court ORG "District Court"`, `person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a name in capitals before the venue",
			marked: "Wards\n\n[[VELBY|ORG]] [[County Hospital|LOC]] had said that the wards would shut.",
			want:   []string{`location:county-hospital LOCATION "County Hospital"`, `org:velby ORG "VELBY" partial`},
		},
		{
			name:   "a venue's words that go on in capitals",
			marked: "Wards\n\n[[Velby|ORG]] [[County Hospital|LOC]] Trust had said that the wards would shut.",
			want:   []string{`org:county-hospital-trust ORG "County Hospital Trust"`, `org:velby ORG "Velby" partial`},
		},
		{
			name:   "a word that names the venue",
			marked: "Wards\n\n[[Velby|ORG]] [[Quarbin Hospital|LOC]] had said that the wards would shut.",
			want:   []string{`location:quarbin-hospital LOCATION "Quarbin Hospital"`, `org:velby ORG "Velby" partial`},
		},
	})
}
