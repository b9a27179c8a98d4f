package main

import (
	"fmt"

	"google.golang.org/grpc/mem"
)

// rawMessage carries protobuf bytes as they are: the empty request of
// GetProviderSchema is zero bytes, and the answer is only measured.
type rawMessage struct{ b []byte }

type rawCodec struct{}

func (rawCodec) Name() string { return "proto" }

func (rawCodec) Marshal(v any) (mem.BufferSlice, error) {
	m, ok := v.(*rawMessage)
	if !ok {
		return nil, fmt.Errorf("rawCodec: %T", v)
	}
	return mem.BufferSlice{mem.SliceBuffer(m.b)}, nil
}

func (rawCodec) Unmarshal(data mem.BufferSlice, v any) error {
	m, ok := v.(*rawMessage)
	if !ok {
		return fmt.Errorf("rawCodec: %T", v)
	}
	m.b = data.Materialize()
	return nil
}
