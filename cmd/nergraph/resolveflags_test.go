package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/cobra"

	"github.com/nergraph/nergraph/extract"
)

func TestResolveFlags(t *testing.T) {
	dir := t.TempDir()
	aliases := filepath.Join(dir, "aliases.csv")
	exclude := filepath.Join(dir, "exclude.txt")
	bad := filepath.Join(dir, "bad.csv")
	mustRF(t, os.WriteFile(aliases, []byte("# alias,canonical,type\nVlad,Vladimir Putin,PERSON\nBlighty,United Kingdom\n"), 0o644))
	mustRF(t, os.WriteFile(exclude, []byte("org:reuters\n\nAP\n"), 0o644))
	mustRF(t, os.WriteFile(bad, []byte("Vlad,Vladimir Putin\nX,Y,PLANET\n"), 0o644))

	cmd := &cobra.Command{Use: "x"}
	var f resolveFlags
	addResolveFlags(cmd, &f)
	mustRF(t, cmd.Flags().Parse([]string{"--demonyms", "--drop-sources", "--aliases", aliases, "--exclude", exclude}))
	opts, err := f.options()
	mustRF(t, err)
	want := []extract.AliasRule{{Alias: "Vlad", Canonical: "Vladimir Putin", Type: extract.Person}, {Alias: "Blighty", Canonical: "United Kingdom"}}
	if !opts.Demonyms || !opts.DropSources || len(opts.Aliases) != 2 || opts.Aliases[0] != want[0] || opts.Aliases[1] != want[1] {
		t.Errorf("options = %+v, want aliases %+v", opts, want)
	}
	if got := strings.Join(opts.Exclude, ","); got != "org:reuters,AP" {
		t.Errorf("exclude = %q", got)
	}

	f.aliases = bad
	if _, err := f.options(); err == nil || !strings.Contains(err.Error(), "bad.csv:2:") {
		t.Errorf("bad aliases: error %v, want one naming bad.csv:2", err)
	}
}

func mustRF(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
