package ner

import (
	"errors"
	"strings"
	"testing"
)

func TestReadCaseTable(t *testing.T) {
	c, err := readCaseTable(strings.NewReader("killed\t1\t4\nnato\t9\t4\n"), "c.tsv")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		word string
		want uint8
	}{{"KILLED", 1<<4 | 4}, {"Nato", 9<<4 | 4}, {"meloni", 0}}
	for _, tt := range tests {
		if got := c.lookup(hashLower(tt.word)); got != tt.want {
			t.Errorf("lookup(%q) = %#x, want %#x", tt.word, got, tt.want)
		}
	}
	_, err = readCaseTable(strings.NewReader("killed\t1\t4\nnato\t10\t4\n"), "c.tsv")
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Line != 2 {
		t.Errorf("bad ratio: err = %v, want a ParseError at line 2", err)
	}
}

func TestDefaultResources(t *testing.T) {
	c, err := defaultCaseTable()
	if err != nil {
		t.Fatal(err)
	}
	if v := c.lookup(hashLower("said")); v>>4 != 1 {
		t.Errorf("casing of \"said\" = %#x, want ratio 1 (always lower case)", v)
	}
	g, err := staticGazetteer(true)
	if err != nil {
		t.Fatal(err)
	}
	g.freeze()
	info := make([]tokInfo, 2)
	for i, w := range []string{"Buenos", "Aires"} {
		analyze(w, &info[i])
	}
	g.mark(info)
	if b := uint64(4*gazCity + 0); info[0].gaz[b/64]&(1<<(b%64)) == 0 {
		t.Errorf("Buenos Aires does not begin a city in the compiled gazetteer")
	}
}

// FuzzReadCaseTable: bad input is an error naming its line, never a panic.
func FuzzReadCaseTable(f *testing.F) {
	f.Add("killed\t1\t4\nnato\t9\t4\n")
	f.Add("x\t\t\n")
	f.Fuzz(func(t *testing.T, data string) {
		_, err := readCaseTable(strings.NewReader(data), "c.tsv")
		var pe *ParseError
		if err != nil && !errors.As(err, &pe) {
			t.Fatalf("error %v is not a ParseError", err)
		}
	})
}

func TestCommonWord(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"Floor", true}, {"network", true}, {"BORN", true},
		{"Arbroath", false}, {"Pyongyang", false}, {"Merkel", false}, {"Xqzvw", false},
	}
	for _, tt := range tests {
		if got := CommonWord(tt.w); got != tt.want {
			t.Errorf("CommonWord(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}
