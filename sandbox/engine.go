package sandbox

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"

	"github.com/wasmling/wasmling/abi"
)

// EngineConfig configures an Engine. It is immutable: each With method
// returns a changed copy. The zero value is the default configuration.
type EngineConfig struct {
	cacheDir string // "" = the default directory
	noCache  bool
	workers  int // 0 = GOMAXPROCS
}

// NewEngineConfig returns the default configuration: compiled code cached
// on disk under os.UserCacheDir()/wasmling/wazero (a folder per guest
// build; the folders of builds unused for a while are removed), compiled
// by as many workers as GOMAXPROCS.
func NewEngineConfig() EngineConfig { return EngineConfig{} }

// WithCacheDir returns a copy that caches compiled code in dir.
func (c EngineConfig) WithCacheDir(dir string) EngineConfig {
	c.cacheDir, c.noCache = dir, false
	return c
}

// WithoutCache returns a copy that compiles without an on-disk cache.
func (c EngineConfig) WithoutCache() EngineConfig {
	c.noCache = true
	return c
}

// WithCompilationWorkers returns a copy that compiles with n goroutines.
func (c EngineConfig) WithCompilationWorkers(n int) EngineConfig {
	c.workers = n
	return c
}

// cachePath returns the cache directory to use, or "" for none.
func (c EngineConfig) cachePath() string {
	if c.noCache {
		return ""
	}
	if c.cacheDir != "" {
		return c.cacheDir
	}
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "wasmling", "wazero")
}

// An Engine holds one compiled guest and the wazero runtime that runs its
// instances: the compiler, the WASI and wasmling host modules, and the
// compiled module. Instances are cheap; the engine is not. It is safe for
// concurrent use.
type Engine struct {
	runtime  wazero.Runtime
	cache    wazero.CompilationCache // nil without a cache
	compiled wazero.CompiledModule
	wasm     []byte
	workers  int
	minMem   uint64 // the module's initial memory, in bytes

	snapMu  sync.Mutex
	snapMod *snapshotModule // the rewritten module for snapshots, built on first use
}

// NewEngine compiles guest (a wasip1 reactor module using ABI version 1).
// With a cache, a cold compile is stored on disk and later engines start
// from it; a corrupt cache is discarded and rebuilt.
func NewEngine(ctx context.Context, guest []byte, cfg EngineConfig) (*Engine, error) {
	e := &Engine{wasm: guest, workers: cfg.workers}
	if e.workers <= 0 {
		e.workers = runtime.GOMAXPROCS(0)
	}
	dir := cfg.cachePath()
	if dir != "" {
		dir = buildCacheDir(dir, guest)
		useBuildCacheDir(dir, time.Now())
	}
	err := e.start(ctx, dir)
	if err != nil && dir != "" {
		if !isCacheError(err) {
			// Either the guest or the cache is bad; without the cache tells.
			if err := e.start(ctx, ""); err != nil {
				return nil, err
			}
			e.close(ctx)
		}
		// The cache is corrupt or unusable: rebuild it, or do without.
		if err = os.RemoveAll(dir); err == nil {
			err = e.start(ctx, dir)
		}
		if err != nil {
			err = e.start(ctx, "")
		}
	}
	if err != nil {
		return nil, err
	}
	return e, nil
}

// isCacheError reports whether err comes from the compilation cache: wazero
// prefixes its cache errors with "compilationcache:".
func isCacheError(err error) bool {
	return errors.Is(err, errCache) || strings.Contains(err.Error(), "compilationcache:")
}

var errCache = errors.New("compilation cache")

// ErrInvalidGuest is wrapped by errors about a guest module that lacks
// what the ABI requires.
var ErrInvalidGuest = errors.New("invalid guest module")

// start builds the runtime and compiles the guest, caching in dir if not
// "". On failure it leaves e without a runtime.
func (e *Engine) start(ctx context.Context, dir string) (err error) {
	rc := wazero.NewRuntimeConfigCompiler()
	if dir != "" {
		c, err := wazero.NewCompilationCacheWithDir(dir)
		if err != nil {
			return fmt.Errorf("sandbox: %w: %w", errCache, err)
		}
		e.cache = c
		rc = rc.WithCompilationCache(c)
	}
	e.runtime = wazero.NewRuntimeWithConfig(ctx, rc)
	defer func() {
		if err != nil {
			e.close(ctx)
		}
	}()
	if _, err := wasi_snapshot_preview1.Instantiate(ctx, e.runtime); err != nil {
		return fmt.Errorf("sandbox: WASI: %w", err)
	}
	if err := instantiateHostModule(ctx, e.runtime); err != nil {
		return err
	}
	e.compiled, err = e.compile(ctx, e.wasm)
	if err != nil {
		return err
	}
	e.minMem, err = checkGuest(e.compiled)
	return err
}

func (e *Engine) compile(ctx context.Context, wasm []byte) (wazero.CompiledModule, error) {
	m, err := e.runtime.CompileModule(experimental.WithCompilationWorkers(ctx, e.workers), wasm)
	if err != nil {
		return nil, fmt.Errorf("sandbox: compiling guest: %w", err)
	}
	return m, nil
}

// checkGuest verifies the exports the sandbox needs and returns the
// initial memory size.
func checkGuest(m wazero.CompiledModule) (uint64, error) {
	fns := m.ExportedFunctions()
	for _, want := range []struct {
		name            string
		params, results []api.ValueType
	}{
		{abi.ExportInitialize, nil, nil},
		{abi.ExportBuffer, []api.ValueType{api.ValueTypeI32}, []api.ValueType{api.ValueTypeI32}},
		{abi.ExportInvoke, []api.ValueType{api.ValueTypeI32, api.ValueTypeI32}, []api.ValueType{api.ValueTypeI64}},
	} {
		f, ok := fns[want.name]
		if !ok {
			return 0, fmt.Errorf("sandbox: %w: no export %q", ErrInvalidGuest, want.name)
		}
		if !sameTypes(f.ParamTypes(), want.params) || !sameTypes(f.ResultTypes(), want.results) {
			return 0, fmt.Errorf("sandbox: %w: export %q has the wrong signature", ErrInvalidGuest, want.name)
		}
	}
	mems := m.ExportedMemories()
	if len(mems) != 1 {
		return 0, fmt.Errorf("sandbox: %w: want one exported memory, have %d", ErrInvalidGuest, len(mems))
	}
	for _, mem := range mems {
		return uint64(mem.Min()) * pageSize, nil
	}
	return 0, nil
}

func sameTypes(a, b []api.ValueType) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Close releases the engine. Its instances, snapshots and pools must be
// closed first.
func (e *Engine) Close(ctx context.Context) error {
	e.snapMu.Lock()
	e.snapMod = nil
	e.snapMu.Unlock()
	return e.close(ctx)
}

func (e *Engine) close(ctx context.Context) error {
	var err error
	if e.runtime != nil {
		err = e.runtime.Close(ctx)
		e.runtime = nil
	}
	if e.cache != nil {
		err = errors.Join(err, e.cache.Close(ctx))
		e.cache = nil
	}
	return err
}

// moduleConfig returns the wazero configuration of one instance: no
// arguments, environment or files; real clocks; crypto entropy; captured
// output; interruptible sleeps.
func (e *Engine) moduleConfig(in *Instance) wazero.ModuleConfig {
	return wazero.NewModuleConfig().
		WithName("").
		WithStartFunctions().
		WithStdout(in.stdout).
		WithStderr(in.stderr).
		WithSysWalltime().
		WithNanotime(in.nanotime, 1).
		WithNanosleep(in.nanosleep).
		WithRandSource(rand.Reader)
}
