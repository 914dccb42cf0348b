package main

import (
	"strings"
	"testing"
)

// TestBuildMinConfidence checks --min-confidence end to end: the entity
// the recognizer was unsure of is no node and the summary counts it; off
// (the default) it is a node; a negative value is a usage error.
func TestBuildMinConfidence(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "a.txt", "Harrow Fizz Sales\n\nSales of Blue Harrow Fizz doubled last year, said Jorrin Mave.")
	tests := []struct {
		args     []string
		wantNode bool
		summary  string
	}{
		{nil, true, ""},
		{[]string{"--min-confidence", "0"}, true, ""},
		{[]string{"--min-confidence", "40"}, false, "1 entities the recognizer was unsure of made MISC (--min-confidence)"},
	}
	for _, tc := range tests {
		code, out, stderr := run(t, "", append([]string{"build", "-f", "json", dir}, tc.args...)...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", tc.args, code, stderr)
		}
		if got := strings.Contains(out, `"Blue Harrow Fizz"`); got != tc.wantNode {
			t.Errorf("%v: node Blue Harrow Fizz %v, want %v", tc.args, got, tc.wantNode)
		}
		if !strings.Contains(out, `"Jorrin Mave"`) {
			t.Errorf("%v: the sure person Jorrin Mave is missing", tc.args)
		}
		if tc.summary != "" && !strings.Contains(stderr, tc.summary) || tc.summary == "" && strings.Contains(stderr, "unsure") {
			t.Errorf("%v: stderr %q, want the summary %q", tc.args, stderr, tc.summary)
		}
	}
	if code, _, stderr := run(t, "", "build", "--min-confidence", "-1", dir); code != 2 || !strings.Contains(stderr, "--min-confidence") {
		t.Errorf("--min-confidence -1: exit %d, stderr %q; want 2 naming the flag", code, stderr)
	}
}
