package feeds

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

const tinyFeed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Tiny</title><link>https://site.example/</link>` +
	`<item><guid>g1</guid><title>North Korean troops</title><description>About 11,000 in Kursk.</description></item></channel></rss>`

// loopbackFetcher is a fetcher allowed to reach httptest servers on 127.0.0.1.
func loopbackFetcher(o FetcherOptions) *Fetcher {
	o.AllowPrivate = true
	return NewFetcher(o)
}

func TestFetchConditionalGet(t *testing.T) {
	const etag, lastMod = `"v1"`, "Mon, 23 Dec 2024 19:05:00 GMT"
	var gotUA, gotINM, gotIMS atomic.Value
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotUA.Store(r.Header.Get("User-Agent"))
		gotINM.Store(r.Header.Get("If-None-Match"))
		gotIMS.Store(r.Header.Get("If-Modified-Since"))
		if r.Header.Get("If-None-Match") == etag || r.Header.Get("If-Modified-Since") == lastMod {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", lastMod)
		w.Write([]byte(tinyFeed))
	}))
	defer srv.Close()
	f := loopbackFetcher(FetcherOptions{})
	feed := Feed{URL: srv.URL + "/feed"}

	first, err := f.Fetch(context.Background(), feed, State{})
	if err != nil {
		t.Fatal(err)
	}
	if first.NotModified || len(first.Items) != 1 || first.Title != "Tiny" || first.ETag != etag || first.LastModified != lastMod {
		t.Fatalf("first fetch: %+v", first)
	}
	if gotUA.Load() != UserAgent {
		t.Errorf("User-Agent %q", gotUA.Load())
	}

	tests := map[string]State{
		"ETag":          {ETag: etag},
		"Last-Modified": {LastModified: lastMod},
	}
	for name, st := range tests {
		t.Run(name, func(t *testing.T) {
			res, err := f.Fetch(context.Background(), feed, st)
			if err != nil {
				t.Fatal(err)
			}
			if !res.NotModified || res.Items != nil {
				t.Errorf("want NotModified and no items, got %+v", res)
			}
			if gotINM.Load() != st.ETag || gotIMS.Load() != st.LastModified {
				t.Errorf("sent If-None-Match %q, If-Modified-Since %q", gotINM.Load(), gotIMS.Load())
			}
		})
	}
}

func TestFetchHTTPErrors(t *testing.T) {
	tests := map[string]struct {
		status     int
		retryAfter string
		want       time.Duration
	}{
		"500":                     {status: 500},
		"503 with Retry-After":    {status: 503, retryAfter: "120", want: 2 * time.Minute},
		"429 with a date":         {status: 429, retryAfter: time.Now().Add(time.Hour).UTC().Format(http.TimeFormat), want: time.Hour},
		"404":                     {status: 404},
		"410 gone":                {status: 410},
		"503 with bad RetryAfter": {status: 503, retryAfter: "later"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if tc.retryAfter != "" {
					w.Header().Set("Retry-After", tc.retryAfter)
				}
				w.WriteHeader(tc.status)
			}))
			defer srv.Close()
			_, err := loopbackFetcher(FetcherOptions{}).Fetch(context.Background(), Feed{URL: srv.URL}, State{})
			var he *HTTPError
			if !errors.As(err, &he) {
				t.Fatalf("want *HTTPError, got %v", err)
			}
			if he.Status != tc.status || he.URL != srv.URL {
				t.Errorf("got %+v", he)
			}
			if d := he.RetryAfter - tc.want; d < -2*time.Second || d > 2*time.Second {
				t.Errorf("RetryAfter %v, want %v", he.RetryAfter, tc.want)
			}
			if !strings.HasPrefix(err.Error(), "fetch "+srv.URL+": ") {
				t.Errorf("error %q should name the URL", err)
			}
		})
	}
}

func TestFetchBadBodies(t *testing.T) {
	tests := map[string]struct {
		body, wantErr string
	}{
		"invalid XML":  {body: `<?xml version="1.0"?><rss version="2.0"><channel><item><title>x</tit`, wantErr: "parse feed"},
		"an HTML page": {body: "<!doctype html><html><body>Welcome</body></html>", wantErr: "not a feed (an HTML page)"},
		"empty body":   {body: "", wantErr: "empty body"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.Write([]byte(tc.body))
			}))
			defer srv.Close()
			_, err := loopbackFetcher(FetcherOptions{}).Fetch(context.Background(), Feed{URL: srv.URL + "/f"}, State{})
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) || !strings.HasPrefix(err.Error(), "fetch "+srv.URL+"/f: ") {
				t.Errorf("error %v, want fetch URL: …%s…", err, tc.wantErr)
			}
		})
	}
}

