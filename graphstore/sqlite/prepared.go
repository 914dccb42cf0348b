package sqlite

import (
	"context"
	"database/sql"
)

// preparedTx runs the queries of a transaction through statements prepared
// once each: a refresh reads thousands of cache rows one key at a time (the
// rows of the nodes and edges a batch touches), and database/sql prepares a
// query run on a transaction anew every time, which cost more than reading
// its row.
type preparedTx struct {
	tx    *sql.Tx
	stmts map[string]*sql.Stmt
}

func newPreparedTx(tx *sql.Tx) *preparedTx {
	return &preparedTx{tx: tx, stmts: map[string]*sql.Stmt{}}
}

// QueryContext runs query with args on the transaction.
func (p *preparedTx) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	st, ok := p.stmts[query]
	if !ok {
		var err error
		if st, err = p.tx.PrepareContext(ctx, query); err != nil {
			return nil, err
		}
		p.stmts[query] = st
	}
	return st.QueryContext(ctx, args...)
}

// close closes the statements.
func (p *preparedTx) close() {
	for _, st := range p.stmts {
		st.Close()
	}
	p.stmts = nil
}
