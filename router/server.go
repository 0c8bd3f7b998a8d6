package router

import (
	"net/http"
	"time"
)

// Server timeouts and sizes for serving strangers' apps to the internet.
const (
	ReadHeaderTimeout = 5 * time.Second
	IdleTimeout       = 60 * time.Second
	MaxHeaderBytes    = 64 << 10
	// readBodyTime is the time a client gets to send a request body on
	// top of its headers.
	readBodyTime = 30 * time.Second
	// writeSlack is the time past the handler's deadline to send the
	// answer.
	writeSlack = 10 * time.Second
)

// NewServer returns an http.Server for h whose timeouts cut slow clients
// off (headers, body, writing the answer, idle keep-alives) while letting
// a handler use its whole deadline (requestTimeout).
func NewServer(addr string, h http.Handler, requestTimeout time.Duration) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           h,
		ReadHeaderTimeout: ReadHeaderTimeout,
		ReadTimeout:       ReadHeaderTimeout + readBodyTime,
		WriteTimeout:      ReadHeaderTimeout + readBodyTime + requestTimeout + writeSlack,
		IdleTimeout:       IdleTimeout,
		MaxHeaderBytes:    MaxHeaderBytes,
	}
}
