package config

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// Error is one problem in a config file, placed so an admin can go
// straight to it: "config.yaml:12:3: feeds[2]: unknown key \"intervall\"".
type Error struct {
	File   string
	Line   int // 1-based; 0 when the problem has no place in the file
	Column int // 1-based; 0 when only the line is known
	Key    string
	Msg    string
}

func (e *Error) Error() string {
	var b strings.Builder
	if e.File != "" {
		b.WriteString(e.File)
		b.WriteString(":")
	}
	if e.Line > 0 {
		b.WriteString(strconv.Itoa(e.Line))
		b.WriteString(":")
		if e.Column > 0 {
			b.WriteString(strconv.Itoa(e.Column))
			b.WriteString(":")
		}
	}
	if b.Len() > 0 {
		b.WriteString(" ")
	}
	if e.Key != "" {
		b.WriteString(e.Key)
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// Errors are all the problems found in one file, so an admin fixes them in
// one pass instead of one restart per typo.
type Errors []*Error

func (es Errors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// err returns es as an error, or nil when it holds nothing: a nil Errors
// stored in an error interface would not compare equal to nil.
func (es Errors) err() error {
	if len(es) == 0 {
		return nil
	}
	return es
}

// yamlLine matches yaml.v3's syntax errors, which carry a line but no file.
var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// syntaxError turns a yaml.v3 parse error into an Error placed in file.
func syntaxError(file string, err error) *Error {
	msg := err.Error()
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		return &Error{File: file, Line: line, Msg: m[2]}
	}
	return &Error{File: file, Msg: strings.TrimPrefix(msg, "yaml: ")}
}

func errorf(file string, line, col int, key, format string, args ...any) *Error {
	return &Error{File: file, Line: line, Column: col, Key: key, Msg: fmt.Sprintf(format, args...)}
}
