package ner

// TrainSet is labeled data added to the training documents with a weight:
// each perceptron update it causes counts Weight times an update of the
// main data.
type TrainSet struct {
	Name   string
	Docs   []Document
	Weight float64
}

// ChunkDocuments splits documents of more than n sentences into documents
// of n sentences at most, for corpora that mark no document boundaries
// (the document features would otherwise see a whole corpus as one
// article).
func ChunkDocuments(docs []Document, n int) []Document {
	var out []Document
	for _, d := range docs {
		if len(d.Sentences) <= n {
			out = append(out, d)
			continue
		}
		for i := 0; i < len(d.Sentences); i += n {
			c := Document{Name: d.Name, Sentences: d.Sentences[i:min(i+n, len(d.Sentences))]}
			out = append(out, c)
		}
	}
	return out
}

// RenameTypes rewrites the entity types of the tags (the last column) of
// docs through names; a type names maps to "" becomes O, and a type not in
// names is kept.
func RenameTypes(docs []Document, names map[string]string) {
	for _, d := range docs {
		for _, s := range d.Sentences {
			for _, c := range s.Cols {
				if len(c) == 0 {
					continue
				}
				t := c[len(c)-1]
				p, typ := splitTag(t)
				nt, ok := names[typ]
				switch {
				case !ok || p == 'O':
				case nt == "":
					c[len(c)-1] = "O"
				default:
					c[len(c)-1] = string(p) + "-" + nt
				}
			}
		}
	}
}
