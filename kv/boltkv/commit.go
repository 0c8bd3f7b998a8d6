package boltkv

import (
	"context"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"github.com/wasmling/wasmling/kv"
)

// maxBatch caps how many writes share one transaction.
const maxBatch = 256

// writeReq is one write waiting for the committer. fn must return an
// error only before it has changed anything, so that the other writes of
// the batch can still commit.
type writeReq struct {
	fn   func(tx *bolt.Tx) error
	done chan error
}

// committer runs every write of one file: it takes all writers waiting at
// that moment and commits them in one transaction (one fsync).
type committer struct {
	db   *bolt.DB
	reqs chan *writeReq // unbuffered: a send succeeds only when taken
	stop chan struct{}
	done chan struct{}
}

func newCommitter(db *bolt.DB) *committer {
	c := &committer{db: db, reqs: make(chan *writeReq), stop: make(chan struct{}), done: make(chan struct{})}
	go c.loop()
	return c
}

// write runs fn in a write transaction and returns once it is durable.
func (c *committer) write(ctx context.Context, fn func(tx *bolt.Tx) error) error {
	r := &writeReq{fn: fn, done: make(chan error, 1)}
	select {
	case c.reqs <- r:
	case <-c.stop:
		return kv.ErrClosed
	case <-ctx.Done():
		return ctx.Err()
	}
	select {
	case err := <-r.done:
		return err
	case <-ctx.Done(): // the write may still commit
		return ctx.Err()
	}
}

// close stops the committer after its current batch.
func (c *committer) close() {
	close(c.stop)
	<-c.done
}

func (c *committer) loop() {
	defer close(c.done)
	for {
		var batch []*writeReq
		select {
		case r := <-c.reqs:
			batch = append(batch, r)
		case <-c.stop:
			return
		}
	drain:
		for len(batch) < maxBatch {
			select {
			case r := <-c.reqs:
				batch = append(batch, r)
			default:
				break drain
			}
		}
		c.commit(batch)
	}
}

func (c *committer) commit(batch []*writeReq) {
	errs := make([]error, len(batch))
	err := c.db.Update(func(tx *bolt.Tx) error {
		for i, r := range batch {
			errs[i] = runWrite(r.fn, tx)
		}
		return nil
	})
	for i, r := range batch {
		if err != nil {
			errs[i] = mapErr(err)
		}
		r.done <- errs[i]
	}
}

// runWrite runs one write, turning a panic (in an Update function) into
// that write's error.
func runWrite(fn func(*bolt.Tx) error, tx *bolt.Tx) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("boltkv: write panicked: %v", p)
		}
	}()
	return fn(tx)
}
