package feeds

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"

	"golang.org/x/net/dns/dnsmessage"
)

func TestAddrProblem(t *testing.T) {
	tests := map[string]struct{ ip, want string }{
		"loopback v4":         {"127.0.0.1", "loopback"},
		"loopback v6":         {"::1", "loopback"},
		"mapped loopback":     {"::ffff:127.0.0.1", "loopback"},
		"private 10/8":        {"10.0.0.1", "private"},
		"private 172.16/12":   {"172.31.255.1", "private"},
		"private 192.168/16":  {"192.168.1.1", "private"},
		"unique-local fc00":   {"fd12::1", "unique-local"},
		"cloud metadata":      {"169.254.169.254", "link-local (cloud metadata)"},
		"link-local v4":       {"169.254.1.1", "link-local"},
		"link-local v6":       {"fe80::1", "link-local"},
		"multicast":           {"224.0.0.1", "multicast"},
		"multicast v6":        {"ff02::1", "multicast"},
		"unspecified":         {"0.0.0.0", "unspecified"},
		"unspecified v6":      {"::", "unspecified"},
		"carrier-grade NAT":   {"100.64.0.1", "carrier-grade NAT"},
		"public v4":           {"93.184.216.34", ""},
		"public v6":           {"2606:4700::1111", ""},
		"just outside 172.16": {"172.32.0.1", ""},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := addrProblem(netip.MustParseAddr(tc.ip)); got != tc.want {
				t.Errorf("addrProblem(%s) = %q, want %q", tc.ip, got, tc.want)
			}
		})
	}
}

// fakeDNS answers every A query with answer, on a UDP port on loopback,
// so that a resolver can be told that a public-looking name is 10.0.0.1.
func fakeDNS(t *testing.T, answer [4]byte) *net.Resolver {
	t.Helper()
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	t.Cleanup(func() { pc.Close(); <-done })
	go func() {
		defer close(done)
		buf := make([]byte, 1500)
		for {
			n, from, err := pc.ReadFrom(buf)
			if err != nil {
				return
			}
			if reply, ok := dnsReply(buf[:n], answer); ok {
				pc.WriteTo(reply, from)
			}
		}
	}()
	return &net.Resolver{PreferGo: true, Dial: func(ctx context.Context, _, _ string) (net.Conn, error) {
		var d net.Dialer
		return d.DialContext(ctx, "udp", pc.LocalAddr().String())
	}}
}

func dnsReply(query []byte, answer [4]byte) ([]byte, bool) {
	var p dnsmessage.Parser
	h, err := p.Start(query)
	if err != nil {
		return nil, false
	}
	q, err := p.Question()
	if err != nil {
		return nil, false
	}
	b := dnsmessage.NewBuilder(nil, dnsmessage.Header{ID: h.ID, Response: true, Authoritative: true, RecursionAvailable: true})
	b.EnableCompression()
	b.StartQuestions()
	b.Question(q)
	b.StartAnswers()
	if q.Type == dnsmessage.TypeA {
		b.AResource(dnsmessage.ResourceHeader{Name: q.Name, Class: dnsmessage.ClassINET, TTL: 60}, dnsmessage.AResource{A: answer})
	}
	out, err := b.Finish()
	return out, err == nil
}

