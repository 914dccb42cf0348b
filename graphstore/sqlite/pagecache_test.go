package sqlite

import (
	"encoding/binary"
	"math/bits"
	"testing"

	"modernc.org/libc"
	sqlite3 "modernc.org/sqlite/lib"
)

// pageCacheStatus returns SQLite's count of the page-cache buffer's slots
// in use and of the bytes of pages allocated outside it.
func pageCacheStatus(t *testing.T) (used, overflow int64) {
	t.Helper()
	tls := libc.NewTLS()
	defer tls.Close()
	p := libc.Xmalloc(tls, 16)
	defer libc.Xfree(tls, p)
	read := func(op int32) int64 {
		if rc := sqlite3.Xsqlite3_status64(tls, op, p, p+8, 0); rc != sqlite3.SQLITE_OK {
			t.Fatalf("sqlite3_status64(%d): %d", op, rc)
		}
		return int64(binary.NativeEndian.Uint64(libc.GoBytes(p, 8)))
	}
	return read(sqlite3.SQLITE_STATUS_PAGECACHE_USED), read(sqlite3.SQLITE_STATUS_PAGECACHE_OVERFLOW)
}

// TestPageCacheBuffer checks that a store's cached pages sit in the
// process's page-cache buffer, not each in an allocation of its own, and
// go back to it when the store closes.
func TestPageCacheBuffer(t *testing.T) {
	if pageCacheErr != nil {
		if bits.UintSize < 64 {
			t.Skipf("page-cache buffer not in use: %v", pageCacheErr)
		}
		t.Fatalf("page-cache buffer not in use: %v", pageCacheErr)
	}
	before, _ := pageCacheStatus(t)
	s := openTemp(t)
	addAll(t, s, relinkDocs(40, 1), 10)
	used, overflow := pageCacheStatus(t)
	if used <= before {
		t.Errorf("page-cache slots in use with a store open: %d, before: %d", used, before)
	}
	if overflow != 0 {
		t.Errorf("%d bytes of pages allocated outside the buffer", overflow)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if after, _ := pageCacheStatus(t); after != before {
		t.Errorf("page-cache slots in use after the store closed: %d, before: %d", after, before)
	}
}
