package extract

// camelPlayer reports whether a one-word name with an inner capital that
// is typed a person stands as an item of a team sheet's line
// ([sheetItem]): "Marlow, DeVell, Quarnsen (Pell 63)". [typeByWords]
// types every other one-word camel-case name a firm by its shape
// ("ZorbiPad"); a player's surname has the shape too ("LuaLua",
// "DeMerit"), and a team sheet, which [Resolver.teamSheetTypes] read,
// lists people (tail15b).
func camelPlayer(text string, m *mention) bool {
	return m.typ == Person && sheetItem(text, m)
}
