// Package relgold reads nergraph's relation gold set and scores a system's
// relations against it.
//
// The gold set, testdata/relations/gold.txt, is short news-style text written
// for the project. Each item gives its sentences with every name marked
// ([[Texaco|ORG|org:texaco]]) and then the relations between the entities of
// one sentence, one per line:
//
//	=== g071 [passive] [easy] [business]
//	[[Getty Oil|ORG|org:getty-oil]] was bought by [[Texaco|ORG|org:texaco]] in 1984.
//	rel: org:texaco > buy > org:getty-oil | text=was bought by | sent=0
//
// The format and the annotation guidelines are in
// testdata/relations/README.md.
//
// # Reading
//
// [NewReader] and [Reader.Read] give one [Item] at a time, with the marks
// removed: the plain text, the byte spans of its sentences and names, and the
// gold relations. [Parse] and [ParseFile] read a whole file. Bad input is a
// [*ParseError] naming the file and line; the parser also checks that every
// relation's ends are marked in its sentence, that its text is there, and that
// no relation repeats.
//
// # Scoring
//
// [Score] matches [Prediction] values with the gold relations of their item,
// one to one, under a strict match (subject, predicate, object and negation)
// and a lenient one (the directed entity pair), and reports precision, recall
// and F1 for all items and per case tag ([Report]). A caller maps its own
// mentions to the gold ids with [Item.EntityAt] and its offsets to the gold
// sentences with [Item.SentenceAt].
package relgold
