//go:build !race

package sandbox

// raceEnabled tells tests that the race detector runs (it faults pages of its own).
const raceEnabled = false
