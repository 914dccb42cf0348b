package graphstore

// When corpus linking joins two names of one article into one node, the
// article's entry of them took the name of the first by id, or of the
// last full name: a short name linked in for its misspelling ("Vardell"
// into "Vardel") then named the node's entry, and the label vote with it
// (tail16o, issue 10: "Primagaz" labelled "Primagas", "Villarreal"
// "Villareal"). A reader names the entity as the name the other was
// joined to, unless the story writes the other more.

// keepOwnNames gives each merged entry of an article (merged, by the id
// its entries link to) the name of its own entry, the one whose id is the
// node's, where that entry is as partial as the merged one and written as
// often at least as the entry whose name it held: a name linked into
// another does not rename it, and a spelling the story writes once does
// not outvote one it writes three times. to is the article's linking;
// only articles where two entries were merged need the call.
func keepOwnNames(entries []entry, merged map[string]*entry, to func(string) string) {
	for _, e := range entries {
		m := merged[e.id]
		if m == nil || m.name == e.name || m.partial != e.partial || to(e.id) != e.id ||
			heldMentions(entries, m, to) > e.mentions {
			continue
		}
		m.name = e.name // a merged entry's own key: one entry's holds its own name
	}
}

// heldMentions returns the mentions of the entry, of the article's
// entries joined into m, whose name the merged entry m holds.
func heldMentions(entries []entry, m *entry, to func(string) string) int32 {
	for _, o := range entries {
		if o.name == m.name && o.partial == m.partial && to(o.id) == m.id {
			return o.mentions
		}
	}
	return 0
}
