package relgold

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the counts table in testdata/relations/README.md")

var (
	goldPath   = filepath.Join("..", "..", "testdata", "relations", "gold.txt")
	readmePath = filepath.Join("..", "..", "testdata", "relations", "README.md")
)

// The tags a gold item may carry: its cases, one difficulty and one domain.
var (
	caseTags = []string{
		"seed", "verb", "verb-prep", "verb-words-prep", "phrasal", "copula", "passive",
		"coord-subj", "coord-obj", "symmetric", "shared-subject", "negation", "modal",
		"attribution", "outlet-party", "complement", "role-possessive", "role-apposition",
		"role-title", "demonym", "nominal", "co-mention", "relative-clause", "long-distance",
		"pronoun", "place",
	}
	difficultyTags = []string{"easy", "hard"}
	domainTags     = []string{"diplomacy", "conflict", "business", "sports", "courts", "tech"}
)

func readGoldFile(t *testing.T) []Item {
	t.Helper()
	items, err := ParseFile(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	return items
}

// TestGoldFile checks the gold set beyond what the parser enforces: its
// size, its tags, the types of its ids, and the annotation conventions that
// can be checked mechanically.
func TestGoldFile(t *testing.T) {
	items := readGoldFile(t)
	total := 0
	typeOf := map[string]string{} // id → type, the same everywhere
	for _, it := range items {
		total += len(it.Relations)
		checkTags(t, &it)

		for _, e := range it.Entities {
			if !typeFitsID(e.Type, e.ID) {
				t.Errorf("%s: %q is %s but its id is %s", it.ID, e.Surface, e.Type, e.ID)
			}
			if e.ID == "-" {
				continue
			}
			if prev, ok := typeOf[e.ID]; ok && prev != e.Type {
				t.Errorf("%s: %s is %s here and %s elsewhere", it.ID, e.ID, e.Type, prev)
			}
			typeOf[e.ID] = e.Type
		}

		// Independent of the parser: every end is marked (not only as a
		// source) in the relation's sentence, and no relation repeats.
		seen := map[string]bool{}
		for _, r := range it.Relations {
			if r.Sentence < 0 || r.Sentence >= len(it.Sentences) {
				t.Errorf("%s line %d: sentence %d out of range", it.ID, r.Line, r.Sentence)
				continue
			}
			for _, id := range []string{r.Subject, r.Object} {
				if !slices.ContainsFunc(it.Entities, func(e Entity) bool { return e.ID == id && e.Sentence == r.Sentence && !e.Source }) {
					t.Errorf("%s line %d: %s is not marked in sentence %d", it.ID, r.Line, id, r.Sentence)
				}
			}
			s, o := r.Subject, r.Object
			if r.Symmetric && o < s {
				s, o = o, s
			}
			k := fmt.Sprint(s, r.Predicate, o, r.Negated, r.Sentence)
			if seen[k] {
				t.Errorf("%s line %d: duplicate relation", it.ID, r.Line)
			}
			seen[k] = true
			checkConventions(t, &it, r)
		}
		if it.None {
			ids := map[string]bool{}
			for _, e := range it.Entities {
				if e.ID != "-" {
					ids[e.ID] = true
				}
			}
			if len(ids) < 2 {
				t.Errorf("%s: a none item needs two entities that could have been related", it.ID)
			}
		}
	}
	if total < 240 {
		t.Errorf("gold set has %d relations, want at least 240", total)
	}
}

func checkTags(t *testing.T, it *Item) {
	t.Helper()
	var cases, diff, dom int
	for _, tag := range it.Tags {
		switch {
		case slices.Contains(caseTags, tag):
			cases++
		case slices.Contains(difficultyTags, tag):
			diff++
		case slices.Contains(domainTags, tag):
			dom++
		default:
			t.Errorf("%s: unknown tag %s", it.ID, tag)
		}
	}
	if cases == 0 || diff != 1 || dom != 1 {
		t.Errorf("%s: want case tags, one of %v and one of %v; got %v", it.ID, difficultyTags, domainTags, it.Tags)
	}
}

func typeFitsID(typ, id string) bool {
	kind, _, _ := strings.Cut(id, ":")
	switch typ {
	case "PER":
		return kind == "person"
	case "ORG":
		return kind == "org"
	case "LOC":
		return kind == "country" || kind == "location"
	case "MISC":
		return kind == "misc" || id == "-"
	}
	return false
}

// Words that make a relation negated when its text holds them, and only then.
var negationCues = []string{"not", "n't", "never", "no longer", "yet to", "denied", "refused", "failed", "declined"}

// Lemmas that end like an inflected form.
var lemmaExceptions = []string{"need", "proceed", "succeed", "exceed", "feed", "speed", "embed", "shed", "bring", "sing", "discuss", "pass", "press", "focus", "access", "dismiss"}

// Irregular past forms that are not also lemmas.
var irregularPast = []string{
	"bought", "sold", "met", "won", "lost", "took", "made", "held", "paid", "gave", "sent", "led", "left",
	"ran", "built", "began", "spoke", "flew", "brought", "caught", "fought", "struck", "told", "said",
	"drew", "kept", "lent", "became", "chose", "wrote", "got", "went", "came", "saw", "knew", "grew",
	"threw", "stood", "dealt", "meant", "sought", "taught", "thought", "understood", "withdrew", "undertook",
}

var rolePreps = []string{"of", "for", "at", "to"}

func checkConventions(t *testing.T, it *Item, r Relation) {
	t.Helper()
	where := fmt.Sprintf("%s line %d", it.ID, r.Line)
	text := " " + strings.ToLower(r.Text) + " "
	hasCue := slices.ContainsFunc(negationCues, func(c string) bool {
		return strings.Contains(text, " "+c+" ") || (c == "n't" && strings.Contains(text, "n't "))
	})
	if hasCue != r.Negated {
		t.Errorf("%s: text %q with negated=%t", where, r.Text, r.Negated)
	}
	words := strings.Fields(r.Predicate)
	if r.Role {
		if !slices.Contains(rolePreps, words[len(words)-1]) || len(words) < 2 {
			t.Errorf("%s: role predicate %q should be a role noun and of, for, at or to", where, r.Predicate)
		}
		return
	}
	v := words[0]
	inflected := slices.Contains([]string{"is", "are", "was", "were", "been", "has", "had", "does", "did", "will", "would"}, v) ||
		slices.Contains(irregularPast, v) ||
		strings.HasSuffix(v, "ed") || strings.HasSuffix(v, "ing") ||
		(strings.HasSuffix(v, "s") && !strings.HasSuffix(v, "ss") && !strings.HasSuffix(v, "us"))
	if inflected && !slices.Contains(lemmaExceptions, v) {
		t.Errorf("%s: predicate %q should start with a lemma", where, r.Predicate)
	}
	for _, w := range words {
		if strings.ContainsAny(w, "0123456789$%") && !strings.Contains(w, "-") {
			t.Errorf("%s: predicate %q keeps a number or amount", where, r.Predicate)
		}
		if slices.Contains([]string{"not", "never", "will", "would", "also", "again", "both", "each"}, w) {
			t.Errorf("%s: predicate %q keeps %q", where, r.Predicate, w)
		}
	}
}

// countsTable returns the Markdown table of counts per tag that README.md
// holds between its counts markers.
func countsTable(items []Item) string {
	type row struct{ items, sents, rels, neg, sym, role, none int }
	add := func(r *row, it *Item) {
		r.items++
		r.sents += len(it.Sentences)
		r.rels += len(it.Relations)
		for _, rel := range it.Relations {
			r.neg += b2i(rel.Negated)
			r.sym += b2i(rel.Symmetric)
			r.role += b2i(rel.Role)
		}
		r.none += b2i(it.None)
	}
	var all row
	byTag := map[string]*row{}
	for i := range items {
		it := &items[i]
		add(&all, it)
		for _, tag := range it.Tags {
			if byTag[tag] == nil {
				byTag[tag] = &row{}
			}
			add(byTag[tag], it)
		}
	}
	var b strings.Builder
	b.WriteString("| tag | items | sentences | relations | negated | symmetric | role | none items |\n")
	b.WriteString("|---|--:|--:|--:|--:|--:|--:|--:|\n")
	line := func(name string, r row) {
		fmt.Fprintf(&b, "| %s | %d | %d | %d | %d | %d | %d | %d |\n", name, r.items, r.sents, r.rels, r.neg, r.sym, r.role, r.none)
	}
	line("**all**", all)
	for _, group := range [][]string{caseTags, difficultyTags, domainTags} {
		for _, tag := range group {
			if r := byTag[tag]; r != nil {
				line(tag, *r)
			} else {
				line(tag, row{})
			}
		}
	}
	return b.String()
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

const (
	countsBegin = "<!-- counts: go test ./internal/relgold -run TestGoldCounts -update -->\n"
	countsEnd   = "<!-- end of counts -->\n"
)

// TestGoldCounts keeps the counts table in README.md true to gold.txt.
func TestGoldCounts(t *testing.T) {
	items := readGoldFile(t)
	readme, err := os.ReadFile(readmePath)
	if err != nil {
		t.Fatal(err)
	}
	i := bytes.Index(readme, []byte(countsBegin))
	j := bytes.Index(readme, []byte(countsEnd))
	if i < 0 || j < i {
		t.Fatalf("%s: no counts markers", readmePath)
	}
	got := string(readme[i+len(countsBegin) : j])
	want := countsTable(items)
	if got == want {
		return
	}
	if !*update {
		t.Fatalf("%s: counts table out of date; run go test ./internal/relgold -run TestGoldCounts -update\ngot\n%swant\n%s", readmePath, got, want)
	}
	out := slices.Concat(readme[:i+len(countsBegin)], []byte(want), readme[j:])
	if err := os.WriteFile(readmePath, out, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestCoMentionBaseline scores the co-mention graph nergraph gave before
// relations (every pair of entities of a sentence, in text order) and checks
// that the gold set tells it apart from real relations: many pairs in it are
// unrelated, and many relations run against text order (passives, roles).
func TestCoMentionBaseline(t *testing.T) {
	items := readGoldFile(t)
	var pred []Prediction
	for _, it := range items {
		for i, a := range it.Entities {
			for _, b := range it.Entities[i+1:] {
				if a.Sentence != b.Sentence || a.ID == "-" || b.ID == "-" || a.Source || b.Source || a.ID == b.ID {
					continue
				}
				pred = append(pred, Prediction{Item: it.ID, Subject: a.ID, Object: b.ID, Sentence: a.Sentence})
			}
		}
	}
	rep, err := Score(items, pred)
	if err != nil {
		t.Fatal(err)
	}
	c := rep.Overall.Lenient
	t.Logf("co-mention baseline, lenient: %d predicted, %d gold, %d correct: P %.3f R %.3f F1 %.3f",
		c.Predicted, c.Gold, c.Correct, c.Precision(), c.Recall(), c.F1())
	if c.Precision() > 0.45 || c.Recall() > 0.9 {
		t.Errorf("co-mention scores P %.3f R %.3f: the gold set has too few unrelated pairs or reversed relations", c.Precision(), c.Recall())
	}
}
