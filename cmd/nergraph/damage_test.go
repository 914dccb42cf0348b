package main

import (
	"bytes"
	"database/sql"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/nergraph/nergraph/internal/testenv"
)

// storeFiles returns the names of the files in dir.
func storeFiles(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names
}

// soundStore ingests a small corpus into dir/graph.db and returns its path
// and bytes, with the write-ahead log checkpointed into the file.
func soundStore(t *testing.T, dir string) (string, []byte) {
	t.Helper()
	corpus := genCorpus(t, t.TempDir(), 120)
	db := filepath.Join(dir, "graph.db")
	mustRun(t, "ingest", "-q", "--db", db, corpus)
	b, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	return db, b
}

// changeDigit returns b with the digit after a match of re changed: a count
// inside a row, which SQLite cannot see is wrong. Of the matches, it takes
// the first that changes what query reads from the file (a match may lie in
// free space, which holds old copies of rows).
func changeDigit(t *testing.T, b []byte, re, query string) []byte {
	t.Helper()
	return changeLast(t, b, re, query, func(c byte) byte { return '0' + (c-'0'+3)%10 })
}

// changeLast returns b with the last byte of a match of re changed by
// change, as changeDigit does.
func changeLast(t *testing.T, b []byte, re, query string, change func(byte) byte) []byte {
	t.Helper()
	dir := t.TempDir()
	sound := rows(t, writeFile(t, dir, "sound.db", string(b)), query)
	for _, loc := range regexp.MustCompile(re).FindAllIndex(b, -1) {
		d := slices.Clone(b)
		i := loc[1] - 1
		d[i] = change(d[i])
		if !slices.Equal(rows(t, writeFile(t, dir, "damaged.db", string(d)), query), sound) {
			return d
		}
	}
	t.Fatalf("no match of %s changes %s", re, query)
	return nil
}

// rows reads a query's rows as text, from a file opened read-only.
func rows(t *testing.T, path, query string) []string {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro&immutable=1")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rs, err := db.Query(query)
	if err != nil {
		t.Fatal(err)
	}
	defer rs.Close()
	var out []string
	for rs.Next() {
		var v string
		if err := rs.Scan(&v); err != nil {
			t.Fatal(err)
		}
		out = append(out, v)
	}
	return out
}

