package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// rowsPerStmt is how many rows a rowWriter writes a statement. With this
// driver a statement costs far more than a row in it (binding through
// database/sql, a goroutine per statement for a cancellable context), so
// a batch's rows go 100 a statement; 100 rows of the widest table (14
// columns) stay far below SQLite's limit of 32,766 parameters.
const rowsPerStmt = 100

// rowWriter writes rows into one table, rowsPerStmt a statement, in the
// order they are added: an INSERT with many VALUES, and an ON CONFLICT
// clause (tail) that an upsert applies to each row as if it came alone.
// Rows of a batch that must not repeat a key in one statement (an upsert's
// keys) are added once per key.
type rowWriter struct {
	ctx        context.Context
	tx         *sql.Tx
	head, tail string // "INSERT INTO t (a, b) VALUES", " ON CONFLICT ..."
	width      int
	args       []any
	full       *sql.Stmt // for rowsPerStmt rows, prepared on first use
	table      string
}

// newRowWriter returns a writer of rows of width values into table (with
// its column list, as in "edges (source, target)") with the conflict clause
// tail ("" for a plain insert). ctx should not be cancellable: see
// [batchWriter].
func newRowWriter(ctx context.Context, tx *sql.Tx, table string, width int, tail string) *rowWriter {
	// OR FAIL: a failing row fails the batch, whose transaction is then
	// rolled back whole, so SQLite need not journal each statement to
	// undo it alone.
	return &rowWriter{ctx: ctx, tx: tx, head: "INSERT OR FAIL INTO " + table + " VALUES ", tail: tail, width: width,
		table: table, args: make([]any, 0, width*rowsPerStmt)}
}

// add buffers one row, and writes the buffer when it is full.
func (r *rowWriter) add(vals ...any) error {
	if len(vals) != r.width {
		// A programming error: every caller passes its table's width.
		panic(fmt.Sprintf("rowWriter %s: %d values for %d columns", r.table, len(vals), r.width))
	}
	for _, v := range vals {
		r.args = append(r.args, driverValue(v))
	}
	if len(r.args) == r.width*rowsPerStmt {
		return r.flush()
	}
	return nil
}

// sql returns the statement for n rows.
func (r *rowWriter) sql(n int) string {
	one := "(" + strings.TrimSuffix(strings.Repeat("?, ", r.width), ", ") + ")"
	return r.head + strings.TrimSuffix(strings.Repeat(one+", ", n), ", ") + r.tail
}

// flush writes the buffered rows.
func (r *rowWriter) flush() error {
	n := len(r.args) / r.width
	if n == 0 {
		return nil
	}
	var err error
	if n == rowsPerStmt {
		if r.full == nil {
			if r.full, err = r.tx.PrepareContext(r.ctx, r.sql(n)); err != nil {
				return fmt.Errorf("%s: %w", r.table, err)
			}
		}
		_, err = r.full.ExecContext(r.ctx, r.args...)
	} else {
		_, err = r.tx.ExecContext(r.ctx, r.sql(n), r.args...)
	}
	for i := range r.args {
		r.args[i] = nil // let the values go
	}
	r.args = r.args[:0]
	if err != nil {
		return fmt.Errorf("%s: %w", r.table, err)
	}
	return nil
}

// driverValue returns v as the driver takes it: an int as an int64.
// database/sql passes the value types of database/sql/driver through as
// they are, but converts any other (an int) by reflection, once for every
// count of every row a batch or a refresh writes.
func driverValue(v any) any {
	if n, ok := v.(int); ok {
		return int64(n)
	}
	return v
}

// close releases the prepared statement.
func (r *rowWriter) close() {
	if r.full != nil {
		r.full.Close()
	}
}
