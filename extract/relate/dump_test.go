package relate

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/extract/pos"
	"github.com/nergraph/nergraph/internal/relgold"
)

func TestDump(t *testing.T) {
	id := os.Getenv("RELATE_ITEM")
	if id == "" {
		t.Skip()
	}
	file := "../../testdata/relations/gold.txt"
	if f := os.Getenv("RELATE_FILE"); f != "" {
		file = f
	}
	items, _ := relgold.ParseFile(file)
	m, _ := pos.Default()
	for _, it := range items {
		if it.ID != id {
			continue
		}
		for si, st := range extract.Tokenize(it.Text) {
			s := Sentence{Index: si}
			var words []string
			for _, tk := range st.Tokens {
				s.Tokens = append(s.Tokens, Token{tk.Text, tk.Start, tk.End})
				words = append(words, tk.Text)
			}
			s.Tags = m.Tag(words)
			for _, e := range it.Entities {
				if e.ID == "-" {
					continue
				}
				a, b := -1, -1
				for i, tk := range s.Tokens {
					if tk.Start >= e.Start && tk.End <= e.End {
						if a < 0 {
							a = i
						}
						b = i + 1
					}
				}
				if a >= 0 {
					typ := Org
					switch e.Type {
					case "PER":
						typ = Person
					case "LOC":
						typ = Location
						if strings.HasPrefix(e.ID, "country:") {
							typ = Country
						}
					case "MISC":
						typ = Misc
					}
					s.Mentions = append(s.Mentions, Mention{a, b, e.ID, typ, e.Source})
				}
			}
			var tw []string
			for k, tk := range s.Tokens {
				tw = append(tw, tk.Text+"/"+s.Tags[k].String())
			}
			fmt.Println(strings.Join(tw, " "))
			p := newParse(s)
			rels := p.relations(nil)
			for _, g := range p.vgs {
				var ws []string
				for _, w := range g.words {
					ws = append(ws, p.low[w])
				}
				var subj []string
				for _, k := range g.subj {
					subj = append(subj, p.mention(k).Entity)
				}
				fmt.Printf("VG %d-%d %q head=%d lemma=%s kind=%d neg=%t pass=%t attrib=%t subj=%v obj=%v\n", g.start, g.end, strings.Join(ws, " "), g.head, g.lemma, g.kind, g.neg, g.passive, g.attrib, subj, g.obj)
			}
			for _, r := range rels {
				fmt.Printf("  %+v\n", r)
			}
		}
	}
}
