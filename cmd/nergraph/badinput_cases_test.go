package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func jsonlCase(name string, data string, records int, codes []int, want string) badCase {
	return badCase{group: "JSONL", name: name, files: one("news.jsonl", []byte(data)), records: records, codes: codes, want: want}
}

const goodLine = `{"id":"g1","text":"Kim Jong Un met Vladimir Putin in Vladivostok on Wednesday."}` + "\n"

func jsonlCases() []badCase {
	ok := []int{0}
	return []badCase{
		jsonlCase("truncated record", goodLine+`{"id":"t","text":"cut sh`, 2, ok, "news.jsonl:2: invalid JSON"),
		jsonlCase("trailing comma", goodLine+`{"id":"t","text":"x",}`+"\n", 2, ok, "news.jsonl:2"),
		jsonlCase("NaN", goodLine+`{"id":"t","text":NaN}`+"\n", 2, ok, "news.jsonl:2"),
		jsonlCase("deep nesting", goodLine+`{"id":"t","x":`+strings.Repeat("[", 100000)+strings.Repeat("]", 100000)+`,"text":"deep"}`+"\n", 2, ok, "news.jsonl:2"),
		jsonlCase("top-level array", goodLine+`[1,2,3]`+"\n", 2, ok, "news.jsonl:2"),
		jsonlCase("top-level string", goodLine+`"just a string"`+"\n", 2, ok, "news.jsonl:2"),
		jsonlCase("null", goodLine+"null\n", 2, ok, "news.jsonl:2"),
		jsonlCase("huge number id", `{"id":123456789012345678901234567890,"text":"A record with a huge numeric id about Putin."}`+"\n"+goodLine, 2, ok, ""),
		jsonlCase("duplicate keys", `{"id":"a","text":"first text about Kim","text":"second text about Putin"}`+"\n"+goodLine, 2, ok, ""),
		jsonlCase("lone surrogate escape", `{"id":"s","text":"bad \ud800 escape near Moscow"}`+"\n"+goodLine, 2, ok, ""),
		jsonlCase("text not a string", `{"id":"n","text":42}`+"\n"+goodLine, 2, ok, `news.jsonl:1: field "text" is not a string`),
		jsonlCase("malformed date", `{"id":"d","text":"Kim met Putin in Moscow.","date":"32/13/2024"}`+"\n", 1, ok, "news.jsonl:1: date not read"),
		jsonlCase("nested without --fields", `{"article":{"body":"Kim met Putin."}}`+"\n", 1, []int{1}, "no title or text field: the record has fields article.body"),
		jsonlCase("byte order mark", "\xef\xbb\xbf"+goodLine, 1, ok, ""),
		jsonlCase("CRLF lines", strings.ReplaceAll(goodLine+goodLine[:len(goodLine)-1]+"\n", "\n", "\r\n"), 2, ok, ""),
		jsonlCase("two values on a line", strings.TrimSpace(goodLine)+" "+goodLine, 1, []int{1}, "more than one value"),
		jsonlCase("second article, same id, other text", goodLine+`{"id":"g1","text":"Joe Biden met Xi Jinping in Beijing on Friday."}`+"\n", 2, ok, "id seen before with another text"),
		{group: "JSONL", name: "nested with --fields", files: one("news.jsonl", []byte(`{"uuid":"u1","article":{"body":"Kim Jong Un met Vladimir Putin in Vladivostok."}}`+"\n")),
			args: []string{"build", "@/news.jsonl", "--fields", "id=uuid,text=article.body", "-f", "json", "-o", "@/out.json"}, records: 1, codes: ok},
	}
}

func csvCase(name string, data string, records int, codes []int, want string) badCase {
	return badCase{group: "CSV", name: name, files: one("news.csv", []byte(data)), records: records, codes: codes, want: want}
}