// TestStoreDamageCommands damages a store the ways the scale issue lists and
// wants export and query to answer rightly or fail with an error that names
// the store and the damage, never a wrong answer with exit 0; ingest to
// refuse, before writing when its quick check sees the damage, else when its
// refresh reads it (the batches it wrote are sound and the store answers
// from them); and check to list the damage.
func TestStoreDamageCommands(t *testing.T) {
	dir := t.TempDir()
	db, sound := soundStore(t, dir)
	newer := genCorpus(t, t.TempDir(), 130) // 10 articles more
	wantExport, _ := mustRun(t, "export", "--db", db, "-f", "json")
	pathArgs := []string{"--json", "path", "Angela Merkel", "Siemens"}
	wantPath, _ := mustRun(t, append([]string{"query", "--db", db}, pathArgs...)...)
	relArgs := []string{"--json", "relations", "Vladimir Putin"}
	wantRels, _ := mustRun(t, append([]string{"query", "--db", db}, relArgs...)...)
	if !strings.Contains(wantRels, `"predicate"`) {
		t.Fatalf("the store holds no relations of Vladimir Putin:\n%s", wantRels)
	}
	if out, _ := mustRun(t, "check", "--db", db); !strings.Contains(out, "no damage found") {
		t.Errorf("check of a sound store says:\n%s", out)
	}
	db2 := filepath.Join(t.TempDir(), "graph.db")
	copyFile(t, db, db2)
	mustRun(t, "ingest", "-q", "--db", db2, newer)
	wantPath2, _ := mustRun(t, append([]string{"query", "--db", db2}, pathArgs...)...)
	const pageSize = 4096
	tests := []struct {
		name    string
		harm    func([]byte) []byte
		says    string // what every refusal says
		reading bool   // whether export or query may still answer, rightly
		writes  bool   // whether ingest may write before it sees the damage
	}{
		{"a count in a mention row", func(b []byte) []byte {
			return changeDigit(t, b, `"Vladimir Putin":\d`, `SELECT aliases FROM mentions`)
		}, "store is damaged", false, false},
		{"a word in a relation row", func(b []byte) []byte {
			return changeLast(t, b, `meet`, `SELECT predicate FROM relations`, func(byte) byte { return 'x' })
		}, "store is damaged", false, false},
		{"a count in the cache", func(b []byte) []byte {
			return changeDigit(t, b, `"Name":"Angela Merkel","Count":\d`, `SELECT aliases FROM graph_nodes`)
		}, "store is damaged", true, true},
		{"a page zeroed", func(b []byte) []byte {
			b = slices.Clone(b)
			clear(b[3*pageSize : 4*pageSize])
			return b
		}, "store is damaged", true, false},
		{"cut short", func(b []byte) []byte { return b[:len(b)-pageSize-100] }, "cut short", false, false},
		{"empty", func([]byte) []byte { return nil }, "not a nergraph store: an empty file", false, false},
		{"not a store", func([]byte) []byte { return []byte("a,b\n1,2\n") }, "not a nergraph store", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "graph.db")
			damaged := tt.harm(sound)
			if err := os.WriteFile(path, damaged, 0o644); err != nil {
				t.Fatal(err)
			}
			refusals := wantRightOrRefused(t, path, tt.says, []string{"export", "--db", path, "-f", "json"}, wantExport)
			refusals += wantRightOrRefused(t, path, tt.says, append([]string{"query", "--db", path}, pathArgs...), wantPath)
			refusals += wantRightOrRefused(t, path, tt.says, append([]string{"query", "--db", path}, relArgs...), wantRels)
			if refusals == 0 && !tt.reading {
				t.Errorf("export and query both answered")
			}
			if after, err := os.ReadFile(path); err != nil || !bytes.Equal(after, damaged) {
				t.Errorf("reading changed the damaged file (%v)", err)
			}
			code, _, errOut := run(t, "", "ingest", "-q", "--db", path, newer)
			if tt.name == "empty" {
				// ingest, and only ingest, makes an empty file a store.
				if code != 0 {
					t.Errorf("ingest into an empty file: exit %d: %s", code, errOut)
				}
				return
			}
			if code == 0 || !strings.Contains(errOut, tt.says) {
				t.Errorf("ingest into a damaged store: exit %d: %s; want a refusal saying %q", code, errOut, tt.says)
			}
			if after, err := os.ReadFile(path); err != nil || !tt.writes && !bytes.Equal(after, damaged) {
				t.Errorf("ingest wrote into the damaged store before refusing (%v)", err)
			}
			if tt.writes {
				wantRightOrRefused(t, path, tt.says, append([]string{"query", "--db", path}, pathArgs...), wantPath2)
			}
			code, out, errOut := run(t, "", "check", "--db", path)
			if code != 1 || !strings.Contains(out+errOut, tt.says) {
				t.Errorf("check: exit %d:\n%s%s", code, out, errOut)
			}
		})
	}
}

// wantRightOrRefused runs a command and wants its answer to be want, or an
// error that names path and says says; it reports whether it was refused.
func wantRightOrRefused(t *testing.T, path, says string, args []string, want string) int {
	t.Helper()
	code, out, errOut := run(t, "", args...)
	switch {
	case code == 0 && out != want:
		t.Errorf("%s: exit 0 with a wrong answer", args[0])
	case code != 0 && (!strings.Contains(errOut, says) || !strings.Contains(errOut, path)):
		t.Errorf("%s: exit %d: %s; want it to name %s and say %q", args[0], code, errOut, path, says)
	case code != 0:
		return 1
	}
	return 0
}

