package store

import (
	"context"
	"fmt"

	"github.com/crosscheck-bot/crosscheck/claims"
	"github.com/crosscheck-bot/crosscheck/pipeline"
)

// SaveBatch stores many records in one transaction, as Save stores one:
// all of them or none. An import of a large archive, or `crosscheck
// bench` filling a store with a million fingerprints, pays for one commit
// instead of one per record. Records are not compared with each other:
// the caller judged them in order before.
func (s *Store) SaveBatch(ctx context.Context, rs []pipeline.Record) ([]claims.Alert, error) {
	tx, err := s.beginSave(ctx)
	if err != nil {
		return nil, fmt.Errorf("save batch of %d: %w", len(rs), err)
	}
	defer tx.rollback()
	var queued []claims.Alert
	ids := make([]savedIDs, len(rs))
	for i, r := range rs {
		q, id, err := s.save(ctx, tx, r, nil)
		if err != nil {
			return nil, fmt.Errorf("save %s: %w", r.Item.URL, err)
		}
		queued, ids[i] = append(queued, q...), id
	}
	if err := tx.commit(); err != nil {
		return nil, fmt.Errorf("save batch of %d: %w", len(rs), err)
	}
	for i, r := range rs {
		s.committed(r, ids[i])
	}
	return queued, nil
}
