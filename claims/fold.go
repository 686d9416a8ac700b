package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The speakers' helpers compare names against lower-case word sets many
// times an article. These answer exactly what strings.ToLower, ToUpper and
// Fields would, without allocating, for the ASCII names that are nearly all
// of them, and call those functions for any other.

// maxFold is the longest name folded on the stack.
const maxFold = 64

// inLower is set[strings.ToLower(s)].
func inLower(set map[string]bool, s string) bool {
	if len(s) > maxFold || !isASCII(s) {
		return set[strings.ToLower(s)]
	}
	var b [maxFold]byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return set[string(b[:len(s)])] // no allocation: the compiler reads the bytes in place
}

// isLowerCase is strings.ToLower(s) == s.
func isLowerCase(s string) bool {
	if !isASCII(s) {
		return strings.ToLower(s) == s
	}
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return false
		}
	}
	return true
}

// isUpperCase is strings.ToUpper(s) == s.
func isUpperCase(s string) bool {
	if !isASCII(s) {
		return strings.ToUpper(s) == s
	}
	for i := 0; i < len(s); i++ {
		if 'a' <= s[i] && s[i] <= 'z' {
			return false
		}
	}
	return true
}

// hasLowerPrefix is strings.HasPrefix(strings.ToLower(s), prefix) for a
// lower-case ASCII prefix.
func hasLowerPrefix(s, prefix string) bool {
	if len(s) < len(prefix) || !isASCII(s[:len(prefix)]) {
		return strings.HasPrefix(strings.ToLower(s), prefix)
	}
	for i := 0; i < len(prefix); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// lastField is the last of strings.Fields(s), "" when there is none.
func lastField(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return s
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	return s[i+n:]
}

// firstField is the first of strings.Fields(s), "" when there is none.
func firstField(s string) string {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		return s[:i]
	}
	return s
}

// fieldsUpTo3 gives how many of strings.Fields(s) there are, counting no
// further than 3, and the first two.
func fieldsUpTo3(s string) (n int, f0, f1 string) {
	for n < 3 {
		s = strings.TrimLeftFunc(s, unicode.IsSpace)
		if s == "" {
			break
		}
		f := firstField(s)
		switch n {
		case 0:
			f0 = f
		case 1:
			f1 = f
		}
		s = s[len(f):]
		n++
	}
	return n, f0, f1
}

// containsLower is strings.Contains(strings.ToLower(s), sub) for a
// lower-case ASCII sub, when s is ASCII; ok is false for any other s.
func containsLower(s, sub string) (found, ok bool) {
	if !isASCII(s) {
		return false, false
	}
	for i := 0; i+len(sub) <= len(s); i++ {
		k := 0
		for k < len(sub) && lowerByte(s[i+k]) == sub[k] {
			k++
		}
		if k == len(sub) {
			return true, true
		}
	}
	return false, true
}

func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// isASCII reports a string of ASCII bytes only, eight at a time.
func isASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if (s[i]|s[i+1]|s[i+2]|s[i+3]|s[i+4]|s[i+5]|s[i+6]|s[i+7])&0x80 != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
