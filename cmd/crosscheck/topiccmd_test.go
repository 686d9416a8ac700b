package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck-bot/crosscheck/config"
	"github.com/crosscheck-bot/crosscheck/topicmodel"
)

func TestTopicTrainThenTest(t *testing.T) {
	model := filepath.Join(t.TempDir(), "story.model")
	out, _, err := runCmd(t, "", "topic", "train", "--out", model, "../../testdata/corpus", "../../testdata/heldout")
	if err != nil {
		t.Fatalf("train: %v", err)
	}
	if !strings.Contains(out, "trained on 39 articles (34 about the story, 5 not) from 2 sets") {
		t.Errorf("train printed %q", out)
	}
	out, _, err = runCmd(t, "", "topic", "test", "--model", model, "../../testdata/corpus")
	if err != nil {
		t.Fatalf("test: %v", err)
	}
	if !strings.Contains(out, "9 articles, 7 about the story, 2 not") || !strings.Contains(out, "rules and model (veto under 0.10, rescue from 0.90) wrong on 0") {
		t.Errorf("test printed:\n%s", out)
	}
}

func TestTopicCommandErrors(t *testing.T) {
	dir := t.TempDir()
	notAModel := filepath.Join(dir, "config.yaml")
	writeFile(t, notAModel, "database: x.db\n")
	for name, args := range map[string][]string{
		"no subcommand":     {"topic"},
		"unknown":           {"topic", "guess"},
		"train without out": {"topic", "train", "../../testdata/corpus"},
		"not a set":         {"topic", "train", "--out", filepath.Join(dir, "m"), dir},
		"not a model":       {"topic", "test", "--model", notAModel, "../../testdata/corpus"},
	} {
		if _, _, err := runCmd(t, "", args...); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestTopicRulesCarryTheModel(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.model")
	writeFile(t, bad, "not a model")
	tests := []struct {
		name    string
		topic   config.Topic
		story   bool // the built-in model
		none    bool
		wantErr string
	}{
		{name: "the shipped story's rules get its model", story: true},
		{name: "rules of one's own get none", topic: config.Topic{AllOf: [][]string{{"Mars"}}}, none: true},
		{name: "off", topic: config.Topic{Model: config.ModelOff}, none: true},
		{name: "builtin beside rules of one's own", topic: config.Topic{AllOf: [][]string{{"Mars"}}, Model: config.ModelBuiltin}, story: true},
		{name: "a file that is not a model", topic: config.Topic{Model: bad}, wantErr: "topic.model: topic model " + bad},
	}
	for _, tc := range tests {
		cfg := config.Default()
		cfg.Topic = tc.topic
		r, err := topicRules(cfg)
		switch {
		case tc.wantErr != "":
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("%s: err = %v, want %q", tc.name, err, tc.wantErr)
			}
		case err != nil:
			t.Errorf("%s: %v", tc.name, err)
		case tc.story && r.Model != topicmodel.Story():
			t.Errorf("%s: model %v, want the built-in one", tc.name, r.Model)
		case tc.none && r.Model != nil:
			t.Errorf("%s: model %v, want none", tc.name, r.Model)
		}
	}
}
