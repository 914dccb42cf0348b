package sqlite

import (
	"encoding/json"
	"strconv"
	"time"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
)

// marshalTally returns the JSON of a node tally, the bytes json.Marshal
// writes (node_tallies keeps it, and its checksum sums it): written by hand
// when every string of it is plain (see plainJSON) and its dates marshal,
// else by json.Marshal. A cache computed
// from nothing writes one for every node (37,500 on Reuters+BBC), and
// encoding/json spent most of its time on reflection, map-key sorting and
// compacting what time.Time writes.
func marshalTally(t *graphstore.NodeTally) ([]byte, error) {
	if b, ok := appendTally(make([]byte, 0, 256), t); ok {
		return b, nil
	}
	return json.Marshal(t)
}

// appendTally appends the JSON of t to b, or reports false when it cannot
// write it as encoding/json would.
func appendTally(b []byte, t *graphstore.NodeTally) ([]byte, bool) {
	if !plainJSON(t.ID) || !plainJSON(string(t.Type)) || !plainJSON(t.ISO) {
		return b, false
	}
	b = append(b, `{"ID":"`...)
	b = append(b, t.ID...)
	b = append(b, `","Type":"`...)
	b = append(b, t.Type...)
	b = append(b, `","ISO":"`...)
	b = append(b, t.ISO...)
	b = append(b, `","Mentions":`...)
	b = strconv.AppendInt(b, int64(t.Mentions), 10)
	b = append(b, `,"Articles":`...)
	b = strconv.AppendInt(b, int64(t.Articles), 10)
	b = append(b, `,"Sources":`...)
	b = strconv.AppendInt(b, int64(t.Sources), 10)
	var ok bool
	for _, d := range [...]struct {
		name string
		t    time.Time
	}{{`,"First":`, t.First}, {`,"Last":`, t.Last}} {
		// What MarshalJSON writes (compact already: no need to compact
		// it, as encoding/json does), appended rather than allocated.
		b = append(b, d.name...)
		b = append(b, '"')
		var err error
		if b, err = d.t.AppendText(b); err != nil {
			return b, false // json.Marshal fails on it too, and says why
		}
		b = append(b, '"')
	}
	for _, m := range [...]struct {
		name string
		m    map[string]int
	}{{`,"Labels":`, t.Labels}, {`,"Partials":`, t.Partials}} {
		b = append(b, m.name...)
		if b, ok = appendCounts(b, m.m); !ok {
			return b, false
		}
	}
	// Counts by type are written as encoding/json writes a map by string,
	// without making one.
	for _, m := range [...]struct {
		name string
		m    map[extract.Type]int
	}{{`,"Types":`, t.Types}, {`,"PartialTypes":`, t.PartialTypes}} {
		b = append(b, m.name...)
		if b, ok = appendCounts(b, m.m); !ok {
			return b, false
		}
	}
	b = append(b, `,"Aliases":`...)
	if b, ok = appendCounts(b, t.Aliases); !ok {
		return b, false
	}
	if t.Unsure != 0 {
		b = append(b, `,"Unsure":`...)
		b = strconv.AppendInt(b, int64(t.Unsure), 10)
	}
	return append(b, '}'), true
}
