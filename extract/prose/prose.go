package prose

import (
	"strings"
	"sync"

	prose "github.com/jdkato/prose/v2"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/extract/text"
)

func init() {
	extract.RegisterRecognizer("prose", func() (extract.Recognizer, error) { return New(), nil })
}

// recognizer wraps the prose v2 library's named-entity recognizer, kept for
// comparison. It knows only PERSON and GPE (which becomes LOCATION).
type recognizer struct{}

// model is prose's model, loaded once per process: prose's NewDocument
// otherwise reloads it on every call.
var model = sync.OnceValue(func() *prose.Model { return prose.ModelFromData("prose-default") })

// New returns a recognizer backed by prose v2. Its model is loaded on the
// first call.
func New() extract.Recognizer {
	model()
	return recognizer{}
}

// Name returns "prose".
func (recognizer) Name() string { return "prose" }

// Recognize runs prose on each sentence (its own sentence segmentation is
// off) and maps its tokens back onto ours by byte offset.
func (recognizer) Recognize(sents []text.Sentence) []extract.Span {
	var spans []extract.Span
	for si, s := range sents {
		if len(s.Tokens) == 0 {
			continue
		}
		line := sentenceLine(s)
		doc, err := prose.NewDocument(line, prose.UsingModel(model()), prose.WithSegmentation(false))
		if err != nil {
			continue
		}
		types, begins := tokenTypes(s, line, doc.Tokens())
		spans = appendSpans(spans, si, types, begins)
	}
	return spans
}

// sentenceLine returns the text of s with its tokens at their offsets from
// the first one, so that offsets in the line map back onto the tokens.
func sentenceLine(s text.Sentence) string {
	base := s.Tokens[0].Start
	var sb strings.Builder
	for _, t := range s.Tokens {
		for sb.Len() < t.Start-base {
			sb.WriteByte(' ')
		}
		sb.WriteString(t.Text)
	}
	return sb.String()
}

// tokenTypes finds prose's tokens in line and gives each of our tokens of s
// the type of the prose tokens it overlaps, and whether one of them begins
// an entity there (a B- label).
func tokenTypes(s text.Sentence, line string, ptoks []prose.Token) ([]extract.Type, []bool) {
	base := s.Tokens[0].Start
	types := make([]extract.Type, len(s.Tokens))
	begins := make([]bool, len(s.Tokens))
	cursor, k := 0, 0
	for _, pt := range ptoks {
		at := strings.Index(line[cursor:], pt.Text)
		if at < 0 {
			continue
		}
		start := base + cursor + at
		end := start + len(pt.Text)
		cursor += at + len(pt.Text)
		typ := proseType(pt.Label)
		for k < len(s.Tokens) && s.Tokens[k].End <= start {
			k++
		}
		if typ == "" {
			continue
		}
		for m := k; m < len(s.Tokens) && s.Tokens[m].Start < end; m++ {
			if types[m] == "" && strings.HasPrefix(pt.Label, "B-") {
				begins[m] = true
			}
			types[m] = typ
		}
	}
	return types, begins
}

// appendSpans appends the spans of sentence si: runs of tokens of one
// type, each begun by a token whose type starts there or begins an entity.
func appendSpans(spans []extract.Span, si int, types []extract.Type, begins []bool) []extract.Span {
	for i := 0; i < len(types); {
		if types[i] == "" {
			i++
			continue
		}
		j := i + 1
		for j < len(types) && types[j] == types[i] && !begins[j] {
			j++
		}
		spans = append(spans, extract.Span{Sentence: si, Start: i, End: j, Type: types[i]})
		i = j
	}
	return spans
}

func proseType(label string) extract.Type {
	_, kind, ok := strings.Cut(label, "-")
	if !ok {
		return ""
	}
	switch kind {
	case "PERSON":
		return extract.Person
	case "GPE":
		return extract.Location
	}
	return ""
}
