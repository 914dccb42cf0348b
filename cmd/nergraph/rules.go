package main

import (
	"context"

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
