package topicmodel

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sync"
)

// Model scores articles: the probability that one is about the story it
// was trained on. Only the words and word pairs it saw in two training
// articles or more count: an article full of words it never met is judged
// on the ones it knows, not pulled toward a verdict by the rest. It is
// read-only once built, so one Model serves every goroutine.
type Model struct {
	vocab   []uint32  // the terms it knows, as sorted hashes
	idf     []float32 // per term: ln((1+n)/(1+df))+1, df the training articles that have it
	weights []float32 // per term
	bias    float32
	docs    int // training articles, for idf
	dfs     []int32

	table []uint32 // open addressing: a term's position in vocab +1, 0 empty
	bufs  sync.Pool
}

// scratch is one Score's buffers, kept for the next in bufs.
type scratch struct {
	ids    []uint32  // the article's terms, as hashes, with repeats
	counts []uint8   // per vocabulary term, its count in the article; all 0 between articles
	pos    []int32   // the article's known terms
	val    []float32 // their values
}

// newModel builds a model of the terms in vocab (sorted), their document
// frequencies among docs training articles, weights and bias.
func newModel(vocab []uint32, dfs []int32, docs int, weights []float32, bias float32) *Model {
	m := &Model{vocab: vocab, dfs: dfs, docs: docs, weights: weights, bias: bias, idf: make([]float32, len(vocab))}
	for i, df := range dfs {
		m.idf[i] = idf(docs, df)
	}
	size := 1
	for size < 2*len(vocab) {
		size *= 2
	}
	m.table = make([]uint32, size)
	for i, h := range vocab {
		for s := m.slot(h); ; s = (s + 1) & (len(m.table) - 1) {
			if m.table[s] == 0 {
				m.table[s] = uint32(i + 1)
				break
			}
		}
	}
	return m
}

func idf(docs int, df int32) float32 {
	return float32(math.Log(float64(1+docs)/float64(1+df)) + 1)
}

func (m *Model) slot(h uint32) int { return int(h*0x9e3779b1>>8) & (len(m.table) - 1) }

// find gives a term's position in vocab, or -1.
func (m *Model) find(h uint32) int {
	for s := m.slot(h); ; s = (s + 1) & (len(m.table) - 1) {
		p := m.table[s]
		if p == 0 {
			return -1
		}
		if m.vocab[p-1] == h {
			return int(p - 1)
		}
	}
}

// vector gives the article's known terms' positions in vocab and their
// values, scaled to unit length, in the order the article first uses
// them.
func (m *Model) vector(title, text string, s *scratch) {
	s.ids = appendHashes(appendHashes(appendHashes(s.ids[:0], title), title), text)
	if len(s.counts) < len(m.vocab) {
		s.counts = make([]uint8, len(m.vocab))
	}
	s.pos = s.pos[:0]
	for _, h := range s.ids {
		p := m.find(h)
		if p < 0 {
			continue
		}
		if s.counts[p] == 0 {
			s.pos = append(s.pos, int32(p))
		}
		if s.counts[p] < maxCount {
			s.counts[p]++
		}
	}
	s.val = s.val[:0]
	for _, p := range s.pos {
		s.val = append(s.val, weigh(s.counts[p], m.idf[p]))
		s.counts[p] = 0 // ready for the next article
	}
	unit(s.val)
}

// Score gives the probability, from 0 to 1, that an article with this
// headline and text is about the model's story.
func (m *Model) Score(title, text string) float64 {
	s, _ := m.bufs.Get().(*scratch)
	if s == nil {
		s = &scratch{}
	}
	defer m.bufs.Put(s)
	m.vector(title, text, s)
	z := float64(m.bias)
	for i, p := range s.pos {
		z += float64(m.weights[p]) * float64(s.val[i])
	}
	return 1 / (1 + math.Exp(-z))
}

// The file: a magic string with the version, the hash width, the number
// of training articles and of terms, the bias, then per term the gap from
// the previous term's hash and its document frequency (uvarints) and its
// weight (float32), all little-endian.
const magic = "crosscheck-topic-model\x00\x02"

