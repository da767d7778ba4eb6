package format

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"

	"github.com/tarikh/tarikh/timeline"
)

// ReportStore keeps the per-article lines of a run (every article's line
// and its events' lines, in the per-article schema of docs/per-article.md)
// in a temporary file, so that a timeline written as JSON lines carries them
// (Options.Reports): each row the lines of the reports merged into it, under
// "reports", and after the rows every article's line. tarikh merge reads
// such a timeline as it reads per-article files, so a timeline can grow day
// by day with the rows of one run over all its articles.
type ReportStore struct {
	f        *os.File
	w        *bufio.Writer
	off      int64
	err      error
	buf      bytes.Buffer
	enc      *json.Encoder
	events   map[timeline.Order]span
	articles map[timeline.Order]span // Index 0
}

// span is where a line is in the store's file.
type span struct {
	off int64
	n   int
}

// NewReportStore returns an empty ReportStore whose file is in dir ("" for
// the system's temporary directory). Close removes the file.
func NewReportStore(dir string) (*ReportStore, error) {
	f, err := os.CreateTemp(dir, "tarikh-reports-*")
	if err != nil {
		return nil, fmt.Errorf("report store: %w", err)
	}
	s := &ReportStore{f: f, w: bufio.NewWriterSize(f, 1<<16), events: map[timeline.Order]span{}, articles: map[timeline.Order]span{}}
	s.enc = json.NewEncoder(&s.buf)
	s.enc.SetEscapeHTML(false)
	return s, nil
}

// Close removes the store's file.
func (s *ReportStore) Close() error {
	name := s.f.Name()
	err := s.f.Close()
	os.Remove(name)
	return err
}

// Add keeps article a and the events of its report r, as tarikh events
// --per-article writes them.
func (s *ReportStore) Add(a ArticleInfo, r timeline.Report) {
	s.AddArticle(a, r.Refs, len(r.Events))
	for i := range r.Events {
		pe := eventLine(&r.Events[i], a.Src, a.Line, i)
		pe.Doc = a.Doc
		s.addEvent(timeline.Order{Src: a.Src, Line: a.Line, Index: i}, pe)
	}
}

// AddArticle keeps the line of article a, which refers to refs and has n
// events. An article kept already (the same Src and Line) is kept once.
func (s *ReportStore) AddArticle(a ArticleInfo, refs timeline.Refs, n int) {
	k := timeline.Order{Src: a.Src, Line: a.Line}
	if _, ok := s.articles[k]; !ok {
		s.articles[k] = s.put(articleLine(a, refs, n))
	}
}

// AddEvent keeps the line of one article's event, a per-article event read
// back (its doc and address are its first).
func (s *ReportStore) AddEvent(a *timeline.Arrival) {
	s.addEvent(a.Order, eventLine(&a.Event, a.Order.Src, a.Order.Line, a.Order.Index))
}

func (s *ReportStore) addEvent(o timeline.Order, pe paEvent) {
	if _, ok := s.events[o]; !ok {
		s.events[o] = s.put(pe)
	}
}

// put writes v as one JSON line (without its newline) and returns where.
func (s *ReportStore) put(v any) span {
	s.buf.Reset()
	if err := s.enc.Encode(v); err != nil && s.err == nil {
		s.err = err
	}
	b := bytes.TrimSuffix(s.buf.Bytes(), []byte("\n"))
	sp := span{off: s.off, n: len(b)}
	if _, err := s.w.Write(b); err != nil && s.err == nil {
		s.err = err
	}
	s.off += int64(len(b))
	return sp
}

// line returns the line at sp.
func (s *ReportStore) line(sp span) ([]byte, error) {
	if s.err != nil {
		return nil, fmt.Errorf("report store: %w", s.err)
	}
	if s.w.Buffered() > 0 {
		if err := s.w.Flush(); err != nil {
			s.err = err
			return nil, fmt.Errorf("report store: %w", err)
		}
	}
	b := make([]byte, sp.n)
	if _, err := s.f.ReadAt(b, sp.off); err != nil {
		return nil, fmt.Errorf("report store: %w", err)
	}
	return b, nil
}

// reports returns the event lines of the reports at os.
func (s *ReportStore) reports(os []timeline.Order) ([]json.RawMessage, error) {
	out := make([]json.RawMessage, 0, len(os))
	for _, o := range os {
		sp, ok := s.events[o]
		if !ok {
			return nil, fmt.Errorf("report store: no event %s:%d #%d", o.Src, o.Line, o.Index)
		}
		b, err := s.line(sp)
		if err != nil {
			return nil, err
		}
		out = append(out, b)
	}
	return out, nil
}

// writeArticles writes every article's line to w, in the order of the run.
func (s *ReportStore) writeArticles(w io.Writer) error {
	keys := make([]timeline.Order, 0, len(s.articles))
	for k := range s.articles {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, timeline.Order.Compare)
	for _, k := range keys {
		b, err := s.line(s.articles[k])
		if err != nil {
			return err
		}
		if _, err := w.Write(append(b, '\n')); err != nil {
			return err
		}
	}
	return nil
}
