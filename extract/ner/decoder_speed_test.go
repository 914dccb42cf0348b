package ner

import (
	"encoding/binary"
	"math/rand/v2"
	"testing"
)

// varintCases returns numbers of every length a varint takes, and the
// bytes that end with each of them truncated or overlong.
func varintCases() ([]uint64, [][]byte) {
	var vals []uint64
	for v := range uint64(1 << 15) {
		vals = append(vals, v)
	}
	for s := uint(14); s < 64; s++ {
		vals = append(vals, 1<<s-1, 1<<s, 1<<s+1)
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 5000 {
		vals = append(vals, r.Uint64()>>r.UintN(64))
	}
	vals = append(vals, 1<<64-1)
	bad := [][]byte{
		{}, {0x80}, {0xff, 0xff}, {0x80, 0x80, 0x80},
		{0x80, 0x00},                      // overlong, but binary.Uvarint reads it
		{0x81, 0x80, 0x00},                // the same
		append(make([]byte, 9, 11), 0x02), // more than 64 bits in the tenth byte
		{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01},
		{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x80, 0x01}, // eleven bytes
	}
	for i := range bad[6][:9] {
		bad[6][i] = 0xff
	}
	return vals, bad
}

// TestDecoderUvarint checks uv, whose first two cases read in line, against
// binary.Uvarint: the same numbers, the same lengths, an error where it
// fails.
func TestDecoderUvarint(t *testing.T) {
	vals, bad := varintCases()
	var buf []byte
	for _, v := range vals {
		buf = binary.AppendUvarint(buf, v)
	}
	d := &decoder{b: buf}
	for i, v := range vals {
		if got := d.uv(); got != v || d.err != nil {
			t.Fatalf("value %d: uv = %d (err %v), want %d", i, got, d.err, v)
		}
	}
	if len(d.b) != 0 {
		t.Fatalf("%d bytes left", len(d.b))
	}
	for _, b := range bad {
		want, n := binary.Uvarint(b)
		d := &decoder{b: b}
		got := d.uv()
		if (n <= 0) != (d.err != nil) || n > 0 && (got != want || len(d.b) != len(b)-n) {
			t.Errorf("uv(% x) = %d, %d left, err %v; binary.Uvarint = %d, %d", b, got, len(d.b), d.err, want, n)
		}
	}
}

// TestDecoderKeys checks keys, which reads the rows' keys with numbers of
// up to three bytes in line, against sums of binary.Uvarint.
func TestDecoderKeys(t *testing.T) {
	vals, bad := varintCases()
	var buf []byte
	for _, v := range vals {
		buf = binary.AppendUvarint(buf, v)
	}
	rows := make([]savedRow, len(vals))
	d := &decoder{b: buf}
	d.keys(rows)
	key := uint32(0)
	for i, v := range vals {
		key += uint32(v)
		if rows[i].key != key {
			t.Fatalf("row %d: key %d, want %d", i, rows[i].key, key)
		}
	}
	if d.err != nil || len(d.b) != 0 {
		t.Fatalf("err %v, %d bytes left", d.err, len(d.b))
	}
	for _, b := range bad {
		want, n := binary.Uvarint(b)
		d := &decoder{b: b}
		r := make([]savedRow, 1)
		d.keys(r)
		if (n <= 0) != (d.err != nil) || n > 0 && (r[0].key != uint32(want) || len(d.b) != len(b)-n) {
			t.Errorf("keys(% x) = %d, %d left, err %v; binary.Uvarint = %d, %d", b, r[0].key, len(d.b), d.err, want, n)
		}
	}
}

// TestDecoderFixed checks that fixed reads eight bytes as it reads fewer:
// little-endian.
func TestDecoderFixed(t *testing.T) {
	b := []byte{1, 2, 3, 4, 5, 6, 7, 0xf8, 9}
	d := &decoder{b: b}
	if got := d.fixed(8); got != 0xf807060504030201 || len(d.b) != 1 {
		t.Errorf("fixed(8) = %#x, %d left", got, len(d.b))
	}
	d = &decoder{b: b[:7]}
	if d.fixed(8); d.err == nil {
		t.Errorf("fixed(8) of 7 bytes: no error")
	}
}
