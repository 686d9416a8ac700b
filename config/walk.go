package config

import (
	"fmt"
	"math"
	"reflect"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// walker decodes a yaml.Node tree into a Go value by hand rather than with
// Node.Decode, because Decode stops at the first problem and reports no
// column or key path. It records where every key was written so checks made
// after decoding can point at the right line too.
type walker struct {
	file string
	errs Errors
	at   map[string]*yaml.Node // key path → the node holding its value
	keys map[string]*yaml.Node // key path → the key node itself (for map keys)
	bad  map[string]bool       // key paths whose value could not be decoded
}

func newWalker(file string) *walker {
	return &walker{file: file, at: map[string]*yaml.Node{}, keys: map[string]*yaml.Node{}, bad: map[string]bool{}}
}

// fail reports that the value at path could not be decoded.
func (w *walker) fail(n *yaml.Node, path, format string, args ...any) {
	w.bad[path] = true
	w.failKey(n, path, format, args...)
}

// failKey reports a bad key inside the mapping at path; the mapping's
// other values are still decoded and checked.
func (w *walker) failKey(n *yaml.Node, path, format string, args ...any) {
	w.errs = append(w.errs, errorf(w.file, n.Line, n.Column, path, format, args...))
}

var durationType = reflect.TypeFor[Duration]()

// value decodes n into v. A null leaves v as it was, so an empty key keeps
// its default.
func (w *walker) value(n *yaml.Node, v reflect.Value, path string) {
	w.at[path] = n
	if n.Kind == yaml.AliasNode {
		// Aliases are refused: the schema has nothing worth sharing, and
		// expanding them is how a small file becomes a huge one.
		w.fail(n, path, "anchors and aliases are not supported")
		return
	}
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return
	}
	if v.Type() == durationType {
		w.duration(n, v, path)
		return
	}
	switch v.Kind() {
	case reflect.Struct:
		w.structure(n, v, path)
	case reflect.Slice:
		w.sequence(n, v, path)
	case reflect.Map:
		w.mapping(n, v, path)
	default:
		w.scalar(n, v, path)
	}
}

// structure decodes a mapping into a struct's yaml-tagged fields,
// rejecting keys the struct does not have.
func (w *walker) structure(n *yaml.Node, v reflect.Value, path string) {
	if !w.want(n, yaml.MappingNode, path) {
		return
	}
	fields := fieldsByTag(v.Type())
	w.pairs(n, path, func(k, val *yaml.Node) {
		i, ok := fields[k.Value]
		if !ok {
			w.failKey(k, path, "unknown key %q", k.Value)
			return
		}
		w.value(val, v.Field(i), join(path, k.Value))
	})
}

// mapping decodes a mapping with free-form keys (the lexicon's names).
func (w *walker) mapping(n *yaml.Node, v reflect.Value, path string) {
	if !w.want(n, yaml.MappingNode, path) {
		return
	}
	if v.IsNil() {
		v.Set(reflect.MakeMap(v.Type()))
	}
	w.pairs(n, path, func(k, val *yaml.Node) {
		child := join(path, k.Value)
		w.keys[child] = k
		elem := reflect.New(v.Type().Elem()).Elem()
		w.value(val, elem, child)
		v.SetMapIndex(reflect.ValueOf(k.Value).Convert(v.Type().Key()), elem)
	})
}

// pairs calls each for every key/value pair of a mapping, after checking
// the key is a plain string that was not already given.
func (w *walker) pairs(n *yaml.Node, path string, each func(k, v *yaml.Node)) {
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			w.failKey(k, path, "a key must be a plain word, not a %s", kindName(k))
			continue
		}
		if seen[k.Value] {
			w.failKey(k, path, "duplicate key %q", k.Value)
			continue
		}
		seen[k.Value] = true
		each(k, val)
	}
}

func (w *walker) sequence(n *yaml.Node, v reflect.Value, path string) {
	if !w.want(n, yaml.SequenceNode, path) {
		return
	}
	s := reflect.MakeSlice(v.Type(), len(n.Content), len(n.Content))
	for i, item := range n.Content {
		w.value(item, s.Index(i), fmt.Sprintf("%s[%d]", path, i))
	}
	v.Set(s)
}

func (w *walker) scalar(n *yaml.Node, v reflect.Value, path string) {
	if !w.want(n, yaml.ScalarNode, path) {
		return
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString(n.Value) // numbers are fine as text: a channel id, a guild id
	case reflect.Bool:
		var b bool
		if n.Tag != "!!bool" || n.Decode(&b) != nil {
			w.fail(n, path, "want true or false, got %q", n.Value)
			return
		}
		v.SetBool(b)
	case reflect.Int, reflect.Int64:
		var i int64
		if n.Tag != "!!int" || n.Decode(&i) != nil || v.OverflowInt(i) {
			w.fail(n, path, "want an integer, got %q", n.Value)
			return
		}
		v.SetInt(i)
	case reflect.Float64:
		var f float64
		ok := n.Tag == "!!int" || n.Tag == "!!float"
		if !ok || n.Decode(&f) != nil || math.IsNaN(f) || math.IsInf(f, 0) {
			w.fail(n, path, "want a number, got %q", n.Value)
			return
		}
		v.SetFloat(f)
	default:
		panic("config: no decoder for " + v.Type().String()) // a schema change without a walker change
	}
}

// duration reads "90s", "10m", "72h"; a bare 0 is allowed, other bare
// numbers are not, since nobody can tell whether they mean seconds.
func (w *walker) duration(n *yaml.Node, v reflect.Value, path string) {
	if !w.want(n, yaml.ScalarNode, path) {
		return
	}
	d, err := time.ParseDuration(strings.TrimSpace(n.Value))
	if err != nil {
		w.fail(n, path, "want a duration like \"90s\", \"10m\" or \"72h\", got %q", n.Value)
		return
	}
	if d < 0 {
		w.fail(n, path, "duration must not be negative, got %q", n.Value)
		return
	}
	v.SetInt(int64(d))
}

func (w *walker) want(n *yaml.Node, kind yaml.Kind, path string) bool {
	if n.Kind == kind {
		return true
	}
	w.fail(n, path, "want a %s, got a %s", kindNames[kind], kindName(n))
	return false
}

var kindNames = map[yaml.Kind]string{
	yaml.DocumentNode: "document",
	yaml.SequenceNode: "list",
	yaml.MappingNode:  "mapping",
	yaml.ScalarNode:   "single value",
	yaml.AliasNode:    "alias",
}

func kindName(n *yaml.Node) string {
	if name, ok := kindNames[n.Kind]; ok {
		return name
	}
	return "nothing"
}

// fieldsByTag maps each yaml tag name of t to its field index.
func fieldsByTag(t reflect.Type) map[string]int {
	m := make(map[string]int, t.NumField())
	for i := range t.NumField() {
		tag, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ",")
		if tag != "" && tag != "-" {
			m[tag] = i
		}
	}
	return m
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}
