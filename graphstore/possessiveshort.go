package graphstore

import "strings"

// spelling counts the articles that write a full name's first word with a
// possessive apostrophe ("Lloyd's of London") and those that write it
// with a bare s ("Lloyds Bank Plc").
type spelling struct{ apos, bare int }

// add counts n articles that give the name as written.
func (s *spelling) add(name string, n int) {
	fw, _, ok := strings.Cut(strings.TrimSpace(name), " ")
	if !ok {
		return // one word: no full name's first word
	}
	switch _, apos := possessiveStem(fw); {
	case apos:
		s.apos += n
	case len(fw) > 2 && (fw[len(fw)-1] == 's' || fw[len(fw)-1] == 'S'):
		s.bare += n
	}
}

// possessiveStem returns the word w without a final possessive "'s" (or
// "’s") and whether it had one.
func possessiveStem(w string) (string, bool) {
	l := strings.ToLower(w)
	for _, suf := range []string{"'s", "\u2019s"} {
		if s, ok := strings.CutSuffix(l, suf); ok && s != "" && !strings.ContainsAny(s, " '\u2019") {
			return s, true
		}
	}
	return l, false
}

// possessiveApartIn reports whether the short name of occurrence o, as
// its article writes it, may not stand for the full name to by
// possessiveApart: the candidates of a short name are found once, from its
// first article, but "Lloyd's" and "Lloyds" share one id.
func (c *corpus) possessiveApartIn(o *occurrence, to string) bool {
	f, ok := c.full[to]
	return ok && o.rule == RuleShortOrg && possessiveApart(c.entryOf(o.art, o.pid).name, f)
}

// possessiveApart reports whether the one-word organization name short,
// as written, keeps a possessive apostrophe ("Lloyd's") where most of the
// articles of the full name f spell its first word without one ("Lloyds
// Bank Plc"): the two are other bodies that share one key, the insurance
// market Lloyd's of London and Lloyds Bank. Such a full name may not take
// the short name across articles (as a barred candidate: see corpus.decide).
func possessiveApart(short string, f *fullInfo) bool {
	if _, apos := possessiveStem(strings.TrimSpace(short)); !apos {
		return false
	}
	return f.spelt.bare > f.spelt.apos
}
