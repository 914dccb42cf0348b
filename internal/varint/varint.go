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

// Skip returns the number of bytes that the next n numbers in b take, or
// -1 when b ends first. It only finds where each number ends (the first
// byte without its high bit): it does not check, as [Uvarint] does, that
// each fits 64 bits.
func Skip(b []byte, n int) int {
	i := 0
	for n > 0 && i+8 <= len(b) {
		ends := ^binary.LittleEndian.Uint64(b[i:]) & 0x8080808080808080
		c := bits.OnesCount64(ends)
		if c >= n {
			for range n - 1 {
				ends &= ends - 1 // the n-th end is the lowest left
			}
			return i + bits.TrailingZeros64(ends)>>3 + 1
		}
		n -= c
		i += 8
	}
	for ; n > 0 && i < len(b); i++ {
		if b[i] < 0x80 {
			n--
		}
	}
	if n > 0 {
		return -1
	}
	return i
}
