package graphstore

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Window says which entities of one article count as mentioned together.
// The zero value is the whole article.
type Window struct {
	// Paragraph counts entities mentioned in the same paragraph.
	Paragraph bool
	// Sentences counts entities mentioned at most Sentences-1 sentences
	// apart: 1 is the same sentence. 0 (with Paragraph false) is the
	// whole article.
	Sentences int
}

// GuardEntities is the most entities an article is counted with the
// whole-article window: all pairs of more would cost more than the
// article is worth (4,000 names make 8 million pairs). An article with more
// is counted with a sentence window instead, and reported.
const GuardEntities = 300

// WindowEntities is the most entities one window holds: those mentioned
// most recently. It keeps the pairs of a window linear in the mentions
// even in a sentence that lists a thousand names.
const WindowEntities = 100

// ParseWindow reads a window: "article", "paragraph", "sentence" or a
// number of sentences.
func ParseWindow(s string) (Window, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "article":
		return Window{}, nil
	case "paragraph":
		return Window{Paragraph: true}, nil
	case "sentence":
		return Window{Sentences: 1}, nil
	}
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n < 1 {
		return Window{}, fmt.Errorf("window %q is not article, paragraph, sentence or a number of sentences (1 or more)", s)
	}
	return Window{Sentences: n}, nil
}

// String returns the window as ParseWindow reads it.
func (w Window) String() string {
	switch {
	case w.Paragraph:
		return "paragraph"
	case w.Sentences == 1:
		return "sentence"
	case w.Sentences > 1:
		return strconv.Itoa(w.Sentences)
	}
	return "article"
}

// CoMentions calls fn(i, j), i < j, once for each pair of entities of one
// article (ents as [ArticleCounts] holds them) mentioned together within
// the window; paragraphs are the indexes of the sentences that start the
// article's paragraphs (Doc.Paragraphs), needed by the paragraph window
// only: without them a paragraph window counts by sentence. An
// article of more than [GuardEntities] entities is counted with the
// sentence window whatever w says, and CoMentions reports true for it.
// The work is linear in the mentions: at most [WindowEntities] entities are
// paired at once.
func CoMentions(ents []EntityCount, paragraphs []int, w Window, fn func(i, j int)) bool {
	sents := make([][]int, len(ents))
	for i, e := range ents {
		sents[i] = e.Sentences
	}
	return coMentions(sents, paragraphs, w, fn)
}

// coMentions is CoMentions of the entities' sentence lists.
func coMentions(sents [][]int, paragraphs []int, w Window, fn func(i, j int)) bool {
	guarded := false
	if !w.Paragraph && w.Sentences == 0 {
		if len(sents) <= GuardEntities {
			for i := range sents {
				for j := i + 1; j < len(sents); j++ {
					fn(i, j)
				}
			}
			return false
		}
		w, guarded = Window{Sentences: 1}, true
	}
	span := w.Sentences
	unit := func(s int) int { return s }
	if w.Paragraph {
		span = 1
		if len(paragraphs) > 0 {
			unit = func(s int) int { return paragraphOf(paragraphs, s) }
		}
	}
	sweep(sents, unit, span, fn)
	return guarded
}

// paragraphOf returns the paragraph of sentence s.
func paragraphOf(starts []int, s int) int {
	i, found := slices.BinarySearch(starts, s)
	if found {
		return i
	}
	return max(i-1, 0)
}

// mention is one entity in one unit (sentence or paragraph).
type mention struct{ unit, entity int }

// sweep pairs the entities mentioned within span units of each other,
// going through the units in order and keeping the WindowEntities most
// recent entities.
func sweep(sents [][]int, unit func(int) int, span int, fn func(i, j int)) {
	var ms []mention
	for e, ss := range sents {
		for _, s := range ss {
			if u := unit(s); len(ms) == 0 || ms[len(ms)-1] != (mention{u, e}) {
				ms = append(ms, mention{u, e})
			}
		}
	}
	slices.SortFunc(ms, func(a, b mention) int { return cmp.Or(cmp.Compare(a.unit, b.unit), cmp.Compare(a.entity, b.entity)) })
	ms = slices.Compact(ms)
	last := make([]int, len(sents)) // the last unit of each entity, -1 before
	for i := range last {
		last[i] = -1
	}
	done := map[[2]int]bool{}
	pair := func(x, y int) {
		k := [2]int{min(x, y), max(x, y)}
		if !done[k] {
			done[k] = true
			fn(k[0], k[1])
		}
	}
	var recent []int // entities of earlier units, most recent first
	for i := 0; i < len(ms); {
		u := ms[i].unit
		j := i
		for j < len(ms) && ms[j].unit == u {
			j++
		}
		unitMs := ms[i:j]
		for a, m := range unitMs {
			// Within the unit: each with the next WindowEntities.
			for _, n := range unitMs[a+1 : min(len(unitMs), a+1+WindowEntities)] {
				pair(m.entity, n.entity)
			}
			// With the recent entities of earlier units still in the window.
			for _, f := range recent {
				if f != m.entity && last[f] >= u-span+1 && last[f] < u {
					pair(m.entity, f)
				}
			}
		}
		for _, m := range unitMs {
			last[m.entity] = u
		}
		recent = moveToFront(recent, unitMs)
		i = j
	}
}

// moveToFront puts the entities of ms first in recent, keeping at most
// WindowEntities.
func moveToFront(recent []int, ms []mention) []int {
	out := make([]int, 0, WindowEntities)
	for _, m := range ms[max(0, len(ms)-WindowEntities):] {
		out = append(out, m.entity)
	}
	for _, f := range recent {
		if len(out) >= WindowEntities {
			break
		}
		if !slices.ContainsFunc(ms, func(m mention) bool { return m.entity == f }) {
			out = append(out, f)
		}
	}
	return out
}
