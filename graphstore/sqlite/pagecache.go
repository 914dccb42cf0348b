package sqlite

import (
	"encoding/binary"
	"fmt"
	"math/bits"

	"modernc.org/libc"
	"modernc.org/libc/sys/types"
	sqlite3 "modernc.org/sqlite/lib"
)

// pageSlots is how many pages of newPageSize bytes the process's page-cache
// buffer holds: enough for one connection's cache while makeIndexes raises
// it to indexCacheSize (64 MB), with room for a second store's.
const pageSlots = (-indexCacheSize-cacheSize)*1024/newPageSize + 1024

// pageCacheErr is why the page-cache buffer is not in use, or nil when it
// is (set once, by init).
var pageCacheErr = installPageCache()

// installPageCache gives SQLite one buffer of pageSlots page slots for the
// page caches of every connection of the process (SQLITE_CONFIG_PAGECACHE),
// before any connection is opened: SQLite accepts it only then.
//
// Without it every cached page is an allocation of its own from modernc's
// allocator, which hands freed memory back to the kernel with a madvise
// call for every 64 KB region it empties. Closing a store freed its cache
// so, page by page: about 420 calls, 0.26 s of the CPU of an ingest of AG
// News (5.5 s), all of it at the end of the process. Slots of the buffer go
// back to SQLite's own free list instead. The buffer is reserved address
// space; a slot takes memory once a page is first put in it. Pages that do
// not fit a slot (a file of larger pages) or that find every slot taken are
// allocated as before.
func installPageCache() error {
	if bits.UintSize < 64 {
		return fmt.Errorf("not on a 32-bit platform, whose address space the buffer would crowd")
	}
	tls := libc.NewTLS()
	defer tls.Close()
	va := libc.NewVaListN(3)
	hdr := libc.Xmalloc(tls, 8)
	if va == 0 || hdr == 0 {
		libc.Xfree(tls, va)
		libc.Xfree(tls, hdr)
		return fmt.Errorf("out of memory")
	}
	defer libc.Xfree(tls, va)
	defer libc.Xfree(tls, hdr)
	// The bytes SQLite keeps beside each page in a slot.
	if rc := sqlite3.Xsqlite3_config(tls, sqlite3.SQLITE_CONFIG_PCACHE_HDRSZ, libc.VaList(va, hdr)); rc != sqlite3.SQLITE_OK {
		return fmt.Errorf("SQLITE_CONFIG_PCACHE_HDRSZ: %d", rc)
	}
	slot := (newPageSize + int(int32(binary.NativeEndian.Uint32(libc.GoBytes(hdr, 4)))) + 7) &^ 7
	buf := libc.Xmalloc(tls, types.Size_t(slot*pageSlots))
	if buf == 0 {
		return fmt.Errorf("out of memory for %d slots", pageSlots)
	}
	if rc := sqlite3.Xsqlite3_config(tls, sqlite3.SQLITE_CONFIG_PAGECACHE, libc.VaList(va, buf, int32(slot), int32(pageSlots))); rc != sqlite3.SQLITE_OK {
		libc.Xfree(tls, buf)
		return fmt.Errorf("SQLITE_CONFIG_PAGECACHE: %d", rc)
	}
	return nil
}
