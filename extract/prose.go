package extract

import (
	"strings"
	"sync"

	"github.com/jdkato/prose/v2"
)

// proseRecognizer wraps the prose v2 library's named-entity recognizer, kept
// for comparison. It knows only PERSON and GPE (which becomes LOCATION).
type proseRecognizer struct{}

var (
	proseOnce  sync.Once
	proseModel *prose.Model
)

// NewProse returns a recognizer backed by prose v2. Its model is loaded once
// per process: prose's NewDocument otherwise reloads it on every call.
func NewProse() Recognizer {
	proseOnce.Do(func() { proseModel = prose.ModelFromData("prose-default") })
	return proseRecognizer{}
}

func (proseRecognizer) Name() string { return "prose" }

// Recognize runs prose on each sentence (its own sentence segmentation is
// off) and maps its tokens back onto ours by byte offset.
func (proseRecognizer) Recognize(sents []Sentence) []Span {
	var spans []Span
	for si, s := range sents {
		if len(s.Tokens) == 0 {
			continue
		}
		base := s.Tokens[0].Start
		var sb strings.Builder
		for _, t := range s.Tokens {
			for sb.Len() < t.Start-base {
				sb.WriteByte(' ')
			}
			sb.WriteString(t.Text)
		}
		text := sb.String()
		doc, err := prose.NewDocument(text, prose.UsingModel(proseModel), prose.WithSegmentation(false))
		if err != nil {
			continue
		}
		// Offsets of prose's tokens in text, then the type of each of ours.
		types := make([]Type, len(s.Tokens))
		begins := make([]bool, len(s.Tokens))
		cursor, k := 0, 0
		for _, pt := range doc.Tokens() {
			at := strings.Index(text[cursor:], pt.Text)
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
			for m := k; m < len(s.Tokens) && s.Tokens[m].Start < end; m++ {
				if typ != "" {
					if types[m] == "" && strings.HasPrefix(pt.Label, "B-") {
						begins[m] = true
					}
					types[m] = typ
				}
			}
		}
		for i := 0; i < len(types); {
			if types[i] == "" {
				i++
				continue
			}
			j := i + 1
			for j < len(types) && types[j] == types[i] && !begins[j] {
				j++
			}
			spans = append(spans, Span{Sentence: si, Start: i, End: j, Type: types[i]})
			i = j
		}
	}
	return spans
}

func proseType(label string) Type {
	_, kind, ok := strings.Cut(label, "-")
	if !ok {
		return ""
	}
	switch kind {
	case "PERSON":
		return Person
	case "GPE":
		return Location
	}
	return ""
}
