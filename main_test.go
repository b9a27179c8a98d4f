package main

import (
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

// The soft memory limit stays at its floor while the live heap is small,
// and moves to twice the live heap when that is larger, so that a heap the
// provider keeps never sits at the limit.
func TestMemoryLimitFollowsTheLiveHeap(t *testing.T) {
	const floor = 16 << 20
	runtime.GC()
	followLiveHeap(floor, 10*time.Millisecond)
	if got := debug.SetMemoryLimit(-1); got != floor {
		t.Fatalf("limit %d, want the floor %d", got, floor)
	}
	kept := make([][]byte, 32)
	for i := range kept {
		kept[i] = make([]byte, 1<<20) // 32 MiB live, more than half the floor
	}
	runtime.GC()
	deadline := time.Now().Add(5 * time.Second)
	for debug.SetMemoryLimit(-1) < 64<<20 {
		if time.Now().After(deadline) {
			t.Fatalf("limit %d MiB with 32 MiB live; want at least 64", debug.SetMemoryLimit(-1)>>20)
		}
		time.Sleep(10 * time.Millisecond)
	}
	runtime.KeepAlive(kept)
}
