package graphstore

import "slices"

// ownNamesElsewhere reports whether a person's short name, which its
// article left to the corpus because it fits two or more full names that
// the article gives itself ("Mr Forsyth" beside Frederick and Freddie
// Forsyth), would go to a full name the article does not give: such a
// short name stands for one of the article's own people, and never for a
// namesake the corpus knows from other articles (the presenter Bruce
// Forsyth). A short name whose article gives none of its candidates, or
// one, is decided as before; "Mr Blair" beside Tony and Cherie Blair may
// still go to Tony Blair, whom the article names.
func (c *corpus) ownNamesElsewhere(o *occurrence, to string) bool {
	if o.rule != RuleSurname || c.namesInFull(o.art, to) {
		return false
	}
	own := 0
	for _, x := range o.cands {
		if c.namesInFull(o.art, x.id) {
			own++
		}
	}
	return own >= 2
}

// namesInFull reports whether article art gives the full name id.
func (c *corpus) namesInFull(art int, id string) bool {
	f, ok := c.full[id]
	if !ok {
		return false
	}
	_, in := slices.BinarySearch(f.articles, art)
	return in
}