// TestStoreReadOnlyMedia reads a store made read-only in every way this
// machine allows: a file and folder without write permission (not for
// root, who may write anyway), immutable files (chattr +i) and a read-only
// bind mount (as root). export, query and check must answer as from the
// writable store and leave no file behind; ingest must fail clearly.
func TestStoreReadOnlyMedia(t *testing.T) {
	src := t.TempDir()
	db, _ := soundStore(t, src)
	wantExport, _ := mustRun(t, "export", "--db", db, "-f", "json")
	wantTop, _ := mustRun(t, "query", "--db", db, "top", "-n", "5")
	ways := []struct {
		name string
		make func(t *testing.T, dir string) (string, bool) // the folder to read from, or false to skip
	}{
		{"file and folder without write permission", func(t *testing.T, dir string) (string, bool) {
			if os.Geteuid() == 0 {
				t.Log("root writes whatever the permissions say; TestStoreReadOnlyPermissions runs this as nobody")
				return "", false
			}
			setMode(t, filepath.Join(dir, "graph.db"), 0o444)
			setMode(t, dir, 0o555)
			t.Cleanup(func() { os.Chmod(dir, 0o755) })
			return dir, true
		}},
		{"immutable file and folder", func(t *testing.T, dir string) (string, bool) {
			for _, p := range []string{filepath.Join(dir, "graph.db"), dir} {
				if out, err := exec.Command("chattr", "+i", p).CombinedOutput(); err != nil {
					t.Logf("chattr +i: %v %s", err, out)
					return "", false
				}
				t.Cleanup(func() { exec.Command("chattr", "-i", p).Run() })
			}
			return dir, true
		}},
		{"read-only bind mount", func(t *testing.T, dir string) (string, bool) {
			mnt := t.TempDir()
			if out, err := exec.Command("mount", "--bind", dir, mnt).CombinedOutput(); err != nil {
				t.Logf("mount --bind: %v %s", err, out)
				return "", false
			}
			t.Cleanup(func() { exec.Command("umount", mnt).Run() })
			if out, err := exec.Command("mount", "-o", "remount,ro,bind", mnt).CombinedOutput(); err != nil {
				t.Logf("remount ro: %v %s", err, out)
				return "", false
			}
			return mnt, true
		}},
	}
	for _, w := range ways {
		t.Run(w.name, func(t *testing.T) {
			dir := t.TempDir()
			copyFile(t, db, filepath.Join(dir, "graph.db"))
			ro, ok := w.make(t, dir)
			if !ok {
				t.Skip("this machine cannot make it read-only that way")
			}
			path := filepath.Join(ro, "graph.db")
			if out, _ := mustRun(t, "export", "--db", path, "-f", "json"); out != wantExport {
				t.Errorf("export from read-only media differs")
			}
			if out, _ := mustRun(t, "query", "--db", path, "top", "-n", "5"); out != wantTop {
				t.Errorf("query from read-only media: %s, want %s", out, wantTop)
			}
			if out, _ := mustRun(t, "check", "--db", path); !strings.Contains(out, "no damage found") {
				t.Errorf("check from read-only media: %s", out)
			}
			if code, _, errOut := run(t, "", "ingest", "-q", "--db", path, genCorpus(t, t.TempDir(), 130)); code == 0 || !strings.Contains(errOut, "read-only") {
				t.Errorf("ingest into read-only media: exit %d: %s; want a refusal saying it is read-only", code, errOut)
			}
			if names := storeFiles(t, ro); !slices.Equal(names, []string{"graph.db"}) {
				t.Errorf("the folder holds %v, want only graph.db", names)
			}
		})
	}
}

func setMode(t *testing.T, path string, mode os.FileMode) {
	t.Helper()
	if err := os.Chmod(path, mode); err != nil {
		t.Fatal(err)
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestStoreReadOnlyPermissions reads a store whose file and folder its user
// may not write, as the user nobody when the test runs as root (root may
// write anyway).
func TestStoreReadOnlyPermissions(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("TestStoreReadOnlyMedia covers this for users other than root")
	}
	testenv.Slow(t, "builds the binary and runs it as nobody")
	setpriv, err := exec.LookPath("setpriv")
	if err != nil {
		t.Skip("setpriv not found")
	}
	place := forNobody(buildBinary(t, ""))
	if place.bin == "" {
		testenv.Missing(t, "%s", place.why)
	}
	bin := place.bin
	dir := filepath.Join(place.dir, "nergraph-ro-"+filepath.Base(t.TempDir()))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(dir, 0o755); os.RemoveAll(dir) })
	db, _ := soundStore(t, dir)
	corpus := genCorpus(t, dir, 130)
	other := filepath.Join(t.TempDir(), "graph.db")
	copyFile(t, db, other)
	wantTop, _ := mustRun(t, "query", "--db", other, "top", "-n", "5")
	setMode(t, db, 0o444)
	setMode(t, corpus, 0o444)
	setMode(t, dir, 0o555)
	asNobody := func(args ...string) (string, error) {
		cmd := exec.Command(setpriv, append([]string{"--reuid=65534", "--regid=65534", "--clear-groups", bin}, args...)...)
		out, err := cmd.CombinedOutput()
		return string(out), err
	}
	if out, err := asNobody("query", "--db", db, "top", "-n", "5"); err != nil || out != wantTop {
		t.Errorf("query as nobody: %v\n%s\nwant\n%s", err, out, wantTop)
	}
	if out, err := asNobody("export", "--db", db, "-f", "json"); err != nil || !strings.Contains(out, `"nodes"`) {
		t.Errorf("export as nobody: %v\n%s", err, out)
	}
	if out, err := asNobody("check", "--db", db); err != nil || !strings.Contains(out, "no damage found") {
		t.Errorf("check as nobody: %v\n%s", err, out)
	}
	if out, err := asNobody("ingest", "-q", "--db", db, corpus); err == nil || !strings.Contains(out, "read-only") {
		t.Errorf("ingest as nobody: %v\n%s; want a refusal saying it is read-only", err, out)
	}
	if names := storeFiles(t, dir); !slices.Equal(names, []string{"corpus.jsonl", "graph.db"}) {
		t.Errorf("the folder holds %v, want only the corpus and graph.db", names)
	}
}
