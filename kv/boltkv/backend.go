package boltkv

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterr "go.etcd.io/bbolt/errors"

	"github.com/wasmling/wasmling/kv"
)

// Options configure a Backend. The zero value is usable.
type Options struct {
	// Quota returns each tenant's quota; nil means no quotas.
	Quota kv.QuotaFunc
	// SweepInterval between sweeps that delete expired entries from open
	// files; default 1 minute, negative disables (expired entries then go
	// when overwritten, deleted or cleared, or when a quota is hit).
	SweepInterval time.Duration
	// LockTimeout is how long opening a file waits for another process's
	// lock on it; default 1 second.
	LockTimeout time.Duration
}

// Backend is a persistent kv.Backend over a data directory. Create it
// with Open.
type Backend struct {
	dir  string
	opts Options

	mu     sync.Mutex
	files  map[string]*tenantFile
	closed bool

	stop chan struct{}
	wg   sync.WaitGroup
}

// tenantFile is one tenant's open file, shared by its store handles.
type tenantFile struct {
	db    *bolt.DB
	c     *committer
	quota kv.Quota
	refs  int
}

// Open returns a Backend storing its files in dir, which it creates
// (mode 0700) if needed.
func Open(dir string, opts Options) (*Backend, error) {
	if opts.SweepInterval == 0 {
		opts.SweepInterval = time.Minute
	}
	if opts.LockTimeout <= 0 {
		opts.LockTimeout = time.Second
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("boltkv: %w", err)
	}
	b := &Backend{dir: dir, opts: opts, files: make(map[string]*tenantFile), stop: make(chan struct{})}
	if opts.SweepInterval > 0 {
		b.wg.Add(1)
		go b.sweepLoop()
	}
	return b, nil
}

// Open returns a handle on the tenant's store called name, opening the
// tenant's file if no other handle has it open.
func (b *Backend) Open(ctx context.Context, tenant, name string) (kv.Store, error) {
	if err := kv.ValidateOpen(ctx, tenant, name); err != nil {
		return nil, err
	}
	f, err := b.acquire(tenant)
	if err != nil {
		return nil, err
	}
	return &store{b: b, f: f, tenant: tenant, name: []byte(name)}, nil
}

func (b *Backend) acquire(tenant string) (*tenantFile, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return nil, kv.ErrClosed
	}
	if f := b.files[tenant]; f != nil {
		f.refs++
		return f, nil
	}
	path := filepath.Join(b.dir, fileName(tenant))
	_, statErr := os.Stat(path)
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: b.opts.LockTimeout})
	if err != nil {
		return nil, fmt.Errorf("boltkv: opening %s: %w", path, err)
	}
	if err := db.Update(initFile); err != nil {
		db.Close()
		return nil, fmt.Errorf("boltkv: %s: %w", path, err)
	}
	if errors.Is(statErr, os.ErrNotExist) {
		if err := syncDir(b.dir); err != nil {
			db.Close()
			return nil, err
		}
	}
	f := &tenantFile{db: db, c: newCommitter(db), refs: 1}
	if b.opts.Quota != nil {
		f.quota = b.opts.Quota(tenant)
	}
	b.files[tenant] = f
	return f, nil
}

// release drops one reference to the tenant's file, closing it with the
// last one.
func (b *Backend) release(tenant string, f *tenantFile) {
	b.mu.Lock()
	defer b.mu.Unlock()
	f.refs--
	if f.refs > 0 || b.files[tenant] != f {
		return
	}
	delete(b.files, tenant)
	f.c.close()
	f.db.Close()
}

// Close closes every store and file. Writes in flight finish first.
func (b *Backend) Close() error {
	b.mu.Lock()
	if b.closed {
		b.mu.Unlock()
		return nil
	}
	b.closed = true
	files := b.files
	b.files = nil
	b.mu.Unlock()
	close(b.stop)
	b.wg.Wait()
	var errs []error
	for _, f := range files {
		f.c.close()
		errs = append(errs, f.db.Close())
	}
	return errors.Join(errs...)
}

func (b *Backend) sweepLoop() {
	defer b.wg.Done()
	tick := time.NewTicker(b.opts.SweepInterval)
	defer tick.Stop()
	for {
		select {
		case <-b.stop:
			return
		case <-tick.C:
			b.sweep()
		}
	}
}

// sweep purges expired entries from every open file that has some.
func (b *Backend) sweep() {
	b.mu.Lock()
	files := make(map[string]*tenantFile, len(b.files))
	for t, f := range b.files {
		f.refs++
		files[t] = f
	}
	b.mu.Unlock()
	for t, f := range files {
		var expired bool
		_ = f.db.View(func(tx *bolt.Tx) error {
			expired = hasExpired(tx, now())
			return nil
		})
		if expired {
			_ = f.c.write(context.Background(), func(tx *bolt.Tx) error {
				_, err := purgeExpired(tx, now())
				return err
			})
		}
		b.release(t, f)
	}
}

func hasExpired(tx *bolt.Tx, at int64) bool {
	stores := tx.Bucket(bucketStores)
	found := errors.New("found")
	return stores.ForEachBucket(func(name []byte) error {
		return stores.Bucket(name).ForEach(func(_, v []byte) error {
			if _, exp := decodeEntry(v); !live(exp, at) {
				return found
			}
			return nil
		})
	}) == found
}

// syncDir makes a new file's directory entry durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("boltkv: %w", err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("boltkv: syncing %s: %w", dir, err)
	}
	return nil
}

// mapErr turns bbolt's "database not open" into kv.ErrClosed.
func mapErr(err error) error {
	if errors.Is(err, bolterr.ErrDatabaseNotOpen) {
		return fmt.Errorf("%w (%v)", kv.ErrClosed, err)
	}
	return err
}
