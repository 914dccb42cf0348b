// Package text prepares article text for the recognizer: [Clean] repairs
// scraped text (HTML entities and their debris, tags, invalid UTF-8,
// blanks) and [Tokenize] splits it into [Sentence]s of [Token]s the way the
// CoNLL-2003 data is tokenized, with byte offsets into the text.
//
// Angle brackets around a name are no tag: Reuters writes companies so
// ("<Airbus Industrie>"). Clean keeps them, and Tokenize makes tokens of
// them, so that the name is found whole and the brackets tell a company.
//
// Which words keep their period ("Gen.", "Inc.", "Calif.") comes from the
// shared name knowledge (names.Abbreviations), so that the tokenizer and the
// resolver agree.
package text
