package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// genreCues name a work's genre just before its title, in lower case: "wine
// comedy Sideways", "the thriller Hide", "factual drama Finding Neverland".
// Unlike "show" or "game" ([names.LooseWorkCues]) they are no words of
// sport or politics, so any word may stand before them. In the BBC corpus
// every one of the 100-odd names after them is a work.
var genreCues = names.Set{"comedy": true, "drama": true, "thriller": true, "blockbuster": true,
	"sequel": true, "prequel": true, "cartoon": true, "romcom": true,
	"serial": true} // tail15l: "the network's serial Zorbit Lane"

// workPhrases are two words before a title that only a work follows:
// "starring in Endgame", "roles in Closer". "role in" is left out: "his
// role in Labour".
var workPhrases = [...][2]string{{"starring", "in"}, {"roles", "in"}}

// nominated are the words before a name that a work or a person follows
// ("nominee Sideways", "nominee Clive Owen", "nominated for Gladiator",
// "an Oscar for Ray", "an adaptation of Philip Pullman's trilogy"): a name
// after them that the recognizer did not take for a person is a work.
var nominated = [...][2]string{{"", "nominee"}, {"nominated", "for"}, {"oscar", "for"}, {"bafta", "for"},
	{"oscars", "for"}, {"award", "for"}, {"adaptation", "of"}}

// workByKind reports whether the words before a mention name the kind of
// work it is: a genre ([genreCues]), a phrase only a work follows
// ([workPhrases]), or a nomination for a name that is no person's
// ([nominated]).
func workByKind(text string, m *mention) bool {
	p, ps := prevWordFast(text, m.Start)
	if p == "" || !isLowerASCII(p[0]) && p[0] != 'O' && p[0] != 'B' {
		return false // a name, a number or punctuation before it: the usual case, decided at once
	}
	if genreCues[p] {
		return true
	}
	q, _ := prevWordFast(text, ps)
	q = strings.ToLower(q)
	for _, w := range workPhrases {
		if p == w[1] && q == w[0] {
			// "starring in Ann Rigby's play": the work is hers.
			return m.typ != Person || !possessiveAt(text, m.End)
		}
	}
	if m.typ == Person {
		return false
	}
	lp := strings.ToLower(p)
	for _, w := range nominated {
		if lp == w[1] && (w[0] == "" || q == w[0]) {
			return true
		}
	}
	return false
}

// isLowerASCII reports whether b is a lower-case ASCII letter.
func isLowerASCII(b byte) bool { return 'a' <= b && b <= 'z' }

// lawWords follow a law named after its sponsors: "the Sarbanes-Oxley act",
// "the Gramm-Rudman law".
var lawWords = names.Set{"act": true, "law": true, "laws": true, "bill": true, "legislation": true,
	"amendment": true, "rules": true}

// lawAfter reports whether a mention is a law named after its sponsors: a
// single word of capitalized parts joined by hyphens ("Sarbanes-Oxley",
// "Gramm-Rudman-Hollings") followed by a law's word in lower case. A
// sponsor's surname alone ("the Smith bill") is left to the person: a
// mention's type decides its article's whole group.
func lawAfter(text string, m *mention) bool {
	if !strings.Contains(m.Name, "-") || strings.ContainsAny(m.Name, " \n") {
		return false
	}
	for _, part := range strings.Split(m.Name, "-") {
		if len(part) < 2 || !upperWord(part) || !isLowerASCII(part[len(part)-1]) {
			return false
		}
	}
	next, _ := nextWord(text, m.End)
	return lawWords[strings.TrimRight(next, ",.;:")]
}

// lawHeadFit is 1 (see shortNameFits) when g, a group of one word, is the
// head word that ends fw, the words of a law or an event named in full in
// the article: "the Bill" of the Gambling Bill, "the Summit" of the Venice
// Summit, "Globe" of the Golden Globe ("the Treaty" of the Treaty of Rome is
// not: the head must end the name). Such a head alone is no name of its
// own. Else 0.
func lawHeadFit(g *group, fw []string) int {
	if len(fw) >= 2 && g.key == fw[len(fw)-1] && names.MiscByWords(fw) && g.typ != Country {
		return 1
	}
	return 0
}

// possessiveAt reports whether "'s" begins at i.
func possessiveAt(text string, i int) bool {
	rest := text[i:]
	return strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s")
}

