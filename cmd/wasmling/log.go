package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"sync"
)

// syncWriter serializes writes to w: the main script and background tasks
// write concurrently.
type syncWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (s *syncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}

// cliLogHandler prints warnings and errors of the host for a person at a
// terminal: "wasmling: message (key=value ...)", with a traceback
// attribute printed as is on the following lines.
type cliLogHandler struct {
	w     io.Writer
	attrs []slog.Attr
}

func newCLILogHandler(w io.Writer) *cliLogHandler { return &cliLogHandler{w: w} }

func (h *cliLogHandler) Enabled(_ context.Context, l slog.Level) bool { return l >= slog.LevelWarn }

func (h *cliLogHandler) Handle(_ context.Context, r slog.Record) error {
	var b strings.Builder
	var tb string
	fmt.Fprintf(&b, "wasmling: %s", r.Message)
	var kv []string
	add := func(a slog.Attr) bool {
		switch a.Key {
		case "traceback":
			tb = a.Value.String()
		case "app":
		default:
			kv = append(kv, a.Key+"="+a.Value.String())
		}
		return true
	}
	for _, a := range h.attrs {
		add(a)
	}
	r.Attrs(add)
	if len(kv) > 0 {
		fmt.Fprintf(&b, " (%s)", strings.Join(kv, " "))
	}
	b.WriteByte('\n')
	if tb != "" {
		b.WriteString(tb)
		if !strings.HasSuffix(tb, "\n") {
			b.WriteByte('\n')
		}
	}
	_, err := io.WriteString(h.w, b.String())
	return err
}

func (h *cliLogHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	return &cliLogHandler{w: h.w, attrs: append(append([]slog.Attr(nil), h.attrs...), attrs...)}
}

func (h *cliLogHandler) WithGroup(string) slog.Handler { return h }
