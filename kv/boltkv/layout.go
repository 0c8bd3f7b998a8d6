package boltkv

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/wasmling/wasmling/kv"
)

var (
	bucketStores = []byte("stores")
	bucketMeta   = []byte("meta")
	keyFormat    = []byte("format")
	keyUsage     = []byte("usage")
	formatV1     = []byte("wasmling-kv-1")
)

// fileName maps a tenant name to a file name inside the data directory.
func fileName(tenant string) string {
	var b strings.Builder
	b.WriteString("t-")
	for i := 0; i < len(tenant); i++ {
		c := tenant[i]
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-' {
			b.WriteByte(c)
		} else {
			b.WriteByte('%')
			b.WriteString(hex.EncodeToString([]byte{c}))
		}
	}
	if b.Len() > 200 {
		sum := sha256.Sum256([]byte(tenant))
		return "h-" + hex.EncodeToString(sum[:]) + ".db"
	}
	return b.String() + ".db"
}

// encodeEntry lays out a stored value: 8-byte expiry, then the bytes.
func encodeEntry(value []byte, exp int64) []byte {
	out := make([]byte, 8+len(value))
	binary.BigEndian.PutUint64(out, uint64(exp))
	copy(out[8:], value)
	return out
}

// decodeEntry splits a stored value; the slice aliases bolt's memory.
func decodeEntry(raw []byte) (value []byte, exp int64) {
	if len(raw) < 8 {
		return nil, 0
	}
	return raw[8:], int64(binary.BigEndian.Uint64(raw))
}

func live(exp, now int64) bool { return exp == 0 || now < exp }

func now() int64 { return time.Now().UnixNano() }

// initFile creates the top-level buckets and checks the format.
func initFile(tx *bolt.Tx) error {
	meta, err := tx.CreateBucketIfNotExists(bucketMeta)
	if err != nil {
		return err
	}
	if _, err := tx.CreateBucketIfNotExists(bucketStores); err != nil {
		return err
	}
	switch f := meta.Get(keyFormat); {
	case f == nil:
		return meta.Put(keyFormat, formatV1)
	case !bytes.Equal(f, formatV1):
		return fmt.Errorf("boltkv: unknown file format %q", f)
	}
	return nil
}

func readUsage(tx *bolt.Tx) kv.Usage {
	raw := tx.Bucket(bucketMeta).Get(keyUsage)
	if len(raw) != 16 {
		return kv.Usage{}
	}
	return kv.Usage{Keys: int64(binary.BigEndian.Uint64(raw)), Bytes: int64(binary.BigEndian.Uint64(raw[8:]))}
}

func addUsage(tx *bolt.Tx, dKeys, dBytes int64) error {
	u := readUsage(tx)
	var raw [16]byte
	binary.BigEndian.PutUint64(raw[:], uint64(u.Keys+dKeys))
	binary.BigEndian.PutUint64(raw[8:], uint64(u.Bytes+dBytes))
	return tx.Bucket(bucketMeta).Put(keyUsage, raw[:])
}

// purgeExpired deletes every expired entry of the file and every emptied
// store bucket, and reports how many entries it removed.
func purgeExpired(tx *bolt.Tx, at int64) (int, error) {
	stores := tx.Bucket(bucketStores)
	var names [][]byte
	var removed, size int64
	err := stores.ForEachBucket(func(name []byte) error {
		b := stores.Bucket(name)
		var dead [][]byte
		err := b.ForEach(func(k, v []byte) error {
			if val, exp := decodeEntry(v); !live(exp, at) {
				dead = append(dead, bytes.Clone(k))
				size += int64(len(k) + len(val))
			}
			return nil
		})
		for _, k := range dead {
			if err := b.Delete(k); err != nil {
				return err
			}
		}
		removed += int64(len(dead))
		if k, _ := b.Cursor().First(); k == nil {
			names = append(names, bytes.Clone(name))
		}
		return err
	})
	if err != nil {
		return 0, err
	}
	for _, name := range names {
		if err := stores.DeleteBucket(name); err != nil {
			return 0, err
		}
	}
	if removed == 0 {
		return 0, nil
	}
	return int(removed), addUsage(tx, -removed, -size)
}
