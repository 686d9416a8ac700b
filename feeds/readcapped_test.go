package feeds

import (
	"bytes"
	"strings"
	"testing"
	"testing/iotest"
)

// The announced length only sizes the buffer: what is read, and the cap,
// are the body's.
func TestReadCappedWithAnnouncedSize(t *testing.T) {
	body := strings.Repeat("<item>x</item>", 300) // 4,200 bytes
	tests := []struct {
		name      string
		max, size int64
		wantErr   bool
	}{
		{"no length announced", 10_000, -1, false},
		{"the exact length", 10_000, int64(len(body)), false},
		{"a length too short", 10_000, 10, false},
		{"a length too long", 10_000, 9_000, false},
		{"an empty body announced", 10_000, 0, false},
		{"a length past the cap", 10_000, 20_000, false},
		{"a body past the cap, announced", 4_000, int64(len(body)), true},
		{"a body past the cap, announced within it", 4_000, 3_000, true},
		{"a body past the cap, not announced", 4_000, -1, true},
		{"a body exactly at the cap", int64(len(body)), int64(len(body)), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := readCapped(iotest.HalfReader(strings.NewReader(body)), tt.max, tt.size)
			if tt.wantErr {
				if err == nil {
					t.Fatalf("read %d bytes, want an error for a cap of %d", len(got), tt.max)
				}
				return
			}
			if err != nil || !bytes.Equal(got, []byte(body)) {
				t.Fatalf("read %d bytes, err %v; want the body's %d", len(got), err, len(body))
			}
		})
	}
}