func TestCheckURL(t *testing.T) {
	toTen := fakeDNS(t, [4]byte{10, 0, 0, 1})
	toPublic := fakeDNS(t, [4]byte{93, 184, 216, 34})
	tests := map[string]struct {
		url          string
		allowPrivate bool
		resolver     *net.Resolver
		wantErr      string // "" for allowed
	}{
		"a public name":              {url: "https://news.example/feed", resolver: toPublic},
		"cloud metadata":             {url: "http://169.254.169.254", wantErr: "http://169.254.169.254: address 169.254.169.254 is link-local (cloud metadata), not allowed"},
		"loopback":                   {url: "http://127.0.0.1:8080/feed", wantErr: "address 127.0.0.1 is loopback"},
		"loopback v6":                {url: "http://[::1]/feed", wantErr: "address ::1 is loopback"},
		"a name resolving to 10/8":   {url: "https://innocent.example/feed", resolver: toTen, wantErr: "address 10.0.0.1 is private"},
		"private allowed when asked": {url: "https://innocent.example/feed", resolver: toTen, allowPrivate: true},
		"file scheme":                {url: "file:///etc/passwd", wantErr: `scheme "file" not allowed, only http and https`},
		"gopher scheme":              {url: "gopher://news.example/1", wantErr: `scheme "gopher" not allowed`},
		"ftp scheme":                 {url: "ftp://news.example/feed.xml", wantErr: `scheme "ftp" not allowed`},
		"file even if private ok":    {url: "file:///etc/passwd", allowPrivate: true, wantErr: `scheme "file" not allowed`},
		"no scheme":                  {url: "news.example/feed", wantErr: "no scheme"},
		"no host":                    {url: "http:///feed", wantErr: "no host"},
		"userinfo hidden":            {url: "http://bob:hunter2@127.0.0.1/", wantErr: "http://127.0.0.1/: address 127.0.0.1 is loopback"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			err := CheckURL(context.Background(), tc.url, tc.allowPrivate, tc.resolver)
			switch {
			case tc.wantErr == "" && err != nil:
				t.Errorf("CheckURL(%q) = %v, want allowed", tc.url, err)
			case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)):
				t.Errorf("CheckURL(%q) = %v, want %q", tc.url, err, tc.wantErr)
			case err != nil && strings.Contains(err.Error(), "hunter2"):
				t.Errorf("error shows the password: %v", err)
			}
		})
	}
}

// The fetcher checks the address it actually dials, after DNS and after
// every redirect, not the URL it was given.
func TestFetchDialGuard(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(tinyFeed))
	}))
	defer srv.Close()
	port := srv.URL[strings.LastIndex(srv.URL, ":")+1:]
	redirector := httptest.NewServer(http.RedirectHandler("http://127.0.0.2:"+port+"/", http.StatusFound))
	defer redirector.Close()
	// Pretend 127.0.0.1 is the public internet and everything else is
	// loopback, so that a redirect from it to 127.0.0.2 plays "a public
	// server redirects to 127.0.0.1".
	onlyOne := func(ip netip.Addr) string {
		if ip == netip.MustParseAddr("127.0.0.1") {
			return ""
		}
		return addrProblem(ip)
	}
	tests := map[string]struct {
		f       *Fetcher
		url     string
		wantErr string
	}{
		"loopback refused":             {f: NewFetcher(FetcherOptions{}), url: srv.URL, wantErr: "address 127.0.0.1 is loopback, not allowed"},
		"loopback v6 refused":          {f: NewFetcher(FetcherOptions{}), url: "http://[::1]:" + port, wantErr: "address ::1 is loopback"},
		"metadata refused":             {f: NewFetcher(FetcherOptions{}), url: "http://169.254.169.254/latest/meta-data/", wantErr: "link-local (cloud metadata)"},
		"a name resolving to 10.0.0.1": {f: newFetcher(FetcherOptions{}, fakeDNS(t, [4]byte{10, 0, 0, 1}), addrProblem), url: "http://innocent.example:" + port + "/", wantErr: "address 10.0.0.1 is private"},
		"a redirect to loopback":       {f: newFetcher(FetcherOptions{}, nil, onlyOne), url: redirector.URL, wantErr: "address 127.0.0.2 is loopback"},
		"allowed when private is ok":   {f: NewFetcher(FetcherOptions{AllowPrivate: true}), url: srv.URL},
		"gopher refused":               {f: NewFetcher(FetcherOptions{AllowPrivate: true}), url: "gopher://127.0.0.1/", wantErr: `scheme "gopher" not allowed`},
		"file refused":                 {f: NewFetcher(FetcherOptions{AllowPrivate: true}), url: "file:///etc/passwd", wantErr: `scheme "file" not allowed`},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := tc.f.Fetch(context.Background(), Feed{URL: tc.url}, State{})
			if tc.wantErr == "" {
				if err != nil {
					t.Fatalf("Fetch(%s): %v", tc.url, err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Fatalf("Fetch(%s) = %v, want %q", tc.url, err, tc.wantErr)
			}
		})
	}
}
