package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/nergraph/nergraph/extract/text"

	"github.com/nergraph/nergraph/internal/names"
)

// goldSpan is an annotated mention of a test article.
type goldSpan struct {
	Start, End int    // byte offsets in the plain text
	Type       Type   // the type the recognizer is made to report; "" for none
	ID         string // the expected canonical id; "-" for no entity
	Flags      string // "source", "ambiguous"
}

// parseMarkup removes [[text|TYPE|id|flags]] marks from s and returns the
// plain text and the marks. TYPE is PER, ORG, LOC, MISC or _ (a mention the
// recognizer misses); id and flags are optional.
func parseMarkup(s string) (string, []goldSpan, error) {
	var b strings.Builder
	var spans []goldSpan
	for {
		i := strings.Index(s, "[[")
		if i < 0 {
			b.WriteString(s)
			return b.String(), spans, nil
		}
		b.WriteString(s[:i])
		j := strings.Index(s[i:], "]]")
		if j < 0 {
			return "", nil, fmt.Errorf("unclosed [[ at %q", s[i:min(len(s), i+30)])
		}
		fields := strings.Split(s[i+2:i+j], "|")
		if len(fields) < 2 {
			return "", nil, fmt.Errorf("mark %q: want text|TYPE[|id[|flags]]", s[i:i+j+2])
		}
		g := goldSpan{Start: b.Len()}
		b.WriteString(fields[0])
		g.End = b.Len()
		if fields[1] != "_" {
			t, ok := ParseType(fields[1])
			if !ok {
				return "", nil, fmt.Errorf("mark %q: unknown type", s[i:i+j+2])
			}
			g.Type = t
		}
		if len(fields) > 2 {
			g.ID = fields[2]
		}
		if len(fields) > 3 {
			g.Flags = fields[3]
		}
		spans = append(spans, g)
		s = s[i+j+2:]
	}
}

// simpleTokenize splits text into sentences at ". " and blank lines, and
// sentences into words and punctuation. It stands in for the real tokenizer
// in resolver tests.
func simpleTokenize(body string) []text.Sentence {
	var sents []text.Sentence
	var cur text.Sentence
	flush := func() {
		if len(cur.Tokens) > 0 {
			cur.Start = cur.Tokens[0].Start
			cur.End = cur.Tokens[len(cur.Tokens)-1].End
			sents = append(sents, cur)
		}
		cur = text.Sentence{}
	}
	i := 0
	for i < len(body) {
		r, n := utf8.DecodeRuneInString(body[i:])
		switch {
		case r == '\n' && strings.HasPrefix(body[i+n:], "\n"):
			flush()
			i += n
		case unicode.IsSpace(r):
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i
			for j < len(body) {
				r2, n2 := utf8.DecodeRuneInString(body[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) || r2 == '-' || r2 == '&' {
					j += n2
					continue
				}
				// Inner apostrophes and abbreviation periods: O'Neal, U.S.
				if (r2 == '\'' || r2 == '’' || r2 == '.') && j+n2 < len(body) {
					r3, _ := utf8.DecodeRuneInString(body[j+n2:])
					if unicode.IsLetter(r3) && !(r2 == '\'' && r3 == 's' && (j+n2+1 >= len(body) || !unicode.IsLetter(rune(body[j+n2+1])))) {
						j += n2
						continue
					}
				}
				if r2 == '.' && (strings.Contains(body[i:j], ".") || j-i == 1 || names.NameAbbrevs[strings.ToLower(body[i:j])]) {
					j += n2
				}
				break
			}
			cur.Tokens = append(cur.Tokens, text.Token{Text: body[i:j], Start: i, End: j})
			i = j
		default:
			j := i + n
			if r == '\'' && strings.HasPrefix(body[j:], "s") {
				j++
			}
			cur.Tokens = append(cur.Tokens, text.Token{Text: body[i:j], Start: i, End: j})
			i = j
			if (r == '.' || r == '!' || r == '?') && (i >= len(body) || body[i] == ' ' || body[i] == '\n') {
				flush()
			}
		}
	}
	flush()
	return sents
}

// spansFor turns marks into recognizer spans over the tokens they cover.
func spansFor(sents []text.Sentence, marks []goldSpan) []Span {
	var spans []Span
	for _, g := range marks {
		if g.Type == "" {
			continue
		}
		for si, s := range sents {
			first, last := -1, -1
			for ti, t := range s.Tokens {
				if t.Start >= g.Start && t.End <= g.End {
					if first < 0 {
						first = ti
					}
					last = ti
				}
			}
			if first >= 0 {
				spans = append(spans, Span{Sentence: si, Start: first, End: last + 1, Type: g.Type})
				break
			}
		}
	}
	return spans
}

// resolveMarked resolves a marked-up article with the marks as the
// recognizer's output.
func resolveMarked(r *Resolver, marked string) (string, []goldSpan, []Entity, error) {
	body, marks, err := parseMarkup(marked)
	if err != nil {
		return "", nil, nil, err
	}
	sents := simpleTokenize(body)
	return body, marks, r.Resolve(body, sents, spansFor(sents, marks)), nil
}

// markedCase is a text with the recognizer's spans marked ([[Name|TYPE]])
// and the entities the resolver must make of it, as summaryOf writes them
// with places. An alias, so that a test's own table of such structs is one.
type markedCase = struct {
	name   string
	marked string
	want   []string
}

// checkMarked resolves each case's text with a default resolver and
// compares its entities with the case's, each case a subtest.
func checkMarked(t *testing.T, tests []markedCase) {
	t.Helper()
	checkSummaries(t, tests, func(es []Entity) []string { return summaryOf(es, true) })
}

// checkSummaries is [checkMarked] with the entities written by summarize.
func checkSummaries(t *testing.T, tests []markedCase, summarize func([]Entity) []string) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := NewResolver(ResolveOptions{})
			if err != nil {
				t.Fatal(err)
			}
			_, _, es, err := resolveMarked(r, tt.marked)
			if err != nil {
				t.Fatal(err)
			}
			got := summarize(es)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

// oneSpanCase is a sentence with one recognizer span marked and the words
// a span rule must leave of it.
type oneSpanCase = struct{ name, marked, want string }

// checkOneSpan runs rule on each case's text, tokenized by the tokenizer
// the pipeline uses (it splits clitics and dashes as articles are split),
// and wants the one span it gives back to cover the case's words.
func checkOneSpan(t *testing.T, tests []oneSpanCase, rule func(body string, sents []text.Sentence, spans []Span) []Span) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body, marks, err := parseMarkup(tt.marked)
			if err != nil {
				t.Fatal(err)
			}
			sents := text.Tokenize(body)
			spans := rule(body, sents, spansFor(sents, marks))
			if len(spans) != 1 {
				t.Fatalf("got %d spans", len(spans))
			}
			sp := spans[0]
			toks := sents[sp.Sentence].Tokens
			if got := body[toks[sp.Start].Start:toks[sp.End-1].End]; got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
