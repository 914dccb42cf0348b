package extract

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

const story = "Kim Jong Un arrived in Vladivostok on Wednesday for a summit with Vladimir Putin, the Kremlin said, and the two leaders are expected to discuss weapons, food aid and the war in Ukraine."

// TestRunFilters: languages, near duplicates, dates and ids reused with
// other texts, each passed over or renamed and counted.
func TestRunFilters(t *testing.T) {
	lines := []string{
		`{"id":"en1","text":"` + story + `","date":"2024-03-05"}`,
		`{"id":"de1","text":"Die Regierung in Berlin hat am Dienstag angekündigt, dass die Steuern für kleine Unternehmen nach der Wahl sinken werden, und die Opposition hat das kritisiert.","date":"2024-03-05"}`,
		`{"id":"en2","text":"WIRE: ` + story + `","date":"2024-03-06"}`,
		`{"id":"en3","text":"Joe Biden met Xi Jinping in San Francisco on Thursday to talk about trade, Taiwan and the climate, officials from both sides said after the meeting.","date":"2023-11-16"}`,
		`{"id":"en4","text":"An undated story about Emmanuel Macron and Olaf Scholz meeting in Paris on energy, with officials from both governments present at the talks."}`,
		`{"id":"en3","text":"A second story under the id en3 about Narendra Modi visiting Washington to meet American business leaders and members of Congress.","date":"2024-01-02"}`,
	}
	path := filepath.Join(t.TempDir(), "news.jsonl")
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		opts  RunOptions
		ids   []string
		check func(st RunStats) string
	}{
		{"defaults", RunOptions{}, []string{"en1", "en2", "en3", "en4", "en3#2"}, func(st RunStats) string {
			if st.OtherLanguage["de"] != 1 || st.NearDuplicates != 0 {
				return fmt.Sprintf("other languages %v, near %d; want de 1, near 0", st.OtherLanguage, st.NearDuplicates)
			}
			return ""
		}},
		{"any language, near duplicates", RunOptions{Lang: "any", Dedup: DedupNear}, []string{"en1", "de1", "en3", "en4", "en3#2"}, func(st RunStats) string {
			if st.NearDuplicates != 1 || len(st.OtherLanguage) != 0 {
				return fmt.Sprintf("near %d, other languages %v; want 1 and none", st.NearDuplicates, st.OtherLanguage)
			}
			return ""
		}},
		{"German only", RunOptions{Lang: "de"}, []string{"de1"}, nil},
		{"since and until", RunOptions{Since: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), Until: time.Date(2024, 3, 5, 23, 0, 0, 0, time.UTC)},
			[]string{"en1", "en3"}, func(st RunStats) string {
				if st.Undated != 1 || st.OutOfRange != 2 {
					return fmt.Sprintf("undated %d, out of range %d; want 1 and 2", st.Undated, st.OutOfRange)
				}
				return ""
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ids []string
			var warns []error
			tt.opts.Warn = func(err error) { warns = append(warns, err) }
			st, err := Run(context.Background(), []string{path}, testExtractor(t), tt.opts, func(d *Doc) error {
				ids = append(ids, d.Article.ID)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(ids, tt.ids) {
				t.Errorf("ids %q, want %q", ids, tt.ids)
			}
			if tt.check != nil {
				if msg := tt.check(st); msg != "" {
					t.Error(msg)
				}
			}
			if st.Warnings != len(warns) {
				t.Errorf("stats count %d warnings, Warn had %d", st.Warnings, len(warns))
			}
			if tt.name == "defaults" && !slices.ContainsFunc(warns, func(e error) bool { return errors.Is(e, ErrLanguage) }) {
				t.Errorf("no ErrLanguage warning among %v", warns)
			}
		})
	}
	if _, err := Run(context.Background(), []string{path}, testExtractor(t), RunOptions{Dedup: "fuzzy"}, func(*Doc) error { return nil }); err == nil {
		t.Error("Dedup fuzzy: no error")
	}
}

func TestRunParagraphs(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.txt")
	os.WriteFile(path, []byte("Kim Meets Putin\n\nKim met Putin. They talked.\n\nBiden spoke later.\n"), 0o644)
	var got []int
	Run(context.Background(), []string{path}, testExtractor(t), RunOptions{}, func(d *Doc) error {
		got = d.Paragraphs
		return nil
	})
	if want := []int{0, 1, 3}; !slices.Equal(got, want) {
		t.Errorf("paragraphs start at sentences %v, want %v", got, want)
	}
}
