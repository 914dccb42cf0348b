package extract

// This file (tail14a) lets the Portuguese particle "do" join two people's
// spans into one name, "Ana do Quelho Varra", as [Resolver.particleSpans]
// joins "de" and "da" whatever the spans. "Do" is an English verb too,
// which is why [Resolver.particleJoin] joins it only to places; but a
// person's span, "do", and a person's span right after it make no English
// ("let Ann do Quelho Varra" is no sentence a wire writes), and the
// recognizer, trained on English, cuts the name in two.

// personDo reports whether a span typed as a person is followed by "do"
// and the span of a person (next is that span's index, -1 when none).
func personDo(sp Span, next int, nextType Type) bool {
	return sp.Type == Person && next >= 0 && nextType == Person
}
