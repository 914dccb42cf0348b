package sqlite

import (
	"context"
	"database/sql/driver"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

// tryTable is a table of every kind of column value, without types, so that
// typeof shows how each value was bound.
const tryTable = `CREATE TABLE try (k INTEGER PRIMARY KEY, a, b, c, d, e)`

// tryRows are rows of values of every kind a rowWriter binds: texts empty,
// with a NUL inside, not ASCII, long enough to make the buffer grow;
// integers at their limits, ints, bools, floats, NULLs and blobs (nil,
// empty, with bytes).
func tryRows() [][]any {
	long := strings.Repeat("Zürich–Genève ", 700) // about 11 KB: more than the buffer's first 4 KB
	rows := [][]any{
		{int64(1), "", "a\x00b", "Zürich", int64(-1 << 63), int64(1<<63 - 1)},
		{int64(2), nil, 7, true, false, 2.5},
		{int64(3), []byte(nil), []byte{}, []byte{0, 1, 255}, `The "Times"`, "C:\\path"},
		{int64(4), long, long + "x", "", nil, 1e-300},
	}
	for i := range 250 { // over two full statements of rowsPerStmt
		rows = append(rows, []any{int64(10 + i), fmt.Sprintf("row %d", i), strings.Repeat("y", i*37), i, i%2 == 0, float64(i) / 3})
	}
	return rows
}

// dumpTry returns the table try as SQLite holds it, value by value, with
// each value's type.
func dumpTry(t *testing.T, s *Store) string {
	t.Helper()
	var b strings.Builder
	rows, err := s.db.Query(`SELECT k, typeof(a), hex(a), typeof(b), hex(b), typeof(c), hex(c), typeof(d), hex(d),
		typeof(e), hex(e) FROM try ORDER BY k`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		vals := make([]any, 11)
		ptrs := make([]any, 11)
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		fmt.Fprintln(&b, vals...)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// writeTry writes rows into the table try of s through a rowWriter, with
// direct binding or, when viaDriver, through the driver's Exec.
func writeTry(t *testing.T, s *Store, rows [][]any, viaDriver bool) error {
	t.Helper()
	ctx := context.Background()
	tx, err := s.beginWrite(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.end()
	w := newRowWriter(ctx, tx, failInsert, "try (k, a, b, c, d, e)", 6, "")
	w.viaDriver = viaDriver
	defer w.close()
	for _, r := range rows {
		if err := w.add(r...); err != nil {
			return err
		}
	}
	if err := w.flush(); err != nil {
		return err
	}
	if !viaDriver && w.direct == 0 && len(rows) > 0 {
		t.Errorf("no statement of the writer was run directly")
	}
	return tx.Commit()
}

// TestDirectStmtSameRows checks that rows bound by SQLite's functions are
// the rows the driver's binding writes, value for value and type for type.
func TestDirectStmtSameRows(t *testing.T) {
	var got [2]string
	for i, viaDriver := range []bool{false, true} {
		s := openTemp(t)
		if _, err := s.db.Exec(tryTable); err != nil {
			t.Fatal(err)
		}
		if err := writeTry(t, s, tryRows(), viaDriver); err != nil {
			t.Fatal(err)
		}
		got[i] = dumpTry(t, s)
	}
	if got[0] != got[1] {
		t.Errorf("bound directly:\n%.2000s\nthrough the driver:\n%.2000s", got[0], got[1])
	}
	for _, want := range []string{"1 text  text 610062 text 5AC3BC72696368", "3 null  blob  blob 0001FF text", "2 null  integer 37 integer 31 integer 30 real 322E35"} {
		if !strings.Contains(got[0], want) {
			t.Errorf("rows lack %q:\n%.600s", want, got[0])
		}
	}
}

// TestDirectStmtUsed checks that the statements a rowWriter prepares are
// ones directOf reads the handle of: with another version of the driver,
// whose fields differ, every row would go through the driver's binding,
// right but slower, and this test says so.
func TestDirectStmtUsed(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	tx, err := s.beginWrite(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.end()
	err = tx.conn.Raw(func(dc any) error {
		st, err := dc.(driver.ConnPrepareContext).PrepareContext(ctx, `SELECT ?`)
		if err != nil {
			return err
		}
		defer st.Close()
		if d, ok := directOf(st); !ok || d.pstmt == 0 || d.tls == nil {
			return errors.New("directOf does not read the driver's statement: the driver's fields are not as directstmt.go expects")
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := directOf(nil); ok {
		t.Errorf("directOf(nil) is direct")
	}
}

// TestDirectStmtErrors checks that a statement that fails when run directly
// fails as through the driver, with the driver's words (which explain
// reads), and leaves the statement ready for the next rows.
func TestDirectStmtErrors(t *testing.T) {
	var msgs [2]string
	for i, viaDriver := range []bool{false, true} {
		s := openTemp(t)
		if _, err := s.db.Exec(tryTable); err != nil {
			t.Fatal(err)
		}
		rows := [][]any{{int64(1), "a", "b", "c", "d", "e"}, {int64(1), "dup", "b", "c", "d", "e"}}
		err := writeTry(t, s, rows, viaDriver)
		if err == nil {
			t.Fatalf("viaDriver %v: a repeated key was written", viaDriver)
		}
		msgs[i] = err.Error()
	}
	if msgs[0] != msgs[1] {
		t.Errorf("direct error %q, the driver's %q", msgs[0], msgs[1])
	}
	if !strings.Contains(msgs[0], "UNIQUE constraint failed: try.k (1555)") {
		t.Errorf("error %q does not name the constraint and the code", msgs[0])
	}
}

// TestDirectStmtFallsBack checks that a value exec does not bind (a time,
// which the driver formats by its settings) sends the statement through the
// driver, with the same row as the driver writes.
func TestDirectStmtFallsBack(t *testing.T) {
	when := time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC)
	var got [2]string
	for i, viaDriver := range []bool{false, true} {
		s := openTemp(t)
		if _, err := s.db.Exec(tryTable); err != nil {
			t.Fatal(err)
		}
		ctx := context.Background()
		tx, err := s.beginWrite(ctx)
		if err != nil {
			t.Fatal(err)
		}
		w := newRowWriter(ctx, tx, failInsert, "try (k, a, b, c, d, e)", 6, "")
		w.viaDriver = viaDriver
		if err := w.add(int64(1), when, "x", nil, 1, 2); err != nil {
			t.Fatal(err)
		}
		if err := w.flush(); err != nil {
			t.Fatal(err)
		}
		if w.direct != 0 {
			t.Errorf("viaDriver %v: a statement with a time was run directly", viaDriver)
		}
		w.close()
		if err := tx.Commit(); err != nil {
			t.Fatal(err)
		}
		tx.end()
		got[i] = dumpTry(t, s)
	}
	if got[0] != got[1] || !strings.Contains(got[0], "323032342D30352D3036") { // 2024-05-06
		t.Errorf("fallen back %q, through the driver %q", got[0], got[1])
	}
}

// TestDirectStmtCancelled checks that a cancelled context stops a writer
// before its next statement, as the driver would have: the statement of
// full rows, prepared while the context was live, is not run again.
func TestDirectStmtCancelled(t *testing.T) {
	s := openTemp(t)
	if _, err := s.db.Exec(tryTable); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	tx, err := s.beginWrite(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer tx.end()
	w := newRowWriter(ctx, tx, failInsert, "try (k, a, b, c, d, e)", 6, "")
	defer w.close()
	var err2 error
	for i := range 2 * rowsPerStmt {
		if i == rowsPerStmt {
			if w.direct != 1 {
				t.Fatalf("%d statements run directly, want 1", w.direct)
			}
			cancel()
		}
		if err2 = w.add(int64(i), "a", "b", "c", "d", "e"); err2 != nil {
			break
		}
	}
	if !errors.Is(err2, context.Canceled) {
		t.Errorf("rows after the cancellation: %v, want %v", err2, context.Canceled)
	}
	var n int
	if err := tx.QueryRow(`SELECT count(*) FROM try`).Scan(&n); err != nil || n != rowsPerStmt {
		t.Errorf("%d rows written (%v), want %d", n, err, rowsPerStmt)
	}
}

// TestRowWriterRefusesType checks that a value of none of the driver's
// types fails the statement, with its type named, and writes no row.
func TestRowWriterRefusesType(t *testing.T) {
	s := openTemp(t)
	if _, err := s.db.Exec(tryTable); err != nil {
		t.Fatal(err)
	}
	type odd struct{ n int }
	err := writeTry(t, s, [][]any{{int64(1), "a", odd{2}, "c", "d", "e"}}, false)
	if err == nil || !strings.Contains(err.Error(), "sqlite.odd") {
		t.Errorf("a row with a struct: %v, want an error naming its type", err)
	}
	var n int
	if err := s.db.QueryRow(`SELECT count(*) FROM try`).Scan(&n); err != nil || n != 0 {
		t.Errorf("%d rows written (%v), want none", n, err)
	}
}

// TestRowWriterTyped wants the typed adds (int, text, flag, value, then
// endRow) to write the rows add writes of the same values, type for type,
// over full statements and a last short one; and endRow to refuse a row
// short of a value, as add refuses one.
func TestRowWriterTyped(t *testing.T) {
	rows := tryRows()
	var got [2]string
	for i, typed := range []bool{false, true} {
		s := openTemp(t)
		if _, err := s.db.Exec(tryTable); err != nil {
			t.Fatal(err)
		}
		if !typed {
			if err := writeTry(t, s, rows, false); err != nil {
				t.Fatal(err)
			}
			got[i] = dumpTry(t, s)
			continue
		}
		ctx := context.Background()
		tx, err := s.beginWrite(ctx)
		if err != nil {
			t.Fatal(err)
		}
		w := newRowWriter(ctx, tx, failInsert, "try (k, a, b, c, d, e)", 6, "")
		for _, r := range rows {
			for _, v := range r {
				switch x := v.(type) {
				case int64:
					w.int(x)
				case int:
					w.int(int64(x))
				case string:
					w.text(x)
				case bool:
					w.flag(x)
				default:
					w.value(x)
				}
			}
			if err := w.endRow(); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.flush(); err != nil {
			t.Fatal(err)
		}
		if w.direct == 0 {
			t.Error("no statement of the typed writer was run directly")
		}
		w.close()
		if err := tx.Commit(); err != nil {
			t.Fatal(err)
		}
		tx.end()
		got[i] = dumpTry(t, s)
	}
	if got[0] != got[1] || len(got[0]) < 1000 {
		t.Errorf("written by add:\n%.2000s\nby the typed adds:\n%.2000s", got[0], got[1])
	}

	s := openTemp(t)
	tx, err := s.beginWrite(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer tx.end()
	w := newRowWriter(context.Background(), tx, failInsert, "try (k, a, b, c, d, e)", 6, "")
	defer w.close()
	defer func() {
		if recover() == nil {
			t.Error("endRow took a row of 5 values for 6 columns")
		}
	}()
	w.int(1)
	for range 4 {
		w.text("x")
	}
	w.endRow() //nolint:errcheck // it panics
}