// WriteTo writes the model in the form Read reads.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	cw := &countingWriter{w: w}
	bw := bufio.NewWriter(cw)
	buf := []byte(magic)
	buf = binary.LittleEndian.AppendUint32(buf, hashBits)
	buf = binary.LittleEndian.AppendUint32(buf, uint32(m.docs))
	buf = binary.LittleEndian.AppendUint32(buf, uint32(len(m.vocab)))
	buf = binary.LittleEndian.AppendUint32(buf, math.Float32bits(m.bias))
	bw.Write(buf)
	var prev uint32
	for i, h := range m.vocab {
		buf = binary.AppendUvarint(buf[:0], uint64(h-prev))
		buf = binary.AppendUvarint(buf, uint64(m.dfs[i]))
		buf = binary.LittleEndian.AppendUint32(buf, math.Float32bits(m.weights[i]))
		bw.Write(buf)
		prev = h
	}
	err := bw.Flush() // a bufio.Writer keeps its first error and returns it here
	return cw.n, err
}

type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// ErrFormat is a model file that is not one: another file, a damaged or
// truncated one, or one of another version.
var ErrFormat = errors.New("not a topic model file")

// maxTerms bounds what a file may claim to hold before it is read: far
// above any story's vocabulary (a few hundred thousand), far below what
// would exhaust memory.
const maxTerms = 1 << 24

// Read reads a model that WriteTo wrote.
func Read(r io.Reader) (*Model, error) {
	br := bufio.NewReader(r)
	head := make([]byte, len(magic)+16)
	if _, err := io.ReadFull(br, head); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	if string(head[:len(magic)]) != magic {
		return nil, ErrFormat
	}
	head = head[len(magic):]
	if bits := binary.LittleEndian.Uint32(head); bits != hashBits {
		return nil, fmt.Errorf("%w: %d-bit hashes, want %d", ErrFormat, bits, hashBits)
	}
	docs := int(binary.LittleEndian.Uint32(head[4:]))
	n := int(binary.LittleEndian.Uint32(head[8:]))
	bias := math.Float32frombits(binary.LittleEndian.Uint32(head[12:]))
	if n > maxTerms || docs < 1 {
		return nil, fmt.Errorf("%w: %d terms from %d articles", ErrFormat, n, docs)
	}
	if !finite(bias) {
		return nil, fmt.Errorf("%w: the bias is not a finite number", ErrFormat)
	}
	vocab, dfs, weights := make([]uint32, 0, n), make([]int32, 0, n), make([]float32, 0, n)
	var h uint64
	var wb [4]byte
	for i := range n {
		gap, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, fmt.Errorf("%w: term %d: %w", ErrFormat, i, err)
		}
		df, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, fmt.Errorf("%w: term %d: %w", ErrFormat, i, err)
		}
		if _, err := io.ReadFull(br, wb[:]); err != nil {
			return nil, fmt.Errorf("%w: term %d: %w", ErrFormat, i, err)
		}
		h += gap
		w := math.Float32frombits(binary.LittleEndian.Uint32(wb[:]))
		switch {
		case (i > 0 && gap == 0) || h >= 1<<hashBits:
			return nil, fmt.Errorf("%w: term %d is out of order", ErrFormat, i)
		case df < 1 || df > uint64(docs):
			return nil, fmt.Errorf("%w: term %d in %d of %d articles", ErrFormat, i, df, docs)
		case !finite(w):
			return nil, fmt.Errorf("%w: term %d's weight is not a finite number", ErrFormat, i)
		}
		vocab, dfs, weights = append(vocab, uint32(h)), append(dfs, int32(df)), append(weights, w)
	}
	if _, err := br.ReadByte(); err != io.EOF {
		return nil, fmt.Errorf("%w: bytes after the last term", ErrFormat)
	}
	return newModel(vocab, dfs, docs, weights, bias), nil
}

func finite(f float32) bool { return !math.IsNaN(float64(f)) && !math.IsInf(float64(f), 0) }
