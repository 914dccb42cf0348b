package api

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/nergraph/nergraph/graphstore"
)

// TestBusy checks that a request waits for a turn when MaxConcurrent
// answers are being made, and gets 503 when none comes in time.
func TestBusy(t *testing.T) {
	opened := 0
	h := NewHandler(Config{MaxConcurrent: 1, Timeout: 50 * time.Millisecond,
		Open: func(ctx context.Context) (graphstore.Store, error) { opened++; return nil, context.Canceled }})
	defer h.Close()
	h.busy <- struct{}{} // the one turn, taken
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/api/top", nil))
	var e struct {
		Error  string `json:"error"`
		Status int    `json:"status"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil || rec.Code != http.StatusServiceUnavailable || e.Error != "busy: no turn within 50ms; try again" {
		t.Errorf("while busy: %d %s", rec.Code, rec.Body.Bytes())
	}
	if opened != 0 {
		t.Errorf("the store was opened %d times while busy", opened)
	}
	// Bad parameters are answered at once, without a turn.
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/api/top?limit=x", nil))
	if rec.Code != http.StatusBadRequest {
		t.Errorf("bad parameter while busy: %d %s", rec.Code, rec.Body.Bytes())
	}
	<-h.busy
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/api/top", nil))
	if rec.Code != http.StatusInternalServerError || opened != 1 {
		t.Errorf("with a turn free: %d (%d opens) %s; want the store's error", rec.Code, opened, rec.Body.Bytes())
	}
}
