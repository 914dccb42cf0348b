package sqlite

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"time"

	"github.com/nergraph/nergraph/graphstore"
)

// sqliteMagic starts every SQLite database file.
const sqliteMagic = "SQLite format 3\x00"

// checkFile looks at the file before SQLite opens it, which costs one read
// of its first 100 bytes. A missing file is refused unless create is set, an
// empty one unless create is set (ingest makes it a store), and a file that
// is not an SQLite database always. The header of a database is checked for
// values a store never has, and its size against the pages the header
// counts, so that a file cut short is named as such rather than read as a
// smaller store. (With a write-ahead log beside the file, the header may
// count pages the log still holds, and the size is not checked.)
//
// Another process's checkpoint can be caught halfway: SQLite copies the
// log's pages into the file in page order, the header's page first, and
// removes the log when its last connection closes. A file that looks cut
// short is therefore looked at again, twice, sizeRetry apart; a file that
// really is cut short stays so.
func checkFile(path string, create bool) error {
	for try := 0; ; try++ {
		err := checkFileOnce(path, create)
		var short sizeError
		if err == nil || !errors.As(err, &short) || try == 2 {
			return err
		}
		waitRetry()
	}
}

// waitRetry waits before checkFile looks at a file again; a test replaces
// it to complete the file at that moment, without depending on timing.
var waitRetry = func() { time.Sleep(sizeRetry) }

// sizeRetry is the wait before a file that looked cut short is looked at
// again: far longer than a checkpoint of a store's pages takes to write.
const sizeRetry = 100 * time.Millisecond

// sizeError is the damage of a file whose size disagrees with its header.
type sizeError struct{ msg string }

func (e sizeError) Error() string { return e.msg }

func checkFileOnce(path string, create bool) error {
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, os.ErrNotExist) && create:
		return nil
	case errors.Is(err, os.ErrNotExist):
		return graphstore.ErrNotExist
	case err != nil:
		return err
	case fi.IsDir():
		return fmt.Errorf("%w: a directory", graphstore.ErrNotStore)
	case fi.Size() == 0 && create:
		return nil
	case fi.Size() == 0:
		return fmt.Errorf("%w: an empty file", graphstore.ErrNotStore)
	}
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	var h [100]byte
	if _, err := io.ReadFull(f, h[:]); err != nil || string(h[:16]) != sqliteMagic {
		return fmt.Errorf("%w: not an SQLite database (or its first bytes are damaged)", graphstore.ErrNotStore)
	}
	if err := checkHeader(h[:], fi.Size(), hasWAL(path)); err != nil {
		return fmt.Errorf("%w: %s: %w", graphstore.ErrDamaged, path, err)
	}
	return nil
}

// filePageSize returns the page size the header of an SQLite file gives,
// or 0 when the file is absent, empty or not one ([checkFile] says which).
func filePageSize(path string) int {
	f, err := os.Open(path)
	if err != nil {
		return 0
	}
	defer f.Close()
	var h [18]byte
	if _, err := io.ReadFull(f, h[:]); err != nil || string(h[:16]) != sqliteMagic {
		return 0
	}
	switch n := int(binary.BigEndian.Uint16(h[16:])); {
	case n == 1:
		return 65536
	case n >= 512 && n&(n-1) == 0:
		return n
	}
	return 0
}

// checkHeader checks the fields of an SQLite file header that a store's
// file always has (https://www.sqlite.org/fileformat2.html#the_database_header).
func checkHeader(h []byte, size int64, wal bool) error {
	be16 := func(i int) int { return int(binary.BigEndian.Uint16(h[i:])) }
	be32 := func(i int) int64 { return int64(binary.BigEndian.Uint32(h[i:])) }
	pageSize := be16(16)
	if pageSize == 1 {
		pageSize = 65536
	}
	switch {
	case pageSize < 512 || pageSize&(pageSize-1) != 0:
		return fmt.Errorf("the file header gives a page size of %d", pageSize)
	case !slices.Contains([]byte{1, 2}, h[18]) || !slices.Contains([]byte{1, 2}, h[19]):
		return fmt.Errorf("the file header gives file format versions %d and %d", h[18], h[19])
	case h[21] != 64 || h[22] != 32 || h[23] != 32:
		return fmt.Errorf("the file header gives payload fractions %d, %d, %d", h[21], h[22], h[23])
	case be32(44) > 4:
		return fmt.Errorf("the file header gives schema format %d", be32(44))
	case be32(56) > 1:
		return fmt.Errorf("the file header gives text encoding %d; a store is UTF-8 (1)", be32(56))
	}
	if wal {
		return nil
	}
	if size%int64(pageSize) != 0 {
		return sizeError{fmt.Sprintf("the file is cut short or grown: %d bytes is not a whole number of %d-byte pages", size, pageSize)}
	}
	// The page count is valid when the change counter matches
	// version-valid-for.
	if pages := be32(28); pages > 0 && be32(24) == be32(92) && size < pages*int64(pageSize) {
		return sizeError{fmt.Sprintf("the file is cut short: %d bytes, but its header counts %d pages of %d bytes", size, pages, pageSize)}
	}
	return nil
}

// checkTables checks that the tables of the store's schema version are
// there. Tables of the user's own are let be.
func (s *Store) checkTables(ctx context.Context) error {
	rows, err := s.db.QueryContext(ctx, `SELECT name FROM sqlite_schema WHERE type = 'table'`)
	if err != nil {
		return err
	}
	defer rows.Close()
	have := map[string]bool{}
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return err
		}
		have[name] = true
	}
	if err := rows.Err(); err != nil {
		return err
	}
	for _, t := range tablesOf(s.version) {
		if !have[t] {
			return s.damaged("table %s is missing", t)
		}
	}
	return nil
}

// tablesOf returns the tables of schema version v.
func tablesOf(v int) []string {
	tables := []string{"schema_version", "articles", "mentions", "entities", "aliases", "edges"}
	if v >= versionRelations {
		tables = append(tables, "relations")
	}
	if v >= versionPending {
		tables = append(tables, "totals_pending")
	}
	switch {
	case v >= versionArticleLinks:
		tables = append(tables, "store_sums")
		tables = append(tables, cacheTables...)
	case v >= versionSums:
		tables = append(tables, "store_sums", "graph_state", "graph_nodes", "graph_names", "graph_edges", "graph_canonical",
			"link_tallies", "node_tallies")
	case v >= 2:
		tables = append(tables, "graph_state", "graph_nodes", "graph_names", "graph_edges", "graph_canonical")
	}
	return tables
}
