package tableline

import (
	"strings"
	"testing"
)

func TestClassify(t *testing.T) {
	tests := []struct {
		line string
		want Kind
	}{
		{"Shr 34 cts vs 1.19 dlrs", Versus},
		{"Net 807,000 vs 2,858,000", Versus},
		{"Shr one dlr vs 73 cts", Versus},
		{"Irving Securities....7.10", Leaders},
		{"Irving Securities .... 7.10", Leaders},
		{"Merrill Lynch ( FOB ) ... 6.95", Leaders},
		// An ellipsis is not a leader.
		{"Demand fell , and then ... 5 people left .", Prose},
		{"economists blamed a drop-off in demand ....", Prose},
		{"Barcelona 10 7 2 1 20 8 23", Numbers},
		{"Brentford 3 Luton 2", Numbers},
		{"CHICAGO 63 62 .504 4", Numbers},
		{"1. Osmond Ezinwa ( Nigeria ) 10.06", Numbers},
		{"Crude FOB Mississippi 18.06 18.10", Numbers},
		// Prose, even with numbers or "vs.".
		{"The company said net profit rose 12 percent to 807,000 dlrs .", Prose},
		{"Last month , it reported a loss of $ 33.2 million , or 51 cents a share , vs. a loss of $ 45.3 million .", Prose},
		{"Angela Merkel met Barack Obama in Berlin .", Prose},
		{"Manchester United beat Arsenal 3-1 on Saturday .", Prose},
		{"", Prose},
	}
	for _, tt := range tests {
		if got := Classify(strings.Fields(tt.line)); got != tt.want {
			t.Errorf("Classify(%q) = %d, want %d", tt.line, got, tt.want)
		}
	}
}

func TestIsLabelWord(t *testing.T) {
	for _, w := range []string{"shr", "revs", "mths", "nine", "apr", "fob", "cts"} {
		if !IsLabelWord(w) {
			t.Errorf("IsLabelWord(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"luton", "mississippi", "irving", "securities"} {
		if IsLabelWord(w) {
			t.Errorf("IsLabelWord(%q) = true, want false", w)
		}
	}
}

// FuzzClassify: any tokens give a kind, the same one twice.
func FuzzClassify(f *testing.F) {
	f.Add("Shr 34 cts vs 1.19 dlrs")
	f.Add("Irving Securities....7.10")
	f.Add("Brentford 3 Luton 2")
	f.Fuzz(func(t *testing.T, line string) {
		toks := strings.Fields(line)
		k := Classify(toks)
		if k > Leaders {
			t.Fatalf("Classify(%q) = %d, not a kind", line, k)
		}
		if Classify(toks) != k {
			t.Fatalf("Classify(%q) differs between calls", line)
		}
	})
}
