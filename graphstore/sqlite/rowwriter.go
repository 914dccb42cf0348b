package sqlite

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"math"
	"reflect"
	"strings"
	"time"
)

// rowsPerStmt is how many rows a rowWriter writes a statement. With this
// driver a statement costs far more than a row in it (binding, a goroutine
// per statement for a cancellable context), so rows go 100 a statement; 100
// rows of the widest table (14 columns) stay far below SQLite's limit of
// 32,766 parameters.
const rowsPerStmt = 100

// writeTx is a write transaction together with the connection it runs on,
// through whose driver connection rowWriters write their rows.
type writeTx struct {
	*sql.Tx
	conn *sql.Conn
}

// beginWrite starts a write transaction as [Store.begin] does, on a
// connection of its own that [writeTx.end] gives back.
func (s *Store) beginWrite(ctx context.Context) (*writeTx, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	conn, err := s.db.Conn(context.WithoutCancel(ctx))
	if err != nil {
		return nil, err
	}
	tx, err := conn.BeginTx(context.WithoutCancel(ctx), nil)
	if err != nil {
		conn.Close()
		return nil, err
	}
	return &writeTx{Tx: tx, conn: conn}, nil
}

// end rolls the transaction back unless it committed, and gives its
// connection back to the store.
func (t *writeTx) end() {
	t.Rollback() //nolint:errcheck // a no-op after Commit
	t.conn.Close()
}

// rowWriter writes rows into one table, rowsPerStmt a statement, in the
// order they are added: an INSERT with many VALUES, and an ON CONFLICT
// clause (tail) that an upsert applies to each row as if it came alone.
// Rows of a batch that must not repeat a key in one statement (an upsert's
// keys) are added once per key.
//
// It writes through the driver's connection ([sql.Conn.Raw]), with values
// it binds itself (see directstmt.go) or, failing that, gives the driver as
// they are, rather than through database/sql, which makes a new list of
// every statement's values and checks each value's type (the largest
// allocation of an ingest of AG News: 35 MB of 357). It keeps the values
// unboxed ([rowValue]): add does not keep its arguments, so that the
// compiler boxes them on the caller's stack rather than on the heap. Values
// must be of the driver's types ([driver.Value]), or an int; flush refuses
// any other with an error.
type rowWriter struct {
	ctx        context.Context
	tx         *writeTx
	head, tail string // "INSERT INTO t (a, b) VALUES", " ON CONFLICT ..."
	width      int
	vals       []rowValue
	times      []time.Time // the values of kind timeValue
	bad        string      // the type of a value of none of the driver's types
	full       driver.Stmt // for rowsPerStmt rows, prepared on first use
	table      string
	buf        cBuf // the texts of a statement run directly (see directstmt.go)
	direct     int  // statements run directly
	viaDriver  bool // run every statement through the driver (tests compare the two)
}

// newRowWriter returns a writer of rows of width values into table (with
// its column list, as in "edges (source, target)"), by an INSERT with verb
// ("INSERT OR FAIL", say) and the conflict clause tail ("" for none). ctx
// should not be cancellable: see [batchWriter].
func newRowWriter(ctx context.Context, tx *writeTx, verb, table string, width int, tail string) *rowWriter {
	return &rowWriter{ctx: ctx, tx: tx, head: verb + " INTO " + table + " VALUES ", tail: tail, width: width,
		table: table, vals: make([]rowValue, 0, width*rowsPerStmt)}
}

// failInsert is the verb of a batch's rows: a failing row fails the batch,
// whose transaction is then rolled back whole, so SQLite need not journal
// each statement to undo it alone.
const failInsert = "INSERT OR FAIL"

// add buffers one row, and writes the buffer when it is full.
func (r *rowWriter) add(vals ...any) error {
	if len(vals) != r.width {
		// A programming error: every caller passes its table's width.
		panic(fmt.Sprintf("rowWriter %s: %d values for %d columns", r.table, len(vals), r.width))
	}
	for _, v := range vals {
		r.value(v)
	}
	return r.endRow()
}

// value adds one value of a row, of any type add takes.
func (r *rowWriter) value(v any) {
	var rv rowValue
	switch x := v.(type) {
	case nil:
	case int64:
		rv = rowValue{kind: intValue, i: x}
	case int:
		rv = rowValue{kind: intValue, i: int64(x)}
	case bool:
		rv = rowValue{kind: boolValue}
		if x {
			rv.i = 1
		}
	case float64:
		rv = rowValue{kind: floatValue, i: int64(math.Float64bits(x))}
	case string:
		rv = rowValue{kind: textValue, s: x}
	case []byte:
		rv = rowValue{kind: blobValue, b: x}
	case time.Time:
		rv = rowValue{kind: timeValue, i: int64(len(r.times))}
		r.times = append(r.times, x)
	default:
		// The type, not the value: see summer.add.
		r.bad = reflect.TypeOf(v).String()
	}
	r.vals = append(r.vals, rv)
}