func csvCases() []badCase {
	ok := []int{0}
	const head = "id,title,text\n"
	const row = "c1,Kim Meets Putin,Kim Jong Un met Vladimir Putin in Vladivostok.\n"
	return []badCase{
		csvCase("unclosed quote at the end", head+row+`c2,"Unclosed,never ends`+"\n", 2, ok, "news.csv:3"),
		csvCase("bare quote in a field", head+row+`c2,Say "cheese",Body about Paris`+"\n", 2, ok, "news.csv:3"),
		csvCase("too few fields", head+row+"c2,only two\n", 2, ok, "news.csv:3: row has 2 fields, want 3"),
		csvCase("too many fields", head+row+"c2,a,b,c,d\n", 2, ok, "news.csv:3: row has 5 fields"),
		csvCase("header only", head, 0, []int{0}, ""),
		csvCase("header without a text column", "a,b\n1,2\n", 1, []int{1}, "no title or text field: the header row has fields a, b"),
		csvCase("byte order mark before id", "\xef\xbb\xbf"+head+row, 1, ok, ""),
		csvCase("renamed header", "headline,content,published_at\nKim Meets Putin,Kim Jong Un met Vladimir Putin.,2024/03/05\n", 1, ok, ""),
		csvCase("semicolons", "id;title;text\nc1;Kim;Putin met Kim.\n", 1, []int{1}, "no title or text field"),
		csvCase("empty text and title", head+row+"c2,,\n", 2, ok, "news.csv:3: article has no title and no text"),
		csvCase("CR line ends", strings.ReplaceAll(head+row, "\n", "\r"), 1, []int{0, 1}, ""),
		csvCase("quoted newline in a field", head+"c1,T,\"line one\nline two about Moscow\"\n"+row, 2, ok, ""),
		{group: "CSV", name: "--columns with header-less rows", files: one("news.csv", []byte("3,Kim Meets Putin,Kim met Putin in Moscow.\n")),
			args: []string{"build", "@/news.csv", "--columns", "label,title,text", "-f", "json", "-o", "@/out.json"}, records: 1, codes: ok},
	}
}

func sgmlCase(name string, data string, records int, codes []int, want string) badCase {
	return badCase{group: "SGML", name: name, files: one("reut2-000.sgm", []byte(data)), records: records, codes: codes, want: want}
}

func sgmlCases() []badCase {
	ok := []int{0}
	art := func(id int, body string) string {
		return fmt.Sprintf("<REUTERS NEWID=\"%d\">\n<DATE>26-FEB-1987 15:01:01.79</DATE>\n<TEXT><TITLE>T%d</TITLE><BODY>%s</BODY></TEXT>\n</REUTERS>\n", id, id, body)
	}
	body := "Kim Jong Un met Vladimir Putin in Moscow."
	return []badCase{
		sgmlCase("unclosed element before the next", "<REUTERS NEWID=\"1\">\n<TEXT><BODY>lost\n"+art(2, body), 2, ok, "reut2-000.sgm:1: <REUTERS> not closed before the next"),
		sgmlCase("unclosed at the end", art(1, body)+"<REUTERS NEWID=\"2\">\n<TEXT><BODY>x\n", 2, ok, "reut2-000.sgm:5: <REUTERS> not closed before end of file"),
		sgmlCase("not SGML at all", "This is just text saved as .sgm.\n", 1, []int{1}, "no <REUTERS> element"),
		sgmlCase("missing NEWID", "<REUTERS>\n<TEXT><BODY>x</BODY></TEXT>\n</REUTERS>\n"+art(2, body), 2, ok, "without NEWID"),
		sgmlCase("bad date", strings.Replace(art(1, body), "26-FEB-1987", "yesterday", 1)+art(2, body), 2, ok, "bad <DATE>"),
		sgmlCase("huge entity reference", art(1, "&#99999999999999; "+body), 1, ok, ""),
		sgmlCase("Latin-1 bytes", art(1, "Caf\xe9 in Z\xfcrich: "+body), 1, ok, ""),
		sgmlCase("brief without body", "<REUTERS NEWID=\"1\"><TEXT TYPE=\"BRIEF\"><TITLE>ONLY A TITLE</TITLE></TEXT></REUTERS>\n"+art(2, body), 1, ok, ""),
		sgmlCase("nested REUTERS", "<REUTERS NEWID=\"1\"><REUTERS NEWID=\"2\"><TEXT><BODY>"+body+"</BODY></TEXT></REUTERS></REUTERS>\n", 1, []int{0, 1}, ""),
		sgmlCase("one line without newlines", strings.ReplaceAll(art(1, body)+art(2, body), "\n", " "), 2, ok, ""),
	}
}

