package extract

import (
	"testing"

	"github.com/nergraph/nergraph/internal/names"
)

// ConfEvidence is what the confidence experiments of package extract_test
// see of an entity of an article (one root group): whether the confidence
// rule can find it unsure at all, its margin and the evidence beside the
// margin, today's and candidates'.
type ConfEvidence struct {
	Eligible  bool    // a type the recognizer tags, not a country or a fixed id, a scored mention
	Max       float32 // the largest margin of a scored mention
	Known     bool    // the model's gazetteer knows a scored mention's name as of its type
	Cue       bool    // the words around a scored mention say its type (typeCue)
	FirstName bool    // a person named by two words or more, the first in the gazetteer's first names
	Title     bool    // a mention with a title ("President")
	Suffix    bool    // a mention ending in a company suffix ("Corp")
	Headline  bool    // every mention in the headline
	Caps      bool    // every mention in capitals
	Type      Type
	Words     int // words of the longest mention
	Mentions  int
}

// SetConfHook makes ex give f each entity of an article with its
// ConfEvidence, as it resolves it; ex scores every article (as with
// WithMinConfidence) but marks nothing unsure unless the option is set.
// Not safe for an Extractor used by several goroutines at once.
func SetConfHook(ex *Extractor, f func(Entity, ConfEvidence)) {
	ex.res.confHook = func(e Entity, g *group) { f(e, confEvidenceOf(g)) }
}

func confEvidenceOf(g *group) ConfEvidence {
	f := g.confFeatures()
	ev := ConfEvidence{Max: f.max, Known: f.known, Cue: f.cue, Headline: f.headline, Caps: f.caps,
		Type: g.typ, Words: f.words, Mentions: f.mentions}
	ev.Eligible = f.scored > 0 && !g.isCountry && !g.isFixed && g.typ != Misc && g.typ != Country
	for _, m := range g.members {
		ev.Title = ev.Title || m.Title != ""
		if n := len(m.words); n > 0 {
			ev.Suffix = ev.Suffix || names.CorpSuffixes[names.Key(m.words[n-1])]
			ev.FirstName = ev.FirstName || g.typ == Person && n >= 2 && placeGaz().FirstName(m.words[0])
		}
	}
	return ev
}

// OffName is a gold PER, ORG, LOC or MISC name of an off-CoNLL article.
type OffName struct {
	Start, End int // in the article's joined text (title, blank line, body)
	Type       string
}

// OffCoNLLArticles reads our off-CoNLL dev set as 40 articles with the
// gold names of each (as TestUnsureOffCoNLLExperiment reads it).
func OffCoNLLArticles(t *testing.T) ([]Article, [][]OffName) {
	arts, golds := offCoNLLArticles(t)
	out := make([][]OffName, len(golds))
	for i, gs := range golds {
		for _, g := range gs {
			out[i] = append(out[i], OffName{Start: g.start, End: g.end, Type: g.typ})
		}
	}
	return arts, out
}