// A 50 MB body is refused at the cap; the server sees the client go away
// long before it has written it all.
func TestFetchBodyCap(t *testing.T) {
	const total = 50 << 20
	var written atomic.Int64
	done := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer close(done)
		chunk := bytes.Repeat([]byte("<item>x</item>"), 4096)
		w.Write([]byte(`<?xml version="1.0"?><rss version="2.0"><channel>`))
		for written.Load() < total {
			n, err := w.Write(chunk)
			written.Add(int64(n))
			if err != nil {
				return
			}
		}
	}))
	defer srv.Close()
	_, err := loopbackFetcher(FetcherOptions{MaxBodyBytes: 1 << 20}).Fetch(context.Background(), Feed{URL: srv.URL}, State{})
	if err == nil || !strings.Contains(err.Error(), "body exceeds 1048576 bytes") {
		t.Fatalf("error %v, want body exceeds", err)
	}
	<-done
	if written.Load() >= total {
		t.Errorf("server wrote all %d bytes: the body was read to the end", written.Load())
	}
}

// A body that never ends is cut by the overall timeout.
func TestFetchEndlessBody(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`<?xml version="1.0"?><rss version="2.0"><channel>`))
		for {
			if _, err := w.Write([]byte("<item>x</item>")); err != nil {
				return
			}
			w.(http.Flusher).Flush()
			select {
			case <-r.Context().Done():
				return
			case <-time.After(10 * time.Millisecond):
			}
		}
	}))
	defer srv.Close()
	_, err := loopbackFetcher(FetcherOptions{Timeout: 300 * time.Millisecond}).Fetch(context.Background(), Feed{URL: srv.URL}, State{})
	if err == nil || !strings.Contains(err.Error(), "fetch "+srv.URL) {
		t.Fatalf("error %v, want a timeout naming the URL", err)
	}
}

func gzipped(t testing.TB, n int, fill []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	for written := 0; written < n; written += len(fill) {
		zw.Write(fill)
	}
	zw.Close()
	return buf.Bytes()
}

func TestFetchGzip(t *testing.T) {
	feed := gzipped(t, len(tinyFeed), []byte(tinyFeed))
	bomb := gzipped(t, 2<<20, make([]byte, 64<<10)) // 2 MB of zeros in about 2 KB
	tests := map[string]struct {
		body    []byte
		wantErr string
	}{
		"a gzip feed is decoded": {body: feed},
		"a gzip bomb is cut":     {body: bomb, wantErr: "body exceeds 262144 bytes"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
					t.Error("client did not offer gzip")
				}
				w.Header().Set("Content-Encoding", "gzip")
				w.Write(tc.body)
			}))
			defer srv.Close()
			res, err := loopbackFetcher(FetcherOptions{MaxBodyBytes: 256 << 10}).Fetch(context.Background(), Feed{URL: srv.URL}, State{})
			if tc.wantErr == "" {
				if err != nil || len(res.Items) != 1 {
					t.Fatalf("err %v, %d items", err, len(res.Items))
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Fatalf("error %v, want %q", err, tc.wantErr)
			}
		})
	}
}

