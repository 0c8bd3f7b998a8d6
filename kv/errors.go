package kv

import (
	"context"
	"errors"
	"fmt"
	"time"
	"unicode/utf8"
)

// Errors returned by stores and backends, matched with errors.Is. Backends
// wrap them with details; the host maps them to script exceptions.
var (
	// ErrClosed: the Store or its Backend was closed.
	ErrClosed = errors.New("kv: store is closed")
	// ErrQuota: the write would exceed the tenant's Quota.
	ErrQuota = errors.New("kv: quota exceeded")
	// ErrInvalidName: a tenant or store name failed ValidateName.
	ErrInvalidName = errors.New("kv: invalid name")
	// ErrInvalidKey: a key or pattern is empty or too long.
	ErrInvalidKey = errors.New("kv: invalid key")
	// ErrInvalidTTL: a negative ttl.
	ErrInvalidTTL = errors.New("kv: invalid ttl")
	// ErrConflict: a shared backend gave up retrying a contended Update.
	ErrConflict = errors.New("kv: too much contention on key")
)

// Limits on arguments, the same for every backend.
const (
	// MaxNameLen is the longest tenant or store name, in bytes.
	MaxNameLen = 255
	// MaxKeyLen is the longest key, in bytes.
	MaxKeyLen = 4096
	// MaxPatternLen is the longest Keys pattern, in bytes (a fully
	// escaped key of MaxKeyLen bytes fits).
	MaxPatternLen = 2*MaxKeyLen + 16
)

// ValidateName checks a tenant or store name: 1 to MaxNameLen bytes of
// valid UTF-8 without control characters (so no NUL). Names never become
// file paths, so "/" and ".." are ordinary characters.
func ValidateName(name string) error {
	if name == "" || len(name) > MaxNameLen {
		return fmt.Errorf("%w: %q must be 1 to %d bytes", ErrInvalidName, truncate(name), MaxNameLen)
	}
	if !utf8.ValidString(name) {
		return fmt.Errorf("%w: %q is not valid UTF-8", ErrInvalidName, name)
	}
	for _, r := range name {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			return fmt.Errorf("%w: %q contains a control character", ErrInvalidName, name)
		}
	}
	return nil
}

// ValidateKey checks a key: 1 to MaxKeyLen bytes, any bytes.
func ValidateKey(key string) error {
	if key == "" || len(key) > MaxKeyLen {
		return fmt.Errorf("%w: %q must be 1 to %d bytes", ErrInvalidKey, truncate(key), MaxKeyLen)
	}
	return nil
}

// ValidatePattern checks a Keys pattern: at most MaxPatternLen bytes.
func ValidatePattern(pattern string) error {
	if len(pattern) > MaxPatternLen {
		return fmt.Errorf("%w: pattern longer than %d bytes", ErrInvalidKey, MaxPatternLen)
	}
	return nil
}

// ValidateTTL checks a ttl: 0 (no expiry) or positive.
func ValidateTTL(ttl time.Duration) error {
	if ttl < 0 {
		return fmt.Errorf("%w: %v is negative", ErrInvalidTTL, ttl)
	}
	return nil
}

// ValidateOpen checks the arguments of Backend.Open, in the order every
// backend reports them: the tenant and store names, then the context.
func ValidateOpen(ctx context.Context, tenant, name string) error {
	if err := ValidateName(tenant); err != nil {
		return err
	}
	if err := ValidateName(name); err != nil {
		return err
	}
	return ctx.Err()
}

// CheckCall is what every Store method checks first, in this order:
// ErrClosed if closed, then the key (ValidateKey), then the context.
func CheckCall(ctx context.Context, closed bool, key string) error {
	if closed {
		return ErrClosed
	}
	if err := ValidateKey(key); err != nil {
		return err
	}
	return ctx.Err()
}

func truncate(s string) string {
	if len(s) > 40 {
		return s[:40] + "..."
	}
	return s
}
