package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/nergraph/nergraph/extract/pos"
	"github.com/nergraph/nergraph/extract/text"
)

// Extractor turns articles into documents of resolved entities. It is safe
// for concurrent use.
type Extractor struct {
	rec  Recognizer
	res  *Resolver
	misc bool
	pos  *pos.Model // nil when relations are off
	// minConf is the recognizer's least confidence for an entity to be a
	// node (confidence.go); 0, the default, turns the rule off.
	minConf float32
}

// Option configures an Extractor.
type Option func(*config)

type config struct {
	rec     Recognizer
	resolve ResolveOptions
	misc    bool
	minConf float64
	// noRelations turns relations off; the zero config finds them.
	noRelations bool
}

// WithRecognizer sets the recognizer; the default is [DefaultRecognizer].
func WithRecognizer(r Recognizer) Option { return func(c *config) { c.rec = r } }

// WithResolveOptions sets how mentions are resolved into entities.
func WithResolveOptions(o ResolveOptions) Option { return func(c *config) { c.resolve = o } }

// WithMisc keeps MISC entities (events, nationalities, works), which are
// dropped by default.
func WithMisc(keep bool) Option { return func(c *config) { c.misc = keep } }

// New returns an Extractor. The recognizer's model, and the part-of-speech
// model that relations need, are loaded here, once.
func New(opts ...Option) (*Extractor, error) {
	var c config
	for _, o := range opts {
		o(&c)
	}
	if c.rec == nil {
		r, err := DefaultRecognizer()
		if err != nil {
			return nil, fmt.Errorf("load recognizer: %w", err)
		}
		c.rec = r
	}
	res, err := NewResolver(c.resolve)
	if err != nil {
		return nil, err
	}
	ex := &Extractor{rec: c.rec, res: res, misc: c.misc, minConf: float32(c.minConf)}
	if !c.noRelations {
		if ex.pos, err = pos.Default(); err != nil {
			return nil, fmt.Errorf("load part-of-speech model: %w", err)
		}
	}
	return ex, nil
}

// CleanText returns the text that [Extractor.Extract] makes of a: the
// cleaned title and body joined by a blank line. Its SHA-256 is the Doc's
// Hash, so a caller can tell duplicates apart before extracting.
func CleanText(a Article) string { return joinText(text.Clean(a.Title), text.Clean(a.Text)) }

func joinText(title, body string) string {
	switch {
	case title == "":
		return body
	case body == "":
		return title
	}
	return title + "\n\n" + body
}

// Extract cleans an article, finds its entities and resolves them. The
// returned Doc's offsets refer to Doc.Text, the cleaned title and body
// joined by a blank line.
func (ex *Extractor) Extract(a Article) *Doc {
	doc, sents := ex.entities(a)
	ex.addRelations(doc, sents)
	return doc
}

// addRelations finds the relations of doc, whose sentences are sents,
// when relations are on.
func (ex *Extractor) addRelations(doc *Doc, sents []text.Sentence) {
	if ex.pos != nil && doc != nil {
		doc.Relations = findRelations(ex.pos, sents, doc.Entities)
	}
}

// entities is Extract without the relations: the Doc and its sentences.
func (ex *Extractor) entities(a Article) (*Doc, []text.Sentence) {
	c := cleanArticle(a)
	return ex.entitiesOf(c, sha256.Sum256([]byte(c.joined)))
}

// cleaned is an article with its title and text cleaned, and the two
// joined as Doc.Text.
type cleaned struct {
	a      Article
	joined string
	ticker int // tickerHeadEnd of the raw and the cleaned headline
}

func cleanArticle(a Article) cleaned {
	raw := a.Title
	a.Title = text.Clean(a.Title)
	a.Text = text.Clean(a.Text)
	return cleaned{a: a, joined: joinText(a.Title, a.Text), ticker: tickerHeadEnd(raw, a.Title)}
}

// entitiesOf is entities of an article cleaned, whose joined text has the
// SHA-256 sum.
func (ex *Extractor) entitiesOf(c cleaned, sum [32]byte) (*Doc, []text.Sentence) {
	a, joined := c.a, c.joined
	doc := &Doc{Article: a, Text: joined, Hash: hex.EncodeToString(sum[:])}
	sents := text.Tokenize(joined)
	doc.Sentences = len(sents)
	for i, s := range sents {
		doc.Tokens += len(s.Tokens)
		if i == 0 || strings.Count(joined[sents[i-1].End:s.Start], "\n") >= 2 {
			doc.Paragraphs = append(doc.Paragraphs, i)
		}
	}
	titleEnd := -1
	if a.Title != "" {
		titleEnd = len(a.Title)
	}
	var ents []Entity
	if sr, ok := ex.rec.(scoredRecognizer); ok && (ex.minConf > 0 || ex.res.confHook != nil) {
		spans, scores := sr.RecognizeScored(sents)
		spans = tickerHeadSpans(joined[len(a.Title):], sents, spans, c.ticker) // tail15p
		var cr *confRule
		if ex.minConf > 0 {
			cr = &confRule{min: ex.minConf}
		}
		ents = ex.res.resolveScored(joined, titleEnd, a.Date, a.Dateline, sents, spans, scores, cr)
	} else {
		spans := tickerHeadSpans(joined[len(a.Title):], sents, ex.rec.Recognize(sents), c.ticker) // tail15p
		ents = ex.res.resolveScored(joined, titleEnd, a.Date, a.Dateline, sents, spans, nil, nil)
	}
	if !ex.misc {
		kept := ents[:0]
		for _, e := range ents {
			if e.Type != Misc {
				kept = append(kept, e)
			}
		}
		ents = kept
	}
	for _, e := range ents {
		if e.Unsure {
			doc.Unsure++
		}
	}
	doc.Entities = ents
	return doc, sents
}
