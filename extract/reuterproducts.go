package extract

import "github.com/nergraph/nergraph/internal/names"

// reuterProduct reports whether a name is one of the news agency's own
// services or securities, named with "Reuter" or "Reuters" first and a
// kind of service last: "the Reuter Monitor Dealing Service", "the Reuter
// Composite Information System", "Reuter News-Watch", "Reuters American
// Depositary Shares". Products and shares are MISC; the agency and its
// units with a company suffix ("Reuters Information Services Inc") are
// left, and so is a service of another name ("Reuters Pipeline").
func reuterProduct(m *mention) bool {
	n := len(m.words)
	if n < 2 || m.forced != "" || m.words[0] != "reuter" && m.words[0] != "reuters" || names.CorpSuffixes[m.words[n-1]] {
		return false
	}
	return reuterKinds[m.words[n-1]] || m.words[1] == "monitor"
}

// reuterKinds end the names of the agency's services and securities.
var reuterKinds = names.Set{"service": true, "system": true, "monitor": true, "news-watch": true, "watch": true,
	"shares": true}
