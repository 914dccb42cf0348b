package varint

import (
	"encoding/binary"
	"math"
	"math/rand/v2"
	"testing"
)

// check compares Uvarint with binary.Uvarint on b.
func check(t *testing.T, b []byte) {
	t.Helper()
	gx, gn := Uvarint(b)
	wx, wn := binary.Uvarint(b)
	if gx != wx || gn != wn {
		t.Fatalf("Uvarint(% x) = %d, %d; want %d, %d", b, gx, gn, wx, wn)
	}
}

func TestUvarint(t *testing.T) {
	var buf [binary.MaxVarintLen64 + 8]byte
	values := []uint64{0, 1, 127, 128, 255, 300, 1<<14 - 1, 1 << 14, 1<<21 - 1, 1 << 21, 1<<28 + 5,
		1<<35 - 1, 1 << 42, 1<<49 + 3, 1<<56 - 1, 1 << 56, 1<<63 - 1, 1 << 63, math.MaxUint64}
	r := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		values = append(values, r.Uint64()>>r.IntN(64))
	}
	for _, v := range values {
		n := binary.PutUvarint(buf[:], v)
		// The number alone, with bytes after it (the eight-byte path
		// for short numbers), and cut short at every length.
		for _, tail := range []int{0, 1, 7, 8} {
			for i := range tail {
				buf[n+i] = byte(0x80 | r.IntN(256))
			}
			check(t, buf[:n+tail])
		}
		for k := range n {
			check(t, buf[:k])
			b := append([]byte(nil), buf[:k]...)
			check(t, append(b, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80)[:k+8])
		}
	}
}

// TestUvarintBad checks the numbers binary.Uvarint refuses: longer than
// ten bytes, over 64 bits in the tenth, and no last byte.
func TestUvarintBad(t *testing.T) {
	for _, b := range [][]byte{
		{0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01},
		{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02},
		{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01},
		{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff},
		{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f},
		{0x80, 0x00, 0, 0, 0, 0, 0, 0}, // an overlong zero, as Uvarint allows
		{},
	} {
		check(t, b)
	}
}

func FuzzUvarint(f *testing.F) {
	f.Add([]byte{0x96, 0x01, 0, 0, 0, 0, 0, 0, 0})
	f.Fuzz(func(t *testing.T, b []byte) { check(t, b) })
}

// skipped is Skip done a number at a time with binary.Uvarint, for numbers
// that fit 64 bits.
func skipped(b []byte, n int) int {
	off := 0
	for range n {
		_, k := binary.Uvarint(b[off:])
		if k <= 0 {
			return -1
		}
		off += k
	}
	return off
}

func TestSkip(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	var b []byte
	for range 500 {
		b = binary.AppendUvarint(b, r.Uint64()>>r.IntN(64))
	}
	for from := range 20 {
		for n := range 510 {
			if got, want := Skip(b[from:], n), skipped(b[from:], n); got != want {
				t.Fatalf("Skip(b[%d:], %d) = %d, want %d", from, n, got, want)
			}
		}
	}
	// Cut short inside the last number, and empty.
	if got := Skip(b[:len(b)-1], 500); got != -1 {
		t.Errorf("Skip of a cut number = %d, want -1", got)
	}
	if got := Skip(nil, 0); got != 0 {
		t.Errorf("Skip(nil, 0) = %d, want 0", got)
	}
	if got := Skip(nil, 1); got != -1 {
		t.Errorf("Skip(nil, 1) = %d, want -1", got)
	}
}
