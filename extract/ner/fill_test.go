package ner

import (
	"slices"
	"strings"
	"testing"
)

// TestBaseScoresMatchFeatures checks the tagger's fast path against the
// features training sees: the cached word weights and the context
// features must give, for every token of our off-CoNLL documents, the
// scores of its features looked up one by one.
func TestBaseScoresMatchFeatures(t *testing.T) {
	m := embeddedModel(t)
	docs := readFile(t, "../../testdata/ner/offconll-dev.conll")
	st := newTagState(m)
	ref := newDocState()
	var sf sentFeats
	tokens := 0
	for di, d := range docs {
		var doc [][]string
		for _, s := range d.Sentences {
			doc = append(doc, s.Tokens)
		}
		st.docEnts = st.docEnts[:0]
		st.doc.prepare(doc, st.analyze)
		st.docBase = st.docBase[:0]
		pos := 0
		for _, sent := range doc {
			m.baseScores(st, sent, pos)
			pos += len(sent)
		}
		ref.prepare(doc, func(tok string) *tokInfo {
			var ti tokInfo
			analyze(tok, &ti)
			ti.clus = m.res.clustersOf(&ti)
			return &ti
		})
		pos = 0
		for si, sent := range doc {
			m.res.extract(ref, sent, &sf, pos)
			for i := range sent {
				var want [numLabels]int32
				for _, f := range sf.feats[sf.offs[i]:sf.offs[i+1]] {
					if w := m.lookup(f); w != nil {
						addRow(&want, w)
					}
				}
				got := st.docBase[(pos+i)*numLabels : (pos+i+1)*numLabels]
				if [numLabels]int32(got) != want {
					t.Fatalf("document %d, sentence %d, token %d %q: scores %v, want %v", di+1, si+1, i, sent[i], got, want)
				}
				tokens++
			}
			pos += len(sent)
		}
	}
	if tokens == 0 {
		t.Fatal("no tokens compared")
	}
}

func TestFillFromProse(t *testing.T) {
	tests := []struct {
		name string
		// sentences: tokens with their labels in IOB2 after a slash; the
		// first sentences are headlines when they are in Title Case or
		// capitals.
		doc  []string
		want []string // the labels of the first sentence after filling
	}{
		{
			"headline name from the prose",
			[]string{"Kim/B-PER and/O Putin/O Trade/O Letters/O Ahead/O of/O Anniversary/O", "Putin/B-PER replied/O ./O"},
			[]string{"B-PER", "O", "B-PER", "O", "O", "O", "O", "O"},
		},
		{
			"two words, in capitals",
			[]string{"VLADIMIR/O PUTIN/O WRITES/O", "Vladimir/B-PER Putin/I-PER wrote/O ./O"},
			[]string{"B-PER", "I-PER", "O"},
		},
		{
			"a phrase of two types is left alone",
			[]string{"Jordan/O Wins/O Again/O", "Jordan/B-PER scored/O in/O Jordan/B-LOC ./O"},
			[]string{"O", "O", "O"},
		},
		{
			"a name the headline labeled is kept",
			[]string{"Washington/B-LOC Talks/O Resume/O", "Washington/B-PER said/O ./O"},
			[]string{"B-LOC", "O", "O"},
		},
		{
			"prose is not filled",
			[]string{"Later/O Putin/O left/O ./O", "Putin/B-PER replied/O ./O"},
			[]string{"O", "O", "O", "O"},
		},
	}
	for _, tt := range tests {
		var info []tokInfo
		var labels, starts []int
		for _, s := range tt.doc {
			starts = append(starts, len(info))
			var toks, tags []string
			for _, tok := range strings.Fields(s) {
				w, tag, _ := strings.Cut(tok, "/")
				toks = append(toks, w)
				tags = append(tags, tag)
			}
			sent := make([]tokInfo, len(toks))
			for i, w := range toks {
				analyze(w, &sent[i])
			}
			mode := sentenceMode(sent)
			for i := range sent {
				sent[i].mode = mode
			}
			info = append(info, sent...)
			labels = append(labels, bilou(tags, nil)...)
		}
		fillFromProse(info, starts, labels)
		var got []string
		for _, y := range labels[:starts[1]] {
			got = append(got, iob2Tags[y])
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestFarRolesOneFeature checks what wordWeights relies on to keep the
// roles two before and two after as one row of the model's: a word has
// exactly one feature in each.
func TestFarRolesOneFeature(t *testing.T) {
	words := []string{"Putin", "the", "U.S.", "1996", "--", "", "Zürich", "McDONALD'S"}
	for _, w := range words {
		var ti tokInfo
		analyze(w, &ti)
		for role := numNear; role < numRoles; role++ {
			if got := len(appendWordFeats(nil, role, &ti, w)); got != 1 {
				t.Errorf("%q in role %d: %d features, want 1", w, role, got)
			}
		}
	}
	for k := range padInfo {
		for role := numNear; role < numRoles; role++ {
			if got := len(appendWordFeats(nil, role, &padInfo[k], "")); got != 1 {
				t.Errorf("padding %d in role %d: %d features, want 1", k, role, got)
			}
		}
	}
}
