package dedup

import (
	"fmt"
	"strings"
	"testing"
)

const wire = `North Korean leader Kim Jong Un arrived in Vladivostok on Wednesday for a summit with Russian President Vladimir Putin, the Kremlin said. The two leaders are expected to discuss weapons, food aid and the war in Ukraine. Officials in Seoul and Washington have warned that any arms deal would break United Nations sanctions. Kim travelled by armoured train and was greeted at the station by a guard of honour.`

func TestIndex(t *testing.T) {
	reprint := "By Staff Reporter\n\n" + strings.Replace(wire, "on Wednesday", "on Wednesday morning", 1)
	trimmed := wire[:strings.LastIndex(wire, " Kim travelled")]
	other := `Russian President Vladimir Putin met Chinese leader Xi Jinping in Beijing on Thursday, where the two discussed trade, energy and the war in Ukraine. Officials said a new gas pipeline was on the agenda, and that both sides hoped to sign an agreement before the end of the year.`
	short := "Kim meets Putin in Vladivostok"
	ix := NewIndex(0)
	tests := []struct {
		id, text, wantDup string
	}{
		{"a", wire, ""},
		{"b", reprint, "a"},
		{"c", trimmed, "a"},
		{"d", other, ""},
		{"e", short, ""},
		{"f", short, ""}, // too short to compare, even to itself
		{"g", strings.ToUpper(wire), "a"},
	}
	for _, tt := range tests {
		got, sim := ix.Add(tt.id, Sign(tt.text))
		if got != tt.wantDup {
			t.Errorf("Add(%s) = %q (similarity %.2f), want %q", tt.id, got, sim, tt.wantDup)
		}
	}
	if ix.Len() != 2 {
		t.Errorf("Len = %d, want 2 (a and d)", ix.Len())
	}
}

func BenchmarkSign(b *testing.B) {
	text := strings.Repeat(wire+" ", 8) // about 3 KB, a long news story
	for b.Loop() {
		Sign(text)
	}
	b.ReportMetric(float64(b.N)*float64(len(text))/b.Elapsed().Seconds()/1e6, "MB/s")
}

func ExampleIndex() {
	ix := NewIndex(0)
	story := "The central bank raised its main interest rate by a quarter point on Thursday, the third rise this year, and said inflation was still too high for comfort."
	id, _ := ix.Add("reuters-1", Sign(story))
	fmt.Printf("%q\n", id)
	id, sim := ix.Add("daily-7", Sign("LONDON (Wire) - "+story))
	fmt.Printf("%q %.2f\n", id, sim)
	// Output:
	// ""
	// "reuters-1" 0.91
}
