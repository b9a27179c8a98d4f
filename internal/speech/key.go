package speech

import "github.com/speechendpoints/terraform-provider-speechendpoints/internal/secret"

// KeyShape is what can be told about a key without calling Azure, as
// problems. The rules are secret's (secret.Inspect); this is their
// problems. It never holds the key in its problems.
type KeyShape struct {
	// Key is the key to send, trimmed (zero when Refused is set).
	Key secret.Key
	// Refused is set when the key must not be sent: it is empty, cannot go
	// in an HTTP header, or is a GUID.
	Refused *Problem
	// Notes are accepted oddities (warnings).
	Notes []Problem
}

// CheckKeyShape inspects a key before any call (secret.Inspect) and states
// what it found as problems.
func CheckKeyShape(key string) KeyShape {
	s := secret.Inspect(key)
	ks := KeyShape{Key: s.Key}
	if t := s.Trim; t.Any() {
		var trims []Trim
		for _, c := range []struct {
			on bool
			t  Trim
		}{{t.Newline, TrimNewline}, {t.Quotes, TrimQuotes}, {t.Spaces, TrimSpaces}, {t.Other, TrimWhitespace}} {
			if c.on {
				trims = append(trims, c.t)
			}
		}
		ks.Notes = append(ks.Notes, Problem{Code: CodeKeyTrimmed, Setting: SettingKey, Warning: true, Trims: trims})
	}
	switch s.Refusal {
	case secret.RefusedEmpty:
		ks.Notes = nil
		ks.Refused = &Problem{Code: CodeKeyEmpty, Setting: SettingKey}
	case secret.RefusedMalformed:
		ks.Refused = &Problem{Code: CodeKeyMalformed, Setting: SettingKey, Pos: s.BadPos}
	case secret.RefusedGUID:
		ks.Refused = &Problem{Code: CodeKeyGUID, Setting: SettingKey}
	case secret.NotRefused:
		if s.Unusual {
			ks.Notes = append(ks.Notes, Problem{Code: CodeKeyUnusualLength, Setting: SettingKey, Warning: true, Len: s.Length})
		}
	}
	return ks
}
