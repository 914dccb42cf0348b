package main

// The store backends that --db can name: a plain path is an SQLite file, a
// postgres:// or postgresql:// URL a PostgreSQL database.
import (
	_ "github.com/nergraph/nergraph/graphstore/postgres"
	_ "github.com/nergraph/nergraph/graphstore/sqlite"
)
