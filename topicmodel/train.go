package topicmodel

import (
	"context"
	"errors"
	"math"
	"slices"
)

// Example is one labelled article to learn from.
type Example struct {
	Title, Text string
	About       bool // about the story
}

// TrainOptions tune Train; the zero value is the defaults.
type TrainOptions struct {
	// C weighs the training articles against keeping the weights small:
	// larger fits them closer. 0 means DefaultC.
	C float64
	// MaxIter bounds the optimiser's steps; 0 means DefaultMaxIter.
	MaxIter int
}

const (
	// DefaultC fits closely: the articles are many and varied, and the
	// story's vocabulary is narrow.
	DefaultC = 20.0
	// DefaultMaxIter is far more than the story's own sets need to settle
	// (docs/ACCURACY.md).
	DefaultMaxIter = 400
)

// Train fits a model to the examples: the log loss of each, weighted so
// that the articles about the story and the others count alike however
// many there are of each, plus half the weights' squared length over C.
// It is deterministic: the same examples in the same order give the same
// model.
func Train(ctx context.Context, examples []Example, o TrainOptions) (*Model, error) {
	if o.C <= 0 {
		o.C = DefaultC
	}
	if o.MaxIter <= 0 {
		o.MaxIter = DefaultMaxIter
	}
	var about int
	for _, e := range examples {
		if e.About {
			about++
		}
	}
	if about == 0 || about == len(examples) {
		return nil, errors.New("train topic model: need articles both about the story and not")
	}
	m := vocabulary(examples)
	d := make([]doc, len(examples))
	var sc scratch
	for i, e := range examples {
		m.vector(e.Title, e.Text, &sc)
		d[i].pos, d[i].val = slices.Clone(sc.pos), slices.Clone(sc.val)
		// each class weighs half of the whole
		if e.About {
			d[i].y, d[i].weight = 1, float64(len(examples))/float64(2*about)
		} else {
			d[i].y, d[i].weight = -1, float64(len(examples))/float64(2*(len(examples)-about))
		}
	}
	n := len(m.vocab)
	w, err := minimise(ctx, objective{docs: d, c: o.C, n: n}, n+1, o.MaxIter)
	if err != nil {
		return nil, err
	}
	for i := range m.weights {
		m.weights[i] = float32(w[i])
	}
	m.bias = float32(w[n])
	return m, nil
}

// minDF is how many training articles a term must be in to count: one
// seen once says more about that article than about the story, and the
// vocabulary stays a fraction of the words met.
const minDF = 2

// vocabulary gives a model of no weights yet over the examples' terms
// that are in minDF of them or more.
func vocabulary(examples []Example) *Model {
	df := make([]int32, 1<<hashBits)
	var sc scratch
	for _, e := range examples {
		sc.ids = appendHashes(appendHashes(sc.ids[:0], e.Title), e.Text)
		slices.Sort(sc.ids)
		for _, h := range slices.Compact(sc.ids) {
			df[h]++
		}
	}
	var vocab []uint32
	var dfs []int32
	for h, f := range df {
		if f >= minDF {
			vocab, dfs = append(vocab, uint32(h)), append(dfs, f)
		}
	}
	return newModel(vocab, dfs, len(examples), make([]float32, len(vocab)), 0)
}

// doc is a training article as the optimiser sees it.
type doc struct {
	pos    []int32 // the terms' positions in the vocabulary
	val    []float32
	y      float64 // +1 about the story, -1 not
	weight float64
}

// objective is the regularised, weighted log loss: w[:n] are the
// weights, w[n] the bias, which is not regularised.
type objective struct {
	docs []doc
	c    float64
	n    int
}

