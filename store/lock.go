package store

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// lockFile takes the advisory lock that keeps a second crosscheck off the
// same database: two daemons would both deliver every alert. The kernel
// drops the lock when the process dies, so a crash never leaves it stale.
func lockFile(path string) (*os.File, error) {
	name := path + ".lock"
	f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", name, err)
	}
	err = flockBriefly(f)
	if errors.Is(err, syscall.EWOULDBLOCK) {
		pid := holderPID(f)
		f.Close()
		return nil, refuse(ErrInUse, "database %s is in use by another crosscheck (pid %s)", path, pid)
	}
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("lock %s: %w", name, err)
	}
	if err := writePID(f); err != nil {
		unlockFile(f)
		return nil, fmt.Errorf("lock %s: %w", name, err)
	}
	return f, nil
}

// flockBriefly tries the lock for a moment before giving up. A process
// that forks (to run a helper) lends its descriptors to the child until the
// child execs, so a lock just released can look held for a few
// milliseconds; a second crosscheck holds it for good.
func flockBriefly(f *os.File) error {
	deadline := time.Now().Add(200 * time.Millisecond)
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if !errors.Is(err, syscall.EWOULDBLOCK) || time.Now().After(deadline) {
			return err
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func writePID(f *os.File) error {
	if err := f.Truncate(0); err != nil {
		return err
	}
	_, err := f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	return err
}

// holderPID reads the pid the holder wrote, for the refusal message.
func holderPID(f *os.File) string {
	buf := make([]byte, 32)
	n, _ := f.ReadAt(buf, 0)
	if pid := strings.TrimSpace(string(buf[:n])); pid != "" {
		return pid
	}
	return "unknown"
}

// unlockFile releases the lock; closing the descriptor drops it.
func unlockFile(f *os.File) {
	if f != nil {
		f.Close()
	}
}
