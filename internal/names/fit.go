package names

import (
	"strings"
	"unicode/utf8"
)

// ShortFits reports whether short, a one-word name, can stand for full, a
// name of several words, in the way reporters shorten names: the surname or
// given name of a person ("Putin", "Kim" for "Kim Jong Un"), the first or last
// word of an organization ("Vikings" for "Minnesota Vikings"), or the initials
// of either ("KCNA" for "Korean Central News Agency").
func ShortFits(short, full string, t Type) bool {
	sk, fk := Key(short), Key(full)
	if t == Org {
		fk = OrgKey(fk)
	}
	return ShortFitsKeys(sk, strings.Fields(fk), short, t)
}

// ShortFitsKeys is [ShortFits] on folded names: sk is the key of the short
// name, written surface, and fw the words of the full name's key (without
// corporate suffixes for an organization).
func ShortFitsKeys(sk string, fw []string, surface string, t Type) bool {
	if len(fw) < 2 || sk == "" || strings.Contains(sk, " ") {
		return false
	}
	// Initials of three letters or more; two ("IL") fit too much.
	if IsAcronym(strings.TrimSpace(surface)) && len(sk) > 2 && InitialsMatch(sk, fw) {
		return true
	}
	switch t {
	case Person:
		last := len(fw) - 1
		for last > 0 && NameSuffixes[fw[last]] {
			last--
		}
		return sk == fw[0] || sk == fw[last]
	case Org:
		if GenericOrgWords[sk] {
			return false
		}
		// "Vikings" for "Minnesota Vikings"; "Samsung" for "Samsung
		// Electronics" but not "Microsoft" for "Microsoft SQL Server" nor
		// "NEC" for "NEC Invitational": what follows must be a company word.
		if sk == fw[len(fw)-1] {
			return true
		}
		// A country, state, region or people begins no company's short
		// name: "Texas" is not Texas Air, "Philippine" not the Philippine
		// News Agency.
		if t := Tables(); sk != fw[0] || t.Country(sk, sk) >= 0 || regions()[sk] || t.IsDemonym(sk) {
			return false
		}
		for _, w := range fw[1:] {
			if !OrgHeads[w] && !CorpSuffixes[w] && !CompanyWords[w] {
				return false
			}
		}
		return true
	}
	return false
}

// InitialsMatch reports whether acr (a folded acronym, "kcna") is made of
// the initials of words, with or without their minor words ("of", "and").
func InitialsMatch(acr string, words []string) bool {
	if len(acr) < 2 {
		return false
	}
	try := func(skipMinor bool) bool {
		var b strings.Builder
		for _, w := range words {
			if skipMinor && MinorWords[w] {
				continue
			}
			r, _ := utf8.DecodeRuneInString(w)
			b.WriteRune(r)
		}
		return b.String() == acr
	}
	return try(true) || try(false)
}

// OrgByWords reports whether the words of a folded name of two words or
// more make it an organization's whatever a recognizer said: a company
// suffix, an institution's head word ("Federal Reserve Bank"), or an
// institution's first word before "of" ("Bank of Japan").
func OrgByWords(words []string) bool {
	n := len(words)
	if n < 2 {
		return false
	}
	last := words[n-1]
	return CorpSuffixes[last] || OrgHeads[last] || OrgFirst[words[0]] && words[1] == "of"
}

// MiscByWords reports whether a folded name of two words or more ends in a
// word that makes it an event, a law or an award ("AI Act", "World Cup",
// "TV Bafta", "Golden Globe"), or begins with one that makes it a storm
// ("Hurricane Ivan").
func MiscByWords(words []string) bool {
	n := len(words)
	return n >= 2 && (MiscHeads[words[n-1]] || MiscFirst[words[0]] || words[n-2] == "world" && WorldEvents[words[n-1]] ||
		words[0] == "act" && words[1] == "of" || // "an Act of Parliament"
		AwardHeads[words[n-1]] || words[n-2] == "golden" && (words[n-1] == "globe" || words[n-1] == "globes"))
}

// TypedByName returns the type a name's own words give it, whatever a
// recognizer said: COUNTRY for a name in the country table, ORG for a news
// agency, a name with a company suffix or an institution's head word
// ("Microsoft Corp.", "Bank of Japan") or one word with an inner capital
// ("OpenAI"), MISC for a law or an event ("AI Act", "World Cup"). It reports
// false when the words say nothing.
func TypedByName(name string) (Type, bool) {
	t := Tables()
	k := Key(name)
	if t.Country(name, k) >= 0 {
		return Country, true
	}
	if t.Agency(name, k) >= 0 {
		return Org, true
	}
	var wb [8]string
	words := appendFields(wb[:0], k)
	if MiscByWords(words) {
		return Misc, true
	}
	if OrgByWords(words) {
		return Org, true
	}
	if len(words) == 1 && IsCamelCase(strings.TrimSpace(name)) && !t.Places[k] {
		return Org, true
	}
	return "", false
}

// PlaceJoiners join the parts of a place's name: "Newcastle upon Tyne",
// "Stoke on Trent", "Frankfurt am Main".
var PlaceJoiners = Set{"upon": true, "on": true, "am": true, "sur": true, "en": true, "under": true}

// PersonCore is a person's name, as keyed words, without a royal title
// before it and a generational suffix or regnal number after it: "pope john
// paul ii" is "john paul".
func PersonCore(ws []string) []string {
	i, j := 0, len(ws)
	for i < j-1 && RoyalTitles[ws[i]] {
		i++
	}
	for j > i+1 && NameSuffixes[ws[j-1]] {
		j--
	}
	return ws[i:j]
}
