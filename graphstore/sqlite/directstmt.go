package sqlite

import (
	"database/sql/driver"
	"errors"
	"fmt"
	"math"
	"reflect"
	"unsafe"

	"modernc.org/libc"
	"modernc.org/memory"
	sqlite3 "modernc.org/sqlite/lib"
)

// A rowWriter's statements bind their values with SQLite's own functions
// (sqlite3_bind_int64, sqlite3_bind_text, ...) on the statement the driver
// prepared, and run it with sqlite3_step, rather than through the driver's
// ExecContext. The driver's binding cost more than SQLite's work on the
// values: for every parameter it asks SQLite for the parameter's name and
// makes a Go string of it, looks the value up among the arguments, and for
// every text allocates a C string, copies the text into it and frees it
// after the statement, with a Go slice of those allocations besides (0.35 G
// instructions of SQLite, libc and the driver in a fresh ingest of AG News,
// whose rows bind 720,000 values; see docs/scale.md, ingest23).
//
// Here a statement's texts and blobs are copied into one buffer of C memory
// that the writer keeps from statement to statement, and bound where they
// lie (SQLITE_STATIC: SQLite reads them there while the statement runs).
// The buffer is outside the Go heap, as SQLite's memory is: Go's garbage
// collector neither moves nor frees it, and the pointer checks of -race do
// not apply. The bindings are not cleared after a statement (that cost 17 M
// instructions of the same ingest): every run binds every parameter anew, and the writer finalizes its statements before it frees the
// buffer, so SQLite never reads a binding left from an earlier run.
//
// The driver does not export its statement's handle; directOf reads it
// (and the connection's libc.TLS, through which every SQLite call of that
// connection goes) from the driver's unexported fields by reflection, and
// reports false when they are not there as this file expects — another
// version of the driver, say —, in which case rowWriter runs its statements
// through the driver as before. TestDirectStmtUsed fails then, so that the
// loss does not go unnoticed.

// directStmt is a statement the driver prepared, with what it takes to
// call SQLite on it directly.
type directStmt struct {
	tls   *libc.TLS
	pstmt uintptr // sqlite3_stmt*
}

var (
	tlsType    = reflect.TypeFor[*libc.TLS]()
	uintptrTyp = reflect.TypeFor[uintptr]()
)

// directOf returns the SQLite statement of st, a statement of the driver
// modernc.org/sqlite prepared with one SQL statement in it, and false when
// st is not such a statement.
func directOf(st driver.Stmt) (directStmt, bool) {
	v := reflect.ValueOf(st)
	if v.Kind() != reflect.Pointer || v.IsNil() {
		return directStmt{}, false
	}
	t := v.Type().Elem()
	if t.Kind() != reflect.Struct || t.PkgPath() != "modernc.org/sqlite" || t.Name() != "stmt" {
		return directStmt{}, false
	}
	s := v.Elem()
	p := s.FieldByName("pstmt")
	c := s.FieldByName("c")
	if !p.IsValid() || p.Type() != uintptrTyp || !c.IsValid() || c.Kind() != reflect.Pointer || c.IsNil() ||
		c.Type().Elem().Kind() != reflect.Struct {
		return directStmt{}, false
	}
	tls := c.Elem().FieldByName("tls")
	if !tls.IsValid() || tls.Type() != tlsType || tls.IsNil() || p.Uint() == 0 {
		// A statement of several SQL statements has no handle of
		// its own (the driver prepares each as it runs).
		return directStmt{}, false
	}
	return directStmt{tls: (*libc.TLS)(tls.UnsafePointer()), pstmt: uintptr(p.Uint())}, true
}

// errNotDirect reports values that exec does not bind itself (a time, say,
// which the driver formats by its connection's settings): the caller runs
// the statement through the driver instead. Nothing is bound then.
var errNotDirect = errors.New("values the driver must bind")

// cBuf is a buffer of C memory for the texts and blobs of one statement.
type cBuf struct {
	alloc memory.Allocator
	b     []byte // outside the Go heap: from alloc
}

