//go:build race

package loadgen

// raceEnabled: the race detector makes the pipeline ten times slower, so
// the equivalence test runs on fewer feeds.
const raceEnabled = true
