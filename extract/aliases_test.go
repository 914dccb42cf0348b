package extract

import (
	"errors"
	"strings"
	"testing"

	"github.com/nergraph/nergraph/extract/input"
)

// TestReadAliasesQuoteError: a quote error in the first field of the first
// line once panicked (the line was asked for before the error was checked).
func TestReadAliasesQuoteError(t *testing.T) {
	for _, in := range []string{"Put\"in,Vladimir Putin\n", "a,b\nPut\"in,Vladimir Putin\n", "\"unterminated"} {
		_, err := ReadAliases(strings.NewReader(in), "a.csv")
		var pe *input.ParseError
		if !errors.As(err, &pe) || pe.File != "a.csv" || pe.Line < 1 {
			t.Errorf("ReadAliases(%q) error = %v, want a ParseError naming a.csv and a line", in, err)
		}
	}
}

// FuzzReadAliases checks that any input gives rules or a ParseError naming
// the file and a line, never a panic, and that every rule has both names.
func FuzzReadAliases(f *testing.F) {
	for _, s := range []string{
		"# comment\nVlad,Vladimir Putin\n\nBlighty, United Kingdom ,country\n",
		"Put\"in,Vladimir Putin\n", "a,b,PLANET\n", "a,\"b\n", "a,...\n", "a,b,c,d\n", "\ufeffa,b\r\n", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		rules, err := ReadAliases(strings.NewReader(in), "a.csv")
		if err != nil {
			var pe *input.ParseError
			if !errors.As(err, &pe) || pe.File != "a.csv" || pe.Line < 1 {
				t.Fatalf("error %v is not a ParseError naming a.csv and a line", err)
			}
			if rules != nil {
				t.Fatalf("rules %v with an error", rules)
			}
			return
		}
		for _, r := range rules {
			if strings.TrimSpace(r.Alias) == "" || strings.TrimSpace(r.Canonical) == "" {
				t.Fatalf("rule %+v lacks a name", r)
			}
		}
	})
}
