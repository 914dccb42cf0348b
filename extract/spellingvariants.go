package extract

import "strings"

// This file holds a person whose given name an article spells two ways,
// as names written in another alphabet are: "Viktor" and "Victor",
// "Sergey" and "Sergei", "Phillip" and "Philip". Two full names of one
// surname whose given names read the same once folded
// ([foldGivenName]) are one person; left apart, the surname alone fits
// both and links to neither.

// linkSpellingVariants links each person's group of two words under the
// first group of the article with the same surname and a given name that
// is spelled otherwise but folds the same ([foldGivenName]). It runs
// before [Resolver.linkShortNames], so that the surname alone then has
// one full name to go to.
func linkSpellingVariants(groups []*group) {
	for i, g := range groups {
		if g.isFixed || g.parent != nil || g.typ != Person || len(g.words) != 2 {
			continue
		}
		for _, f := range groups[:i] {
			if f.isFixed || f.typ != Person || len(f.words) != 2 || f.words[1] != g.words[1] || f.words[0] == g.words[0] {
				continue // the cheap first question: the same surname
			}
			if a := foldGivenName(g.words[0]); len(a) >= 4 && a == foldGivenName(f.words[0]) {
				g.parent = f.root()
				break
			}
		}
	}
}

// foldGivenName folds a given name in lower case to a form its spellings
// share: "ph" as "f", "k" as "c", a last "y" as "i" and a doubled letter
// as one ("viktor" and "victor" fold to "victor", "sergey" and "sergei"
// to "sergei", "phillip" and "philip" to "filip"). "Maria" and "Mario"
// fold apart.
func foldGivenName(w string) string {
	w = strings.ReplaceAll(w, "ph", "f")
	w = strings.ReplaceAll(w, "k", "c")
	if strings.HasSuffix(w, "y") && len(w) > 3 {
		w = w[:len(w)-1] + "i"
	}
	var b strings.Builder
	b.Grow(len(w))
	for i := 0; i < len(w); i++ {
		if i == 0 || w[i] != w[i-1] {
			b.WriteByte(w[i])
		}
	}
	return b.String()
}
