// Package lang tells the language of a news article, well enough to keep
// an English recognizer away from text it was not trained on.
//
// # Method
//
// [Detect] counts the article's words that are function words (articles,
// pronouns, prepositions, conjunctions, auxiliaries) of each language it
// knows: English, German, French, Spanish, Italian, Portuguese, Dutch,
// Swedish, Danish, Norwegian, Polish and Turkish. Function words are the
// most frequent words of any text whatever its subject, and few of them are
// shared between languages, so a few dozen per language tell them apart in
// a paragraph. Letters of other scripts (Cyrillic, Greek, Arabic, Hebrew,
// Chinese, Japanese, Korean, Devanagari, Thai) name the script's main
// language when they are most of the text. The lists are our own, written
// from grammars.
//
// Text too short to tell (under [MinWords] words) is [Unknown].
package lang
