package secret

import (
	"fmt"
	"unicode/utf8"
)

// Withheld stands for a value shaped like a key in a message.
const Withheld = "(a value shaped like a Speech key, not shown)"

// Quote renders a user value for a message: quoted, control characters
// escaped, and cut short when it is long. A value shaped like a Speech key
// is never shown (Withheld instead).
func Quote(s string) string {
	if LooksLikeKey(s) {
		return Withheld
	}
	if utf8.RuneCountInString(s) > 64 {
		rs := []rune(s)
		return fmt.Sprintf("%q... (%d characters)", string(rs[:48]), len(rs))
	}
	return fmt.Sprintf("%q", s)
}
