package names

import "strings"

// A title is read by a small grammar rather than looked up word by word:
//
//	title     = { qualifier } office { office } [ "of" ["the"] body [ "for" portfolio ] ]
//	qualifier = portfolio | country | demonym | acronym | "and" | "&" | title word
//	office    = a word of Offices, or a title word once an office was seen
//
// so that "Chancellor of the Exchequer", "Secretary of State", "White House
// Chief of Staff", "U.S. Trade Representative", "Trade and Industry
// Secretary", "Federal Reserve Board Chairman" and "Indonesian Energy
// Minister" are titles, while "State" or "Trade" alone are not.

// TitleOffices are the words, beyond [Offices], that name the office a
// title ends in: "Trade Representative", "Treasurer", "Chief Justice".
var TitleOffices = union(Offices, Set{"representative": true, "treasurer": true,
	"justice": true, "speaker": true, "whip": true, "attorney": true, "general": true,
	"archbishop": true, "bishop": true, "cardinal": true, "king": true, "queen": true,
	"prince": true, "princess": true, "emperor": true, "empress": true, "pope": true,
	"sultan": true, "emir": true, "sheikh": true, "sheik": true, "executive": true,
	"officer": true, "president": true, "controller": true, "comptroller": true,
	"negotiator": true, "adviser": true, "advisor": true, "counsel": true, "deputy": true,
	"undersecretary": true, "administrator": true, "economist": true, "analyst": true,
	"general-secretary": true, "ombudsman": true, "regent": true, "shah": true, "tsar": true,
	"czar": true, "lord": true, "lady": true, "baroness": true, "baron": true, "earl": true,
	"duke": true, "duchess": true, "viscount": true,
	// Police ranks: "Chief Constable", "Chief Superintendent" ("Inspector"
	// is among the Titles).
	"constable": true, "superintendent": true})

// RoyalTitles are the titles of monarchs, princes and religious leaders
// that, before a given name, are part of the name: "Prince Charles", "King
// Fahd", "Pope John Paul II", "Crown Prince Abdullah" are other people than
// a Charles, Fahd or Abdullah without the title.
var RoyalTitles = Set{"king": true, "queen": true, "prince": true, "princess": true,
	"crown": true, "emperor": true, "empress": true, "pope": true, "sultan": true,
	"emir": true, "sheikh": true, "sheik": true, "shah": true, "tsar": true, "czar": true,
	// Peers are known by their title and one name: "Lord Browne".
	"lord": true, "lady": true, "baroness": true, "baron": true, "earl": true,
	"duke": true, "duchess": true, "viscount": true}

// PortfolioWords are the words that say which department, body or side an
// office belongs to, written before it in a title: "Agriculture
// Secretary", "Treasury Secretary", "Opposition Leader", "White House
// Chief of Staff", "Federal Reserve Chairman".
var PortfolioWords = Set{"finance": true, "foreign": true, "trade": true, "industry": true,
	"energy": true, "oil": true, "petroleum": true, "agriculture": true, "commerce": true,
	"treasury": true, "home": true, "health": true, "education": true, "defence": true,
	"defense": true, "interior": true, "justice": true, "labour": true, "labor": true,
	"transport": true, "transportation": true, "environment": true, "economy": true,
	"economic": true, "economics": true, "information": true, "culture": true, "housing": true,
	"employment": true, "fisheries": true, "mines": true, "mining": true, "planning": true,
	"budget": true, "development": true, "communications": true, "telecommunications": true,
	"tourism": true, "sports": true, "sport": true, "science": true, "technology": true,
	"social": true, "affairs": true, "security": true, "state": true, "war": true,
	"water": true, "power": true, "works": true, "public": true, "revenue": true,
	"immigration": true, "welfare": true, "services": true, "cabinet": true,
	"opposition": true, "shadow": true, "party": true, "white": true, "house": true,
	"federal": true, "reserve": true, "fed": true, "senate": true, "congress": true,
	"parliament": true, "majority": true, "minority": true, "government": true,
	"national": true, "european": true, "international": true, "central": true, "bank": true,
	"board": true, "committee": true, "commission": true, "council": true, "union": true,
	"trade representative": true, "acting": true, "former": true, "then": true, "senior": true,
	"junior": true, "assistant": true, "associate": true, "executive": true, "managing": true,
	"vice": true, "deputy": true, "prime": true, "first": true, "chief": true, "lord": true,
	"grand": true, "supreme": true, "crown": true, "monetary": true, "fund": true,
	"monetary fund": true, "reserve board": true, "provincial": true, "regional": true,
	"conservative": true, "labour party": true, "democratic": true, "republican": true,
	"liberal": true, "socialist": true, "communist": true, "tory": true, "polit": true,
	"bureau": true, "politburo": true, "olympic": true, "football": true, "club": true,
	"team": true, "world": true, "bundesbank": true, "fifa": true, "uefa": true}