// eval gives the objective at w and its gradient into g.
func (o objective) eval(w, g []float64) float64 {
	var f float64
	for i := range o.n {
		f += w[i] * w[i] / 2
		g[i] = w[i]
	}
	g[o.n] = 0
	for _, d := range o.docs {
		z := w[o.n]
		for k, p := range d.pos {
			z += w[p] * float64(d.val[k])
		}
		m := d.y * z
		// log(1+e^-m), and its derivative -σ(-m), without overflow
		var loss, dm float64
		if m > 0 {
			e := math.Exp(-m)
			loss, dm = math.Log1p(e), -e/(1+e)
		} else {
			e := math.Exp(m)
			loss, dm = -m+math.Log1p(e), -1/(1+e)
		}
		f += o.c * d.weight * loss
		coef := o.c * d.weight * dm * d.y
		for k, p := range d.pos {
			g[p] += coef * float64(d.val[k])
		}
		g[o.n] += coef
	}
	return f
}

// minimise runs L-BFGS (ten pairs kept) with a backtracking line search
// from zero until the gradient is small or maxIter steps are taken.
func minimise(ctx context.Context, o objective, n, maxIter int) ([]float64, error) {
	const pairs = 10
	w := make([]float64, n)
	g := make([]float64, n)
	f := o.eval(w, g)
	dir := make([]float64, n)
	wNext := make([]float64, n)
	gNext := make([]float64, n)
	var s, y [][]float64
	var rho []float64
	alpha := make([]float64, pairs)
	g0 := math.Sqrt(dot(g, g))
	for iter := 0; iter < maxIter; iter++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if math.Sqrt(dot(g, g)) <= 1e-5*math.Max(1, g0) {
			break
		}
		// two-loop recursion: dir = -H·g
		copy(dir, g)
		for k := len(s) - 1; k >= 0; k-- {
			alpha[k] = rho[k] * dot(s[k], dir)
			axpy(-alpha[k], y[k], dir)
		}
		if k := len(s) - 1; k >= 0 {
			scale(dot(s[k], y[k])/dot(y[k], y[k]), dir)
		} else {
			scale(1/math.Sqrt(dot(g, g)), dir)
		}
		for k := range s {
			beta := rho[k] * dot(y[k], dir)
			axpy(alpha[k]-beta, s[k], dir)
		}
		scale(-1, dir)
		slope := dot(g, dir)
		if slope >= 0 { // not a descent direction: start again from the gradient
			s, y, rho = s[:0], y[:0], rho[:0]
			copy(dir, g)
			scale(-1/math.Sqrt(dot(g, g)), dir)
			slope = dot(g, dir)
		}
		step, fNext := 1.0, 0.0
		for tries := 0; ; tries++ {
			copy(wNext, w)
			axpy(step, dir, wNext)
			fNext = o.eval(wNext, gNext)
			if fNext <= f+1e-4*step*slope {
				break
			}
			if tries == 40 {
				return w, nil // no step lowers it: as low as it goes
			}
			step /= 2
		}
		var sk, yk []float64
		if len(s) == pairs {
			sk, yk = s[0], y[0]
			s, y, rho = s[1:], y[1:], rho[1:]
		} else {
			sk, yk = make([]float64, n), make([]float64, n)
		}
		for i := range n {
			sk[i] = wNext[i] - w[i]
			yk[i] = gNext[i] - g[i]
		}
		improved := f - fNext
		w, wNext = wNext, w
		g, gNext = gNext, g
		f = fNext
		if sy := dot(sk, yk); sy > 1e-12 {
			s, y, rho = append(s, sk), append(y, yk), append(rho, 1/sy)
		}
		if improved <= 1e-10*math.Max(1, math.Abs(f)) {
			break
		}
	}
	return w, nil
}

func dot(a, b []float64) float64 {
	var t float64
	for i := range a {
		t += a[i] * b[i]
	}
	return t
}

// axpy adds a·x to y.
func axpy(a float64, x, y []float64) {
	for i := range x {
		y[i] += a * x[i]
	}
}

func scale(a float64, x []float64) {
	for i := range x {
		x[i] *= a
	}
}
