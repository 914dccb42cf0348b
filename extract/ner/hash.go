package ner

import (
	"unicode"
	"unicode/utf8"
)

// FNV-1a, 64 bit. Hashes are computed over bytes in place so that feature
// extraction never allocates.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// hashLower hashes the lower-case form of s without building it.
func hashLower(s string) uint64 { return addLower(fnvOffset, s) }

// addLower continues hash h with the lower-case form of s.
func addLower(h uint64, s string) uint64 {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			h ^= uint64(c)
			h *= fnvPrime
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		h = addRune(h, unicode.ToLower(r))
		i += n
	}
	return h
}

// addRune continues hash h with the UTF-8 bytes of r.
func addRune(h uint64, r rune) uint64 {
	var buf [utf8.UTFMax]byte
	m := utf8.EncodeRune(buf[:], r)
	for _, b := range buf[:m] {
		h ^= uint64(b)
		h *= fnvPrime
	}
	return h
}

// hashTitle hashes s with its first letter kept and the rest lower-cased:
// "BRUSSELS" hashes as "Brussels".
func hashTitle(s string) uint64 {
	if s == "" {
		return hashString(s)
	}
	r, n := utf8.DecodeRuneInString(s)
	return addLower(addRune(fnvOffset, unicode.ToUpper(r)), s[n:])
}

// mix combines a feature template with a value hash.
func mix(a, b uint64) uint64 {
	h := a*0x9E3779B97F4A7C15 ^ b
	h ^= h >> 29
	h *= 0xBF58476D1CE4E5B9
	h ^= h >> 32
	return h
}