// reserve makes the buffer hold at least n bytes, and at least one (so
// that an empty text is bound by a pointer that is not NULL: a NULL text
// would bind NULL).
func (c *cBuf) reserve(n int) error {
	if n < 1 {
		n = 1
	}
	if len(c.b) >= n {
		return nil
	}
	size := max(n, 4096, 2*len(c.b))
	if c.b != nil {
		if err := c.alloc.Free(c.b); err != nil {
			return err
		}
		c.b = nil
	}
	b, err := c.alloc.Malloc(size)
	if err != nil {
		return err
	}
	c.b = b
	return nil
}

// free gives the buffer back; after the statements bound to it are reset.
func (c *cBuf) free() {
	if c.b != nil {
		c.alloc.Free(c.b) //nolint:errcheck // nothing to do about it
		c.b = nil
	}
	c.alloc.Close() //nolint:errcheck // as above
}

// exec binds vals, the values of the statement's parameters in order, runs
// the statement to its end, and resets it (leaving the bindings). It
// returns errNotDirect, having done nothing, when a value is of a type it
// does not bind.
func (d directStmt) exec(vals []rowValue, buf *cBuf) (err error) {
	bytes := 0
	for i := range vals {
		switch vals[i].kind {
		case textValue:
			bytes += len(vals[i].s)
		case blobValue:
			bytes += len(vals[i].b)
		case timeValue:
			return errNotDirect
		}
	}
	if len(vals) > math.MaxInt32 || bytes > math.MaxInt32 {
		return errors.New("statement too large")
	}
	if err := buf.reserve(bytes); err != nil {
		return err
	}
	tls, p := d.tls, d.pstmt
	// Reset whatever happened, for the next run. sqlite3_reset returns
	// the error of the last step again: err has it.
	defer sqlite3.Xsqlite3_reset(tls, p)
	base := uintptr(unsafe.Pointer(&buf.b[0]))
	off := 0
	for i := range vals {
		v := &vals[i]
		idx := int32(i + 1)
		var rc int32
		switch v.kind {
		case nullValue:
			rc = sqlite3.Xsqlite3_bind_null(tls, p, idx)
		case intValue, boolValue:
			rc = sqlite3.Xsqlite3_bind_int64(tls, p, idx, v.i)
		case floatValue:
			rc = sqlite3.Xsqlite3_bind_double(tls, p, idx, math.Float64frombits(uint64(v.i)))
		case textValue:
			n := copy(buf.b[off:], v.s)
			rc = sqlite3.Xsqlite3_bind_text(tls, p, idx, base+uintptr(off), int32(n), 0) // 0: SQLITE_STATIC
			off += n
		case blobValue:
			if v.b == nil {
				rc = sqlite3.Xsqlite3_bind_null(tls, p, idx)
				break
			}
			n := copy(buf.b[off:], v.b)
			rc = sqlite3.Xsqlite3_bind_blob(tls, p, idx, base+uintptr(off), int32(n), 0)
			off += n
		}
		if rc != sqlite3.SQLITE_OK {
			return d.errOf(rc)
		}
	}
	for {
		switch rc := sqlite3.Xsqlite3_step(tls, p); rc {
		case sqlite3.SQLITE_DONE:
			return nil
		case sqlite3.SQLITE_ROW:
			// An INSERT has none, but one with RETURNING would:
			// run it to its end, as the driver's Exec does.
		default:
			return d.errOf(rc)
		}
	}
}

// errOf returns the error of a failed call, worded as the driver words it
// (which [Store.explain] reads): "errstr: errmsg (code)".
func (d directStmt) errOf(rc int32) error {
	str := libc.GoString(sqlite3.Xsqlite3_errstr(d.tls, rc))
	busy := ""
	if rc&0xff == sqlite3.SQLITE_BUSY {
		busy = " (SQLITE_BUSY)"
	}
	msg := libc.GoString(sqlite3.Xsqlite3_errmsg(d.tls, sqlite3.Xsqlite3_db_handle(d.tls, d.pstmt)))
	if msg == str {
		return fmt.Errorf("%s (%d)%s", str, rc, busy)
	}
	return fmt.Errorf("%s: %s (%d)%s", str, msg, rc, busy)
}
