package feeds

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const corpusDir = "../testdata/corpus"

// article is one file of the development corpus: header lines, a blank
// line, then the body as the outlet printed it.
type article struct {
	name   string
	header map[string]string
	body   string
}

func loadArticles(t testing.TB) []article {
	t.Helper()
	return loadArticlesIn(t, corpusDir)
}

// loadArticlesIn reads the articles of the corpus in dir.
func loadArticlesIn(t testing.TB, dir string) []article {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(dir, "articles", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no corpus articles: %v", err)
	}
	var out []article
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		head, body, _ := strings.Cut(string(raw), "\n\n")
		a := article{name: strings.TrimSuffix(filepath.Base(p), ".txt"), header: map[string]string{}, body: body}
		for _, line := range strings.Split(head, "\n") {
			if k, v, ok := strings.Cut(line, ":"); ok {
				a.header[k] = strings.TrimSpace(v)
			}
		}
		out = append(out, a)
	}
	return out
}

// furniturePhrases must never survive cleaning.
var furniturePhrases = []string{
	"Read also", "Previous article", "Next article", "Leave a Reply", "Leave a Comment",
	"You may also like", "Source link", "Back to top", "Editors' Picks", "Latest Posts",
	"Post Comment", "Your email address will not be published", "Google search engine",
	"Original Source:", "Click here for more", "Share this article", "Facebook Twitter",
	"Isaac Bennett is a distinguished journalist",
}

func assertNoFurniture(t *testing.T, name, text string) {
	t.Helper()
	for _, p := range furniturePhrases {
		if strings.Contains(text, p) {
			t.Errorf("%s: furniture %q survived cleaning", name, p)
		}
	}
}
