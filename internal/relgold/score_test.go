package relgold

import (
	"math"
	"strings"
	"testing"
)

const scoreGold = `=== s1 [symmetric] [verb]
[[Kim|PER|person:kim]] and [[Putin|PER|person:putin]] exchanged letters.
rel: person:kim <> exchange letters <> person:putin | text=exchanged letters | sent=0

=== s2 [negation] [verb]
[[A|ORG|org:a]] bought [[B|ORG|org:b]].
[[C|ORG|org:c]] did not sue [[A|ORG|org:a]].
rel: org:a > buy > org:b | text=bought | sent=0
rel: org:c > sue > org:a | text=did not sue | sent=1 | neg

=== s3 [co-mention]
[[X|ORG|org:x]] and [[Y|ORG|org:y]] rose.
none
`

func mustParse(t *testing.T, s string) []Item {
	t.Helper()
	items, err := Parse(strings.NewReader(s), "gold.txt")
	if err != nil {
		t.Fatal(err)
	}
	return items
}

func TestScore(t *testing.T) {
	gold := mustParse(t, scoreGold)
	pred := []Prediction{
		{Item: "s1", Subject: "person:putin", Predicate: "exchange letters", Object: "person:kim", Sentence: 0}, // symmetric: either order
		{Item: "s1", Subject: "person:kim", Predicate: "exchange letters", Object: "person:putin", Sentence: 0}, // its reversed copy: not counted
		{Item: "s2", Subject: "org:a", Predicate: "acquire", Object: "org:b", Sentence: 0},                      // wrong predicate: lenient only
		{Item: "s2", Subject: "org:c", Predicate: "sue", Object: "org:a", Sentence: 1},                          // negation missed: lenient only
		{Item: "s2", Subject: "org:b", Predicate: "buy", Object: "org:a", Sentence: 0},                          // wrong direction
		{Item: "s2", Subject: "org:a", Predicate: " Buy ", Object: "org:b", Sentence: 0},                        // right after normalizing
		{Item: "s2", Subject: "org:a", Predicate: "buy", Object: "org:b", Sentence: 0},                          // exact duplicate
		{Item: "s3", Subject: "org:x", Predicate: "rise with", Object: "org:y", Sentence: 0},                    // none item
	}
	rep, err := Score(gold, pred)
	if err != nil {
		t.Fatal(err)
	}
	want := Report{
		Overall: Scores{Items: 3, Strict: Counts{Gold: 3, Predicted: 6, Correct: 2}, Lenient: Counts{Gold: 3, Predicted: 5, Correct: 3}},
		Tags: []TagScores{
			{"co-mention", Scores{Items: 1, Strict: Counts{0, 1, 0}, Lenient: Counts{0, 1, 0}}},
			{"negation", Scores{Items: 1, Strict: Counts{2, 4, 1}, Lenient: Counts{2, 3, 2}}},
			{"symmetric", Scores{Items: 1, Strict: Counts{1, 1, 1}, Lenient: Counts{1, 1, 1}}},
			{"verb", Scores{Items: 2, Strict: Counts{3, 5, 2}, Lenient: Counts{3, 4, 3}}},
		},
	}
	if len(rep.Tags) != len(want.Tags) || rep.Overall != want.Overall {
		t.Fatalf("got %+v\nwant %+v", rep, want)
	}
	for i := range want.Tags {
		if rep.Tags[i] != want.Tags[i] {
			t.Errorf("tag %d: got %+v, want %+v", i, rep.Tags[i], want.Tags[i])
		}
	}
	near := func(name string, got, want float64) {
		if math.Abs(got-want) > 1e-12 {
			t.Errorf("%s = %v, want %v", name, got, want)
		}
	}
	near("strict precision", rep.Overall.Strict.Precision(), 2.0/6)
	near("strict recall", rep.Overall.Strict.Recall(), 2.0/3)
	near("strict F1", rep.Overall.Strict.F1(), 2*(2.0/6)*(2.0/3)/(2.0/6+2.0/3))
	near("lenient precision", rep.Overall.Lenient.Precision(), 3.0/5)
	near("lenient recall", rep.Overall.Lenient.Recall(), 1)
}

// The perfect prediction, made from the gold itself, scores 1 everywhere.
func TestScorePerfect(t *testing.T) {
	gold := mustParse(t, scoreGold)
	var pred []Prediction
	for _, it := range gold {
		for _, r := range it.Relations {
			pred = append(pred, Prediction{Item: it.ID, Subject: r.Subject, Predicate: r.Predicate, Object: r.Object, Negated: r.Negated, Sentence: -1})
		}
	}
	rep, err := Score(gold, pred)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []Counts{rep.Overall.Strict, rep.Overall.Lenient} {
		if c.Precision() != 1 || c.Recall() != 1 || c.F1() != 1 {
			t.Errorf("got %+v, want all correct", c)
		}
	}
}

// A pair with both a directed and a symmetric gold relation: the prediction
// in the written order goes to the directed one, so the reversed one can
// still match the symmetric one.
func TestScoreDirectedBeforeSymmetric(t *testing.T) {
	gold := mustParse(t, `=== d1
[[A|ORG|org:a]] met [[B|ORG|org:b]], and the two met again.
rel: org:a <> meet <> org:b | text=met | sent=0
rel: org:a > meet > org:b | text=met | sent=0
`)
	rep, err := Score(gold, []Prediction{
		{Item: "d1", Subject: "org:b", Predicate: "meet", Object: "org:a"},
		{Item: "d1", Subject: "org:a", Predicate: "meet", Object: "org:b"},
	})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := rep.Overall.Strict, (Counts{Gold: 2, Predicted: 2, Correct: 2}); got != want {
		t.Errorf("got %+v, want %+v", got, want)
	}
}

func TestScoreErrors(t *testing.T) {
	gold := mustParse(t, scoreGold)
	if _, err := Score(gold, []Prediction{{Item: "nope", Subject: "org:a", Object: "org:b"}}); err == nil || !strings.Contains(err.Error(), `no gold item "nope"`) {
		t.Errorf("unknown item: got %v", err)
	}
	if _, err := Score(append(gold, gold[0]), nil); err == nil || !strings.Contains(err.Error(), "s1 given twice") {
		t.Errorf("repeated item: got %v", err)
	}
}

func TestCountsZero(t *testing.T) {
	var c Counts
	if c.Precision() != 0 || c.Recall() != 0 || c.F1() != 0 {
		t.Errorf("empty counts: got %v %v %v, want zeros", c.Precision(), c.Recall(), c.F1())
	}
}
