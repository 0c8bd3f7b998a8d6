package rediskv_test

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"
)

// redisServer is a throwaway redis-server on 127.0.0.1.
type redisServer struct {
	cmd    *exec.Cmd
	exited chan struct{} // closed once cmd.Wait returns
	dir    string
	addr   string
}

// startRedis starts redis-server on a free 127.0.0.1 port in a temporary
// directory, without persistence, and waits until it answers PING.
func startRedis() (*redisServer, error) {
	dir, err := os.MkdirTemp("", "rediskv-test-")
	if err != nil {
		return nil, err
	}
	var lastErr error
	for range 5 { // the free port may be taken before redis binds it
		port, err := freePort()
		if err != nil {
			return nil, err
		}
		srv := &redisServer{dir: dir, addr: net.JoinHostPort("127.0.0.1", strconv.Itoa(port))}
		srv.cmd = exec.Command("redis-server", "--port", strconv.Itoa(port), "--bind", "127.0.0.1",
			"--dir", dir, "--save", "", "--appendonly", "no", "--protected-mode", "yes",
			"--maxmemory-policy", "noeviction")
		if err := srv.cmd.Start(); err != nil {
			return nil, err
		}
		srv.exited = make(chan struct{})
		go func() { srv.cmd.Wait(); close(srv.exited) }()
		if lastErr = srv.waitReady(); lastErr == nil {
			return srv, nil
		}
		srv.stop()
		dir, _ = os.MkdirTemp("", "rediskv-test-")
	}
	return nil, fmt.Errorf("redis-server did not start: %w", lastErr)
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func (s *redisServer) waitReady() error {
	c := redis.NewClient(&redis.Options{Addr: s.addr, MaxRetries: -1})
	defer c.Close()
	deadline := time.Now().Add(10 * time.Second)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
		err := c.Ping(ctx).Err()
		cancel()
		if err == nil {
			return nil
		}
		select {
		case <-s.exited:
			return fmt.Errorf("redis-server exited: %v", s.cmd.ProcessState)
		default:
		}
		if time.Now().After(deadline) {
			return err
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// stop kills the server it started and waits for it to exit.
func (s *redisServer) stop() {
	s.cmd.Process.Kill()
	<-s.exited
	os.RemoveAll(s.dir)
}