// The typed adds: a row's values one at a time, in the order of the
// columns, each of one type, then endRow; the same rows as add of the
// same values, without boxing each value and switching on its type (about
// 770,000 values in a fresh AG News ingest, most of them here).

// int adds an integer value of a row.
func (r *rowWriter) int(i int64) { r.vals = append(r.vals, rowValue{kind: intValue, i: i}) }

// text adds a text value of a row.
func (r *rowWriter) text(s string) { r.vals = append(r.vals, rowValue{kind: textValue, s: s}) }

// flag adds a bool value of a row.
func (r *rowWriter) flag(b bool) {
	rv := rowValue{kind: boolValue}
	if b {
		rv.i = 1
	}
	r.vals = append(r.vals, rv)
}

// endRow ends a row of typed adds (or of add), and runs the statement when
// it is full. A row of another number of values than the table's columns
// panics, as add does: the writer's caller is wrong.
func (r *rowWriter) endRow() error {
	if len(r.vals)%r.width != 0 {
		panic(fmt.Sprintf("rowWriter %s: a row of %d values for %d columns", r.table, len(r.vals)%r.width, r.width))
	}
	if len(r.vals) == r.width*rowsPerStmt {
		return r.flush()
	}
	return nil
}

type rowValue struct {
	kind valueKind
	i    int64  // an int or a bool (0, 1); a float's bits; a time's index in rowWriter.times
	s    string // a text
	b    []byte // a blob
}

type valueKind uint8

const (
	nullValue valueKind = iota
	intValue
	boolValue
	floatValue
	textValue
	blobValue
	timeValue
)

// driverArgs returns the values as the driver takes them.
func (r *rowWriter) driverArgs() []driver.NamedValue {
	args := make([]driver.NamedValue, len(r.vals))
	for i, v := range r.vals {
		args[i].Ordinal = i + 1
		switch v.kind {
		case intValue:
			args[i].Value = v.i
		case boolValue:
			args[i].Value = v.i == 1
		case floatValue:
			args[i].Value = math.Float64frombits(uint64(v.i))
		case textValue:
			args[i].Value = v.s
		case blobValue:
			args[i].Value = v.b
		case timeValue:
			args[i].Value = r.times[v.i]
		}
	}
	return args
}

// sql returns the statement for n rows.
func (r *rowWriter) sql(n int) string {
	one := "(" + strings.TrimSuffix(strings.Repeat("?, ", r.width), ", ") + ")"
	return r.head + strings.TrimSuffix(strings.Repeat(one+", ", n), ", ") + r.tail
}

// flush writes the buffered rows.
func (r *rowWriter) flush() error {
	n := len(r.vals) / r.width
	if n == 0 {
		return nil
	}
	if r.bad != "" {
		err := fmt.Errorf("%s: a value of type %s, which the driver does not take", r.table, r.bad)
		r.empty()
		return err
	}
	err := r.tx.conn.Raw(func(dc any) error {
		st := r.full
		if st == nil || n < rowsPerStmt {
			pc, ok := dc.(driver.ConnPrepareContext)
			if !ok {
				return errors.New("the driver cannot prepare with a context")
			}
			var err error
			if st, err = pc.PrepareContext(r.ctx, r.sql(n)); err != nil {
				return err
			}
			if n == rowsPerStmt {
				r.full = st
			} else {
				defer st.Close()
			}
		}
		if d, ok := directOf(st); ok && !r.viaDriver {
			// A cancellable context is checked before each
			// statement, which the driver would interrupt.
			if err := r.ctx.Err(); err != nil {
				return err
			}
			if err := d.exec(r.vals, &r.buf); !errors.Is(err, errNotDirect) {
				r.direct++
				return err
			}
		}
		ex, ok := st.(driver.StmtExecContext)
		if !ok {
			return errors.New("the driver cannot execute with a context")
		}
		_, err := ex.ExecContext(r.ctx, r.driverArgs())
		return err
	})
	r.empty()
	if err != nil {
		return fmt.Errorf("%s: %w", r.table, err)
	}
	return nil
}

// empty empties the buffer of rows.
func (r *rowWriter) empty() {
	for i := range r.vals {
		r.vals[i] = rowValue{} // let the texts go
	}
	r.vals = r.vals[:0]
	r.times = r.times[:0]
	r.bad = ""
}

// close releases the prepared statement and the buffer of its texts;
// before the transaction ends.
func (r *rowWriter) close() {
	if r.full != nil {
		r.tx.conn.Raw(func(any) error { return r.full.Close() }) //nolint:errcheck // nothing to do about it
		r.full = nil
	}
	r.buf.free()
}
