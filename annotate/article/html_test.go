package article

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"whosaid/annotate"
)

const newsPage = `<!DOCTYPE html>
<html lang="en-US">
<head>
  <title>Mayor Resigns | Daily Example</title>
  <meta property="og:title" content="Mayor Resigns After Dispute">
  <meta name="author" content="Jane Doe">
  <meta property="article:published_time" content="2024-04-09T10:00:00Z">
  <link rel="canonical" href="https://news.example/mayor">
  <style>p { color: red }</style>
  <script>var ad = "<p>not text</p>";</script>
</head>
<body>
  <header class="site"><a href="/">Daily Example</a> <nav><ul><li>World</li><li>Sports</li></ul></nav></header>
  <nav>Skip to content</nav>
  <article>
    <header>
      <h1>Mayor   Resigns
        After Dispute</h1>
      <p class="byline">By <a rel="author" href="/jane">Jane Doe</a></p>
      <time datetime="2024-04-09">April 9</time>
    </header>
    <figure><img src="m.jpg" alt="ignored alt"><figcaption>The mayor on Monday. <span class="credit">Photo: AP</span></figcaption></figure>
    <p>The mayor said she would “step down” &mdash; effective <b>immediately</b>.</p>
    <script>document.write("<p>injected</p>")</script>
    <aside>Related: other stories</aside>
    <p>Council members were <em>surprised</em>,<br>one said.</p>
    <form><label>Sign up</label><input name=e></form>
    <footer>Tags: politics</footer>
  </article>
  <aside><p>Most read</p></aside>
  <footer><p>© Daily Example</p></footer>
</body>
</html>`

func TestHTMLNewsPage(t *testing.T) {
	d, err := HTML([]byte(newsPage), annotate.Document{})
	if err != nil {
		t.Fatal(err)
	}
	checkDoc(t, d)
	want := annotate.NewDocument(annotate.Document{
		Title:     "Mayor Resigns After Dispute",
		SourceURL: "https://news.example/mayor",
		Byline:    "Jane Doe",
		Published: "2024-04-09T10:00:00Z",
		Language:  "en-US",
	}, []annotate.Block{
		B(hl, "Mayor Resigns After Dispute"),
		B(byl, "By Jane Doe"),
		B(par, "April 9"),
		B(cap, "The mayor on Monday. Photo: AP"),
		B(par, "The mayor said she would “step down” — effective immediately."),
		B(par, "Council members were surprised, one said."),
	})
	if diff := cmp.Diff(want, d); diff != "" {
		t.Errorf("document (-want +got):\n%s", diff)
	}
	for _, bad := range []string{"not text", "injected", "Skip", "Sports", "Related", "Sign up", "Tags", "Most read", "©", "ignored alt", "color"} {
		if strings.Contains(d.Text(), bad) {
			t.Errorf("text holds %q from dropped markup", bad)
		}
	}
}

func TestHTML(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []annotate.Block
	}{
		{
			name: "no article: body, title becomes headline",
			in:   `<title>Plain Page</title><nav>Menu</nav><p>One.</p><p>Two.</p>`,
			want: []annotate.Block{B(hl, "Plain Page"), B(par, "One."), B(par, "Two.")},
		},
		{
			name: "main preferred over body",
			in:   `<body><div>Site chrome</div><main><h1>Head</h1><p>Body text.</p></main><div>More chrome</div></body>`,
			want: []annotate.Block{B(hl, "Head"), B(par, "Body text.")},
		},
		{
			name: "largest article wins",
			in:   `<article><p>Teaser.</p></article><article><h2>Sub</h2><p>The long story text.</p></article>`,
			want: []annotate.Block{B(oth, "Sub"), B(par, "The long story text.")},
		},
		{
			name: "nested markup",
			in: `<div>Loose <span>text</span><p>He <b>said <i>“no”</i></b> &amp; left.</p>tail</div>` +
				`<ul><li><p>item one</p></li><li>item <a href="#">two</a></li></ul>` +
				`<blockquote><p>Quoted one.</p><p>Quoted two.</p></blockquote>` +
				`<table><tr><th>Year</th><td>2024</td></tr></table><h1>Late</h1><h1>Later</h1>`,
			want: []annotate.Block{
				B(par, "Loose text"), B(par, "He said “no” & left."), B(par, "tail"),
				B(par, "item one"), B(par, "item two"), B(par, "Quoted one."), B(par, "Quoted two."),
				B(par, "Year"), B(par, "2024"), B(hl, "Late"), B(oth, "Later"),
			},
		},
		{
			name: "hidden, svg, template, iframe, noscript dropped",
			in: `<p>Seen.</p><p hidden>Hidden.</p><div aria-hidden="true">Aria.</div><p style="display: none">None.</p>` +
				`<svg><text>Svg.</text></svg><template><p>Tpl.</p></template><iframe>Frame.</iframe><noscript>Nos.</noscript>`,
			want: []annotate.Block{B(par, "Seen.")},
		},
		{
			name: "non-ASCII and entities",
			in:   `<p>Zo&euml; said &ldquo;&ccedil;a va&rdquo; &#x1F389; &#8212; Cafe&#x301;&nbsp;&nbsp;noir</p>`,
			want: []annotate.Block{B(par, "Zoë said “ça va” 🎉 — Café noir")},
		},
		{
			name: "control character from an entity",
			in:   `<p>a&#1;b</p>`,
			want: []annotate.Block{B(par, "a b")},
		},
		{
			name: "byline paragraph and address",
			in:   `<h1>H</h1><p>By Jane Doe</p><address>Reporting from Kyiv</address><p>Text.</p>`,
			want: []annotate.Block{B(hl, "H"), B(byl, "By Jane Doe"), B(byl, "Reporting from Kyiv"), B(par, "Text.")},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := HTML([]byte(tt.in), annotate.Document{})
			if err != nil {
				t.Fatal(err)
			}
			checkDoc(t, d)
			if diff := cmp.Diff(tt.want, d.Blocks); diff != "" {
				t.Errorf("blocks (-want +got):\n%s", diff)
			}
		})
	}
}

