package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"
	"golang.org/x/term"
)

// version is set at link time with -ldflags "-X main.version=...".
var version = "dev"

// IOStreams are the streams a command reads and writes. Data goes to Out;
// progress, warnings and hints go to ErrOut.
type IOStreams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer
	// ErrTTY is true when ErrOut is a terminal, so progress bars may be drawn.
	ErrTTY bool
}

func stdio() *IOStreams {
	return &IOStreams{In: os.Stdin, Out: os.Stdout, ErrOut: os.Stderr, ErrTTY: term.IsTerminal(int(os.Stderr.Fd()))}
}

// usageError marks errors in how the command was called (exit code 2).
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error {
	return &usageError{fmt.Errorf(format, args...)}
}

// Main runs the command line args and returns the exit code: 0 ok, 1 error,
// 2 usage, 130 interrupted. SIGINT or SIGTERM cancels the command's context:
// the command stops reading, removes its temporary files, leaves a store
// consistent and returns; a second signal kills the process at once.
func Main(args []string, ios *IOStreams) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		stop() // the next signal gets the default action
	}()
	return mainContext(ctx, args, ios)
}

// untilDone runs work, which cannot be cancelled, and returns its error, or
// ctx's as soon as ctx is done: the process then exits without waiting for
// work (training, tagging), which writes nothing that outlives it.
func untilDone(ctx context.Context, work func() error) error {
	done := make(chan error, 1)
	go func() { done <- work() }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// exitInterrupted is the exit code of a run cancelled by a signal, as a
// shell reports a process killed by SIGINT.
const exitInterrupted = 130

// mainContext is Main with the context a signal cancels.
func mainContext(ctx context.Context, args []string, ios *IOStreams) int {
	root := newRootCmd(ios)
	root.SetArgs(args)
	cmd, err := root.ExecuteContextC(ctx)
	if err == nil {
		return 0
	}
	if ctx.Err() != nil {
		fmt.Fprintf(ios.ErrOut, "nergraph: interrupted: %v\n", err)
		return exitInterrupted
	}
	fmt.Fprintf(ios.ErrOut, "nergraph: %v\n", err)
	var ue *usageError
	if errors.As(err, &ue) {
		fmt.Fprintf(ios.ErrOut, "\n%s", cmd.UsageString())
		return 2
	}
	return 1
}

func newRootCmd(ios *IOStreams) *cobra.Command {
	root := &cobra.Command{
		Use:   "nergraph",
		Short: "Turn news articles into a graph of who is mentioned with whom",
		Long: `nergraph tags people, countries, organizations and places in news articles,
merges the different ways an article names the same one, and writes the graph
of entities mentioned together as Graphviz DOT, JSON and the formats analysts'
tools read.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(ios.In)
	root.SetOut(ios.Out)
	root.SetErr(ios.ErrOut)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return &usageError{err} })
	root.AddCommand(
		newBuildCmd(ios),
		newExtractCmd(ios),
		newVersionCmd(ios),
		newIngestCmd(ios),
		newQueryCmd(ios),
		newExportCmd(ios),
		newCheckCmd(ios),
		newServeCmd(ios),
		newTrainCmd(ios),
		newTagCmd(ios),
		newEvalCmd(ios),
	)
	return root
}

func newVersionCmd(ios *IOStreams) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version of nergraph",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, err := fmt.Fprintf(ios.Out, "nergraph %s\n", version)
			return err
		},
	}
}
