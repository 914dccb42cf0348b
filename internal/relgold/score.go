package relgold

import (
	"fmt"
	"io"
	"slices"
	"strings"
)

// Prediction is one relation a system found in a gold item's text.
type Prediction struct {
	Item      string // the gold item's id
	Subject   string // entity id, as in the gold marks
	Predicate string // compared after lowercasing and collapsing spaces
	Object    string
	Negated   bool
	Sentence  int // index into the item's Sentences, or -1 when unknown
}

// Counts holds the sizes behind precision and recall.
type Counts struct {
	Gold      int // gold relations
	Predicted int // predictions, after duplicates are dropped
	Correct   int // predictions matched one-to-one with a gold relation
}

// Precision is Correct/Predicted, 0 when nothing was predicted.
func (c Counts) Precision() float64 { return ratio(c.Correct, c.Predicted) }

// Recall is Correct/Gold, 0 when there is no gold relation.
func (c Counts) Recall() float64 { return ratio(c.Correct, c.Gold) }

// F1 is the harmonic mean of precision and recall, 0 when both are 0.
func (c Counts) F1() float64 { return ratio(2*c.Correct, c.Gold+c.Predicted) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func (c *Counts) add(o Counts) {
	c.Gold += o.Gold
	c.Predicted += o.Predicted
	c.Correct += o.Correct
}

// Scores are the counts of a set of items under both matches.
type Scores struct {
	Items   int
	Strict  Counts // subject, predicate, object and negation all right
	Lenient Counts // the directed entity pair right, per sentence
}

func (s *Scores) add(o Scores) {
	s.Items += o.Items
	s.Strict.add(o.Strict)
	s.Lenient.add(o.Lenient)
}

// TagScores are the scores of the items that carry one case tag.
type TagScores struct {
	Tag string
	Scores
}

// Report is the result of [Score].
type Report struct {
	Overall Scores
	Tags    []TagScores // sorted by tag
}

// Score compares predictions with the gold items. It returns an error when
// a prediction names an item that is not in gold, or gold repeats an item id,
// rather than dropping anything silently.
//
// Both matches are one-to-one within an item. Strict: subject, predicate,
// object and negation equal. Lenient: subject and object equal, every
// distinct pair counted once per sentence on both sides. A symmetric gold
// relation is matched by either order, and a reversed copy of a prediction
// matched to it is not counted again. A prediction in the gold relation's
// sentence is preferred, but a sentence is not required to match.
func Score(gold []Item, pred []Prediction) (Report, error) {
	byItem := make(map[string][]Prediction, len(gold))
	for i := range gold {
		if _, dup := byItem[gold[i].ID]; dup {
			return Report{}, fmt.Errorf("gold item %s given twice", gold[i].ID)
		}
		byItem[gold[i].ID] = nil
	}
	for i, p := range pred {
		ps, ok := byItem[p.Item]
		if !ok {
			return Report{}, fmt.Errorf("prediction %d: no gold item %q", i, p.Item)
		}
		byItem[p.Item] = append(ps, p)
	}
	var rep Report
	tags := map[string]*Scores{}
	for i := range gold {
		it := &gold[i]
		s := scoreItem(it, byItem[it.ID])
		rep.Overall.add(s)
		for _, t := range it.Tags {
			if tags[t] == nil {
				tags[t] = &Scores{}
			}
			tags[t].add(s)
		}
	}
	for t, s := range tags {
		rep.Tags = append(rep.Tags, TagScores{Tag: t, Scores: *s})
	}
	slices.SortFunc(rep.Tags, func(a, b TagScores) int { return strings.Compare(a.Tag, b.Tag) })
	return rep, nil
}

// unit is a relation reduced to what one match compares.
type unit struct {
	s, p, o string
	neg     bool
	sym     bool
	sent    int
}

func scoreItem(it *Item, preds []Prediction) Scores {
	sc := Scores{Items: 1}
	for _, strict := range []bool{true, false} {
		var g, p []unit
		for _, r := range it.Relations {
			u := unit{s: r.Subject, o: r.Object, sym: r.Symmetric, sent: r.Sentence}
			if strict {
				u.p, u.neg = r.Predicate, r.Negated
			}
			if u.sym && u.o < u.s {
				u.s, u.o = u.o, u.s
			}
			g = appendNew(g, u)
		}
		for _, q := range preds {
			u := unit{s: q.Subject, o: q.Object, sent: q.Sentence}
			if strict {
				u.p, u.neg = strings.Join(strings.Fields(strings.ToLower(q.Predicate)), " "), q.Negated
			}
			p = appendNew(p, u)
		}
		c := match(g, p)
		if strict {
			sc.Strict = c
		} else {
			sc.Lenient = c
		}
	}
	return sc
}

func appendNew(us []unit, u unit) []unit {
	if slices.Contains(us, u) {
		return us
	}
	return append(us, u)
}

func sameRel(g, p unit, reversed bool) bool {
	if g.p != p.p || g.neg != p.neg {
		return false
	}
	if reversed {
		return g.sym && g.s == p.o && g.o == p.s
	}
	return g.s == p.s && g.o == p.o
}

// match pairs predictions with gold relations greedily: same order before
// reversed (symmetric) order, same sentence before any sentence, directed
// gold before symmetric gold. Matches are by equality, so greedy is as good
// as any pairing except in contrived mixes of both kinds on one pair.
func match(gold, pred []unit) Counts {
	order := make([]int, len(gold))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		switch {
		case gold[a].sym == gold[b].sym:
			return 0
		case gold[a].sym:
			return 1
		}
		return -1
	})
	usedGold := make([]bool, len(gold))
	matchedTo := make([]int, len(pred))
	for i := range matchedTo {
		matchedTo[i] = -1
	}
	c := Counts{Gold: len(gold), Predicted: len(pred)}
	for _, reversed := range []bool{false, true} {
		for _, sameSent := range []bool{true, false} {
			for pi, p := range pred {
				if matchedTo[pi] >= 0 {
					continue
				}
				for _, gi := range order {
					g := gold[gi]
					if usedGold[gi] || (sameSent && g.sent != p.sent) || !sameRel(g, p, reversed) {
						continue
					}
					usedGold[gi], matchedTo[pi] = true, gi
					c.Correct++
					break
				}
			}
		}
	}
	// A system that writes a symmetric relation both ways is not penalized
	// for the second copy.
	for qi, q := range pred {
		if matchedTo[qi] >= 0 {
			continue
		}
		for mi, m := range pred {
			if gi := matchedTo[mi]; gi >= 0 && gold[gi].sym && m.s == q.o && m.o == q.s && m.p == q.p && m.neg == q.neg && m.sent == q.sent {
				c.Predicted--
				break
			}
		}
	}
	return c
}

// WriteTable writes the report as an aligned text table, one row for all
// items and one per tag. It returns the first write error.
func (r Report) WriteTable(w io.Writer) error {
	width := len("all")
	for _, t := range r.Tags {
		width = max(width, len(t.Tag))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%-*s %5s %5s %5s  %8s %5s %5s  %9s %5s %5s\n", width, "tag", "items", "gold", "pred",
		"strict P", "R", "F1", "lenient P", "R", "F1")
	row := func(name string, s Scores) {
		fmt.Fprintf(&b, "%-*s %5d %5d %5d  %8.3f %5.3f %5.3f  %9.3f %5.3f %5.3f\n", width, name, s.Items,
			s.Strict.Gold, s.Strict.Predicted, s.Strict.Precision(), s.Strict.Recall(), s.Strict.F1(),
			s.Lenient.Precision(), s.Lenient.Recall(), s.Lenient.F1())
	}
	row("all", r.Overall)
	for _, t := range r.Tags {
		row(t.Tag, t.Scores)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
