package kv

import (
	"context"
	"errors"
	"testing"
)

func TestCheckOrder(t *testing.T) {
	done, cancel := context.WithCancel(context.Background())
	cancel()
	ctx := context.Background()
	tests := []struct {
		name string
		err  error
		want error
	}{
		{"open ok", ValidateOpen(ctx, "t", "s"), nil},
		{"open bad tenant first", ValidateOpen(done, "", ""), ErrInvalidName},
		{"open bad store", ValidateOpen(done, "t", ""), ErrInvalidName},
		{"open ctx", ValidateOpen(done, "t", "s"), context.Canceled},
		{"call ok", CheckCall(ctx, false, "k"), nil},
		{"call closed first", CheckCall(done, true, ""), ErrClosed},
		{"call bad key", CheckCall(done, false, ""), ErrInvalidKey},
		{"call ctx", CheckCall(done, false, "k"), context.Canceled},
	}
	for _, tc := range tests {
		if !errors.Is(tc.err, tc.want) || (tc.want == nil) != (tc.err == nil) {
			t.Errorf("%s: got %v, want %v", tc.name, tc.err, tc.want)
		}
	}
}
