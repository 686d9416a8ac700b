package feeds

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"net/url"
	"strings"
	"syscall"
)

// blockedRanges are the networks a feed may not live in unless private
// addresses are allowed: a feed URL is chosen by an admin in a chat, and
// without this check it could read the cloud metadata service or an
// internal admin page and echo it back.
var blockedRanges = []struct {
	prefix netip.Prefix
	reason string
}{
	{netip.MustParsePrefix("169.254.169.254/32"), "link-local (cloud metadata)"},
	{netip.MustParsePrefix("fd00:ec2::254/128"), "unique-local (cloud metadata)"},
	{netip.MustParsePrefix("100.64.0.0/10"), "carrier-grade NAT"},
	{netip.MustParsePrefix("0.0.0.0/8"), "unspecified"},
	{netip.MustParsePrefix("192.0.0.0/24"), "IETF protocol assignment"},
	{netip.MustParsePrefix("198.18.0.0/15"), "benchmarking"},
	{netip.MustParsePrefix("240.0.0.0/4"), "reserved"},
	{netip.MustParsePrefix("64:ff9b:1::/48"), "local-use NAT64"},
}

// addrProblem says why ip must not be dialled, or "" when it is public.
func addrProblem(ip netip.Addr) string {
	ip = ip.Unmap() // ::ffff:127.0.0.1 is 127.0.0.1
	for _, b := range blockedRanges {
		if b.prefix.Contains(ip) {
			return b.reason
		}
	}
	switch {
	case ip.IsLoopback():
		return "loopback"
	case ip.IsUnspecified():
		return "unspecified"
	case ip.IsLinkLocalUnicast():
		return "link-local"
	case ip.IsMulticast(), ip.IsLinkLocalMulticast(), ip.IsInterfaceLocalMulticast():
		return "multicast"
	case ip.IsPrivate():
		if ip.Is6() {
			return "unique-local"
		}
		return "private"
	case ip == netip.IPv4Unspecified() || ip.Is4() && ip.As4() == [4]byte{255, 255, 255, 255}:
		return "broadcast"
	}
	return ""
}

// errAddr is the refusal for one address, worded for an admin.
func errAddr(ip netip.Addr, reason string) error {
	return fmt.Errorf("address %s is %s, not allowed", ip.Unmap(), reason)
}

// dialControl checks the address the dialer is about to connect to, after
// name resolution: a public name that resolves to 10.0.0.1, or a redirect
// to 127.0.0.1, is refused here whatever the URL said.
func dialControl(problem func(netip.Addr) string) func(network, address string, c syscall.RawConn) error {
	return func(network, address string, _ syscall.RawConn) error {
		ap, err := netip.ParseAddrPort(address)
		if err != nil {
			return fmt.Errorf("dial %s: %w", address, err)
		}
		if reason := problem(ap.Addr()); reason != "" {
			return errAddr(ap.Addr(), reason)
		}
		return nil
	}
}

// CheckURL vets a feed URL before an admin command adds it: http or https
// only, a host, a name that resolves, and only public addresses unless
// allowPrivate. A nil resolver means net.DefaultResolver. The fetcher checks
// again at dial time, so a name that changes its answer later is still caught.
func CheckURL(ctx context.Context, raw string, allowPrivate bool, resolver *net.Resolver) error {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return fmt.Errorf("%s: not a valid URL", redactRaw(raw))
	}
	shown := redact(u)
	if err := checkScheme(u); err != nil {
		return fmt.Errorf("%s: %w", shown, err)
	}
	host := u.Hostname()
	if host == "" {
		return fmt.Errorf("%s: no host in URL", shown)
	}
	addrs, err := resolve(ctx, host, resolver)
	if err != nil {
		return fmt.Errorf("%s: %w", shown, err)
	}
	if allowPrivate {
		return nil
	}
	for _, ip := range addrs {
		if reason := addrProblem(ip); reason != "" {
			return fmt.Errorf("%s: %w", shown, errAddr(ip, reason))
		}
	}
	return nil
}

// checkScheme refuses everything but http and https: file://, gopher://
// and ftp:// would let a feed URL reach things no feed lives on.
func checkScheme(u *url.URL) error {
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		return nil
	case "":
		return errors.New("no scheme, only http and https URLs are allowed")
	}
	return fmt.Errorf("scheme %q not allowed, only http and https", strings.ToLower(u.Scheme))
}

func resolve(ctx context.Context, host string, resolver *net.Resolver) ([]netip.Addr, error) {
	if ip, err := netip.ParseAddr(strings.Trim(host, "[]")); err == nil {
		return []netip.Addr{ip}, nil
	}
	if resolver == nil {
		resolver = net.DefaultResolver
	}
	found, err := resolver.LookupNetIP(ctx, "ip", host)
	if err != nil {
		return nil, fmt.Errorf("resolve %s: %w", host, err)
	}
	if len(found) == 0 {
		return nil, fmt.Errorf("resolve %s: no addresses", host)
	}
	return found, nil
}

// redact shows a URL without its userinfo, so that a password in a feed
// URL never reaches an error, a log line or a chat message.
func redact(u *url.URL) string {
	c := *u
	c.User = nil
	return c.String()
}

func redactRaw(raw string) string {
	raw = strings.TrimSpace(raw)
	if u, err := url.Parse(raw); err == nil {
		return redact(u)
	}
	// Unparsable: cut anything that looks like userinfo before the host.
	if i := strings.Index(raw, "://"); i >= 0 {
		rest := raw[i+3:]
		if at := strings.LastIndex(rest, "@"); at >= 0 {
			return raw[:i+3] + rest[at+1:]
		}
	}
	return raw
}
