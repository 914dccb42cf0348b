package sqlite

import (
	"errors"
	"os"
	"testing"
	"time"
)

// TestCheckFileCheckpoint checks that a file caught halfway through
// another process's checkpoint (the header already counting pages the file
// does not have yet) is not called damaged once the checkpoint is done,
// and that a file that stays cut short still is.
func TestCheckFileCheckpoint(t *testing.T) {
	docs, _ := damageDocs()
	path, _ := damageStore(t, docs, "store.db")
	whole, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if hasWAL(path) {
		t.Fatal("the closed store still has a write-ahead log")
	}
	pageSize := 4096
	if len(whole) < 3*pageSize {
		t.Fatalf("store of %d bytes: too small to cut", len(whole))
	}
	short := whole[:pageSize]

	if err := os.WriteFile(path, short, 0o644); err != nil {
		t.Fatal(err)
	}
	var stays sizeError
	if err := checkFile(path, false); !errors.As(err, &stays) {
		t.Fatalf("a file that stays cut short: %v, want a size error", err)
	}

	if err := os.WriteFile(path, short, 0o644); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		time.Sleep(sizeRetry / 4)
		done <- os.WriteFile(path, whole, 0o644)
	}()
	err = checkFile(path, false)
	if werr := <-done; werr != nil {
		t.Fatal(werr)
	}
	if err != nil {
		t.Errorf("a file completed %v after it looked cut short: %v, want no error", sizeRetry/4, err)
	}
}
