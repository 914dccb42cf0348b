package pos

// Tag is a part-of-speech tag of the Penn Treebank set, as CoNLL-2003 writes
// it (quotes are ", brackets are ( and )). The zero Tag is [None], which no
// trained model gives.
type Tag uint8

// The tags, in the order of [Tag] values.
const (
	None    Tag = iota
	CC          // coordinating conjunction: and, but
	CD          // cardinal number
	DT          // determiner
	EX          // existential there
	FW          // foreign word
	IN          // preposition or subordinating conjunction
	JJ          // adjective
	JJR         // adjective, comparative
	JJS         // adjective, superlative
	LS          // list item marker
	MD          // modal: will, would
	NN          // noun, singular or mass
	NNS         // noun, plural
	NNP         // proper noun, singular
	NNPS        // proper noun, plural
	PDT         // predeterminer
	POS         // possessive ending 's
	PRP         // personal pronoun
	PRPS        // possessive pronoun, written PRP$
	RB          // adverb
	RBR         // adverb, comparative
	RBS         // adverb, superlative
	RP          // particle
	SYM         // symbol
	TO          // to
	UH          // interjection
	VB          // verb, base form
	VBD         // verb, past tense
	VBG         // verb, gerund or present participle
	VBN         // verb, past participle
	VBP         // verb, present, not 3rd person singular
	VBZ         // verb, present, 3rd person singular
	WDT         // wh-determiner
	WP          // wh-pronoun
	WPS         // possessive wh-pronoun, written WP$
	WRB         // wh-adverb
	Dollar      // $
	Quote       // " (opening or closing)
	Quote2      // ''
	LParen      // (
	RParen      // )
	Comma       // ,
	Period      // . ! ?
	Colon       // : ; -- ...
	NumTags     // the number of tags, None included
)

var tagNames = [NumTags]string{
	"", "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NN", "NNS", "NNP", "NNPS",
	"PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB", "VBD", "VBG", "VBN",
	"VBP", "VBZ", "WDT", "WP", "WP$", "WRB", "$", `"`, "''", "(", ")", ",", ".", ":",
}

// String returns the tag as CoNLL writes it ("NNP", "PRP$", ","), or "" for
// [None] and values out of range.
func (t Tag) String() string {
	if t >= NumTags {
		return ""
	}
	return tagNames[t]
}

// ParseTag returns the tag written s, and false when s is no tag. CoNLL's
// rare "NN|SYM" reads as NN.
func ParseTag(s string) (Tag, bool) {
	if s == "NN|SYM" {
		return NN, true
	}
	for t := Tag(1); t < NumTags; t++ {
		if tagNames[t] == s {
			return t, true
		}
	}
	return None, false
}

// IsVerb reports whether t is a verb tag (VB, VBD, VBG, VBN, VBP, VBZ).
func (t Tag) IsVerb() bool { return t >= VB && t <= VBZ }

// IsNoun reports whether t is a noun tag (NN, NNS, NNP, NNPS).
func (t Tag) IsNoun() bool { return t >= NN && t <= NNPS }

// IsAdj reports whether t is an adjective tag (JJ, JJR, JJS).
func (t Tag) IsAdj() bool { return t >= JJ && t <= JJS }

// IsAdverb reports whether t is an adverb tag (RB, RBR, RBS).
func (t Tag) IsAdverb() bool { return t >= RB && t <= RBS }

// Chunk is a chunk tag in IOB2: [Out], or B- or I- before a phrase type.
// CoNLL-2003 writes IOB1; [ReadCoNLL] converts.
type Chunk uint8

// Phrase is the type of a chunk.
type Phrase uint8

// The phrase types of CoNLL chunking.
const (
	NoPhrase Phrase = iota
	NP              // noun phrase
	VP              // verb group
	PP              // preposition
	ADVP            // adverb phrase
	ADJP            // adjective phrase
	SBAR            // subordinator: that, because
	PRT             // particle
	CONJP           // conjunction phrase: as well as
	INTJ            // interjection
	LST             // list marker
	UCP             // unlike coordinated phrase
	NumPhrases
)

var phraseNames = [NumPhrases]string{"", "NP", "VP", "PP", "ADVP", "ADJP", "SBAR", "PRT", "CONJP", "INTJ", "LST", "UCP"}

// String returns the phrase type ("NP"), or "" for NoPhrase.
func (p Phrase) String() string {
	if p >= NumPhrases {
		return ""
	}
	return phraseNames[p]
}

// Out is the chunk tag of a token outside every chunk. Other chunk tags are
// made by [Begin] and [Inside].
const Out Chunk = 0

// NumChunks is the number of chunk tags.
const NumChunks = 2*int(NumPhrases) - 1

// Begin returns the tag of the first token of a chunk of type p.
func Begin(p Phrase) Chunk { return Chunk(2*int(p) - 1) }

// Inside returns the tag of a later token of a chunk of type p.
func Inside(p Phrase) Chunk { return Chunk(2 * int(p)) }

// Phrase returns the chunk's phrase type, NoPhrase for [Out].
func (c Chunk) Phrase() Phrase { return Phrase((int(c) + 1) / 2) }

// Begins reports whether c starts a chunk.
func (c Chunk) Begins() bool { return c%2 == 1 }

// String returns "O", "B-NP", "I-VP" and so on, or "" out of range.
func (c Chunk) String() string {
	if int(c) >= NumChunks {
		return ""
	}
	if c == Out {
		return "O"
	}
	if c.Begins() {
		return "B-" + c.Phrase().String()
	}
	return "I-" + c.Phrase().String()
}

// ParseChunk returns the chunk tag written s in IOB2 ("B-NP", "O").
func ParseChunk(s string) (Chunk, bool) {
	if s == "O" {
		return Out, true
	}
	if len(s) < 3 || s[1] != '-' || (s[0] != 'B' && s[0] != 'I') {
		return Out, false
	}
	for p := Phrase(1); p < NumPhrases; p++ {
		if phraseNames[p] == s[2:] {
			if s[0] == 'B' {
				return Begin(p), true
			}
			return Inside(p), true
		}
	}
	return Out, false
}
