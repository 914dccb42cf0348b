package extract

import "strings"

// firmPluralBefore reports whether a plural noun for firms ([firmPlurals])
// ends right before i, where "including" opens a list, or before a dash or
// a comma there (tail12w): "retailers including Quarbin", "other
// retailers - including Quarbin, Zorbit", "carmakers, including Lemmo".
func firmPluralBefore(text string, i int) bool {
	p, ps := prevWordFast(text, i)
	if p == "-" || p == "–" || p == "—" {
		p, _ = prevWordFast(text, ps)
	} else {
		p = strings.TrimSuffix(p, ",")
	}
	return firmPlurals[strings.ToLower(p)]
}
