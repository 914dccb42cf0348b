package extract

import (
	"os"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/nergraph/nergraph/internal/testenv"
)

// markAll marks every whole-word occurrence of the given names, longest
// first, as a recognizer would tag them.
func markAll(body string, names map[string]Type) []goldSpan {
	keys := make([]string, 0, len(names))
	for k := range names {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		return len(keys[i]) > len(keys[j]) || len(keys[i]) == len(keys[j]) && keys[i] < keys[j]
	})
	taken := make([]bool, len(body))
	var out []goldSpan
	isWord := func(i int) bool {
		return i >= 0 && i < len(body) && (body[i] >= 'A' && body[i] <= 'Z' || body[i] >= 'a' && body[i] <= 'z')
	}
	for _, k := range keys {
		for off := 0; ; {
			i := strings.Index(body[off:], k)
			if i < 0 {
				break
			}
			s, e := off+i, off+i+len(k)
			off = e
			if isWord(s-1) || isWord(e) || slices.Contains(taken[s:e], true) {
				continue
			}
			for j := s; j < e; j++ {
				taken[j] = true
			}
			out = append(out, goldSpan{Start: s, End: e, Type: names[k]})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// seedText reads the seed article and repairs its entities the way the
// cleaner does, with the first line as the title.
func seedText(t *testing.T) string {
	data, err := os.ReadFile(testenv.Shared(t, "seed/kim-putin-letters.txt"))
	if err != nil {
		t.Fatal(err)
	}
	s := strings.NewReplacer("#39;", "'", "quot;", "\"", "nbsp;", " ").Replace(string(data))
	title, body, _ := strings.Cut(strings.TrimSpace(s), "\n")
	return title + "\n\n" + strings.TrimSpace(body)
}

func TestResolveSeedSimulated(t *testing.T) {
	body := seedText(t)
	// What a mediocre recognizer finds: titles inside spans, KCNA as a
	// place, the final credit missed.
	marks := markAll(body, map[string]Type{
		"North Korea leader Kim Jong Un": Person, "Russian President Vladimir Putin": Person,
		"Kim": Person, "Putin": Person, "Pyongyang": Location, "KCNA": Location,
		"Korea": Location, "Japan": Location, "South Korea": Location, "World War II": Misc,
		"United States": Location, "North Korea": Location, "Russia": Location, "Ukraine": Location,
		"Moscow": Location, "Korean": Misc, "Northeast Asia": Location, "Camp David": Location,
	})
	sents := simpleTokenize(body)
	for _, opts := range []ResolveOptions{{}, {DropSources: true}} {
		r, err := NewResolver(opts)
		if err != nil {
			t.Fatal(err)
		}
		es := r.Resolve(body, sents, spansFor(sents, marks))
		var got []string
		for _, e := range es {
			if e.Type == Person || e.Type == Org || e.Type == Country {
				got = append(got, e.ID+" "+e.Name)
			}
			for _, m := range e.Mentions {
				if e.Type == Org && m.Role != RoleSource {
					t.Errorf("%s mention %q at %d: role %q, want source", e.ID, m.Text, m.Start, m.Role)
				}
			}
		}
		want := []string{"country:JP Japan", "country:KP North Korea", "country:KR South Korea",
			"country:RU Russia", "country:UA Ukraine", "country:US United States",
			"org:kcna KCNA", "org:reuters Reuters",
			"person:kim-jong-un Kim Jong Un", "person:vladimir-putin Vladimir Putin"}
		if opts.DropSources {
			want = slices.DeleteFunc(want, func(s string) bool { return strings.HasPrefix(s, "org:") })
		}
		if !slices.Equal(got, want) {
			t.Errorf("DropSources=%v:\ngot  %q\nwant %q", opts.DropSources, got, want)
		}
	}
}