// shipNouns name a ship's kind just before its name: "the tanker Avaj",
// "the vessel Broompark", "the cruise liner Tervane Star" (tail14o:
// "liner"). A ship is MISC.
var shipNouns = names.Set{"tanker": true, "supertanker": true, "vessel": true, "ship": true, "freighter": true,
	"trawler": true, "warship": true, "frigate": true, "destroyer": true, "liner": true,
	"ferry": true, "tug": true, "battleship": true, "icebreaker": true, "submarine": true} // tail16y: ferry … submarine

// shipLoads name what a carrier carries when it is a ship: "bulk carrier
// Juvena", "aircraft carrier Kitty Hawk"; any other carrier is an airline
// or a telephone company ("low-cost carrier", "flag carrier").
var shipLoads = names.Set{"bulk": true, "ore": true, "aircraft": true, "product": true, "products": true,
	"oil": true, "grain": true, "container": true, "gas": true, "lng": true, "lpg": true, "car": true, "coal": true}

// shipCue reports whether the words before a mention name a ship's kind
// ([shipNouns], or "carrier" after a load, [shipLoads]), and so whether
// the mention is a ship's name.
func shipCue(text string, m *mention) bool {
	p, ps := prevWordFast(text, m.Start)
	return shipKind(text, p, ps)
}

// shipKind reports whether w, the word that starts at i, is a ship's kind
// noun ([shipNouns]) or "carrier" after a ship's load ([shipLoads]): "bulk
// carrier" and not an airline's "national carrier".
func shipKind(text, w string, i int) bool {
	if w == "" || !isLowerASCII(w[0]) {
		return false
	}
	if shipNouns[w] {
		return true
	}
	if w != "carrier" {
		return false
	}
	q, _ := prevWordFast(text, i)
	return shipLoads[strings.ToLower(q)]
}

// carrierCue reports whether a mention follows "carrier" without a ship's
// load before it: "low-cost carrier Virgin Blue", "flag carrier Air India"
// name an airline.
func carrierCue(text string, m *mention) bool {
	before := strings.TrimRight(text[:m.Start], " \n")
	if !strings.HasSuffix(before, " carrier") {
		return false // the usual case, decided without reading words
	}
	q, _ := prevWordFast(text, len(before)-len("carrier"))
	return !shipLoads[strings.ToLower(q)]
}

// firmRoles follow a company's name before the name of the one who holds
// them: "Virgin Blue chief executive Brett Godfrey", "Olivetti chairman
// Carlo De Benedetti". "Spokesman" is left out: "a Blair spokesman".
var firmRoles = [...]string{" chief executive", " chairman", " boss", " managing director"}

// firmRoleAfter reports whether a name the recognizer took for a person is
// followed by a firm's role and a capitalized name, which makes it the
// firm: people hold no chief executives.
func firmRoleAfter(text string, m *mention) bool {
	if m.typ != Person || m.End >= len(text) || !lineGap(text, m.End) {
		return false
	}
	rest := text[m.End:]
	for _, role := range firmRoles {
		if strings.HasPrefix(rest, role) {
			next, _ := nextWord(text, m.End+len(role))
			return len(rest) > len(role) && (rest[len(role)] == ' ' || rest[len(role)] == '\n') && upperWord(next)
		}
	}
	return false
}

// prevWordFast is prevWord for text of ASCII words and spaces, read byte by
// byte (prevWord decodes each rune); anything else is left to prevWord.
func prevWordFast(text string, i int) (string, int) {
	j := i
	for j > 0 && asciiSpace(text[j-1]) {
		j--
	}
	s := text[:j]
	k := len(s)
	for k > 0 {
		c := s[k-1]
		if c > ' ' && c < 0x80 {
			k--
			continue
		}
		if c >= 0x80 {
			return prevWord(text, i)
		}
		if asciiSpace(c) {
			break
		}
		k--
	}
	return text[k:j], k
}

// asciiSpace reports whether b is an ASCII space, as unicode.IsSpace says.
func asciiSpace(b byte) bool {
	return b == ' ' || b == '\n' || b == '\t' || b == '\r' || b == '\v' || b == '\f'
}

// starringAfter reports whether a mention is a work by the cast that
// follows it: "Closer, starring Jude Law", "No Way Out starring Sidney
// Poitier". "Spike Lee, starring in" and "starring as" speak of a person's
// part.
func starringAfter(text string, m *mention) bool {
	rest := text[m.End:]
	rest = strings.TrimPrefix(rest, ",")
	if !strings.HasPrefix(rest, " starring ") {
		return false
	}
	next, _ := nextWord(rest, len(" starring"))
	return next != "" && next != "in" && next != "as" && next != "at" && next != "alongside"
}