// titleModifiers are title words that modify the office after them and
// make no title alone: "Former", "Acting", "Vice", "Deputy", "Prime".
var titleModifiers = Set{"former": true, "acting": true, "vice": true, "deputy": true,
	"prime": true, "crown": true, "supreme": true, "foreign": true, "defence": true,
	"defense": true, "finance": true, "interior": true, "executive": true, "grand": true}

// titleHead reports whether a folded word heads a title: an office, an
// honorific or a rank ("Secretary", "Mr", "Gen", "Prince").
func titleHead(k string) bool {
	if TitleOffices[k] {
		return true
	}
	if titleModifiers[k] || TitleOnly[k] {
		return false
	}
	if Titles[k] {
		return true
	}
	if !strings.Contains(k, " ") {
		return false
	}
	head := false
	for p := range strings.FieldsSeq(k) {
		if !Titles[p] && !TitleOffices[p] {
			return false
		}
		head = head || titleHead(p)
	}
	return head
}

// SplitTitle reads the title at the front of a person's name, words as
// written ("Chancellor of the Exchequer Nigel Lawson"), and returns how
// many words it takes: 0 when the words hold no title, and never all of
// them. keep is the number of words at the end of the title that belong
// to the name: a royal or religious title before a given name ("Prince
// Charles", "Pope John Paul II", see [RoyalTitles]).
func SplitTitle(words []string) (n int, keep int) {
	end, head, quals, known := 0, false, 0, true
	for i := 0; i < len(words)-1; i++ {
		w := words[i]
		k := untaken(Key(w))
		switch {
		case k == "":
		case titleHead(k), memberSeat(w, k), i == 0 && len(words) > 2 && pluralOffice(k):
			head, end = true, i+1
			continue
		case head && (isTitleRun(k) || TitleOffices[k]) && !TitleOnly[k]:
			end = i + 1 // "Chief Executive", "Secretary General"
			continue
		case head && portfolioOffice(words, i) > 0: // "Deputy Planning Minister"
			end = portfolioOffice(words, i)
			i = end - 1
			continue
		case head && k == "of":
			if j := bodyAfterOf(words, i+1); j > 0 {
				end, i = j, j-1
				continue
			}
		case !head && (isTitleRun(k) || isQualifier(w, k)):
			quals++
			continue
		case !head && quals < 3 && IsCapitalized(w) && len(words)-i > 3:
			// A word of a body's own name: "Exxon Chairman Lee Raymond".
			quals++
			known = false
			continue
		}
		break
	}
	return finishTitle(words, end, head, known)
}

// untaken returns the folded title k without the word that says its holder
// has not taken it up yet: "minister designate" of "Minister-designate" is
// "minister", "president elect" "president".
func untaken(k string) string {
	if i := strings.LastIndexByte(k, ' '); i > 0 && (k[i+1:] == "designate" || k[i+1:] == "elect") {
		return k[:i]
	}
	return k
}

