package names

import "testing"

func TestKnownStations(t *testing.T) {
	tests := []struct {
		name string
		want string // "" for none
		typ  Type
	}{
		{"BBC1", "BBC One", Org},
		{"Bbc1", "BBC One", Org},
		{"BBC 2", "BBC Two", Org},
		{"BBC4", "BBC Four", Org},
		{"Radio 4", "BBC Radio 4", Org},
		{"Radio Four", "BBC Radio 4", Org},
		{"BBC Radio Four", "BBC Radio 4", Org},
		{"Radio 1", "BBC Radio 1", Org},
		{"BBC Radio Five Live", "BBC Radio 5 Live", Org},
		{"Five Live", "BBC Radio 5 Live", Org},
		{"BBC News Online", "BBC News", Org},
		{"BBC News 24", "", ""},
		{"BBC Radio 4", "", ""}, // its own name
		{"LA", "Los Angeles", Location},
		{"La", "", ""}, // only in capitals
	}
	for _, tt := range tests {
		k, ok := Known(tt.name)
		if got := k.Name; got != tt.want || ok != (tt.want != "") || ok && k.Type != tt.typ {
			t.Errorf("Known(%q) = %q %v (%s), want %q (%s)", tt.name, got, ok, k.Type, tt.want, tt.typ)
		}
	}
}

func TestNickname(t *testing.T) {
	tests := []struct {
		name  string
		named []string // the names the article names
		want  string
	}{
		{"Blues", []string{"Chelsea", "Jose Mourinho"}, "Chelsea"},
		{"Blues", []string{"Birmingham", "Steve Bruce"}, "Birmingham City"},
		{"Blues", []string{"Chelsea", "Birmingham City"}, ""}, // two of its clubs
		{"Blues", []string{"Jose Mourinho"}, ""},              // none
		{"Gunners", []string{"Arsenal"}, "Arsenal"},
		{"Gunners", []string{"Chelsea"}, ""},
		{"Rhythm And Blues", []string{"Chelsea"}, ""}, // no nickname
		{"Magpies", []string{"Newcastle"}, "Newcastle United"},
	}
	for _, tt := range tests {
		named := func(key string) bool {
			for _, n := range tt.named {
				if Key(n) == key {
					return true
				}
			}
			return false
		}
		if got := Nickname(tt.name, named); got != tt.want {
			t.Errorf("Nickname(%q) with %v = %q, want %q", tt.name, tt.named, got, tt.want)
		}
	}
}

func TestIsNickname(t *testing.T) {
	for _, tt := range []struct {
		name string
		want bool
	}{{"Blues", true}, {"Gunners", true}, {"Red Devils", true}, {"Chelsea", false}, {"Rhythm And Blues", false}, {"Wolves", false}} {
		if got := IsNickname(tt.name); got != tt.want {
			t.Errorf("IsNickname(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestNumberWordAndChannelTables(t *testing.T) {
	for _, w := range []string{"one", "four", "five"} {
		if !NumberWord(w) {
			t.Errorf("NumberWord(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"live", "4", "six", ""} {
		if NumberWord(w) {
			t.Errorf("NumberWord(%q) = true, want false", w)
		}
	}
	for _, w := range []string{"Radio", "BBC", "News", "Channel"} {
		if !NumberedHeads.Has(w) {
			t.Errorf("NumberedHeads.Has(%q) = false, want true", w)
		}
	}
}
