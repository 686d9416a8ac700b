package feeds

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strconv"
	"time"
)

// UserAgent names the bot to the sites it polls, with a page to read
// about it, as polite crawlers do.
const UserAgent = "crosscheck/1.0 (+https://github.com/crosscheck-bot/crosscheck)"

// maxRedirects is how many redirects one fetch follows before giving up.
const maxRedirects = 5

// FetcherOptions configure the one Fetcher that polls every feed.
type FetcherOptions struct {
	Timeout      time.Duration // the whole request, body included; 0: 30s
	MaxBodyBytes int64         // cap on the decompressed body; 0: 10 MiB
	UserAgent    string        // "": UserAgent
	AllowPrivate bool          // allow loopback and private addresses (tests, intranet feeds)
	Client       *http.Client  // optional: used as given (tests); no SSRF guard then
}

// Fetcher fetches feeds over one shared http.Client. It is safe for
// concurrent use.
type Fetcher struct {
	client   *http.Client
	maxBody  int64
	agent    string
	now      func() time.Time
	resolver *net.Resolver
}

// HTTPError is a response outside 2xx (and not 304).
type HTTPError struct {
	URL        string
	Status     int
	RetryAfter time.Duration // from Retry-After; 0 when absent or unparsable
}

func (e *HTTPError) Error() string {
	return fmt.Sprintf("fetch %s: %d %s", e.URL, e.Status, http.StatusText(e.Status))
}

// Result is what one fetch found.
type Result struct {
	NotModified        bool // 304: nothing new, nothing parsed
	Title              string
	Items              []Item
	ETag, LastModified string
	MovedTo            string // final URL after a chain of only 301/308 redirects, else ""
}

// NewFetcher builds the fetcher and its single http.Client.
func NewFetcher(o FetcherOptions) *Fetcher {
	return newFetcher(o, nil, addrProblem)
}

// newFetcher lets tests swap the resolver and the address rule, so that
// the dial-time guard can be shown refusing a name or a redirect.
func newFetcher(o FetcherOptions, resolver *net.Resolver, problem func(netip.Addr) string) *Fetcher {
	if o.Timeout <= 0 {
		o.Timeout = 30 * time.Second
	}
	if o.MaxBodyBytes <= 0 {
		o.MaxBodyBytes = 10 << 20
	}
	if o.UserAgent == "" {
		o.UserAgent = UserAgent
	}
	f := &Fetcher{maxBody: o.MaxBodyBytes, agent: o.UserAgent, now: time.Now, resolver: resolver}
	switch {
	case o.Client != nil:
		c := *o.Client
		if c.CheckRedirect == nil {
			c.CheckRedirect = checkRedirect
		}
		f.client = &c
	default:
		if o.AllowPrivate {
			problem = func(netip.Addr) string { return "" }
		}
		f.client = &http.Client{
			Transport:     newTransport(resolver, problem),
			Timeout:       o.Timeout,
			CheckRedirect: checkRedirect,
		}
	}
	return f
}

func newTransport(resolver *net.Resolver, problem func(netip.Addr) string) *http.Transport {
	d := &net.Dialer{
		Timeout:   10 * time.Second,
		KeepAlive: 30 * time.Second,
		Resolver:  resolver,
		Control:   dialControl(problem),
	}
	return &http.Transport{
		// No proxy from the environment: the guard checks the address
		// dialled, and through a proxy that would be the proxy's.
		Proxy:                 nil,
		DialContext:           d.DialContext,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: 20 * time.Second,
		ExpectContinueTimeout: time.Second,
		IdleConnTimeout:       90 * time.Second,
		MaxIdleConns:          50,
		MaxIdleConnsPerHost:   2,
		ForceAttemptHTTP2:     true,
	}
}

// redirectTrace records, per request, whether every hop so far was
// permanent; it travels in the request's context because the client is
// shared by all feeds.
type redirectTrace struct{ permanent bool }

type traceKey struct{}

func checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > maxRedirects {
		return fmt.Errorf("stopped after %d redirects", maxRedirects)
	}
	if err := checkScheme(req.URL); err != nil {
		return fmt.Errorf("redirect to %s: %w", redact(req.URL), err)
	}
	if tr, ok := req.Context().Value(traceKey{}).(*redirectTrace); ok && req.Response != nil {
		code := req.Response.StatusCode
		tr.permanent = tr.permanent && (code == http.StatusMovedPermanently || code == http.StatusPermanentRedirect)
	}
	return nil
}

