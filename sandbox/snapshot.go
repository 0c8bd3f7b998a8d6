package sandbox

// snapshotModule is the guest rewritten for snapshots (see snapshot.go).
type snapshotModule struct{}
