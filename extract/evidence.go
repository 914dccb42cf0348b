package extract

import (
	"strings"
)

// The recognizer's margin is one kind of evidence that a name is what it
// was typed as; the words around it are another, which does not come from
// the tagger: "Berkshire chairman Warren Buffett", "who founded Binance",
// "Pep Guardiola, manager of", "told CNN". A mention whose context says its
// type is kept by the confidence rule however unsure the tagger was
// (docs/judging/confidence.md, "Evidence beside the margin"). Each cue
// speaks for one type only, so that a name the tagger typed wrongly
// (LeBron James as ORG, Valneva as PERSON) finds no cue of its type and
// stays unsure.

// personBefore are words that stand right before a person's name: a role,
// a kin word ("his son Bronny").
var personBefore = []string{"son", "daughter", "wife", "husband", "brother", "sister", "father", "mother",
	"spokesman", "spokeswoman", "striker", "midfielder", "defender", "goalkeeper", "winger", "coach", "manager",
	"captain", "principal", "founder", "chairman", "chairwoman", "executive", "ceo", "minister", "leader",
	"chancellor", "senator", "governor", "mayor", "judge", "actor", "actress", "singer", "director"}

// personAfter are the starts of what follows a person's name: a speech
// verb, an apposition of a role.
var personAfter = []string{" said", " says", " told", " spoke", " added", " denied", " insisted", ", who",
	", manager of", ", chief executive of", ", founder of", ", chairman of", ", head of", ", the head of",
	", president of", ", minister", ", the minister", ", coach of", ", captain of"}

// orgAfter are the starts of what follows a company's or an
// organisation's name: its officers, its shares, its parts.
var orgAfter = []string{" chairman", " chairwoman", " chief executive", " ceo", " spokesman", " spokeswoman",
	" president", " founder", " shareholders", " shares", " unit", " subsidiary", " team principal", " board",
	" executives", ", which was acquired", ", a company", ", a start-up", ", a startup", ", a firm"}

// orgBefore are the ends of what stands before a company's name: who
// founded, bought or dealt with it.
var orgBefore = []string{"founded", "founder of", "bought", "buy", "buying", "acquired", "acquire", "takeover of",
	"bid for", "deal with", "stake in", "merge with", "merged with", "shares in", "shares of", "partnership with",
	"unit of", "invested in", "investment in", "companies such as", "companies including", "firms such as",
	"start-ups such as", "startups such as", "companies like", "firms like", "start-ups like"}

// typeCues switches the cues off for experiments that measure the rule
// without them (TestUnsureOffCoNLLExperiment).
var typeCues = true

// typeCue reports whether the words around the mention m of text say that
// it names an entity of its type.
func typeCue(text string, m *mention) bool {
	if !typeCues {
		return false
	}
	before := strings.ToLower(strings.TrimRight(text[max(0, m.Start-24):m.Start], " "))
	after := strings.ToLower(text[m.End:min(len(text), m.End+24)])
	switch m.typ {
	case Person:
		if m.Title != "" || m.personal {
			return true
		}
		return hasWordSuffix(before, personBefore) || hasPhrasePrefix(after, personAfter)
	case Org:
		return m.defines != nil || hasWordSuffix(before, orgBefore) || hasPhrasePrefix(after, orgAfter) ||
			firmApposition(text[m.End:min(len(text), m.End+48)])
	}
	return false
}

// hasPhrasePrefix reports whether s starts with one of the phrases, as whole
// words.
func hasPhrasePrefix(s string, phrases []string) bool {
	for _, p := range phrases {
		if strings.HasPrefix(s, p) && (len(s) == len(p) || !isWordByte(s[len(p)])) {
			return true
		}
	}
	return false
}

// hasWordSuffix reports whether s ends with one of the phrases, as whole
// words.
func hasWordSuffix(s string, phrases []string) bool {
	for _, p := range phrases {
		if strings.HasSuffix(s, p) && (len(s) == len(p) || !isWordByte(s[len(s)-len(p)-1])) {
			return true
		}
	}
	return false
}

// firmNouns are the heads of an apposition that says a company: "Mistral
// AI, a Paris-based start-up".
var firmNouns = map[string]bool{"company": true, "firm": true, "start-up": true, "startup": true, "maker": true,
	"group": true, "bank": true, "carrier": true, "retailer": true, "broadcaster": true, "insurer": true,
	"manufacturer": true, "developer": true, "conglomerate": true, "lender": true, "airline": true}

// firmApposition reports whether after (what follows a name) is ", a" or
// ", the" and, within three more words, a company noun.
func firmApposition(after string) bool {
	rest, ok := strings.CutPrefix(after, ", ")
	if !ok {
		return false
	}
	ws := strings.Fields(strings.ToLower(rest))
	if len(ws) < 2 || ws[0] != "a" && ws[0] != "an" && ws[0] != "the" {
		return false
	}
	for _, w := range ws[1:min(len(ws), 5)] {
		w = strings.TrimRight(w, ",.;:")
		if firmNouns[w] {
			return true
		}
		if strings.ContainsAny(w, ",.;:") {
			break
		}
	}
	return false
}
