package main

// The store backends that --db can name: a plain path is an SQLite file.
import _ "github.com/nergraph/nergraph/graphstore/sqlite"
