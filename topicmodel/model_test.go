package topicmodel

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"testing"
)

// storyExamples are a toy story and its neighbours: enough for Train to
// tell them apart, small enough to train in milliseconds.
func storyExamples() []Example {
	var out []Example
	for i := range 30 {
		out = append(out,
			Example{Title: fmt.Sprintf("North Korean troops in Kursk, update %d", i),
				Text:  fmt.Sprintf("Ukraine says %d,000 North Korean soldiers are fighting in the Kursk region, and hundreds have been killed or wounded.", i+1),
				About: true},
			Example{Title: fmt.Sprintf("Kursk farm fair draws crowds, day %d", i),
				Text: fmt.Sprintf("Farmers from the Kursk region brought %d tonnes of apples to the fair, and soldiers on leave bought honey.", i+10)},
		)
	}
	return out
}

func trainToy(t *testing.T) *Model {
	t.Helper()
	m, err := Train(context.Background(), storyExamples(), TrainOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestTrainSeparatesTheStory(t *testing.T) {
	m := trainToy(t)
	for _, c := range []struct {
		title, text string
		about       bool
	}{
		{"Seoul: North Korean soldiers killed in Kursk", "The spy agency said about 300 North Korean soldiers had been killed and 2,700 wounded in the Kursk region.", true},
		{"Kursk apple harvest", "The region's farmers expect a record apple harvest, and the fair will return next year with more honey.", false},
	} {
		if p := m.Score(c.title, c.text); (p >= 0.5) != c.about {
			t.Errorf("%q scores %.3f; about the story: %v", c.title, p, c.about)
		}
	}
}

func TestUnknownWordsDoNotCount(t *testing.T) {
	m := trainToy(t)
	title, text := "North Korean troops in Kursk", "Ukraine says North Korean soldiers are fighting in the Kursk region."
	noise := " zqxv wplk trng hhjk mmqz vvbn pqrs xylo kwqz jjfr"
	if a, b := m.Score(title, text), m.Score(title, text+noise+noise); math.Abs(a-b) > 1e-6 {
		t.Errorf("words the model never saw moved the score from %.4f to %.4f", a, b)
	}
	if p, want := m.Score("", "zqxv wplk"), 1/(1+math.Exp(-float64(m.bias))); math.Abs(p-want) > 1e-9 {
		t.Errorf("an article of unknown words scores %.4f, want the bias's %.4f", p, want)
	}
}

func TestTrainIsDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	if _, err := trainToy(t).WriteTo(&a); err != nil {
		t.Fatal(err)
	}
	if _, err := trainToy(t).WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two trainings on the same examples wrote different models")
	}
}

func TestTrainNeedsBothKinds(t *testing.T) {
	ex := storyExamples()[:1]
	if _, err := Train(context.Background(), ex, TrainOptions{}); err == nil {
		t.Error("trained on articles of one kind only")
	}
}

func TestTrainStopsWithItsContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Train(ctx, storyExamples(), TrainOptions{}); !errors.Is(err, context.Canceled) {
		t.Errorf("Train with a cancelled context: %v", err)
	}
}

func TestWriteReadRoundTrip(t *testing.T) {
	m := trainToy(t)
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	n := buf.Len()
	got, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range storyExamples() {
		if a, b := m.Score(e.Title, e.Text), got.Score(e.Title, e.Text); a != b {
			t.Fatalf("%q: %v before writing, %v after reading back", e.Title, a, b)
		}
	}
	if n == 0 {
		t.Error("wrote nothing")
	}
}

func TestReadRefusesWhatIsNotAModel(t *testing.T) {
	var good bytes.Buffer
	if _, err := trainToy(t).WriteTo(&good); err != nil {
		t.Fatal(err)
	}
	g := good.Bytes()
	nan := bytes.Clone(g)
	// the bias is the header's last four bytes
	copy(nan[len(magic)+12:], []byte{0, 0, 0xc0, 0x7f})
	for name, b := range map[string][]byte{
		"empty":          nil,
		"another file":   []byte("database: crosscheck.db\n"),
		"truncated":      g[:len(g)-3],
		"trailing bytes": append(bytes.Clone(g), 0),
		"nan bias":       nan,
	} {
		if _, err := Read(bytes.NewReader(b)); !errors.Is(err, ErrFormat) {
			t.Errorf("%s: Read gave %v, want ErrFormat", name, err)
		}
	}
}

func TestStoryModelReads(t *testing.T) {
	m := Story()
	if len(m.vocab) < 1000 {
		t.Fatalf("the built-in model knows %d terms", len(m.vocab))
	}
	// the story's own headline, and a neighbour's
	if p := m.Score("Zelensky says more than 3,000 North Korean soldiers killed or wounded in Kursk",
		"President Volodymyr Zelensky said more than 3,000 North Korean soldiers had been killed or wounded in Russia's Kursk region."); p < 0.9 {
		t.Errorf("the story scores %.3f", p)
	}
	if p := m.Score("Families mark 25 years since the Kursk submarine sank",
		"Relatives of the 118 sailors who died aboard the Kursk submarine gathered in Murmansk."); p > 0.1 {
		t.Errorf("the submarine's anniversary scores %.3f", p)
	}
}

func FuzzRead(f *testing.F) {
	var good bytes.Buffer
	m, err := Train(context.Background(), storyExamples()[:6], TrainOptions{MaxIter: 5})
	if err != nil {
		f.Fatal(err)
	}
	m.WriteTo(&good)
	f.Add(good.Bytes())
	f.Add([]byte(magic))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := Read(bytes.NewReader(b))
		if err != nil {
			if !errors.Is(err, ErrFormat) {
				t.Fatalf("Read: %v, not ErrFormat", err)
			}
			return
		}
		m.Score("North Korean troops", "in Kursk")
	})
}

func FuzzScore(f *testing.F) {
	f.Add("North Korean troops in Kursk", "Ukraine says 11,000 are there.")
	f.Add("", "\xff\xfe Pyongyang's")
	f.Add("Kursk", "a b c d e f")
	f.Fuzz(func(t *testing.T, title, text string) {
		if p := Story().Score(title, text); !(p >= 0 && p <= 1) {
			t.Fatalf("Score(%q, %q) = %v", title, text, p)
		}
	})
}

// BenchmarkScore scores the development corpus's articles, as the topic
// filter scores every new item: go test -run XXX -bench Score ./topicmodel
func BenchmarkScore(b *testing.B) {
	paths, err := filepath.Glob("../testdata/corpus/articles/*.txt")
	if err != nil || len(paths) == 0 {
		b.Fatalf("corpus: %v", err)
	}
	var texts []string
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(raw))
	}
	m := Story()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		m.Score("", texts[i%len(texts)])
	}
}
