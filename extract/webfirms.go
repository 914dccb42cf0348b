package extract

import "strings"

// webSuffixes end the names of web firms and sites written as their
// address: "Quarbin.com", "Tervo.co.uk".
var webSuffixes = [...]string{".com", ".co.uk", ".net"}

// webFirm reports whether a mention typed a place or a person is a web
// firm's name written as its address, one word ending in a web suffix
// ([webSuffixes]) after letters: "chief revenue officer at Quarbin.com". No
// place or person is named so. A period before the suffix makes an e-mail
// address that lost its "@" ("Ann.Vellsun.com") or a host's name, left.
func webFirm(m *mention) bool {
	if m.typ != Location && m.typ != Person || strings.ContainsAny(m.Name, " \n@") {
		return false
	}
	n := strings.ToLower(m.Name)
	for _, s := range webSuffixes {
		if h, ok := strings.CutSuffix(n, s); ok && len(h) >= 2 && isLowerASCII(h[len(h)-1]) && !strings.Contains(h, ".") {
			return true
		}
	}
	return false
}
