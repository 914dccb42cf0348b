package extract

// This file (tail17w) carries a ship's cue to the article's other
// mentions of its name: "the aircraft carrier Quarbin Vell ... The Quarbin
// Vell and its escorts". [shipCue] makes the one mention after the kind
// noun a ship (MISC) in [Resolver.notEntity]; the name's other mentions,
// after "the" alone, stay a firm's and carry the name's node.

// shipNamed reports whether a name of one to four words stands right
// after a ship's kind noun ([shipCue]: "the tanker Lemmo Star", "the
// aircraft carrier Quarbin Vell"), so that [ownedThings] makes every
// mention of it in the article a ship.
func shipNamed(text string, m *mention) bool {
	return m.Start > 0 && len(m.words) > 0 && len(m.words) <= 4 && shipCue(text, m)
}
