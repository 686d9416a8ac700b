package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/crosscheck-bot/crosscheck/bot"
	"github.com/crosscheck-bot/crosscheck/claims"
)

// claimColumns select a claim with its article's URL and source; use with
// "FROM claims c JOIN articles a ON a.id = c.article_id" and scanClaim.
const claimColumns = `c.id, c.metric, c.subject, c.location, c.value, c.value_max, c.qualifier,
	c.partial, c.tentative, c.attribution, c.quote, c.published, a.url, a.source`

type scanner interface{ Scan(dest ...any) error }

// scanClaim scans claimColumns, then the extra columns after them.
func scanClaim(row scanner, extra ...any) (claims.Claim, error) {
	return scanClaimBetween(row, nil, extra)
}

// scanClaimAfter scans the leading columns, then claimColumns.
func scanClaimAfter(row scanner, leading ...any) (claims.Claim, error) {
	return scanClaimBetween(row, leading, nil)
}

func scanClaimBetween(row scanner, leading, extra []any) (claims.Claim, error) {
	var c claims.Claim
	var published sql.NullInt64
	dest := append(leading, &c.ID, &c.Metric, &c.Subject, &c.Location, &c.Value, &c.ValueMax, &c.Qualifier,
		&c.Partial, &c.Tentative, &c.Attribution, &c.Quote, &published, &c.ArticleURL, &c.Source)
	dest = append(dest, extra...)
	if err := row.Scan(dest...); err != nil {
		return claims.Claim{}, err
	}
	c.Published = fromMicros(published)
	return c, nil
}

// querier is the database or a transaction.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// queryClaims runs a query selecting claimColumns and collects the claims.
func (s *Store) queryClaims(ctx context.Context, what, query string, args ...any) ([]claims.Claim, error) {
	return queryClaims(ctx, s.db, what, query, args...)
}

func queryClaims(ctx context.Context, q querier, what, query string, args ...any) ([]claims.Claim, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	defer rows.Close()
	var cs []claims.Claim
	for rows.Next() {
		c, err := scanClaim(rows)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		cs = append(cs, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return cs, nil
}

// ClaimsAbout lists stored claims of one metric and subject published in
// [from, to], newest first, at most limit.
func (s *Store) ClaimsAbout(ctx context.Context, m claims.Metric, subj claims.Subject, from, to time.Time, limit int) ([]claims.Claim, error) {
	refs, ok, err := s.recent.lend(ctx, s, recentKey{m, subj}, micros(from), micros(to), limit, nil, nil)
	if err != nil {
		return nil, err
	}
	if !ok {
		return s.claimsAboutSQL(ctx, m, subj, from, to, limit)
	}
	return derefClaims(refs), nil
}

// LendClaimsAbout appends to dst what ClaimsAbout lists, by reference
// (pipeline.ClaimLender): claims kept in memory are lent, not copied,
// and must not be changed.
func (s *Store) LendClaimsAbout(ctx context.Context, dst []*claims.Claim, m claims.Metric, subj claims.Subject, from, to time.Time, limit int) ([]*claims.Claim, error) {
	refs, ok, err := s.recent.lend(ctx, s, recentKey{m, subj}, micros(from), micros(to), limit, nil, dst)
	if err != nil || ok {
		return refs, err
	}
	cs, err := s.claimsAboutSQL(ctx, m, subj, from, to, limit)
	return appendRefs(dst, cs), err
}

// derefClaims copies lent claims; none gives nil, as a query would.
func derefClaims(refs []*claims.Claim) []claims.Claim {
	if len(refs) == 0 {
		return nil
	}
	cs := make([]claims.Claim, len(refs))
	for i, c := range refs {
		cs[i] = *c
	}
	return cs
}

func appendRefs(dst []*claims.Claim, cs []claims.Claim) []*claims.Claim {
	for i := range cs {
		dst = append(dst, &cs[i])
	}
	return dst
}

func (s *Store) claimsAboutSQL(ctx context.Context, m claims.Metric, subj claims.Subject, from, to time.Time, limit int) ([]claims.Claim, error) {
	return s.queryClaims(ctx, fmt.Sprintf("claims about %s %s", subj, m), claimsAboutQuery,
		m, subj, micros(from), micros(to), limit)
}

const claimsAboutQuery = `SELECT ` + claimColumns + `
	FROM claims c JOIN articles a ON a.id = c.article_id
	WHERE c.metric = ? AND c.subject = ? AND c.published BETWEEN ? AND ?
	ORDER BY c.published DESC, c.id DESC LIMIT ?`

// LatestFigures gives the newest claim per speaker, metric and subject;
// the speaker is the attribution, or the source when nobody is named.
// Metric "" means all metrics.
func (s *Store) LatestFigures(ctx context.Context, metric claims.Metric) ([]claims.Claim, error) {
	return s.queryClaims(ctx, "latest figures", `SELECT `+claimColumns+` FROM (
			SELECT c.id, row_number() OVER (
				PARTITION BY CASE WHEN c.attribution IN ('', ?) THEN 'source:' || a.source
				                  ELSE 'said:' || c.attribution END, c.metric, c.subject
				ORDER BY c.published DESC, c.id DESC) AS rank
			FROM claims c JOIN articles a ON a.id = c.article_id
			WHERE ? = '' OR c.metric = ?
		) newest
		JOIN claims c ON c.id = newest.id JOIN articles a ON a.id = c.article_id
		WHERE newest.rank = 1
		ORDER BY c.metric, c.subject, c.published DESC, c.id DESC`,
		claims.Unattributed, metric, metric)
}

// LatestArticles gives the n newest kept articles (not duplicates or
// off-topic) with their claims.
func (s *Store) LatestArticles(ctx context.Context, n int) ([]bot.Article, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, url, title, source, published FROM articles
		WHERE status = 'new' ORDER BY published DESC, id DESC LIMIT ?`, n)
	if err != nil {
		return nil, fmt.Errorf("latest articles: %w", err)
	}
	defer rows.Close()
	var arts []bot.Article
	index := map[int64]int{} // article id to its place in arts
	for rows.Next() {
		var id int64
		var a bot.Article
		var published sql.NullInt64
		if err := rows.Scan(&id, &a.URL, &a.Title, &a.Source, &published); err != nil {
			return nil, fmt.Errorf("latest articles: %w", err)
		}
		a.Published = fromMicros(published)
		index[id] = len(arts)
		arts = append(arts, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("latest articles: %w", err)
	}
	if err := s.attachClaims(ctx, arts, index, n); err != nil {
		return nil, err
	}
	return arts, nil
}

// attachClaims fills the claims of the articles LatestArticles found, in
// one query rather than one per article.
func (s *Store) attachClaims(ctx context.Context, arts []bot.Article, index map[int64]int, n int) error {
	rows, err := s.db.QueryContext(ctx, `SELECT `+claimColumns+`, c.article_id
		FROM claims c JOIN articles a ON a.id = c.article_id
		WHERE c.article_id IN (SELECT id FROM articles WHERE status = 'new'
		                       ORDER BY published DESC, id DESC LIMIT ?)
		ORDER BY c.id`, n)
	if err != nil {
		return fmt.Errorf("latest articles' claims: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var articleID int64
		c, err := scanClaim(rows, &articleID)
		if err != nil {
			return fmt.Errorf("latest articles' claims: %w", err)
		}
		if i, ok := index[articleID]; ok {
			arts[i].Claims = append(arts[i].Claims, c)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("latest articles' claims: %w", err)
	}
	return nil
}
