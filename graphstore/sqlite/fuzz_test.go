package sqlite

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/graphstore"
	"github.com/nergraph/nergraph/internal/testdocs"
)

// storeBytes returns the file of a small store with a fresh query cache,
// checkpointed so the file holds everything.
func storeBytes(t testing.TB) []byte {
	t.Helper()
	path := filepath.Join(t.TempDir(), "seed.db")
	s, err := Open(context.Background(), path, create)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddBatch(context.Background(), counts(testdocs.Random(6, 3))); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Refresh(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// FuzzOpenCorrupt opens a store file that is corrupt (a real store's bytes,
// mutated) and uses it: Open, and every read of the store, must return an
// error or an answer, never panic or hang, whatever the file holds. The
// seed is a whole store file (tens of kilobytes), so fuzz it with a short
// -fuzzminimizetime (2s), or minimizing each new input takes minutes.
func FuzzOpenCorrupt(f *testing.F) {
	good := storeBytes(f)
	f.Add(good)
	f.Add(good[:len(good)/2])
	f.Add(good[:100])
	f.Add([]byte("SQLite format 3\x00"))
	f.Add([]byte("this is not a database"))
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(t.TempDir(), "graph.db")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		s, err := Open(ctx, path, graphstore.OpenOptions{})
		if err != nil {
			return
		}
		defer s.Close()
		s.Stats(ctx)
		s.ArticleIDs(ctx)
		s.Fresh(ctx)
		if g, err := s.Graph(ctx, time.Time{}, time.Time{}); err == nil {
			g.NumEdges()
		}
		if q, _, err := s.Querier(ctx, time.Time{}, time.Time{}); err == nil {
			q.Top(ctx, "", 3)
			if n, err := q.Lookup(ctx, "Ann Lee"); err == nil {
				q.Neighbors(ctx, n.ID)
			}
		}
		s.Refresh(ctx)
	})
}

// FuzzDecodeSentences wants decodeSentences to give what json.Unmarshal
// gives, the answer or an error, for any text: into a nil slice, and into
// one that held another row's sentences (the read-back decodes into the
// slices of the article before).
func FuzzDecodeSentences(f *testing.F) {
	for _, s := range []string{"[]", "[0]", "[0,3,7]", "[01]", "[1,]", "[,1]", "[1]2]", "[ 1]", "[-1]", "null", "",
		"[1234567890123]", "[12345678,123456789]", "[1.5]", "[1e3]", "]", "[", "[]]"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var got, want []int
		gotErr := decodeSentences(s, &got)
		wantErr := json.Unmarshal([]byte(s), &want)
		if (gotErr == nil) != (wantErr == nil) || !reflect.DeepEqual(got, want) {
			t.Errorf("decodeSentences(%q) = %#v, %v; json.Unmarshal gives %#v, %v", s, got, gotErr, want, wantErr)
		}
		reused := make([]int, 3, 40)
		reused[0], reused[1], reused[2] = 4, 8, 15
		gotErr = decodeSentences(s, &reused)
		if (gotErr == nil) != (wantErr == nil) || wantErr == nil && !reflect.DeepEqual(reused, want) {
			t.Errorf("decodeSentences(%q) into [4 8 15] = %#v, %v; json.Unmarshal gives %#v, %v", s, reused, gotErr, want, wantErr)
		}
	})
}

