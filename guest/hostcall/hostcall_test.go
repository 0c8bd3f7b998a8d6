//go:build !wasip1

package hostcall

import (
	"errors"
	"testing"

	"github.com/wasmling/wasmling/abi"
)

func TestNativeStub(t *testing.T) {
	var h Host
	if _, err := h.Call(abi.OpSleep, nil); !errors.Is(err, ErrNoHost) {
		t.Fatal(err)
	}
	if ShouldStop() != abi.StopNone {
		t.Fatal("ShouldStop")
	}
}

func TestMailboxRequest(t *testing.T) {
	m := Mailbox{in: make([]byte, 8)}
	if b, ok := m.Request(8); !ok || len(b) != 8 || cap(b) != 8 {
		t.Fatal(len(b), ok)
	}
	if _, ok := m.Request(9); ok {
		t.Fatal("Request past the buffer")
	}
	var empty Mailbox
	if b, ok := empty.Request(0); !ok || len(b) != 0 {
		t.Fatal("empty request")
	}
}
