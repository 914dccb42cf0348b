package extract

// workSibling reports whether a mention that [kindTitle]'s cues made a
// work or a product (MISC) by the words beside it, "its Zorbit 3 games
// console", "the video game Lemmox 2", gives its name to the article's
// other mentions of it that have no such cue ("the Zorbit", "Zorbit
// owners"): [ownedThings] then makes them things too, unless one of them
// is an owner's by a possessive after it ("Zorbit's profits"). Without
// it, the article's vote of one thing to two organizations keeps the name
// an organization's. A name an alias rule, a country's or an agency's
// table gave is left.
func workSibling(text string, m *mention) bool {
	if m.typ != Misc || m.canon != "" || m.forced != "" || m.country >= 0 || m.agency >= 0 {
		return false // the usual case, decided at once: no MISC mention
	}
	return kindTitle(text, m)
}
