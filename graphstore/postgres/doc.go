// Package postgres keeps a [graphstore.Store] in a PostgreSQL database, so
// that many ingest processes, on many machines, can add articles to one
// store that everyone exports and queries from. Importing it registers the
// backend for the URL schemes postgres and postgresql:
//
//	import _ "github.com/nergraph/nergraph/graphstore/postgres"
//
//	st, err := graphstore.Open(ctx, "postgres://user@host/news?schema=nergraph", graphstore.OpenOptions{Create: true})
//
// # Writing
//
// Each batch is one transaction. Its articles are copied (COPY) into
// temporary staging tables and claimed with one INSERT ... ON CONFLICT DO
// NOTHING on the unique article id and text hash, so that of two processes
// adding the same article one adds it and the other skips it; only the
// claimed articles' counts are then added to the running totals, with one
// upsert per table in key order, so that writers lock shared rows in one
// order. A deadlock or serialization failure that PostgreSQL reports anyway
// retries the batch a few times. A process killed at any moment leaves
// exactly the batches that committed; adding the same articles again adds
// the rest.
//
// Batches are numbered in the order they commit, and the graph of a store is
// the graph of its articles in that order (each batch's in its own order):
// the graph one process adding the same batches would make, which for one
// ingest process is the graph build makes of the same input.
//
// # Reading
//
// [Open] without Create opens the store for reading only: every transaction
// is read-only, so a read-only role or a standby server will do, and no
// schema is ever created. Open checks the schema version and the tables and
// their columns, and names what is missing or different.
//
// The tables are described for users who query them with SQL, and the way
// to a distributed PostgreSQL (Citus), in docs/postgres.md.
package postgres
