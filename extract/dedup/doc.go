// Package dedup finds near-duplicate articles: the same wire story printed
// by many outlets with a different headline, a byline, a trimmed last
// paragraph. Counted once each, they would inflate every link they carry.
//
// # Method
//
// MinHash over word shingles, with locality-sensitive hashing: an article's
// text is folded (lower case, letters and digits only) and cut into
// overlapping runs of [ShingleWords] words; [Sign] keeps, for each of 64
// hash functions, the least hash of any shingle. Two signatures agree in
// each place with a probability equal to the Jaccard similarity of the two
// shingle sets. [Index] files each signature under 16 bands of 4 places;
// an article that shares a band with one seen before is compared with it,
// and is a duplicate when at least [DefaultThreshold] of the places agree,
// or when at least half agree and the estimated overlap holds nine tenths
// of the shorter text's shingles (a reprint with its end cut off).
// Articles of fewer than [MinShingles] shingles (a headline alone) are
// never near duplicates: too little text to tell a reprint from a theme.
//
// Work per article is linear in its length, and memory is 256 bytes per
// article kept. The same articles in the same order give the same result.
package dedup