func TestHTMLCallerMetaWins(t *testing.T) {
	d, err := HTML([]byte(newsPage), annotate.Document{Title: "My title", SourceURL: "https://mirror.example/m"})
	if err != nil {
		t.Fatal(err)
	}
	got := annotate.Document{Title: d.Title, SourceURL: d.SourceURL, Byline: d.Byline}
	want := annotate.Document{Title: "My title", SourceURL: "https://mirror.example/m", Byline: "Jane Doe"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("meta (-want +got):\n%s", diff)
	}
}

func TestHTMLEmpty(t *testing.T) {
	for _, in := range []string{"", "<html><body></body></html>", "<script>x()</script><nav>Menu</nav>"} {
		if _, err := HTML([]byte(in), annotate.Document{}); err == nil || !strings.Contains(err.Error(), "no text") {
			t.Errorf("HTML(%q): error %v, want no text", in, err)
		}
	}
}

func TestHTMLDeepNesting(t *testing.T) {
	// Nesting within the parser's limit is walked without recursion;
	// beyond it the parser's refusal is reported.
	in := strings.Repeat("<div>", 400) + "deep" + strings.Repeat("</div>", 400)
	d, err := HTML([]byte(in), annotate.Document{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]annotate.Block{B(par, "deep")}, d.Blocks); diff != "" {
		t.Errorf("blocks (-want +got):\n%s", diff)
	}
	in = strings.Repeat("<div>", 100000) + "deep"
	if _, err := HTML([]byte(in), annotate.Document{}); err == nil || !strings.Contains(err.Error(), "cannot parse HTML") {
		t.Errorf("error %v, want cannot parse HTML", err)
	}
}

// The byline an HTML page gives as metadata and as a line of the article
// is shown once: the line stays in the text, MetaLine leaves it out.
func TestMetaLineShowsTheBylineOnce(t *testing.T) {
	page := `<html><head><title>Talks stall</title><meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2024-05-02"></head><body><article><h1>Talks stall</h1>
<p class="byline">By JANE DOE, Moscow</p><p>“We will not move,” said Sergei Lavrov on Tuesday.</p></article></body></html>`
	doc, err := Import("a.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := MetaLine(doc), "2024-05-02"; got != want {
		t.Errorf("MetaLine = %q, want %q (byline blocks: %+v)", got, want, doc.Blocks)
	}
	if doc.Byline != "Jane Doe" {
		t.Errorf("the byline metadata is %q, want it kept", doc.Byline)
	}
	// A profile page's address is no byline.
	withURL := strings.Replace(page, `<meta name="author" content="Jane Doe">`, `<meta property="article:author" content="https://www.facebook.com/janedoe">`, 1)
	if doc, err := Import("a.html", []byte(withURL)); err != nil || doc.Byline != "By JANE DOE, Moscow" {
		t.Errorf("with article:author a URL: byline %q (%v), want the byline line's", doc.Byline, err)
	}
	for _, tt := range []struct {
		doc  annotate.Document
		want string
	}{
		// Not in the text: shown.
		{annotate.Document{Byline: "Jane Doe", Blocks: []annotate.Block{{Kind: par, Text: "Talks stalled."}}}, "Jane Doe"},
		// A name inside another, longer word is not the byline.
		{annotate.Document{Byline: "Ann Lee", Blocks: []annotate.Block{{Kind: byl, Text: "By Joann Leeds"}}}, "Ann Lee"},
		// A paragraph near the top that carries it, unmarked.
		{annotate.Document{Byline: "Zoë Müller", Published: "2024", Blocks: []annotate.Block{{Kind: hl, Text: "T"}, {Kind: par, Text: "Von Zoe Muller"}}}, "2024"},
		// Far down a long article, a mention is no byline.
		{annotate.Document{Byline: "Jane Doe", Blocks: []annotate.Block{{Kind: par, Text: "a"}, {Kind: par, Text: "b"}, {Kind: par, Text: "c"},
			{Kind: par, Text: "d"}, {Kind: par, Text: "Jane Doe"}}}, "Jane Doe"},
		{annotate.Document{}, ""},
	} {
		if got := MetaLine(tt.doc); got != tt.want {
			t.Errorf("MetaLine(%+v) = %q, want %q", tt.doc, got, tt.want)
		}
	}
}
