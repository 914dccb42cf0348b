package names

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/nergraph/nergraph/internal/testenv"
)

func TestLookupCountry(t *testing.T) {
	tests := []struct{ in, want string }{
		{"U.S.", "US"}, {"US", "US"}, {"USA", "US"}, {"America", "US"}, {"United States of America", "US"},
		{"the United States", "US"}, {"Britain", "GB"}, {"UK", "GB"}, {"Korea, North", "KP"},
		{"DPRK", "KP"}, {"North Korea", "KP"}, {"Côte d'Ivoire", "CI"}, {"Cote d'Ivoire", "CI"},
		{"RUS", "RU"}, {"ru", "RU"}, {"Burma", "MM"}, {"Holland", "NL"}, {"Russian", ""}, {"Korea", ""},
		{"England", ""}, {"Moscow", ""},
	}
	for _, tt := range tests {
		c, ok := LookupCountry(tt.in)
		if got := c.Alpha2; got != tt.want || ok != (tt.want != "") {
			t.Errorf("LookupCountry(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
}

func TestCountryTableUnique(t *testing.T) {
	seen := map[string]string{}
	for _, c := range Countries() {
		names := append([]string{c.Name, c.Alpha2, c.Alpha3}, c.Aliases...)
		names = append(names, c.Demonyms...)
		for _, n := range names {
			k := Key(n)
			if n == c.Alpha2 || n == c.Alpha3 {
				k = "code:" + n
			}
			if prev, ok := seen[k]; ok && prev != c.Alpha2 {
				t.Errorf("%q names both %s and %s", n, prev, c.Alpha2)
			}
			seen[k] = c.Alpha2
		}
	}
}

// TestCountryTableAgainstDataset checks the hand-written table against a
// public country dataset: every UN member is present with the same ISO
// codes, and its common name is one of ours.
func TestCountryTableAgainstDataset(t *testing.T) {
	data, err := os.ReadFile(testenv.Shared(t, "data/countries/countries.json"))
	if err != nil {
		t.Fatal(err)
	}
	var ds []struct {
		Name struct {
			Common, Official string
		}
		CCA2, CCA3 string
		UNMember   bool
		Capital    []string
	}
	if err := json.Unmarshal(data, &ds); err != nil {
		t.Fatal(err)
	}
	ours := map[string]CountryInfo{}
	for _, c := range Countries() {
		ours[c.Alpha2] = c
	}
	members := 0
	for _, d := range ds {
		c, ok := ours[d.CCA2]
		if !ok {
			if d.UNMember {
				t.Errorf("UN member %s %s missing", d.CCA2, d.Name.Common)
			}
			continue
		}
		if d.UNMember {
			members++
		}
		// Kosovo has no ISO code; XK and XKX are user-assigned.
		if c.Alpha3 != d.CCA3 && c.Alpha2 != "XK" {
			t.Errorf("%s: alpha-3 %s, dataset %s", d.CCA2, c.Alpha3, d.CCA3)
		}
		if d.UNMember && len(d.Capital) > 0 {
			found := false
			for _, c := range d.Capital {
				for _, ours := range capitals[d.CCA2] {
					found = found || Key(c) == Key(ours)
				}
				// A city-state's capital bears its name: the country wins.
				if lc, ok := LookupCountry(c); ok && lc.Alpha2 == d.CCA2 {
					found = true
				}
			}
			if !found {
				t.Errorf("%s: capitals %q, dataset %q", d.CCA2, capitals[d.CCA2], d.Capital)
			}
		}
		l1, ok1 := LookupCountry(d.Name.Common)
		l2, ok2 := LookupCountry(d.Name.Official)
		if !(ok1 && l1.Alpha2 == d.CCA2) && !(ok2 && l2.Alpha2 == d.CCA2) {
			t.Errorf("%s: neither %q nor %q finds it", d.CCA2, d.Name.Common, d.Name.Official)
		}
	}
	if members < 193 {
		t.Errorf("%d UN members in the table, want at least 193", members)
	}
}
