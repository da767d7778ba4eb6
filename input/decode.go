package input

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Encoding names the text encoding of the inputs.
type Encoding string

// Encodings Walk reads. Auto reads UTF-8, drops a UTF-8 byte-order mark,
// decodes UTF-16 that starts with a byte-order mark, and reads text that is
// not UTF-8 but looks like the Arabic code page as Windows-1256.
const (
	Auto        Encoding = "auto"
	UTF8        Encoding = "utf-8"
	UTF16       Encoding = "utf-16" // byte-order mark, else little-endian
	UTF16LE     Encoding = "utf-16le"
	UTF16BE     Encoding = "utf-16be"
	Windows1256 Encoding = "windows-1256"
)

// ParseEncoding reads an --encoding value; "" means Auto.
func ParseEncoding(s string) (Encoding, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "auto":
		return Auto, nil
	case "utf-8", "utf8":
		return UTF8, nil
	case "utf-16", "utf16":
		return UTF16, nil
	case "utf-16le", "utf16le":
		return UTF16LE, nil
	case "utf-16be", "utf16be":
		return UTF16BE, nil
	case "windows-1256", "cp1256", "win1256":
		return Windows1256, nil
	}
	return "", fmt.Errorf("unknown --encoding %q (want auto, utf-8, utf-16, utf-16le, utf-16be or windows-1256)", s)
}

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// decodeStream wraps r so that it yields UTF-8 when the input is not read
// as UTF-8: a forced UTF-16 or Windows-1256, or (Auto) UTF-16 with a
// byte-order mark. A byte-order mark always wins over the forced encoding,
// and is consumed. head is the start of the stream. It reports whether r
// was wrapped.
func decodeStream(r io.Reader, enc Encoding, head []byte) (io.Reader, bool) {
	var d encoding.Encoding
	switch enc {
	case UTF16, UTF16LE:
		d = unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	case UTF16BE:
		d = unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	case Windows1256:
		d = charmap.Windows1256
	case Auto:
		if bytes.HasPrefix(head, bomUTF16LE) || bytes.HasPrefix(head, bomUTF16BE) {
			d = unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
		}
	}
	if d == nil {
		return r, false
	}
	return transform.NewReader(r, unicode.BOMOverride(d.NewDecoder())), true
}

// problem is something wrong with the bytes of an article, at a line.
type problem struct {
	line int
	msg  string
}

// decodeBytes turns what was read of one article into valid UTF-8 text. The
// bytes are UTF-8 already, or transcoded (see decodeStream) when transcoded
// is true. It drops a UTF-8 byte-order mark; refuses binary data (a NUL
// byte); reads text that is not UTF-8 but looks like Windows-1256 as such
// when detect is true; and otherwise replaces each byte that is not UTF-8
// with U+FFFD, so that every byte read is one code point of the text.
// warn is set when the text was repaired or guessed, fail when there is no
// text to give.
func decodeBytes(b []byte, detect bool, firstLine int) (text string, warn, fail *problem) {
	b = bytes.TrimPrefix(b, bomUTF8)
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return "", nil, &problem{firstLine + bytes.Count(b[:i], nl), "binary file (NUL byte); skipped"}
	}
	if utf8.Valid(b) {
		return string(b), nil, nil
	}
	bad, first := invalidUTF8(b)
	line := firstLine + bytes.Count(b[:first], nl)
	if detect && looksWindows1256(b, bad) {
		s, err := charmap.Windows1256.NewDecoder().Bytes(b)
		if err == nil {
			return string(s), &problem{line, "not UTF-8; read as windows-1256 (choose with --encoding)"}, nil
		}
	}
	return replaceInvalid(b), &problem{line, fmt.Sprintf("invalid UTF-8: %d byte(s) replaced with U+FFFD", bad)}, nil
}

var nl = []byte{'\n'}

// invalidUTF8 counts the bytes of b that are not part of a UTF-8 sequence
// and gives the offset of the first.
func invalidUTF8(b []byte) (n, first int) {
	first = -1
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			if first < 0 {
				first = i
			}
			n++
		}
		i += size
	}
	if first < 0 {
		first = 0
	}
	return n, first
}

// looksWindows1256 says whether b, which is not UTF-8 (bad bytes are not
// part of a UTF-8 sequence), reads as Arabic in Windows-1256: most bytes
// above ASCII are invalid UTF-8 and most are in 0xC1–0xFE, where that code
// page has its Arabic letters and marks.
func looksWindows1256(b []byte, bad int) bool {
	high, arabic := 0, 0
	for _, c := range b {
		if c >= 0x80 {
			high++
			if c >= 0xC1 && c <= 0xFE {
				arabic++
			}
		}
	}
	return high > 0 && 2*bad >= high && 10*arabic >= 7*high
}

// replaceInvalid returns b as a string with each byte that is not part of
// a UTF-8 sequence replaced by U+FFFD (one code point per byte, as Go's
// range over a string counts them).
func replaceInvalid(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b) + 16)
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			sb.WriteRune(utf8.RuneError)
		} else {
			sb.Write(b[i : i+size])
		}
		i += size
	}
	return sb.String()
}
