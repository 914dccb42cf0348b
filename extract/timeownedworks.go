package extract

// This file (tail16q) widens tail16j's [timeOwnedEvent] to names the
// recognizer took for people: a span of time owns no person either, but a
// work shown in it or a product sold in it ("last year's Quarbin Vell,
// which drew ten million viewers", "this year's Tervane Lemmo," the gift
// every child wants). A person likened to another ("this year's Ann Vell
// 'moment'") has a word after the name that [timeEventEnds] does not
// take; a name with a title ("last year's Queen Vell") is left.

// timeOwnedPerson reports whether a mention typed a person, with no title,
// may be asked [timeOwnedEvent]'s cue of a time's possessive before it.
func timeOwnedPerson(m *mention) bool {
	return m.typ == Person && m.Title == ""
}