// Fetch polls one feed: a conditional GET with what st remembers, then
// Parse. A 304 comes back as NotModified without parsing.
func (f *Fetcher) Fetch(ctx context.Context, feed Feed, st State) (Result, error) {
	u, err := url.Parse(feed.URL)
	if err != nil {
		return Result{}, fmt.Errorf("fetch %s: not a valid URL", redactRaw(feed.URL))
	}
	shown := redact(u)
	if err := checkScheme(u); err != nil {
		return Result{}, fmt.Errorf("fetch %s: %w", shown, err)
	}
	body, resp, moved, err := f.get(ctx, u, st)
	if err != nil {
		return Result{}, err
	}
	res := Result{
		ETag:         resp.Header.Get("ETag"),
		LastModified: resp.Header.Get("Last-Modified"),
		MovedTo:      moved,
	}
	if resp.StatusCode == http.StatusNotModified {
		res.NotModified = true
		return res, nil
	}
	res.Title, res.Items, err = Parse(body, feed)
	if err != nil {
		return Result{}, fmt.Errorf("fetch %s: %w", shown, err)
	}
	return res, nil
}

// get does the request and reads the capped body. It returns the response
// only for 2xx and 304; anything else is an *HTTPError.
func (f *Fetcher) get(ctx context.Context, u *url.URL, st State) ([]byte, *http.Response, string, error) {
	shown := redact(u)
	trace := &redirectTrace{permanent: true}
	ctx = context.WithValue(ctx, traceKey{}, trace)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, nil, "", fmt.Errorf("fetch %s: %w", shown, err)
	}
	req.Header.Set("User-Agent", f.agent)
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8")
	if st.ETag != "" {
		req.Header.Set("If-None-Match", st.ETag)
	}
	if st.LastModified != "" {
		req.Header.Set("If-Modified-Since", st.LastModified)
	}
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, nil, "", fmt.Errorf("fetch %s: %w", shown, unwrapURLError(err))
	}
	defer resp.Body.Close()

	moved := ""
	if trace.permanent && resp.Request != nil && resp.Request.URL.String() != u.String() {
		moved = resp.Request.URL.String()
	}
	if resp.StatusCode == http.StatusNotModified {
		return nil, resp, moved, nil
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		ra := parseRetryAfter(resp.Header.Get("Retry-After"), f.now())
		return nil, nil, "", &HTTPError{URL: shown, Status: resp.StatusCode, RetryAfter: ra}
	}
	body, err := readCapped(resp.Body, f.maxBody, resp.ContentLength)
	if err != nil {
		return nil, nil, "", fmt.Errorf("fetch %s: %w", shown, err)
	}
	return body, resp, moved, nil
}

// unwrapURLError drops the *url.Error layer, whose message repeats the
// URL (userinfo included), so that the caller's redacted URL is the only one.
func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		if ue.Timeout() && !errors.Is(ue.Err, context.DeadlineExceeded) {
			return fmt.Errorf("timeout: %w", ue.Err)
		}
		return ue.Err
	}
	return err
}

// readCapped reads at most max bytes and fails, without reading further,
// when there are more: the cap counts decompressed bytes, so a gzip bomb
// stops here too. size is the length the server announced (-1: none); a
// length within the cap is read into a buffer of that size, not one
// doubled from 512 bytes, which allocated twice a feed's size for each
// poll. The announced length is only a hint: the cap still decides.
func readCapped(r io.Reader, max, size int64) ([]byte, error) {
	initial := int64(512)
	if size >= 0 && size < max {
		initial = size + 1 // room to read the end of the body
	}
	body, err := readAllInto(make([]byte, 0, initial), io.LimitReader(r, max+1))
	if err != nil {
		return nil, fmt.Errorf("read body: %w", err)
	}
	if int64(len(body)) > max {
		return nil, fmt.Errorf("body exceeds %d bytes", max)
	}
	return body, nil
}

// readAllInto is io.ReadAll appending to b.
func readAllInto(b []byte, r io.Reader) ([]byte, error) {
	for {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return b, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)] // let append pick the next size
		}
	}
}

// parseRetryAfter reads Retry-After as seconds or as an HTTP date.
func parseRetryAfter(v string, now time.Time) time.Duration {
	if v == "" {
		return 0
	}
	if secs, err := strconv.ParseInt(v, 10, 64); err == nil {
		if secs <= 0 {
			return 0
		}
		if secs > int64(maxRetryAfter/time.Second) {
			return maxRetryAfter
		}
		return time.Duration(secs) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil {
		if d := t.Sub(now); d > 0 {
			return min(d, maxRetryAfter)
		}
	}
	return 0
}

// Probe fetches a URL once, unconditionally, to tell an admin whether it is
// a feed before it is added.
func (f *Fetcher) Probe(ctx context.Context, rawURL string) (title string, items int, err error) {
	res, err := f.Fetch(ctx, Feed{URL: rawURL}, State{})
	if err != nil {
		return "", 0, err
	}
	return res.Title, len(res.Items), nil
}
