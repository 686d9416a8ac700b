package feeds

import (
	"bytes"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// xmlEncoding finds the encoding in an XML declaration.
var xmlEncoding = regexp.MustCompile(`^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']`)

// repairUTF8 fixes feeds that claim UTF-8 (or claim nothing, which means
// UTF-8) but carry bytes in another charset: the XML decoder refuses
// them outright, which would lose the whole feed over one "café". Each
// invalid byte is read as Windows-1252, the usual culprit. Feeds that
// declare another charset are left to the parser's charset conversion.
func repairUTF8(body []byte) []byte {
	if utf8.Valid(body) {
		return body
	}
	if m := xmlEncoding.FindSubmatch(body[:min(len(body), 256)]); m != nil {
		enc := strings.ToLower(string(m[1]))
		if enc != "utf-8" && enc != "utf8" {
			return body
		}
	}
	var b bytes.Buffer
	b.Grow(len(body) + len(body)/8)
	for len(body) > 0 {
		r, size := utf8.DecodeRune(body)
		if r == utf8.RuneError && size <= 1 {
			b.WriteRune(charmap.Windows1252.DecodeByte(body[0]))
			body = body[1:]
			continue
		}
		b.Write(body[:size])
		body = body[size:]
	}
	return b.Bytes()
}