func TestFetchRedirects(t *testing.T) {
	tests := map[string]struct {
		chain     []int // status of each hop
		wantMoved bool
		wantErr   string
	}{
		"301 reports the new URL":      {chain: []int{301}, wantMoved: true},
		"308 reports the new URL":      {chain: []int{308}, wantMoved: true},
		"301 then 308":                 {chain: []int{301, 308}, wantMoved: true},
		"302 is temporary":             {chain: []int{302}},
		"307 is temporary":             {chain: []int{307}},
		"a temporary hop in the chain": {chain: []int{301, 302}},
		"five redirects are followed":  {chain: []int{301, 301, 301, 301, 301}, wantMoved: true},
		"six redirects are too many":   {chain: []int{301, 301, 301, 301, 301, 301}, wantErr: "stopped after 5 redirects"},
		"no redirect, no MovedTo":      {chain: nil},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			mux := http.NewServeMux()
			for i, code := range tc.chain {
				next := "/hop" + string(rune('1'+i))
				if i == len(tc.chain)-1 {
					next = "/final"
				}
				mux.Handle("/hop"+string(rune('0'+i)), http.RedirectHandler(next, code))
			}
			mux.HandleFunc("/final", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(tinyFeed)) })
			srv := httptest.NewServer(mux)
			defer srv.Close()
			start := srv.URL + "/hop0"
			if len(tc.chain) == 0 {
				start = srv.URL + "/final"
			}
			res, err := loopbackFetcher(FetcherOptions{}).Fetch(context.Background(), Feed{URL: start}, State{})
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("error %v, want %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			want := ""
			if tc.wantMoved {
				want = srv.URL + "/final"
			}
			if res.MovedTo != want {
				t.Errorf("MovedTo %q, want %q", res.MovedTo, want)
			}
		})
	}
}

func TestFetchRedirectToOtherSchemeRefused(t *testing.T) {
	srv := httptest.NewServer(http.RedirectHandler("file:///etc/passwd", http.StatusFound))
	defer srv.Close()
	_, err := loopbackFetcher(FetcherOptions{}).Fetch(context.Background(), Feed{URL: srv.URL}, State{})
	if err == nil || !strings.Contains(err.Error(), `scheme "file" not allowed`) {
		t.Fatalf("error %v, want the file scheme refused", err)
	}
}

func TestFetchNeverShowsUserinfo(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if u, p, ok := r.BasicAuth(); !ok || u != "alice" || p != "s3cret" {
			t.Errorf("basic auth not sent: %q %q", u, p)
		}
		w.WriteHeader(http.StatusInternalServerError)
	}))
	defer srv.Close()
	withAuth := strings.Replace(srv.URL, "http://", "http://alice:s3cret@", 1)
	_, err := loopbackFetcher(FetcherOptions{}).Fetch(context.Background(), Feed{URL: withAuth}, State{})
	if err == nil || strings.Contains(err.Error(), "s3cret") || strings.Contains(err.Error(), "alice") {
		t.Fatalf("error %v must exist and not show the userinfo", err)
	}
	// A connection error (nothing listening) goes through another path.
	srv.Close()
	_, err = loopbackFetcher(FetcherOptions{}).Fetch(context.Background(), Feed{URL: withAuth}, State{})
	if err == nil || strings.Contains(err.Error(), "s3cret") || strings.Contains(err.Error(), "alice") {
		t.Fatalf("error %v must exist and not show the userinfo", err)
	}
}

func TestProbe(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/feed" {
			w.Write([]byte(tinyFeed))
			return
		}
		w.Write([]byte("<html><body>home</body></html>"))
	}))
	defer srv.Close()
	f := loopbackFetcher(FetcherOptions{})
	title, n, err := f.Probe(context.Background(), srv.URL+"/feed")
	if err != nil || title != "Tiny" || n != 1 {
		t.Errorf("Probe(feed) = %q, %d, %v", title, n, err)
	}
	if _, _, err := f.Probe(context.Background(), srv.URL+"/"); err == nil || !strings.Contains(err.Error(), "not a feed") {
		t.Errorf("Probe(page) error %v, want not a feed", err)
	}
}

func TestFetchCorpusFeedsOverHTTP(t *testing.T) {
	srv := httptest.NewServer(http.FileServer(http.Dir(corpusDir + "/feeds")))
	defer srv.Close()
	f := loopbackFetcher(FetcherOptions{})
	total := 0
	for _, name := range []string{"aggregator.rss", "eu-desk.atom", "global-brief.json", "wire-one.rss", "world-news.rss"} {
		res, err := f.Fetch(context.Background(), Feed{URL: srv.URL + "/" + name, Name: name}, State{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if res.LastModified == "" {
			t.Errorf("%s: no Last-Modified kept", name)
		}
		again, err := f.Fetch(context.Background(), Feed{URL: srv.URL + "/" + name}, State{LastModified: res.LastModified})
		if err != nil || !again.NotModified {
			t.Errorf("%s: second fetch %+v, %v: want NotModified", name, again, err)
		}
		total += len(res.Items)
	}
	if total != 9 {
		t.Errorf("%d items from the corpus feeds, want 9", total)
	}
}
