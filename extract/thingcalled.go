package extract

import "strings"

// thingKinds are kinds of thing (no body) whose name may follow "called",
// "dubbed", "named", "entitled" or "titled": "a technology called
// Quarbin", "a virus dubbed Zorbit", "its first humanoid robot, called
// Lemmo". Bodies' kinds (company, firm, group, network, service, website,
// band) are left out: "a network called Quarbin" may be its owner.
var thingKinds = map[string]bool{"technology": true, "technologies": true, "system": true, "systems": true,
	"computer": true, "computers": true, "test": true, "virus": true, "worm": true, "tool": true,
	"protocol": true, "format": true, "application": true, "software": true, "program": true, "robot": true,
	"device": true, "gadget": true, "processor": true, "browser": true, "podcast": true, "blog": true,
	"weblog": true, "report": true, "paper": true, "sculpture": true, "seminars": true, "offering": true,
	"production": true, "standard": true, "standards": true, "language": true}

// namingWords give a thing's name after its kind ([thingKinds]).
var namingWords = map[string]bool{"called": true, "dubbed": true, "named": true, "entitled": true, "titled": true}

// thingCalled makes MISC (no node) a name that follows a lower-case kind
// of thing ([thingKinds]), maybe a comma, and a word that gives its name
// ([namingWords]), maybe in quotes: "a file-sharing system called
// Quarbin", "its first humanoid robot, called Lemmo". The recognizer
// takes such names for firms or people; its type spreads to the name's
// other mentions in the article, and goes to a mention of the name with
// an adverb that opens a sentence glued before it ("Initially Lemmo").
func thingCalled(a *article, m *mention) {
	if m.typ == Misc || m.forced != "" || m.canon != "" || m.country >= 0 || m.agency >= 0 {
		return
	}
	p, ps := prevWordFast(a.text, m.Start)
	if p == "'" || p == `"` || p == "‘" || p == "“" {
		p, ps = prevWordFast(a.text, ps)
	}
	p, ps = calledThe(a.text, p, ps) // tail18c: "a coin called the 'Tervane'"
	if !namingWords[strings.TrimRight(p, `'"‘“`)] {
		return
	}
	k, _ := prevWordFast(a.text, ps)
	if !thingKinds[strings.TrimSuffix(k, ",")] && !productKinds[k] && // tail11c: "a weedkiller called Zorbamba"
		!calledProductKinds[strings.TrimSuffix(k, ",")] { // tail18c: "a drug called Quarvex"
		return
	}
	m.typ, m.typed = Misc, true
	for _, o := range a.ms {
		// "Initially Quarbin will...": the sentence's adverb glued on.
		if len(o.words) == len(m.words)+1 && hasSuffix(o.words, m.words) && strings.HasSuffix(o.words[0], "ly") && sentenceStart(a.text, o.Start) {
			o.typ, o.typed = Misc, true
		}
	}
}
