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
// Each batch commits in one transaction; the file is in WAL mode, so readers
// in other processes run while an ingest writes, and a second writer waits
// for the first. The schema is versioned and migrated on open: see
// [SchemaVersion] and the migrations in schema.go, which document every table
// for those who query the file with SQL.
package sqlite
