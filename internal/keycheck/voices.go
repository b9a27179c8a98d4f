package keycheck

import (
	"encoding/json"
	"errors"
	"io"
)

// Errors of reading a voices list.
var (
	errTooLarge  = errors.New("the body is larger than the limit")
	errNotVoices = errors.New("the body is not a JSON list of voices")
)

// limitedReader fails with errTooLarge once more than n bytes are read.
type limitedReader struct {
	r io.Reader
	n int64
}

func (l *limitedReader) Read(p []byte) (int, error) {
	if l.n < 0 {
		return 0, errTooLarge
	}
	if int64(len(p)) > l.n+1 {
		p = p[:l.n+1]
	}
	n, err := l.r.Read(p)
	l.n -= int64(n)
	if l.n < 0 {
		return n, errTooLarge
	}
	return n, err
}

// countVoicesStream counts the voices of a list as it streams in, one
// voice in memory at a time, never the list: the list is hundreds of KB,
// and a body can be as large as limit. It fails with errNotVoices unless
// the body is a JSON array of objects and nothing else, with errTooLarge
// past limit, and with the reader's error when the stream breaks.
func countVoicesStream(r io.Reader, limit int64) (int, error) {
	dec := json.NewDecoder(&limitedReader{r: r, n: limit})
	n := 0
	err := eachVoice(dec, func(json.RawMessage) error { n++; return nil })
	return n, err
}

// eachVoice calls fn with each element of the JSON array dec reads, after
// checking that it is an object; then it checks that the array ends the
// stream.
func eachVoice(dec *json.Decoder, fn func(json.RawMessage) error) error {
	tok, err := dec.Token()
	if err != nil {
		return streamErr(err)
	}
	if d, ok := tok.(json.Delim); !ok || d != '[' {
		return errNotVoices
	}
	for dec.More() {
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return streamErr(err)
		}
		if len(raw) == 0 || raw[0] != '{' {
			return errNotVoices
		}
		if err := fn(raw); err != nil {
			return err
		}
	}
	if tok, err = dec.Token(); err != nil {
		return streamErr(err)
	}
	if d, ok := tok.(json.Delim); !ok || d != ']' {
		return errNotVoices
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		if err != nil {
			return streamErr(err)
		}
		return errNotVoices // something after the list
	}
	return nil
}

// streamErr tells a body that is not JSON from a stream that broke.
func streamErr(err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.Is(err, errTooLarge):
		return errTooLarge
	case errors.As(err, &syn), errors.As(err, &typ), errors.Is(err, io.EOF):
		return errNotVoices
	}
	return err
}
