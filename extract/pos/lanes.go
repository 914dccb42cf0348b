package pos

// The tagger adds the scores of the 45 tags two at a time: a packed holds
// the score of tag y in the 32-bit lane y%2 of word y/2, offset by
// laneBias for each of the sums it holds, so that every lane stays
// positive and below 2^32 and an addition of two words adds each lane
// apart, with no carry or borrow between them. A token sums denseTerms
// packed vectors and then its other features' weights; the scores then all
// carry the same offset, so comparing lanes ranks the tags exactly as the
// plain int32 sums did.
//
// The bounds hold for any model that decodes: a feature has at most one
// weight per class, each an int16, and a token has fewer than 40 features,
// so a score's magnitude stays below 2^21, the offset of a sum is
// denseTerms·2^28 < 2^31, and a lane stays between 2^30 and 2^31.
type packed [lanes]uint64

const (
	lanes      = (int(NumTags) + 1) / 2
	laneBias   = 1 << 28
	denseTerms = 5 // three word roles (roleSums.dense), the previous tag (with the bias), the previous two
)

// scores is a tag's scores as plain int32, with room for the lane past the
// last tag.
type scores [2 * lanes]int32

// pack packs the scores v, each offset by laneBias. The lane past the
// last tag (NumTags is odd) holds 0, which no score reaches, so it is
// never the best.
func pack(dst *packed, v *scores) {
	for k := range dst {
		dst[k] = uint64(uint32(v[2*k]+laneBias)) | uint64(uint32(v[2*k+1]+laneBias))<<32
	}
	if NumTags%2 == 1 {
		dst[lanes-1] &= 1<<32 - 1
	}
}

// best returns the tag of the highest score, the first of equals, never
// None: the score of a tag is the sum of the packed vectors and its entry
// in sp, the weights of the token's other features.
func best(self, prev, next, h1, h2 *packed, sp *scores) Tag {
	var top uint32
	best := Tag(1)
	for k := range lanes {
		x := self[k] + prev[k] + next[k] + h1[k] + h2[k]
		// The lanes wrap as the plain sums would, with no carry between
		// them: adding an int32 as uint32 subtracts a negative one.
		lo, hi := uint32(x)+uint32(sp[2*k]), uint32(x>>32)+uint32(sp[2*k+1])
		if lo > top && k > 0 {
			best, top = Tag(2*k), lo
		}
		if hi > top {
			best, top = Tag(2*k+1), hi
		}
	}
	return best
}
