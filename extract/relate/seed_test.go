package relate_test

import (
	"cmp"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/extract/pos"
	"github.com/nergraph/nergraph/extract/relate"
	"github.com/nergraph/nergraph/internal/testenv"
)

// docSentences turns an extracted document into the relation finder's
// sentences: its tokens, the mentions of its entities as token spans, and
// the tags of the sentences with two entities or more (the others cannot
// hold a relation, so they are not tagged). It is what the pipeline will do.
func docSentences(m *pos.Model, doc *extract.Doc) []relate.Sentence {
	type span struct {
		start, end int
		m          relate.Mention
	}
	var spans []span
	for _, e := range doc.Entities {
		for _, mn := range e.Mentions {
			spans = append(spans, span{mn.Start, mn.End, relate.Mention{Entity: e.ID, Type: relate.Type(e.Type), Source: mn.Role == extract.RoleSource}})
		}
	}
	slices.SortFunc(spans, func(a, b span) int { return cmp.Compare(a.start, b.start) })
	sents := tokenize(doc.Text)
	out := make([]relate.Sentence, len(sents))
	k := 0
	for i, toks := range sents {
		s := relate.Sentence{Index: i, Tokens: toks}
		if len(toks) == 0 {
			continue
		}
		for k < len(spans) && spans[k].start < toks[0].Start {
			k++
		}
		t := 0
		for ; k < len(spans) && spans[k].end <= toks[len(toks)-1].End; k++ {
			sp := spans[k]
			for t < len(toks) && toks[t].End <= sp.start {
				t++
			}
			start, end := -1, -1
			for x := t; x < len(toks) && toks[x].Start < sp.end; x++ {
				if toks[x].Start >= sp.start && toks[x].End <= sp.end {
					if start < 0 {
						start = x
					}
					end = x + 1
				}
			}
			if start >= 0 {
				mn := sp.m
				mn.Start, mn.End = start, end
				s.Mentions = append(s.Mentions, mn)
			}
		}
		if entities(s.Mentions) >= 2 {
			s.Tags = tag(m, toks)
		}
		out[i] = s
	}
	return out
}

// entities counts the distinct entities of mentions that may end a relation.
func entities(ms []relate.Mention) int {
	var ids []string
	for _, m := range ms {
		if !m.Source && !slices.Contains(ids, m.Entity) {
			ids = append(ids, m.Entity)
		}
	}
	return len(ids)
}

// TestSeed reads the article the project was conceived from with the
// extractor's own entities: the United States accuses North Korea, Kim and
// Putin exchange letters, and the news agencies that are its sources relate
// to no one.
func TestSeed(t *testing.T) {
	path := testenv.Shared(t, "seed/kim-putin-letters.txt")
	text, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	ex, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	m, err := pos.Default()
	if err != nil {
		t.Fatal(err)
	}
	doc := ex.Extract(extract.Article{ID: "seed", Text: string(text)})
	var rels []relate.Relation
	for _, s := range docSentences(m, doc) {
		rels = append(rels, relate.Find(s)...)
	}
	var lines []string
	for _, r := range rels {
		lines = append(lines, fmt.Sprintf("%s > %s > %s sym=%t neg=%t role=%t [%s]", r.Subject, r.Predicate, r.Object, r.Symmetric, r.Negated, r.Role, r.Text))
	}
	t.Logf("seed relations:\n%s", strings.Join(lines, "\n"))
	has := func(s, p, o string, sym bool) bool {
		for _, r := range rels {
			if r.Predicate == p && r.Symmetric == sym && (r.Subject == s && r.Object == o || sym && r.Subject == o && r.Object == s) && !r.Negated {
				return true
			}
		}
		return false
	}
	if !has("country:US", "accuse", "country:KP", false) {
		t.Error("missing country:US > accuse > country:KP")
	}
	if !has("person:kim-jong-un", "exchange letters", "person:vladimir-putin", true) {
		t.Error("missing person:kim-jong-un <> exchange letters <> person:vladimir-putin")
	}
	for _, r := range rels {
		for _, id := range []string{r.Subject, r.Object} {
			if id == "org:kcna" || id == "org:reuters" || strings.Contains(id, "kcna") || strings.Contains(id, "reuters") {
				t.Errorf("a news agency in a relation: %s > %s > %s", r.Subject, r.Predicate, r.Object)
			}
		}
	}
}
