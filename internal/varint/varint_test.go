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
