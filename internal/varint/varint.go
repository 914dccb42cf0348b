// Package varint reads the unsigned varints of encoding/binary eight bytes
// at a time: the models' decoders read about a million of them at every
// start, many of four to seven bytes (the part-of-speech model's feature
// keys, the gazetteer's type sets), which a byte loop reads one byte, one
// test and one branch at a time.
package varint

import (
	"encoding/binary"
	"math/bits"
)

// Uvarint decodes a number from b as [binary.Uvarint] does, with the same
// results: the number and the bytes read; 0 bytes when b ends first; minus
// the bytes read when the number overflows 64 bits.
func Uvarint(b []byte) (uint64, int) {
	if len(b) >= 8 {
		w := binary.LittleEndian.Uint64(b)
		// The last byte of the number is the first without its high bit.
		if stop := ^w & 0x8080808080808080; stop != 0 {
			// Keep the number's bytes, those up to the lowest bit of stop,
			// without their high bits, then pack the 7-bit groups: pairs,
			// fours, the eight.
			x := w & (stop ^ (stop - 1)) & 0x7f7f7f7f7f7f7f7f
			x = x&0x007f007f007f007f | x&0x7f007f007f007f00>>1
			x = x&0x00003fff00003fff | x&0x3fff00003fff0000>>2
			x = x&0x000000000fffffff | x&0x0fffffff00000000>>4
			return x, bits.TrailingZeros64(stop)>>3 + 1
		}
	}
	return binary.Uvarint(b)
}