func htmlCase(name string, data string, records int, codes []int, want string) badCase {
	return badCase{group: "HTML", name: name, files: one("page.html", []byte(data)), records: records, codes: codes, want: want}
}

func htmlCases() []badCase {
	ok := []int{0}
	p := "<p>Kim Jong Un met Vladimir Putin in Vladivostok on Wednesday, the Kremlin said.</p>"
	return []badCase{
		htmlCase("unclosed tags", "<html><body><div><p>Kim Jong Un met Vladimir Putin<div><span>in Moscow", 1, ok, ""),
		htmlCase("deep nesting", "<html><body>"+strings.Repeat("<div>", 20000)+p+strings.Repeat("</div>", 20000)+"</body></html>", 1, []int{1}, "page.html: html: open stack of elements exceeds 512"),
		htmlCase("scripts only", "<html><head><script>var x = 'Microsoft Clarity';</script></head><body><script>fbq('Facebook Pixel')</script></body></html>", 1, []int{1}, "page.html: web page has no article text"),
		htmlCase("empty body", "<html><head></head><body></body></html>", 1, []int{1}, "page.html"),
		htmlCase("frameset", "<html><frameset><frame src=a.html></frameset></html>", 1, []int{1}, "page.html"),
		htmlCase("XML declaration", `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body>`+p+"</body></html>", 1, ok, ""),
		htmlCase("huge attribute", `<html><body><div class="`+strings.Repeat("x", 1<<20)+`">`+p+"</div></body></html>", 1, ok, ""),
		htmlCase("unclosed comment", "<html><body>"+p+"<!-- never closed "+strings.Repeat("text ", 1000), 1, ok, ""),
		htmlCase("many entities", "<html><body><p>"+strings.Repeat("&amp;", 200000)+" Kim met Putin.</p></body></html>", 1, ok, ""),
		htmlCase("bad JSON-LD", `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":</script></head><body>`+p+"</body></html>", 1, ok, ""),
		htmlCase("meta date not a date", `<html><head><meta property="article:published_time" content="soon"></head><body>`+p+"</body></html>", 1, ok, "page.html: date not read"),
	}
}

func feedCase(name string, data string, records int, codes []int, want string) badCase {
	return badCase{group: "feeds", name: name, files: one("feed.rss", []byte(data)), records: records, codes: codes, want: want}
}

