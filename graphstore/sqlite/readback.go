package sqlite

import (
	"context"
	"database/sql"
	"math"
	"sort"

	"github.com/nergraph/nergraph/graphstore"
)

// readBack holds every article up to number maxSeq, read and checked
// against their checksums when an ingest began ([Store.ArticleIDs] and the
// quick check, see [Store.readAll]), for the refresh at the end of the same
// ingest, which links every article of the store anew and would otherwise
// read them all again.
//
// They are the store's rows still when the refresh reads: the store only
// ever appends articles, and never changes or removes one. A refresh takes
// from it the articles it holds and reads the others, those another
// process added since (or those past the bound below), from the store.
//
// The ingest's own batches add theirs as they commit (see [Store.hold]),
// in the same compact form, up to maxHeldEntities entities: reading them
// back at the refresh cost 0.09 s of CPU on AG News and 0.4 s on
// Reuters+BBC, and their rows decoded whole (maps of aliases, slices of
// sentences) made the collector work while the refresh ran. Past the bound
// the batches keep nothing more and the refresh reads the rest from the
// store, so the memory held while an ingest extracts stays bounded.
//
// Their entities are kept in the form corpus linking reads
// ([graphstore.LinkArticle], with keys shared by all of them): about 40
// bytes an entity rather than 300 (a map of aliases, a slice of sentences),
// which the collector scanned on every cycle of the refresh, and which the
// refresh then converted to link them.
type readBack struct {
	maxSeq   int64
	articles []*storedArticle // in ingest order
	keys     *graphstore.LinkKeys
	held     int // entities of the articles the batches added
}

// maxHeldEntities bounds the entities of the articles an ingest's batches
// keep for its refresh. Held so, Reuters+BBC's 21,628 articles (115,394
// entities) took 22.5 MB of heap and AG News' 7,599 (21,032) 5.3 MB: about
// 130 bytes an entity and 340 an article. At the bound, 2^19 entities,
// that is about 100 MB for stories of Reuters' 5.3 entities (some 100,000
// articles). The refresh holds every article anyway, and those it reads
// back cost more than these, so the bound caps only what the batches add
// while the ingest extracts. (A variable for the tests.)
var maxHeldEntities = 1 << 19

// hold makes w keep the articles it adds for the read-back, when the
// read-back holds every article before them: the batch's first article
// follows its last (no other process added articles in between), and the
// bound leaves room. Into an empty store a read-back is started.
func (s *Store) hold(w *batchWriter) {
	rb := s.readBack
	if rb == nil && w.first == 1 {
		rb = &readBack{keys: graphstore.NewLinkKeys()}
		s.readBack = rb
	}
	if rb == nil || rb.maxSeq != w.first-1 || rb.held >= maxHeldEntities {
		return
	}
	w.keep = rb
}

// keepHeld adds the articles of a committed batch to the read-back.
func (s *Store) keepHeld(w *batchWriter) {
	rb := w.keep
	if rb == nil || rb != s.readBack || len(w.held) == 0 || rb.maxSeq != w.first-1 {
		return
	}
	rb.articles = append(rb.articles, w.held...)
	rb.maxSeq = w.held[len(w.held)-1].seq
	rb.held += w.heldEntities
}

// articlesBetween calls fn on the articles numbered in (lo, hi], in ingest
// order, with their mentions (no relations), each checked against its
// checksums, as readArticles does: those the read-back holds from it, the
// others from tx, in the linker's form with keys from keys when keys is
// not nil (see readArticlesAs). It returns the size and checksum of their
// article rows.
func (s *Store) articlesBetween(ctx context.Context, tx *sql.Tx, lo, hi int64, keys *graphstore.LinkKeys,
	fn func(*storedArticle) error) (setSum, error) {
	var seen setSum
	if rb := s.readBack; rb != nil {
		i := sort.Search(len(rb.articles), func(i int) bool { return rb.articles[i].seq > lo })
		for ; i < len(rb.articles) && rb.articles[i].seq <= hi; i++ {
			a := rb.articles[i]
			seen.add(a.sum)
			if err := fn(a); err != nil {
				return seen, err
			}
		}
		lo = max(lo, rb.maxSeq)
	}
	if lo >= hi {
		return seen, nil
	}
	more, err := s.readArticlesAs(ctx, tx, "a.seq > ? AND a.seq <= ?", []any{lo, hi}, false, keys, fn)
	seen.rows += more.rows
	seen.sum = (seen.sum + more.sum) & math.MaxUint32
	return seen, err
}

// readAll makes the read-back hold every article of tx: it reads those it
// lacks, each checked against its checksums, and checks all of them
// against the size and checksum the store keeps of its articles table.
// The read-back is dropped when they do not match.
func (s *Store) readAll(ctx context.Context, tx *sql.Tx) (*readBack, error) {
	rb := s.readBack
	if rb == nil {
		rb = &readBack{keys: graphstore.NewLinkKeys()}
	}
	var more []*storedArticle
	seen, err := s.articlesBetween(ctx, tx, 0, math.MaxInt64, rb.keys, func(a *storedArticle) error {
		if a.seq > rb.maxSeq {
			more = append(more, a) // read in the linker's form
		}
		return nil
	})
	if err == nil {
		err = s.checkArticleSums(ctx, tx, seen)
	}
	if err != nil {
		s.readBack = nil
		return nil, err
	}
	rb.articles = append(rb.articles, more...)
	if len(rb.articles) > 0 {
		rb.maxSeq = rb.articles[len(rb.articles)-1].seq
	}
	s.readBack = rb
	return rb, nil
}
