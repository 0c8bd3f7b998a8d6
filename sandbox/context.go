package sandbox

import (
	"context"
	"time"
)

type timeoutKey struct{}

// WithTimeout is context.WithTimeout that also records d, so that a
// TimeoutError names the limit exactly ("after 2s") instead of the time
// that was left when Invoke started.
func WithTimeout(parent context.Context, d time.Duration) (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithTimeout(parent, d)
	if dl, ok := parent.Deadline(); ok && time.Until(dl) < d {
		d = max(time.Until(dl), 0) // the parent's deadline comes first
	}
	return context.WithValue(ctx, timeoutKey{}, d), cancel
}

// timeLimit returns the limit recorded by WithTimeout, or else the time
// left before ctx's deadline, or 0 if it has none.
func timeLimit(ctx context.Context) time.Duration {
	if d, ok := ctx.Value(timeoutKey{}).(time.Duration); ok {
		return d
	}
	if dl, ok := ctx.Deadline(); ok {
		return time.Until(dl)
	}
	return 0
}
