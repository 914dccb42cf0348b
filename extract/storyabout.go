package extract

// This file (tail13d) reads "story" as the head of a work's apposition
// when "about" follows it: "Tervane Lemmo, a story about a boy who
// flies", "Quarbin, the story about two sisters". [workAppositionHeads]
// leaves "story" out: "Ann Vell, the success story of the year" is a
// person's, and "of" follows a story told of a person as often as of a
// work; "about" after "a story" or "the story" tells what a work is
// about.

// storyAboutHead reports whether w, a word of an apposition whose text is
// rest, is "story" and "about" follows it at i.
func storyAboutHead(w, rest string, i int) bool {
	if w != "story" {
		return false
	}
	next, _ := nextWord(rest, i)
	return next == "about"
}
