package pipeline

// HoldCommits takes the serial stage's lock, as a long commit would, so
// that a test can queue CommitAll calls behind it.
func (p *Pipeline) HoldCommits() (release func()) {
	p.mu.Lock()
	return p.mu.Unlock
}

// CommitsWaiting is how many CommitAll calls are queued.
func (p *Pipeline) CommitsWaiting() int {
	p.group.mu.Lock()
	defer p.group.mu.Unlock()
	return len(p.group.waiting)
}
