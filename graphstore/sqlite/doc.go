// Package sqlite keeps a [graphstore.Store] in an SQLite file, through a
// pure-Go driver (modernc.org/sqlite), so that building nergraph needs no C
// compiler.
//
// Importing the package registers it with [graphstore.Register] for plain
// paths and for "sqlite:PATH" targets, so that [graphstore.Open] opens
// "graph.db" with it:
//
//	import _ "github.com/nergraph/nergraph/graphstore/sqlite"
//
// # Writing and reading
//
// Each batch commits in one transaction; the file is in WAL mode, so readers
// in other processes run while an ingest writes, and a second writer waits
// for the first. The schema is versioned and migrated by a writer on open:
// see [SchemaVersion] and the migrations in schema.go, which document every
// table for those who query the file with SQL. A store opened without
// [graphstore.OpenOptions] Create is read-only and writes nothing, so that
// it can be read from read-only media.
//
// A batch writes its rows many a statement ([rowWriter]): with this driver a
// statement costs far more than a row. Their values are bound with SQLite's
// own functions rather than the driver's (see directstmt.go). An ingest reads the store's articles
// once: [Store.ArticleIDs] of a writable store keeps them, checked, in a
// read-back that the quick check and the refresh take from (see
// readback.go), rather than each reading every mention row again.
//
// # The cache
//
// [Store.Refresh] keeps a cache of the linked graph, from which
// [Store.Querier] answers, and updates it in proportion to what the articles
// added since change: see update.go. Paths are searched in the cache's table
// of edges from both ends ([graphstore.SearchPath]).
//
// # Damage
//
// Every row an answer comes from carries a checksum written with it and
// checked when it is read, whole tables are checked against their size and
// the sum of their checksums, and what an index gives is checked against
// counts in checked rows, so that a damaged store fails with
// [graphstore.ErrDamaged] rather than answer wrongly. [Store.Check] runs the
// quick check ingest runs before it writes, or the full check of
// "nergraph check". docs/store.md in the repository says more.
package sqlite
