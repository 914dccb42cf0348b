package sqlite

import (
	"encoding/binary"
	"hash/crc32"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

// oldSum is the checksum as summer computed it before it buffered its
// bytes: one crc32.Update for each value (and for each text's bytes).
// Stores written since version 4 hold sums computed so, which must still
// check.
func oldSum(vals ...any) int64 {
	var crc uint32
	put := func(tag byte, v uint64) {
		var b [9]byte
		b[0] = tag
		binary.LittleEndian.PutUint64(b[1:], v)
		crc = crc32.Update(crc, castagnoli, b[:])
	}
	for _, v := range vals {
		switch v := v.(type) {
		case nil:
			crc = crc32.Update(crc, castagnoli, []byte{0})
		case string:
			put(1, uint64(len(v)))
			crc = crc32.Update(crc, castagnoli, []byte(v))
		case int64:
			put(2, uint64(v))
		case int:
			put(2, uint64(v))
		case bool:
			b := uint64(0)
			if v {
				b = 1
			}
			put(2, b)
		case float64:
			put(3, math.Float64bits(v))
		}
	}
	return int64(crc)
}

// TestSummerSameSums checks that the buffered summer gives the sums of the
// old one, value by value, for rows of many values, texts longer than its
// buffer and texts that end on its boundaries; and that sum may be read
// between values.
func TestSummerSameSums(t *testing.T) {
	// Known answers, computed by the old summer (and stored in stores).
	if got, want := rowSum(int64(1), "a", nil, true, 7, 2.5), oldSum(int64(1), "a", nil, true, 7, 2.5); got != want {
		t.Fatalf("rowSum = %d, old sum %d", got, want)
	}
	if got := rowSum(); got != 0 {
		t.Errorf("rowSum() = %d, want 0", got)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	value := func() any {
		switch rng.IntN(6) {
		case 0:
			return nil
		case 1:
			return strings.Repeat(string(rune('a'+rng.IntN(26))), rng.IntN(3*sumBuf))
		case 2:
			return rng.Int64() - math.MaxInt64/2
		case 3:
			return rng.IntN(1000)
		case 4:
			return rng.IntN(2) == 1
		default:
			return rng.Float64()
		}
	}
	for i := range 2000 {
		vals := make([]any, rng.IntN(40))
		for j := range vals {
			vals[j] = value()
		}
		if i%7 == 0 && len(vals) > 0 {
			// A text that fills the buffer to its end exactly.
			vals[0] = strings.Repeat("x", sumBuf-9)
		}
		var s summer
		for j, v := range vals {
			s.add(v)
			if got, want := s.sum(), oldSum(vals[:j+1]...); got != want {
				t.Fatalf("case %d: after value %d (%T), sum %d, old sum %d", i, j, v, got, want)
			}
		}
		if got, want := rowSum(vals...), oldSum(vals...); got != want {
			t.Fatalf("case %d: rowSum = %d, old sum %d", i, got, want)
		}
	}
}

// TestSummerTyped checks the typed methods against add, and that a copy of
// a summer goes on apart from it.
func TestSummerTyped(t *testing.T) {
	long := strings.Repeat("long text ", 100)
	var a, b summer
	a.num(3)
	a.str("x")
	a.flag(true)
	a.null()
	a.str(long)
	b.add(int64(3), "x", true, nil, long)
	if a.sum() != b.sum() || a.sum() != oldSum(int64(3), "x", true, nil, long) {
		t.Fatalf("typed %d, add %d, old %d", a.sum(), b.sum(), oldSum(int64(3), "x", true, nil, long))
	}
	c := a
	c.str("more")
	a.str("other")
	if got, want := a.sum(), oldSum(int64(3), "x", true, nil, long, "other"); got != want {
		t.Errorf("summer after its copy went on: %d, want %d", got, want)
	}
	if got, want := c.sum(), oldSum(int64(3), "x", true, nil, long, "more"); got != want {
		t.Errorf("copy: %d, want %d", got, want)
	}
	m := mentionRow{entity: "e", name: "E", typ: "PER", iso: "", partial: true, unsure: true, mentions: 3, sources: 1,
		sentences: "[0,2]", aliases: `{"E":3}`}
	var s summer
	m.addTo(&s)
	if got, want := s.sum(), oldSum("e", "E", "PER", "", true, 3, 1, "[0,2]", `{"E":3}`, "unsure"); got != want {
		t.Errorf("mention row: %d, want %d", got, want)
	}
	r := articleRow{seq: 4, id: "a", hash: "h", title: "T", date: "2020-01-01T00:00:00Z", source: "s", url: "u",
		tokens: 10, sentences: 2, ingested: "now", mentionsSum: 5, relationsSum: 6}
	if got, want := r.sum(), oldSum(int64(4), "a", "h", "T", "2020-01-01T00:00:00Z", nil, "s", "u", 10, 2, "now",
		int64(5), int64(6)); got != want {
		t.Errorf("article row: %d, want %d", got, want)
	}
}

func BenchmarkMentionSum(b *testing.B) {
	m := mentionRow{entity: "vladimir_putin", name: "Vladimir Putin", typ: "PER", iso: "RU", mentions: 3, sources: 1,
		sentences: "[0,2,5]", aliases: `{"Putin":2,"Vladimir Putin":1}`}
	for b.Loop() {
		var s summer
		s.add(int64(12345))
		m.addTo(&s)
		_ = s.sum()
	}
}
