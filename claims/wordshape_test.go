package claims

import "testing"

// TestWordShapesHoldEveryClassWord: the shape filter may let other words
// through to the map, never keep a class word from it.
func TestWordShapesHoldEveryClassWord(t *testing.T) {
	for w := range wordClasses {
		if w != "" && !classWordShapes.mayHold(w) {
			t.Errorf("the shape filter drops %q", w)
		}
	}
	passed, words := 0, []string{"the", "of", "and", "to", "in", "that", "troops", "region", "fighting", "border", "kursk", "korean", "soldiers", "deployed"}
	for _, w := range words {
		if classWordShapes.mayHold(w) {
			passed++
		}
	}
	if passed == len(words) {
		t.Errorf("every common prose word passes the shape filter: it filters nothing")
	}
}
