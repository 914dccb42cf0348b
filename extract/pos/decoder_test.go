package pos

import (
	"encoding/binary"
	"math/rand/v2"
	"testing"
)

// TestDecoderUvarint checks uvarint, which reads numbers of one and two
// bytes in line and longer ones eight bytes at a time, against
// binary.Uvarint: the same numbers and lengths, at the end of the data and
// before more of it, and an error where binary.Uvarint fails.
func TestDecoderUvarint(t *testing.T) {
	var vals []uint64
	for v := range uint64(1 << 15) {
		vals = append(vals, v)
	}
	r := rand.New(rand.NewPCG(7, 8))
	for range 5000 {
		vals = append(vals, r.Uint64()>>r.UintN(64))
	}
	vals = append(vals, 1<<64-1)
	var buf []byte
	for _, v := range vals {
		buf = binary.AppendUvarint(buf, v)
	}
	d := &decoder{data: buf}
	for i, v := range vals {
		if got := d.uvarint(); got != v || d.err != nil {
			t.Fatalf("value %d: uvarint = %d (err %v), want %d", i, got, d.err, v)
		}
	}
	if d.off != len(buf) {
		t.Fatalf("read %d of %d bytes", d.off, len(buf))
	}
	for _, b := range [][]byte{
		{}, {0x80}, {0xff, 0xff}, {0x80, 0x80, 0x80}, {0x05}, {0x85, 0x03},
		{0x80, 0x00},       // overlong, but binary.Uvarint reads it
		{0x81, 0x80, 0x00}, // the same
		{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02}, // more than 64 bits
		{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x80, 0x01},
	} {
		want, n := binary.Uvarint(b)
		d := &decoder{data: b}
		got := d.uvarint()
		if (n <= 0) != (d.err != nil) || n > 0 && (got != want || d.off != n) {
			t.Errorf("uvarint(% x) = %d, %d read, err %v; binary.Uvarint = %d, %d", b, got, d.off, d.err, want, n)
		}
	}
}
