package main

import (
	"context"
	"fmt"

	"github.com/nergraph/nergraph/graphstore"
)

// otherRules reports the version of the rules a store's cache was computed
// with when it has a cache computed with rules other than this nergraph's
// (0: unknown, an older nergraph's), which readers do not read and the
// next ingest computes anew. A store that records no rules, or whose
// question fails, reports false: the readers find the failure themselves.
func otherRules(ctx context.Context, st graphstore.Store) (int, bool) {
	r, ok := st.(graphstore.CacheRuler)
	if !ok {
		return 0, false
	}
	rules, has, err := r.CacheRulesOf(ctx)
	if err != nil || !has || rules == graphstore.CacheRules {
		return 0, false
	}
	return rules, true
}

// sayRecompute says on stderr, before a refresh, that the store's cache was
// computed with other rules and that the refresh computes it anew, which
// takes the time of a first refresh rather than of a batch's.
func sayRecompute(ctx context.Context, ios *IOStreams, st graphstore.Store) {
	rules, other := otherRules(ctx, st)
	if !other {
		return
	}
	made := fmt.Sprintf("rules version %d", rules)
	if rules == 0 {
		made = "an older nergraph"
	}
	fmt.Fprintf(ios.ErrOut, "nergraph: the query cache was computed by %s; computing it anew with this one's (version %d)\n",
		made, graphstore.CacheRules)
}
