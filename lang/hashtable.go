package lang

// hashtable is an insertion-ordered hash table of Values, the storage of
// dicts, sets, instance attributes and module globals. It uses no Go map
// (Go maps cost 6-8x more inside WebAssembly): entries live in a slice in
// insertion order, and an open-addressing index of int32 points into it.
// Tables of up to smallTable entries have no index and are scanned.
type hashtable struct {
	entries []entry
	index   []int32 // nil while small; else a power-of-two slot array
	live    int     // number of entries that are not deleted
	// keys counts structural changes (insertions and deletions of keys),
	// so that iterators can detect them and caches can validate.
	keys uint32
	// bloom has bit hash&63 set for every key inserted since the last
	// clear: a clear bit proves a key absent without probing, which makes
	// the common misses (an instance attribute shadowing a method, a
	// global that is a builtin) one test.
	bloom uint64
}

type entry struct {
	hash uint64
	key  Value
	val  Value
}

// deletedTag marks a deleted entry's key.
type deletedTag struct{}

func (deletedTag) Type() *Class { return NoneType }

const (
	smallTable = 8
	slotEmpty  = -1
	slotDummy  = -2
)

func (e *entry) deleted() bool { _, ok := e.key.r.(deletedTag); return ok }

// lookup returns the entry index of key (with hash h), or -1.
func (ht *hashtable) lookup(t *Thread, h uint64, key Value) (int, error) {
	if ht.bloom&(1<<(h&63)) == 0 {
		return -1, nil
	}
	if ht.index == nil {
		for i := range ht.entries {
			e := &ht.entries[i]
			if e.hash == h {
				eq, err := keyEqual(t, e.key, key)
				if err != nil {
					return -1, err
				}
				if eq {
					return i, nil
				}
			}
		}
		return -1, nil
	}
	mask := uint64(len(ht.index) - 1)
	i := h & mask
	perturb := h
	for {
		ix := ht.index[i]
		if ix == slotEmpty {
			return -1, nil
		}
		if ix >= 0 {
			e := &ht.entries[ix]
			if e.hash == h {
				eq, err := keyEqual(t, e.key, key)
				if err != nil {
					return -1, err
				}
				if eq {
					return int(ix), nil
				}
			}
		}
		perturb >>= 5
		i = (i*5 + 1 + perturb) & mask
	}
}

// lookupStr is lookup for a str key, which needs no thread.
func (ht *hashtable) lookupStr(s *Str) int {
	h := s.HashValue()
	if ht.bloom&(1<<(h&63)) == 0 {
		return -1
	}
	if ht.index == nil {
		for i := range ht.entries {
			e := &ht.entries[i]
			if e.hash == h {
				if k, ok := e.key.r.(*Str); ok && (k == s || k.s == s.s) {
					return i
				}
			}
		}
		return -1
	}
	mask := uint64(len(ht.index) - 1)
	i := h & mask
	perturb := h
	for {
		ix := ht.index[i]
		if ix == slotEmpty {
			return -1
		}
		if ix >= 0 {
			e := &ht.entries[ix]
			if e.hash == h {
				if k, ok := e.key.r.(*Str); ok && (k == s || k.s == s.s) {
					return int(ix)
				}
			}
		}
		perturb >>= 5
		i = (i*5 + 1 + perturb) & mask
	}
}

// insertNew appends a key known to be absent.
func (ht *hashtable) insertNew(h uint64, key, val Value) {
	ht.keys++
	ht.live++
	ht.bloom |= 1 << (h & 63)
	ht.entries = append(ht.entries, entry{hash: h, key: key, val: val})
	n := len(ht.entries)
	if ht.index == nil {
		if n > smallTable {
			ht.rebuild()
		}
		return
	}
	if n*3 >= len(ht.index)*2 {
		ht.rebuild()
		return
	}
	ht.place(h, int32(n-1))
}

// place puts entry index ix into the first free slot of h's probe sequence.
func (ht *hashtable) place(h uint64, ix int32) {
	mask := uint64(len(ht.index) - 1)
	i := h & mask
	perturb := h
	for ht.index[i] >= 0 {
		perturb >>= 5
		i = (i*5 + 1 + perturb) & mask
	}
	ht.index[i] = ix
}

