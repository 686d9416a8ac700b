package topicmodel

import (
	"bytes"
	_ "embed"
	"fmt"
	"os"
	"sync"
)

// story.model is the shipped story's model, North Korean troops in
// Russia's Kursk region, trained on the articles under testdata by
// `crosscheck topic train --out topicmodel/story.model testdata/*/`
// (docs/ACCURACY.md).
//
//go:embed story.model
var storyModel []byte

// Story gives the shipped story's model. It is read once, on first use,
// and shared: a Model is read-only.
var Story = sync.OnceValue(func() *Model {
	m, err := Read(bytes.NewReader(storyModel))
	if err != nil {
		// the file is part of the build; TestStoryModelReads keeps it readable
		panic(fmt.Sprintf("topicmodel: the built-in model: %v", err))
	}
	return m
})

// Load reads a model file.
func Load(path string) (*Model, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("topic model: %w", err)
	}
	defer f.Close()
	m, err := Read(f)
	if err != nil {
		return nil, fmt.Errorf("topic model %s: %w", path, err)
	}
	return m, nil
}
