package export

import (
	"bytes"
	"encoding/json"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
)

// style is how one entity type is drawn. The colours are the Okabe–Ito
// palette, which colour-blind readers can tell apart.
type style struct {
	shape   string // Graphviz node shape
	cyShape string // Cytoscape.js node shape
	r, g, b uint8
}

var styles = map[extract.Type]style{
	extract.Person:   {"ellipse", "ellipse", 0x56, 0xB4, 0xE9},
	extract.Org:      {"box", "round-rectangle", 0xE6, 0x9F, 0x00},
	extract.Country:  {"hexagon", "hexagon", 0x00, 0x9E, 0x73},
	extract.Location: {"octagon", "octagon", 0xF0, 0xE4, 0x42},
	extract.Misc:     {"diamond", "diamond", 0xCC, 0x79, 0xA7},
}

var defaultStyle = style{"ellipse", "ellipse", 0xBB, 0xBB, 0xBB}

func styleOf(t extract.Type) style {
	if s, ok := styles[t]; ok {
		return s
	}
	return defaultStyle
}

// hex returns the colour as #RRGGBB.
func (s style) hex() string {
	const digits = "0123456789ABCDEF"
	b := []byte{'#', 0, 0, 0, 0, 0, 0}
	for i, c := range []uint8{s.r, s.g, s.b} {
		b[1+2*i], b[2+2*i] = digits[c>>4], digits[c&15]
	}
	return string(b)
}

// nodeSize grows with the logarithm of the mentions, from 10 for one mention.
func nodeSize(mentions int) float64 {
	return round2(10 + 4*math.Log2(float64(max(mentions, 1))))
}

// penWidth grows with the logarithm of the weight, from 1 for one article.
func penWidth(weight int) float64 {
	return round2(min(1+math.Log2(float64(max(weight, 1))), 8))
}

func round2(x float64) float64 { return math.Round(x*100) / 100 }

// ftoa formats a float in the shortest form that reads back the same.
func ftoa(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }

// dateOnly reports whether every given time is a midnight UTC date, so
// dates can be written without a time of day.
func dateOnly(ts ...time.Time) bool {
	for _, t := range ts {
		if !t.IsZero() && (t.Location() != time.UTC || t.Hour() != 0 || t.Minute() != 0 || t.Second() != 0 || t.Nanosecond() != 0) {
			return false
		}
	}
	return true
}

// formatTime writes t as a date when it is a midnight UTC, else in RFC 3339;
// the zero time is "".
func formatTime(t time.Time) string {
	switch {
	case t.IsZero():
		return ""
	case dateOnly(t):
		return t.Format(time.DateOnly)
	default:
		return t.Format(time.RFC3339Nano)
	}
}

// aliasNames returns the alias names of n, most frequent first.
func aliasNames(n graphstore.Node) []string {
	names := make([]string, len(n.Aliases))
	for i, a := range n.Aliases {
		names[i] = a.Name
	}
	return names
}

// jsonList encodes strings as a JSON array, the way list attributes are
// written in formats whose values are single strings: unlike a separator, it
// survives any name.
func jsonList(s []string) string {
	if s == nil {
		s = []string{}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s) // a []string always encodes
	return strings.TrimSuffix(buf.String(), "\n")
}
