package store

import (
	"context"
	"database/sql"
	"slices"
	"sync"
)

// sentenceHolders remembers, for sentence hashes a lookup read from
// SQLite that name fewer than sentenceIDsKept originals, which ones they
// name. Where texts share sentences (a wire's boilerplate, the bench's
// generator), the same hashes are looked up for text after text, and
// since an original indexes only its sample (dedup.Sample) such a hash
// can stay short of full, and asked of SQLite, for a long time. Only this
// store writes the index, so memory stays right by learning each commit's
// new rows for the hashes it holds. At most sentenceHoldersCap hashes are
// kept: past that, SQLite answers.
type sentenceHolders struct {
	mu  sync.Mutex
	ids map[uint64][]holder
	// commits counts the commits memory learned from: a lookup outside a
	// batch learns what it read only if none came in between.
	commits uint64
}

// sentenceHoldersCap bounds the memory to about 4 MB.
const sentenceHoldersCap = 50_000

func (m *sentenceHolders) get(h uint64) ([]holder, bool, uint64) {
	m.mu.Lock()
	defer m.mu.Unlock()
	hs, ok := m.ids[h]
	return hs, ok, m.commits
}

// learn keeps what a lookup outside a batch read, if no commit came after
// the read began.
func (m *sentenceHolders) learn(h uint64, hs []holder, commits uint64) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if commits == m.commits {
		m.put(h, hs)
	}
}

func (m *sentenceHolders) put(h uint64, hs []holder) {
	if m.ids == nil {
		m.ids = map[uint64][]holder{}
	}
	if _, ok := m.ids[h]; ok || len(m.ids) < sentenceHoldersCap {
		m.ids[h] = slices.Clip(hs)
	}
}

// committed brings memory up to a commit: what its transaction read, then
// the rows it inserted. A hash that became full is left to fullSentences.
func (m *sentenceHolders) committed(read, inserted map[uint64][]holder) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.commits++
	for h, hs := range read {
		m.put(h, hs)
	}
	for h, added := range inserted {
		hs, ok := m.ids[h]
		if !ok {
			continue
		}
		if hs = append(hs, added...); len(hs) >= sentenceIDsKept {
			delete(m.ids, h)
			continue
		}
		m.ids[h] = hs
	}
}

// holdersIn answers for hash h in a view: from what a batch read or
// memory, unless the batch inserted rows for it (SQL sees them, memory
// does not); else from SQLite, and memory learns the answer.
func holdersIn(ctx context.Context, v view, stmt *sql.Stmt, h uint64, found []holder) ([]holder, error) {
	if t := v.tx(); t != nil {
		hs, mine, ok := t.heldInTx(h)
		if mine {
			return holdersOf(ctx, stmt, h, found)
		}
		if ok {
			return append(found, hs...), nil
		}
	}
	hs, ok, commits := v.holdersMem.get(h)
	if ok {
		return append(found, hs...), nil
	}
	start := len(found)
	found, err := holdersOf(ctx, stmt, h, found)
	if err != nil || len(found)-start >= sentenceIDsKept {
		return found, err // a full hash is fullSentences' to learn
	}
	read := slices.Clone(found[start:])
	if t := v.tx(); t != nil {
		t.sentMu.Lock()
		if t.readHolders == nil {
			t.readHolders = map[uint64][]holder{}
		}
		t.readHolders[h] = read
		t.sentMu.Unlock()
	} else {
		v.holdersMem.learn(h, read, commits)
	}
	return found, nil
}

// insertedHolder notes a row this transaction inserted.
func (t *saveTx) insertedHolder(h uint64, o holder) {
	t.sentMu.Lock()
	defer t.sentMu.Unlock()
	if t.insertedHolders == nil {
		t.insertedHolders = map[uint64][]holder{}
	}
	t.insertedHolders[h] = append(t.insertedHolders[h], o)
}

// heldInTx tells whether the transaction inserted rows for hash h (mine:
// SQL must answer), else what it read for h before (ok).
func (t *saveTx) heldInTx(h uint64) (hs []holder, mine, ok bool) {
	t.sentMu.Lock()
	defer t.sentMu.Unlock()
	if _, mine := t.insertedHolders[h]; mine {
		return nil, true, false
	}
	hs, ok = t.readHolders[h]
	return hs, false, ok
}