// rebuild compacts deleted entries away and sizes the index for the live
// entries.
func (ht *hashtable) rebuild() {
	if ht.live != len(ht.entries) {
		j := 0
		for i := range ht.entries {
			if !ht.entries[i].deleted() {
				ht.entries[j] = ht.entries[i]
				j++
			}
		}
		clear(ht.entries[j:])
		ht.entries = ht.entries[:j]
	}
	n := len(ht.entries)
	if n <= smallTable {
		ht.index = nil
		return
	}
	size := 16
	for size < n*3 {
		size <<= 1
	}
	if cap(ht.index) >= size && len(ht.index) == size {
		for i := range ht.index {
			ht.index[i] = slotEmpty
		}
	} else {
		ht.index = make([]int32, size)
		for i := range ht.index {
			ht.index[i] = slotEmpty
		}
	}
	for i := range ht.entries {
		ht.place(ht.entries[i].hash, int32(i))
	}
}

// deleteAt removes entry i.
func (ht *hashtable) deleteAt(i int) {
	e := &ht.entries[i]
	if ht.index != nil {
		mask := uint64(len(ht.index) - 1)
		s := e.hash & mask
		perturb := e.hash
		for ht.index[s] != int32(i) {
			perturb >>= 5
			s = (s*5 + 1 + perturb) & mask
		}
		ht.index[s] = slotDummy
	}
	*e = entry{key: Value{r: deletedTag{}}}
	ht.live--
	ht.keys++
	if i == len(ht.entries)-1 && ht.index == nil {
		ht.entries = ht.entries[:i]
		return
	}
	if ht.live*2 < len(ht.entries) && len(ht.entries) > smallTable {
		ht.rebuild()
	} else if ht.index == nil {
		// Small tables have no index to keep; compact at once.
		ht.rebuild()
	}
}

// get returns the value for key.
func (ht *hashtable) get(t *Thread, key Value) (Value, bool, error) {
	h, err := Hash(t, key)
	if err != nil {
		return None, false, err
	}
	i, err := ht.lookup(t, h, key)
	if err != nil || i < 0 {
		return None, false, err
	}
	return ht.entries[i].val, true, nil
}

// set stores key=val, keeping the position of an existing key.
func (ht *hashtable) set(t *Thread, key, val Value) error {
	h, err := Hash(t, key)
	if err != nil {
		return err
	}
	i, err := ht.lookup(t, h, key)
	if err != nil {
		return err
	}
	if i >= 0 {
		ht.entries[i].val = val
		return nil
	}
	ht.insertNew(h, key, val)
	return nil
}

// setStr stores a str key without a thread.
func (ht *hashtable) setStr(s *Str, val Value) {
	if i := ht.lookupStr(s); i >= 0 {
		ht.entries[i].val = val
		return
	}
	ht.insertNew(s.HashValue(), Value{r: s}, val)
}

// getStr looks up a str key without a thread.
func (ht *hashtable) getStr(s *Str) (Value, bool) {
	if i := ht.lookupStr(s); i >= 0 {
		return ht.entries[i].val, true
	}
	return None, false
}

// del removes key, returning its value.
func (ht *hashtable) del(t *Thread, key Value) (Value, bool, error) {
	h, err := Hash(t, key)
	if err != nil {
		return None, false, err
	}
	i, err := ht.lookup(t, h, key)
	if err != nil || i < 0 {
		return None, false, err
	}
	v := ht.entries[i].val
	ht.deleteAt(i)
	return v, true, nil
}

// clear removes every entry.
func (ht *hashtable) clear() {
	ht.entries = nil
	ht.index = nil
	ht.live = 0
	ht.bloom = 0
	ht.keys++
}

// copyFrom makes ht a copy of src.
func (ht *hashtable) copyFrom(src *hashtable) {
	ht.entries = make([]entry, 0, src.live)
	for i := range src.entries {
		if !src.entries[i].deleted() {
			ht.entries = append(ht.entries, src.entries[i])
		}
	}
	ht.live = len(ht.entries)
	ht.index = nil
	ht.bloom = src.bloom
	ht.keys++
	if ht.live > smallTable {
		ht.rebuild()
	}
}

// tableIter walks a hashtable in insertion order and notices changes of
// its keys.
type tableIter struct {
	ht   *hashtable
	i    int
	keys uint32
}

func (it *tableIter) next() (*entry, error) {
	if it.ht.keys != it.keys {
		if it.ht.live == 0 && it.i >= len(it.ht.entries) {
			return nil, nil
		}
		return nil, NewError(RuntimeErrorType, "dictionary changed size during iteration")
	}
	for it.i < len(it.ht.entries) {
		e := &it.ht.entries[it.i]
		it.i++
		if !e.deleted() {
			return e, nil
		}
	}
	return nil, nil
}