// pluralOffice reports whether k is an office in the plural that begins
// a span of two names, of which the recognizer kept the first: "Presidents
// George W Bush" of "Presidents George W Bush and Jacques Chirac".
func pluralOffice(k string) bool {
	one, ok := strings.CutSuffix(k, "s")
	return ok && TitleOffices[one]
}

// finishTitle checks what [SplitTitle] found: a title head, and a name
// after it that reads as one. A title led by words it does not know needs
// a name of two words at least: "Martin Luther King Jr." is no King.
func finishTitle(words []string, end int, head, known bool) (int, int) {
	if !head || end == 0 || end >= len(words) {
		return 0, 0
	}
	name := words[end:]
	if !IsCapitalized(name[0]) || MinorWords[Key(name[0])] && !particleName(name) || !known && len(name) < 2 && !officePeer(words[:end]) {
		return 0, 0
	}
	return end, royalKeep(words[:end], name)
}

// royalKeep returns how many words at the end of title are a royal or
// religious title to keep in the name, or 0: "Prince" in "Prince Charles",
// "Crown Prince" in "Saudi Crown Prince Abdullah", "Pope" in "Pope John
// Paul II". Only before a given name: one word, a name with a regnal
// number, or a pope's; "Prince Abdulaziz bin Salman" is Abdulaziz bin
// Salman.
func royalKeep(title, name []string) int {
	k := 0
	for i := len(title) - 1; i >= 0 && RoyalTitles[Key(title[i])]; i-- {
		k++
	}
	if k == 0 {
		return 0
	}
	last := Key(name[len(name)-1])
	switch {
	case len(name) == 1, Key(title[len(title)-1]) == "pope", NameSuffixes[last] || isRoman(last):
		return k
	}
	return 0
}

// isRoman reports whether a folded word is a regnal number: "ii", "xvi".
func isRoman(k string) bool {
	return k != "" && len(k) <= 5 && strings.Trim(k, "ivx") == ""
}

// isTitleRun reports whether every part of a folded word is a title word:
// "vice president", "secretary general".
func isTitleRun(k string) bool {
	if Titles[k] {
		return true
	}
	if !strings.Contains(k, " ") {
		return false
	}
	for p := range strings.FieldsSeq(k) {
		if !Titles[p] {
			return false
		}
	}
	return true
}

// isQualifier reports whether a word can stand before an office in a title:
// a portfolio or body word, a country, a demonym, an acronym, or a
// connector between them.
func isQualifier(w, k string) bool {
	switch {
	case k == "and" || w == "&" || k == "for":
		return true
	case PortfolioWords[k]:
		return true
	case IsAcronym(w):
		return true
	}
	t := Tables()
	if _, ok := t.DemonymByKey[k]; ok {
		return true
	}
	return t.Country(StripPossessive(w), Key(StripPossessive(w))) >= 0 || OtherDemonyms[k]
}

// bodyAfterOf reads the body after "of" in a title, from words[i]:
// "the Exchequer", "State", "Staff", "Canterbury", "State for Trade and
// Industry". It returns the index after the body, or 0 when there is none
// or no name would be left after it.
func bodyAfterOf(words []string, i int) int {
	if i < len(words) && Key(words[i]) == "the" {
		i++
	}
	if i >= len(words)-1 || !IsCapitalized(words[i]) {
		return 0
	}
	i++
	// "General Secretary of the Communist Party Mikhail Gorbachev".
	for i < len(words)-1 {
		k := Key(words[i])
		if k == "and" && i+2 < len(words) && PortfolioWords[Key(words[i+1])] {
			i += 2
			continue
		}
		if !(OrgHeads[k] || PortfolioWords[k]) || !IsCapitalized(words[i]) {
			break
		}
		i++
	}
	// "Secretary of State for Trade and Industry".
	if i < len(words)-2 && Key(words[i]) == "for" {
		j := i + 1
		for j < len(words)-1 && (PortfolioWords[Key(words[j])] || Key(words[j]) == "and") {
			j++
		}
		if j > i+1 {
			i = j
		}
	}
	return i
}