// FuzzDecodeAliases wants decodeAliases to give what json.Unmarshal gives,
// the answer or an error, for any text: into a nil map, and into one that
// held another row's aliases (see FuzzDecodeSentences).
func FuzzDecodeAliases(f *testing.F) {
	for _, s := range []string{"{}", `{"Putin":2}`, `{"Putin":2,"Vladimir Putin":1}`, `{"a":01}`, `{"a":1,}`, `{,"a":1}`,
		`{"a":1}}`, `{"a" :1}`, `{"a":-1}`, `{"a":-0}`, `{"a":1.5}`, `{"a\"b":1}`, `{"a":1,"a":2}`, `{"Zürich":3}`, "{\"\xff\":1}",
		`{"a":1234567890123}`, "null", "", `{"a":}`, `{"":1}`, `{"a"}`, `{"a":1"b":2}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var got, want map[string]int
		gotErr := decodeAliases(s, &got)
		wantErr := json.Unmarshal([]byte(s), &want)
		if (gotErr == nil) != (wantErr == nil) || !reflect.DeepEqual(got, want) {
			t.Errorf("decodeAliases(%q) = %#v, %v; json.Unmarshal gives %#v, %v", s, got, gotErr, want, wantErr)
		}
		reused := map[string]int{"Putin": 2, "a": 7}
		gotErr = decodeAliases(s, &reused)
		if (gotErr == nil) != (wantErr == nil) || wantErr == nil && !reflect.DeepEqual(reused, want) {
			t.Errorf("decodeAliases(%q) into {Putin:2 a:7} = %#v, %v; json.Unmarshal gives %#v, %v", s, reused, gotErr, want, wantErr)
		}
	})
}

// FuzzMentionJSON wants the mention rows' hand-written JSON (appendInts,
// appendAliases) to be the bytes encoding/json writes: the rows' checksums
// and every reader depend on them.
func FuzzMentionJSON(f *testing.F) {
	f.Add("Putin", "Vladimir Putin", 3, 0, 7)
	f.Add("AT&T", "<b>", -1, 12, 12)
	f.Add("Zürich", "a\"b\\c", 0, 1, 1<<40)
	f.Add("", "\u2028 \x01", 5, 5, 5)
	f.Fuzz(func(t *testing.T, a, b string, x, y, z int) {
		for _, ints := range [][]int{nil, {}, {x}, {x, y, z}} {
			want, _ := json.Marshal(ints)
			if ints == nil {
				want = []byte("[]") // the rows write no null
			}
			if got := appendInts(nil, ints); string(got) != string(want) {
				t.Errorf("appendInts(%v) = %s; encoding/json writes %s", ints, got, want)
			}
		}
		for _, m := range []map[string]int{nil, {a: x}, {a: x, b: y}, {b: z, "Putin": x}} {
			want, _ := json.Marshal(m)
			if len(m) == 0 {
				want = []byte("{}")
			}
			if got := appendAliases(nil, m); string(got) != string(want) {
				t.Errorf("appendAliases(%v) = %s; encoding/json writes %s", m, got, want)
			}
		}
	})
}

// FuzzTallyJSON wants the node tallies' hand-written JSON (marshalTally)
// to be the bytes encoding/json writes, and its error when it fails: the
// rows of node_tallies, their checksums and every reader depend on them.
func FuzzTallyJSON(f *testing.F) {
	f.Add("per:vladimir-putin", "Vladimir Putin", "PER", "RU", 3, 1, int64(1700000000), int64(0), 0, false)
	f.Add("org:apple", "Apple", "ORG", "", 1, 2, int64(1700000000), int64(1700000001), 1, false)
	f.Add("loc:paris", "Paris", "LOC", "FR", 5, 3, int64(-1), int64(0), 2, true)
	f.Add("org:at&t", "AT&T", "ORG", "", 1, 0, int64(0), int64(-62135596800), 2, true)
	f.Add("loc:zürich", "<b>", "LOC", "CH", 0, 12, int64(253402300800), int64(5), 1, false)
	f.Add("", "a\"b\\c\u2028", "", "\x01", -1, 1<<40, int64(-62167219201), int64(1<<33), 0, true)
	f.Fuzz(func(t *testing.T, id, name, typ, iso string, x, y int, first, last int64, zone int, empty bool) {
		loc := []*time.Location{time.UTC, time.FixedZone("", 5*3600+1800), time.FixedZone("X", -11*3600), time.FixedZone("", 25*3600)}[(zone%4+4)%4]
		tally := &graphstore.NodeTally{ID: id, Type: extract.Type(typ), ISO: iso, Mentions: x, Articles: y, Sources: x ^ y,
			First: time.Unix(first, int64(y&0x3fffffff)).In(loc), Last: time.Unix(last, 0).UTC(), Unsure: x % 3}
		if !empty {
			tally.Labels = map[string]int{name: x, "Putin": y}
			tally.Partials = map[string]int{}
			tally.Types = map[extract.Type]int{extract.Type(typ): x, "ORG": 1}
			tally.PartialTypes = map[extract.Type]int{}
			tally.Aliases = map[string]int{name: y, id: x}
		}
		want, wantErr := json.Marshal(tally)
		got, gotErr := marshalTally(tally)
		if string(got) != string(want) || (gotErr == nil) != (wantErr == nil) {
			t.Errorf("marshalTally = %s, %v; encoding/json writes %s, %v", got, gotErr, want, wantErr)
		}
		// Plain strings and dates that marshal are written by hand, not
		// by the fallback (which would pass the comparison above).
		if _, byHand := appendTally(nil, tally); !byHand && wantErr == nil &&
			plainJSON(id) && plainJSON(name) && plainJSON(typ) && plainJSON(iso) && plainJSON("Putin") {
			t.Errorf("marshalTally(%q, %q, %q, %q) fell back to encoding/json", id, name, typ, iso)
		}
	})
}
