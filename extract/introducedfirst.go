package extract

// This file holds the cue of the order in which an article introduces two
// people of one surname: "Rock star Tom Vell tackled a burglar. 'I acted
// on impulse,' Vell said. ... At a press conference, Ann Vell gave
// details." A reader takes the lone "Vell" for Tom Vell, the one Vell the
// article has named when it writes "Vell": Ann Vell comes only later. The
// surname fits both full names equally, so linkShortNames left it
// ambiguous, and corpus linking gave it to whichever the other articles
// spoke of more.
//
// Only a surname: a given name alone is as often a third person's, or the
// speaker's friend ("I believe Tom will make a great leader," said Tom
// Dell, of Tom Vell named later). And only in a later sentence than the
// full name: in the same sentence a surname alone is the family's ("Tom
// Vell and other members of the Vell family").

// parentOf returns the full name the short name g goes under of the
// candidates cands it fits: the one candidate, or the person introduced
// before it (introducedBefore); nil when none.
func parentOf(g *group, cands []*group) *group {
	if len(cands) == 1 {
		return cands[0]
	}
	return introducedBefore(g, cands)
}

// introducedBefore returns, of the people cands whose surname the
// one-word name g is, the one whose full name the article writes in a
// sentence before every mention of g when every other full name of cands
// comes after all of them; nil when there is no such one, g is no
// person's name, or a candidate is no person or g is not its surname.
func introducedBefore(g *group, cands []*group) *group {
	if g.typ != Person || len(g.own) == 0 {
		return nil
	}
	first, last, sent := g.own[0].Start, g.own[0].Start, g.own[0].Sentence
	for _, m := range g.own[1:] {
		first, last, sent = min(first, m.Start), max(last, m.Start), min(sent, m.Sentence)
	}
	var before *group
	for _, c := range cands {
		at, ok := fullNameAt(c)
		switch {
		case c.typ != Person || !ok || c.words[len(c.words)-1] != g.key:
			return nil
		case at.Start < first && at.Sentence < sent:
			if before != nil {
				return nil // two introduced before: the usual ambiguity
			}
			before = c
		case at.Start < last:
			return nil // introduced before one of g's mentions
		}
	}
	return before
}

// fullNameAt returns the first mention of the root group c that writes a
// name of two words or more; ok is false when there is none.
func fullNameAt(c *group) (at *mention, ok bool) {
	for _, m := range c.own {
		if len(m.words) >= 2 && (!ok || m.Start < at.Start) {
			at, ok = m, true
		}
	}
	return at, ok
}
