package export

import (
	"bytes"
	"math"
	"testing"
	"unicode/utf8"
)

// encoderBytes is v as a json.Encoder with HTML left unescaped writes it.
func encoderBytes(t testing.TB, v any) string {
	var buf bytes.Buffer
	if err := newEncoder(&buf).Encode(v); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// appended is l as its appendJSON writes it, with the encoder's newline.
func appended(t testing.TB, l jsonLink) string {
	b, ok := l.appendJSON([]byte(nil))
	if !ok {
		t.Fatalf("appendJSON(%+v) refused a finite link", l)
	}
	return string(b) + "\n"
}

// TestLinkAppendJSON checks that a link, and a Cytoscape edge with its id,
// encode themselves to the encoder's bytes: nasty strings, invalid UTF-8, the separators JSONP dislikes,
// numbers in both of the encoder's float forms, nil and empty lists, and
// relations with and without flags and evidence.
func TestLinkAppendJSON(t *testing.T) {
	strs := []string{"", "plain", "tab\there", "bell\a\x00\x1f\x7f", "bad \xff\xfe utf8", "line\u2028para\u2029",
		"<b>&amp;</b>", `back\slash "quoted"`, "Zürich 東京 😀", "\b\f\n\r", `The "Times"`, `C:\path`, `AT&T`, `]]>`,
		"two\nlines", `=HYPERLINK("x")`, `ends\`, "cr\r\nlf"}
	floats := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.123456789012345, 1e-6, 9.99e-7, -3.2e-9, 1e-300,
		1e20, 1e21, 1.5e22, 123456789.125, math.SmallestNonzeroFloat64, math.MaxFloat64}
	rel := func(k int) jsonRelation {
		r := jsonRelation{Predicate: strs[k%len(strs)], Source: strs[(k+1)%len(strs)], Target: strs[(k+2)%len(strs)],
			Count: k * 7, Articles: strs[:k%4], Negated: k%2 == 1, Symmetric: k%3 == 1, Role: k%5 == 1}
		if k%2 == 0 {
			r.Evidence = &jsonEvidence{Article: strs[k%len(strs)], Sentence: strs[(k+3)%len(strs)]}
		}
		if k%7 == 3 {
			r.Articles = nil
		}
		return r
	}
	n := 0
	for k, s := range strs {
		for j, f := range floats {
			l := jsonLink{Source: s, Target: strs[(k+j)%len(strs)], Weight: k - j, Sentences: k * j, NPMI: f,
				Articles: strs[j%len(strs) : j%len(strs)+k%3], Predicate: strs[(k*j)%len(strs)]}
			if j%4 == 1 {
				l.Articles = nil
			}
			for r := range (k + j) % 4 {
				l.Relations = append(l.Relations, rel(k+j+r))
			}
			if got, want := appended(t, l), encoderBytes(t, l); got != want {
				t.Errorf("appendJSON:\n got %s\nwant %s", got, want)
			}
			c := cyEdge{ID: "e" + s, jsonLink: l}
			b, ok := c.appendJSON(nil)
			if got, want := string(b)+"\n", encoderBytes(t, c); !ok || got != want {
				t.Errorf("cyEdge appendJSON:\n got %s\nwant %s", got, want)
			}
			n++
		}
	}
	if n < 100 {
		t.Fatalf("only %d links checked", n)
	}
}

// TestLinkAppendJSONRefuses checks that a link the encoder cannot write
// is left to the encoder, which returns its error through encodeAll.
func TestLinkAppendJSONRefuses(t *testing.T) {
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		if _, ok := (jsonLink{NPMI: f}).appendJSON(nil); ok {
			t.Errorf("appendJSON of npmi %v: ok, want refused", f)
		}
		var buf bytes.Buffer
		seq := func(yield func(int, jsonLink) bool) { yield(0, jsonLink{NPMI: f}) }
		if err := encodeAll(&buf, seq, ",", "", "", func(_ int, l jsonLink) any { return l }); err == nil {
			t.Errorf("encodeAll of npmi %v: no error, want the encoder's", f)
		}
	}
}

func FuzzLinkAppendJSON(f *testing.F) {
	f.Add("person:Kim", "org:\"AT&T\"", "meet", 0.25, "a\u2028\xff")
	f.Fuzz(func(t *testing.T, src, dst, pred string, npmi float64, art string) {
		if !finite(npmi) {
			return
		}
		l := jsonLink{Source: src, Target: dst, Weight: len(src), NPMI: npmi, Articles: []string{art, src}, Predicate: pred,
			Relations: []jsonRelation{{Predicate: pred, Source: dst, Target: src, Articles: []string{art},
				Evidence: &jsonEvidence{Article: art, Sentence: pred + art}, Negated: len(art)%2 == 0}}}
		if got, want := appended(t, l), encoderBytes(t, l); got != want {
			t.Errorf("appendJSON:\n got %s\nwant %s", got, want)
		}
	})
}

// BenchmarkEncodeLink encodes a link of a few article ids and one relation
// by the json.Encoder and by its appendJSON.
func BenchmarkEncodeLink(b *testing.B) {
	l := jsonLink{Source: "person:tony blair", Target: "org:labour party", Weight: 4, Sentences: 6, NPMI: 0.4171,
		Articles:  []string{"politics/001.txt", "politics/017.txt", "politics/102.txt", "politics/388.txt"},
		Predicate: "lead", Relations: []jsonRelation{{Predicate: "lead", Source: "person:tony blair", Target: "org:labour party",
			Count: 2, Articles: []string{"politics/017.txt"}, Evidence: &jsonEvidence{Article: "politics/017.txt", Sentence: "He leads it."}}}}
	b.Run("encoder", func(b *testing.B) {
		var buf bytes.Buffer
		enc := newEncoder(&buf)
		for b.Loop() {
			buf.Reset()
			if err := enc.Encode(l); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("append", func(b *testing.B) {
		var buf []byte
		for b.Loop() {
			buf, _ = l.appendJSON(buf[:0])
		}
	})
}

// TestJSONStringWords checks appendJSONString, which skips eight plain
// bytes at once, against the encoder: every byte value at every place of
// strings of 1 to 18 bytes (so in a word, across two, and in the tail),
// and a letter of two, three and four bytes at every place; and plain8
// against a byte at a time.
func TestJSONStringWords(t *testing.T) {
	fill := "abcdefghijklmnopqrs"
	check := func(s string) {
		t.Helper()
		if got, want := string(appendJSONString(nil, s))+"\n", encoderBytes(t, s); got != want {
			t.Fatalf("appendJSONString(%q) = %s, want %s", s, got, want)
		}
	}
	for n := 1; n < len(fill); n++ {
		for at := range n {
			for c := range 256 {
				check(fill[:at] + string([]byte{byte(c)}) + fill[at+1:n])
			}
			for _, r := range []string{"ü", "\u2028", "東", "😀", "\xe2\x80"} {
				check(fill[:at] + r + fill[at:n])
			}
		}
	}
	for c := range 256 {
		for at := range 8 {
			w := []byte("plainabc")
			w[at] = byte(c)
			want := c >= ' ' && c < utf8.RuneSelf && c != '"' && c != '\\'
			if got := plain8(string(w)); got != want {
				t.Errorf("plain8(%q) = %v, want %v", w, got, want)
			}
		}
	}
}

// BenchmarkAppendJSONString appends the strings of a link of a BBC graph:
// its ends' ids and its articles' ids.
func BenchmarkAppendJSONString(b *testing.B) {
	strs := []string{"person:tony blair", "org:labour party", "business/001.txt", "politics/017.txt",
		"entertainment/102.txt", "sport/388.txt", "location:zürich", "tech/042.txt"}
	n := 0
	var buf []byte
	for b.Loop() {
		for _, s := range strs {
			buf = appendJSONString(buf[:0], s)
			n += len(s)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(n), "ns/byte")
}