func feedCases() []badCase {
	ok := []int{0}
	item := "<item><title>Kim Meets Putin</title><guid>i1</guid><description>Kim Jong Un met Vladimir Putin in Vladivostok.</description></item>"
	return []badCase{
		feedCase("billion laughs", `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><rss version="2.0"><channel><title>&lol3;</title>`+item+"</channel></rss>", 1, []int{0, 1}, ""),
		feedCase("unclosed", `<?xml version="1.0"?><rss version="2.0"><channel><title>W</title><item><title>Kim`, 1, []int{0, 1}, "feed.rss"),
		feedCase("no items", `<?xml version="1.0"?><rss version="2.0"><channel><title>W</title></channel></rss>`, 0, []int{1}, "feed has no items"),
		feedCase("not a feed", `<?xml version="1.0"?><catalog><book>Kim</book></catalog>`, 0, []int{1}, "feed.rss"),
		feedCase("Latin-1 declared", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>W</title><item><title>Caf\xe9 Z\xfcrich</title><description>Kim Jong Un met Vladimir Putin in Z\xfcrich.</description></item></channel></rss>", 1, ok, ""),
		feedCase("item without title or text", `<?xml version="1.0"?><rss version="2.0"><channel><title>W</title><item><guid>e</guid></item>`+item+"</channel></rss>", 2, ok, "article has no title and no text"),
		feedCase("bad pubDate", `<?xml version="1.0"?><rss version="2.0"><channel><title>W</title><item><title>Kim Meets Putin</title><pubDate>the other day</pubDate><description>Kim met Putin in Moscow.</description></item></channel></rss>`, 1, ok, "date not read"),
		{group: "feeds", name: "Atom with HTML content", files: one("feed.atom", []byte(`<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><title>Kim Meets Putin</title><id>a1</id><content type="html">&lt;p&gt;Kim Jong Un met Vladimir Putin.&lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;</content></entry></feed>`)), records: 1, codes: ok},
		{group: "feeds", name: ".xml that is HTML", files: one("page.xml", []byte(`<?xml version="1.0"?><html><body><p>Kim Jong Un met Vladimir Putin in Vladivostok on Wednesday.</p></body></html>`)), records: 1, codes: ok},
	}
}

func warcRecord(typ, uri, ctype string, block string) string {
	return fmt.Sprintf("WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2024-03-05T10:00:00Z\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", typ, uri, ctype, len(block), block)
}

func warcCase(name string, data string, records int, codes []int, want string) badCase {
	return badCase{group: "WARC", name: name, files: one("crawl.warc", []byte(data)), records: records, codes: codes, want: want}
}

func warcCases() []badCase {
	ok := []int{0}
	page := "<html><body><p>Kim Jong Un met Vladimir Putin in Vladivostok on Wednesday.</p></body></html>"
	resp := "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page
	good := warcRecord("response", "http://x.example/a", "application/http; msgtype=response", resp)
	return []badCase{
		warcCase("bad version line", "WARC/9.9\r\nWARC-Type: response\r\n\r\n"+good, 1, []int{1}, "not a WARC record"),
		warcCase("no Content-Length", "WARC/1.0\r\nWARC-Type: response\r\n\r\n", 0, []int{1}, "bad Content-Length"),
		warcCase("negative Content-Length", good+"WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: -5\r\n\r\n", 1, ok, "bad Content-Length"),
		warcCase("Content-Length past the end", good+"WARC/1.0\r\nWARC-Type: resource\r\nContent-Type: text/html\r\nContent-Length: 99999999\r\n\r\n<html>", 2, ok, "crawl.warc"),
		warcCase("header line of 100 KB", "WARC/1.0\r\nX-Long: "+strings.Repeat("a", 100<<10)+"\r\n\r\n", 0, []int{1}, "WARC header too long"),
		warcCase("1,000 header fields", "WARC/1.0\r\n"+strings.Repeat("X-F: v\r\n", 1000)+"\r\n", 0, []int{1}, "more than 256 fields"),
		warcCase("HTTP payload broken", warcRecord("response", "http://x.example/b", "application/http; msgtype=response", "not http at all")+good, 2, ok, "http://x.example/b"),
		warcCase("chunked payload", warcRecord("response", "http://x.example/c", "application/http; msgtype=response", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"+fmt.Sprintf("%x\r\n%s\r\n0\r\n\r\n", len(page), page)), 1, ok, ""),
		warcCase("gzip encoding broken", warcRecord("response", "http://x.example/d", "application/http; msgtype=response", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\nnot gzip")+good, 2, ok, "http://x.example/d"),
		warcCase("only request records", warcRecord("request", "http://x.example/a", "application/http; msgtype=request", "GET / HTTP/1.1\r\n\r\n"), 0, []int{0, 1}, "passed over 1 records"),
		warcCase("text before the first record", "garbage\r\n"+good, 1, []int{1}, "not a WARC record"),
		warcCase("two good records", good+good, 2, ok, "duplicates"),
	}
}

// specialCases are the paths issue 14 names: devices, FIFOs, links,
// folders that cannot be listed, files that cannot be read.
func specialCases(t *testing.T) []badCase {
	ok := []int{0}
	good := []byte(sample["txt"])
	return []badCase{
		{group: "special files", name: "/dev/zero as input", args: []string{"build", "/dev/zero", "-o", "@/out.json"}, codes: []int{1}, want: "not a regular file"},
		{group: "special files", name: "/dev/urandom as input", args: []string{"build", "/dev/urandom", "-o", "@/out.json"}, codes: []int{1}, want: "not a regular file"},
		{group: "special files", name: "FIFO as input", setup: mkfifo("fifo"), args: []string{"build", "@/fifo", "-o", "@/out.json"}, codes: []int{1}, want: "(a FIFO)"},
		{group: "special files", name: "FIFO in a folder", files: one("in/a.txt", good), setup: mkfifo("in/fifo"), args: []string{"build", "@/in", "-f", "json", "-o", "@/out.json"}, records: 1, codes: ok, want: "fifo: not a regular file"},
		{group: "special files", name: "--aliases /dev/zero", files: one("a.txt", good), args: []string{"build", "--aliases", "/dev/zero", "@/a.txt", "-o", "@/out.json"}, codes: []int{1}, want: "not a regular file"},
		{group: "special files", name: "--aliases FIFO", files: one("a.txt", good), setup: mkfifo("fifo"), args: []string{"build", "--aliases", "@/fifo", "@/a.txt", "-o", "@/out.json"}, codes: []int{1}, want: "(a FIFO)"},
		{group: "special files", name: "--exclude /dev/zero", files: one("a.txt", good), args: []string{"build", "--exclude", "/dev/zero", "@/a.txt", "-o", "@/out.json"}, codes: []int{1}, want: "not a regular file"},
		{group: "special files", name: "stdin from /dev/zero", args: []string{"build", "-", "-o", "@/out.json"}, stdin: "/dev/zero", codes: []int{1}, want: "binary"},
		{group: "special files", name: "stdin from /dev/urandom", args: []string{"build", "-", "-o", "@/out.json"}, stdin: "/dev/urandom", codes: []int{1}, want: "stdin"},
		{group: "special files", name: "symlinked file in a folder", files: map[string][]byte{"in/a.txt": good, "real/b.txt": []byte(sample["txt"] + "More text about Seoul.\n")},
			setup: symlink("../real/b.txt", "in/b.txt"), args: []string{"build", "@/in", "-f", "json", "-o", "@/out.json"}, records: 2, codes: ok, want: "2 articles"},
		{group: "special files", name: "symlinked folder in a folder", files: map[string][]byte{"in/a.txt": good, "real/b.txt": good},
			setup: symlink("../real", "in/sub"), args: []string{"build", "@/in", "-f", "json", "-o", "@/out.json"}, records: 1, codes: ok, want: "symbolic link to a folder"},
		{group: "special files", name: "dangling symlink", files: one("in/a.txt", good), setup: symlink("nowhere.txt", "in/b.txt"), args: []string{"build", "@/in", "-f", "json", "-o", "@/out.json"}, records: 1, codes: ok, want: "in/b.txt"},
		{group: "special files", name: "unlistable subfolder", nobody: true, files: map[string][]byte{"in/a.txt": good, "in/locked/b.txt": good},
			setup: chmod("in/locked", 0), args: []string{"build", "@/in", "-f", "json", "-o", "@/out.json"}, records: 1, codes: ok, want: "locked"},
		{group: "special files", name: "unreadable file", nobody: true, files: map[string][]byte{"in/a.txt": good, "in/b.txt": good},
			setup: chmod("in/b.txt", 0), args: []string{"build", "@/in", "-f", "json", "-o", "@/out.json"}, records: 1, codes: ok, want: "b.txt"},
		{group: "special files", name: "missing path", args: []string{"build", "@/nothing.txt", "-o", "@/out.json"}, codes: []int{1}, want: "no such file"},
		{group: "special files", name: "hidden files skipped", files: map[string][]byte{"in/a.txt": good, "in/.hidden.txt": good}, args: []string{"build", "@/in", "-f", "json", "-o", "@/out.json"}, records: 1, codes: ok},
	}
}

// gzipFile writes block n times into a gzip file, without holding it.
func gzipFile(name string, block []byte, n int) func(*testing.T, string) {
	return func(t *testing.T, dir string) {
		f, err := os.Create(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		zw, _ := gzip.NewWriterLevel(f, gzip.BestSpeed)
		for range n {
			zw.Write(block)
		}
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

// repeatFile writes head and then s n times.
func repeatFile(name, head, s string, n int) func(*testing.T, string) {
	return func(t *testing.T, dir string) {
		f, err := os.Create(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		w := bufio.NewWriter(f)
		w.WriteString(head)
		for range n {
			w.WriteString(s)
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
	}
}

func mkfifo(name string) func(*testing.T, string) {
	return func(t *testing.T, dir string) {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o777)
		if err := syscall.Mkfifo(p, 0o666); err != nil {
			t.Fatal(err)
		}
	}
}

func symlink(target, name string) func(*testing.T, string) {
	return func(t *testing.T, dir string) {
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
}

func chmod(name string, mode os.FileMode) func(*testing.T, string) {
	return func(t *testing.T, dir string) {
		if err := os.Chmod(filepath.Join(dir, name), mode); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(filepath.Join(dir, name), 0o777) })
	}
}

// prose is a paragraph of made-up news, for big inputs.
const prose = "Officials in Berlin and Paris said on Tuesday that talks with Moscow would go on. " +
	"The European Union asked China to help, and Washington sent a team to Geneva. "

// sizeCases are the inputs too big for a naive reader: long lines,
// long records, huge files, gzip bombs, articles of thousands of names.
func sizeCases() []badCase {
	ok := []int{0}
	first := strings.Fields("Anna Ben Carla David Elena Frank Greta Hugo Irene Jonas Karin Lukas Maria Niko Olga Paul Rosa Simon Tina Viktor")
	last := strings.Fields("Adler Berger Claes Dorn Eckert Falk Gruber Hahn Ilves Jansen Kranz Lenz Moser Nagel Ortiz Pohl Quast Roth Stein Thal")
	many := func(n int) string {
		var b strings.Builder
		b.WriteString("Guest list\n\n")
		for i := range n { // 4,000 names of 20 first and 200 last names
			l := last[i%20] + strings.ToLower(last[(i/20)%10])
			fmt.Fprintf(&b, "%s %s, ", first[(i/200)%20], l)
			if i%10 == 9 {
				b.WriteString("and others met in Berlin. ")
			}
		}
		return b.String()
	}
	return []badCase{
		{group: "sizes", name: "JSONL line over --max-line", files: one("n.jsonl", []byte(`{"text":"`+strings.Repeat("a ", 1<<20)+`"}`+"\n"+goodLine)),
			args: []string{"build", "@/n.jsonl", "--max-line", "1MB", "-f", "json", "-o", "@/out.json"}, records: 2, codes: ok, want: "n.jsonl:1: line longer than 1MB"},
		{group: "sizes", name: "CSV field over --max-line", files: one("n.csv", []byte("title,text\nT,\""+strings.Repeat("b", 3<<20)+"\"\n")),
			args: []string{"build", "@/n.csv", "--max-line", "1MB", "-o", "@/out.json"}, records: 1, codes: []int{1}, want: "record longer than 1MB"},
		{group: "sizes", name: "SGML element over --max-article", files: one("r.sgm", []byte("<REUTERS NEWID=\"1\"><TEXT><BODY>\n"+strings.Repeat("a line of body text\n", 100000)+"</BODY></TEXT></REUTERS>\n<REUTERS NEWID=\"2\"><TEXT><BODY>Kim met Putin.</BODY></TEXT></REUTERS>\n")),
			args: []string{"build", "@/r.sgm", "--max-article", "1MB", "-f", "json", "-o", "@/out.json"}, records: 2, codes: ok, want: "element longer than 1MB"},
		{group: "sizes", name: "web page over --max-article", files: one("p.html", []byte("<html><body><p>"+strings.Repeat(prose, 20000)+"</p></body></html>")),
			args: []string{"build", "@/p.html", "--max-article", "1MB", "-o", "@/out.json"}, records: 1, codes: []int{1}, want: "web page longer than 1MB"},
		{group: "sizes", name: "file over --max-file", files: one("big.txt", []byte(strings.Repeat(prose+"\n\n", 20000))),
			args: []string{"build", "@/big.txt", "--max-file", "1MB", "-f", "json", "-o", "@/out.json"}, records: -1, codes: ok, want: "file longer than 1MB"},
		{group: "sizes", name: "gzip bomb of 256 MB", setup: gzipFile("bomb.txt.gz", make([]byte, 1<<20), 256), records: 0, codes: []int{1}, want: "bomb.txt.gz"},
		{group: "sizes", name: "gzip bomb of text, 256 MB", setup: gzipFile("bomb.jsonl.gz", bytes.Repeat([]byte(goodLine), (1<<20)/len(goodLine)), 256), long: true, records: -1, codes: ok, want: "gzip stream expands more than 100 times"},
		{group: "sizes", name: "gzip bomb of 4 GB", slow: true, setup: gzipFile("bomb4.txt.gz", make([]byte, 1<<20), 4096), codes: []int{1}, want: "bomb4.txt.gz"},
		{group: "sizes", name: "one article naming 4,000 people", files: one("guests.txt", []byte(many(4000))), records: 1, codes: ok, want: "counted with a sentence window"},
		{group: "sizes", name: "8 MB of prose in one article", slow: true, setup: repeatFile("long.txt", "Long Story\n\n", prose, 50000), records: 1, codes: ok, want: "one article per paragraph"},
		{group: "sizes", name: "100 MB of prose in one article", slow: true, setup: repeatFile("huge.txt", "", prose+"\n\n", 600000), records: 1, codes: ok, want: "one article per paragraph"},
		{group: "sizes", name: "a 2 MB line without spaces", files: one("line.txt", bytes.Repeat([]byte("x"), 2<<20)), records: 1, codes: ok, want: "one article per paragraph"},
		{group: "sizes", name: "1 MB JSONL body split", files: one("n.jsonl", []byte(`{"id":"big","text":"`+strings.Repeat(prose, 6000)+`"}`+"\n")), records: 1, codes: ok, want: "read as"},
	}
}

func usageCases() []badCase {
	good := one("a.txt", []byte(sample["txt"]))
	u := func(name string, args ...string) badCase {
		return badCase{group: "flags", name: name, files: good, args: append([]string{"build", "@/a.txt"}, args...), codes: []int{2}}
	}
	return []badCase{
		u("--input-format yaml", "--input-format", "yaml"),
		u("--columns empty", "--columns", ""),
		u("-o with an unknown extension", "-o", "@/graph.xyz"),
		u("--fields unknown field", "--fields", "body=x"),
		u("--fields without =", "--fields", "text"),
		u("--date-format not a layout", "--date-format", "dd.mm.yyyy"),
		u("--max-line not a size", "--max-line", "lots"),
		u("--lang not a code", "--lang", "english"),
		u("--dedup unknown", "--dedup", "fuzzy"),
		u("--window unknown", "--window", "page"),
		u("--since not a date", "--since", "yesterday"),
		u("--until before --since", "--since", "2024-03-05", "--until", "2024-01-01"),
		{group: "flags", name: "--since with undated articles", files: map[string][]byte{"n.jsonl": []byte(`{"id":"a","text":"Kim met Putin in Moscow.","date":"2024-03-05"}` + "\n" + `{"id":"b","text":"Biden met Xi in Beijing."}` + "\n")},
			args: []string{"build", "@/n.jsonl", "--since", "2024-01-01", "-f", "json", "-o", "@/out.json"}, records: 2, codes: []int{0}, want: "1 undated articles passed over"},
		{group: "flags", name: "German article by default", files: one("de.txt", []byte("Russland und China\n\nRussland und China haben am Dienstag in Peking ein Abkommen über neue Gaslieferungen unterzeichnet, sagte der Präsident.\n")),
			records: 1, codes: []int{0}, want: "detected de"},
		{group: "flags", name: "German article with --lang any", files: one("de.txt", []byte("Russland und China\n\nRussland und China haben am Dienstag in Peking ein Abkommen über neue Gaslieferungen unterzeichnet, sagte der Präsident.\n")),
			args: []string{"build", "@/de.txt", "--lang", "any", "-f", "json", "-o", "@/out.json"}, records: 1, codes: []int{0}},
	}
}
