package main

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"syscall"
)

// nobodyID is the user and group id of nobody, as which tests run the binary
// when they run as root, so that file modes bind.
const nobodyID = 65534

// nobodyPlace is a folder the user nobody can reach and a copy of the
// binary in it that nobody can run.
type nobodyPlace struct {
	dir, bin string
	why      string // when there is none: why not
}

var nobodyOnce sync.Once
var nobodyAt nobodyPlace

// forNobody returns a folder that the user nobody can reach, with a copy of
// bin in it that nobody can run, for the tests that run the binary as
// nobody (which needs root): they put the files of their cases in the
// folder too. The folder is made, mode 0755, in the first of the system's
// temporary folders whose every ancestor lets others pass and where nobody
// can run a program: a private $TMPDIR, a checkout in a home folder of
// mode 0700 or a noexec mount rule one out. The copy is checked by running
// it as nobody. The folder lives until the tests end (TestMain removes it).
// When no folder will do, the place says why.
func forNobody(bin string) nobodyPlace {
	nobodyOnce.Do(func() { nobodyAt = findNobodyPlace(bin) })
	return nobodyAt
}

func findNobodyPlace(bin string) nobodyPlace {
	var why []string
	for _, base := range []string{os.TempDir(), "/tmp", "/var/tmp", "/dev/shm"} {
		p, err := tryNobodyPlace(base, bin)
		if err == nil {
			return p
		}
		why = append(why, fmt.Sprintf("%s: %v", base, err))
	}
	return nobodyPlace{why: fmt.Sprintf("no folder where the user nobody can run the binary: %v", why)}
}

// tryNobodyPlace makes the folder in base, copies bin into it and runs the
// copy as nobody.
func tryNobodyPlace(base, bin string) (nobodyPlace, error) {
	if err := othersCanPass(base); err != nil {
		return nobodyPlace{}, err
	}
	dir, err := os.MkdirTemp(base, "nergraph-nobody-")
	if err != nil {
		return nobodyPlace{}, err
	}
	nobodyDirs = append(nobodyDirs, dir)
	if err := os.Chmod(dir, 0o755); err != nil {
		return nobodyPlace{}, err
	}
	to := filepath.Join(dir, "nergraph")
	if err := copyBinary(bin, to); err != nil {
		return nobodyPlace{}, err
	}
	cmd := exec.Command(to, "help")
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: nobodyID, Gid: nobodyID}}
	if out, err := cmd.CombinedOutput(); err != nil {
		return nobodyPlace{}, fmt.Errorf("nobody cannot run %s: %v: %.200s", to, err, out)
	}
	return nobodyPlace{dir: dir, bin: to}, nil
}

// othersCanPass checks that every folder from / down to dir lets users
// other than its owner and group pass (the x bit for others).
func othersCanPass(dir string) error {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return err
	}
	dir, err = filepath.EvalSymlinks(dir)
	if err != nil {
		return err
	}
	for d := dir; ; d = filepath.Dir(d) {
		fi, err := os.Stat(d)
		if err != nil {
			return err
		}
		if fi.Mode().Perm()&0o001 == 0 {
			return fmt.Errorf("%s (mode %v) does not let others pass", d, fi.Mode().Perm())
		}
		if d == filepath.Dir(d) {
			return nil
		}
	}
}

func copyBinary(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o755)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	if err := out.Close(); err != nil {
		return err
	}
	return os.Chmod(to, 0o755) // whatever the umask says
}

// nobodyDirs are the folders forNobody made, which TestMain removes.
var nobodyDirs []string
