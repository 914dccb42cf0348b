package graphstore

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// opened is a Store that only remembers how it was opened.
type opened struct {
	Store
	backend, target string
}

func TestOpenRegistry(t *testing.T) {
	fake := func(name string) OpenFunc {
		return func(_ context.Context, target string, _ OpenOptions) (Store, error) {
			return opened{backend: name, target: target}, nil
		}
	}
	// A registry of fakes for the test; the example registers SQLite.
	backendsMu.Lock()
	saved := backends
	backends = map[string]OpenFunc{}
	backendsMu.Unlock()
	t.Cleanup(func() {
		backendsMu.Lock()
		backends = saved
		backendsMu.Unlock()
	})
	Register("", fake("files"))
	Register("Fake", fake("fake")) // schemes are case-insensitive
	tests := []struct {
		target  string
		backend string // "" when Open fails
		err     error
	}{
		{"graph.db", "files", nil},
		{"/var/lib/nergraph/graph.db", "files", nil},
		{`C:\data\graph.db`, "files", nil},
		{"C:/data/graph.db", "files", nil},
		{"data:v2.db", "files", nil}, // an unknown scheme without "//" is a file name
		{"./fake://x", "files", nil},
		{"fake://host/db", "fake", nil},
		{"FAKE://host/db", "fake", nil},
		{"fake:db", "fake", nil},
		{"mysql://user:secret@host/db", "", ErrNoBackend},
		{"", "", nil},
	}
	for _, tt := range tests {
		st, err := Open(context.Background(), tt.target, OpenOptions{})
		if tt.backend == "" {
			if err == nil || tt.err != nil && !errors.Is(err, tt.err) {
				t.Errorf("Open(%q) = %v, %v; want an error %v", tt.target, st, err, tt.err)
			}
			if err != nil && strings.Contains(err.Error(), "secret") {
				t.Errorf("Open(%q): the error shows the password: %v", tt.target, err)
			}
			continue
		}
		o, ok := st.(opened)
		if err != nil || !ok || o.backend != tt.backend || o.target != tt.target {
			t.Errorf("Open(%q) = %+v, %v; want backend %s given the whole target", tt.target, st, err, tt.backend)
		}
	}
	for _, scheme := range []string{"fake", ""} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("Register(%q) twice did not panic", scheme)
				}
			}()
			Register(scheme, fake("again"))
		}()
	}
}
