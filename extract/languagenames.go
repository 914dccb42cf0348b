package extract

import "github.com/nergraph/nergraph/internal/names"

// This file (tail16k) holds the cue by which a word is a language's or a
// script's name, no entity (MISC) whatever the recognizer said: "she
// spent a month learning Hindi", "printed in Braille", "a film in
// Aramaic". The recognizer takes the capital for a person's or a place's
// name.

// languageNames are languages and scripts that are no country's demonym
// (those [names.Tables] reads as nationalities) and no common surname or
// given name: "Welsh", "Cornish" and "English" are surnames, and
// "Mandarin" opens a hotel group's name ("Mandarin Oriental"), so they are
// left out.
var languageNames = names.Set{"hindi": true, "urdu": true, "punjabi": true, "gujarati": true, "marathi": true,
	"bengali": true, "tamil": true, "telugu": true, "kannada": true, "malayalam": true, "sanskrit": true,
	"pashto": true, "farsi": true, "swahili": true, "amharic": true, "yoruba": true, "igbo": true,
	"hausa": true, "xhosa": true, "afrikaans": true, "esperanto": true, "aramaic": true, "yiddish": true,
	"tagalog": true, "cantonese": true, "malay": true, "latin": true, "gaelic": true, "braille": true,
	"cyrillic": true}

// languageName reports whether a name of one word, which no table
// settles (no canonical name, country or agency), is a language's or a
// script's ([languageNames]). Cost: one set look-up per one-word mention
// that reaches the case.
func languageName(m *mention) bool {
	return len(m.words) == 1 && languageNames[m.words[0]] && m.canon == "" && m.country < 0 && m.agency < 0
}
