package config

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"gopkg.in/yaml.v3"
)

// Edit changes the config file at path in place, keeping its comments and
// key order, and returns the config it now holds. It holds a lock on
// path+".edit.lock" throughout, so edits from goroutines and processes
// queue up; it reads the file as it is at that moment, so a hand edit made
// since the last load is kept; and it refuses to write a file that would
// not load. The file is replaced atomically with its permission bits kept.
func Edit(path string, change func(*Document) error) (*Config, error) {
	unlock, err := lockFile(path + ".edit.lock")
	if err != nil {
		return nil, fmt.Errorf("edit %s: %w", path, err)
	}
	defer unlock()

	info, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("edit %s: %w", path, err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("edit %s: %w", path, err)
	}
	doc, err := openDocument(data, path)
	if err != nil {
		return nil, err
	}
	if err := change(doc); err != nil {
		return nil, err
	}
	out, err := doc.encode()
	if err != nil {
		return nil, fmt.Errorf("edit %s: encode: %w", path, err)
	}
	cfg, err := Parse(out, path)
	if err != nil {
		return nil, fmt.Errorf("edit %s: the result would not load: %w", path, err)
	}
	if err := writeAtomic(path, out, info.Mode().Perm()); err != nil {
		return nil, fmt.Errorf("edit %s: %w", path, err)
	}
	return cfg, nil
}

// openDocument parses data for editing. An empty file becomes an empty
// mapping so feeds can be added to it.
func openDocument(data []byte, path string) (*Document, error) {
	doc, err := decodeDocument(data)
	if err != nil {
		return nil, Errors{syntaxError(path, err)}
	}
	if doc == nil || len(doc.Content) == 0 {
		doc = &yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{{Kind: yaml.MappingNode, Tag: "!!map"}}}
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, Errors{errorf(path, root.Line, root.Column, "", "want a mapping at the top of the file, got a %s", kindName(root))}
	}
	return &Document{doc: doc, root: root}, nil
}

func (d *Document) encode() ([]byte, error) {
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(d.doc); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return sectionBreaks(buf.Bytes()), nil
}

// sectionBreaks puts a blank line before each top-level key (and the
// comment above it). yaml.v3 drops blank lines, and without them a
// rewritten file is one wall of text.
func sectionBreaks(out []byte) []byte {
	lines := bytes.SplitAfter(out, []byte("\n"))
	var b bytes.Buffer
	prevComment := true // no break before the first line
	for _, line := range lines {
		topLevel := len(line) > 0 && line[0] != ' ' && line[0] != '\n' && line[0] != '-'
		if topLevel && !prevComment {
			b.WriteByte('\n')
		}
		if topLevel || len(bytes.TrimSpace(line)) > 0 {
			prevComment = topLevel && line[0] == '#'
		}
		b.Write(line)
	}
	return b.Bytes()
}

// writeAtomic replaces path with data so that a reader (or a crash) sees
// either the old file or the new one, never a mix.
func writeAtomic(path string, data []byte, perm os.FileMode) (err error) {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("create temp file: %w", err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err := tmp.Write(data); err != nil {
		return fmt.Errorf("write %s: %w", tmp.Name(), err)
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("sync %s: %w", tmp.Name(), err)
	}
	if err := tmp.Chmod(perm); err != nil {
		return fmt.Errorf("chmod %s: %w", tmp.Name(), err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("close %s: %w", tmp.Name(), err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("replace: %w", err)
	}
	return syncDir(dir)
}

// Sentinels for the chat commands to tell a user's mistake from a failure.
var (
	ErrFeedExists    = errors.New("feed already configured")
	ErrFeedNotFound  = errors.New("no such feed")
	ErrFeedAmbiguous = errors.New("more than one feed has that name")
)
