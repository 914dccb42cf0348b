package sqlite

import (
	"errors"
	"os"
	"testing"
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
	pageSize := filePageSize(path)
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
	// The file is completed while checkFile waits to look again, as a
	// checkpoint of another process would complete it: atomically (a
	// rename), so that checkFile never reads it half written.
	var werr error
	waits := 0
	defer func(w func()) { waitRetry = w }(waitRetry)
	waitRetry = func() {
		waits++
		if waits == 1 {
			tmp := path + ".whole"
			if werr = os.WriteFile(tmp, whole, 0o644); werr == nil {
				werr = os.Rename(tmp, path)
			}
		}
	}
	err = checkFile(path, false)
	if werr != nil {
		t.Fatal(werr)
	}
	if waits != 1 {
		t.Errorf("checkFile waited %d times for a file completed during its first wait, want 1", waits)
	}
	if err != nil {
		t.Errorf("a file completed after it looked cut short: %v, want no error", err)
	}
}
