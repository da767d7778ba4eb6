// Package browser drives a headless Chromium over the DevTools protocol for
// tests: it starts the browser with --remote-debugging-pipe (the protocol's
// JSON messages, each ended by a NUL byte, on file descriptors 3 and 4, so
// no port and no WebSocket), opens pages, evaluates script, and sends real
// mouse, wheel and keyboard input. It depends on nothing but the standard
// library and the system's Chromium (Debian's chromium package).
package browser

import (
	"bufio"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"time"
)

// Find returns the path of a Chromium: $TARIKH_CHROMIUM, else the first of
// chromium, chromium-browser, google-chrome on PATH.
func Find() (string, error) {
	if p := os.Getenv("TARIKH_CHROMIUM"); p != "" {
		return p, nil
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", errors.New("no chromium on PATH: install Debian's chromium (apt-get install -y chromium; .ci/run does) or set TARIKH_CHROMIUM")
}

// Browser is a running headless Chromium.
type Browser struct {
	cmd    *exec.Cmd
	w      *os.File
	stderr *strings.Builder

	mu      sync.Mutex
	next    int
	pending map[int]chan reply
	errs    []string // exceptions thrown and console errors, from every page
	done    chan struct{}
	readErr error
}

type reply struct {
	Result json.RawMessage `json:"result"`
	Error  *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

type message struct {
	ID        int             `json:"id"`
	Method    string          `json:"method"`
	SessionID string          `json:"sessionId"`
	Params    json.RawMessage `json:"params"`
	reply
}

// Launch starts Chromium bin headless with a fresh profile in dir.
func Launch(bin, dir string) (*Browser, error) {
	inR, inW, err := os.Pipe() // we write, Chromium reads (fd 3)
	if err != nil {
		return nil, err
	}
	outR, outW, err := os.Pipe() // Chromium writes (fd 4), we read
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(bin, "--headless", "--remote-debugging-pipe", "--no-sandbox", "--disable-gpu",
		"--disable-quic", "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
		"--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-dev-shm-usage",
		"--hide-scrollbars", "--mute-audio", "--user-data-dir="+dir, "about:blank")
	cmd.ExtraFiles = []*os.File{inR, outW}
	b := &Browser{cmd: cmd, w: inW, stderr: &strings.Builder{}, pending: map[int]chan reply{}, done: make(chan struct{})}
	cmd.Stderr = b.stderr
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("browser: %w", err)
	}
	inR.Close()
	outW.Close()
	go b.read(outR)
	return b, nil
}

func (b *Browser) read(r *os.File) {
	defer close(b.done)
	br := bufio.NewReaderSize(r, 1<<20)
	for {
		line, err := br.ReadBytes(0)
		if err != nil {
			b.mu.Lock()
			b.readErr = err
			for id, ch := range b.pending {
				close(ch)
				delete(b.pending, id)
			}
			b.mu.Unlock()
			return
		}
		var m message
		if json.Unmarshal(line[:len(line)-1], &m) != nil {
			continue
		}
		b.mu.Lock()
		if m.ID != 0 {
			if ch := b.pending[m.ID]; ch != nil {
				ch <- m.reply
				delete(b.pending, m.ID)
			}
		} else {
			b.event(m)
		}
		b.mu.Unlock()
	}
}

// event records a page's script errors (the lock is held).
func (b *Browser) event(m message) {
	switch m.Method {
	case "Runtime.exceptionThrown":
		var p struct {
			Details struct {
				Text      string `json:"text"`
				Exception struct {
					Description string `json:"description"`
				} `json:"exception"`
			} `json:"exceptionDetails"`
		}
		json.Unmarshal(m.Params, &p)
		b.errs = append(b.errs, strings.TrimSpace(p.Details.Text+" "+p.Details.Exception.Description))
	case "Runtime.consoleAPICalled":
		var p struct {
			Type string `json:"type"`
			Args []struct {
				Value any `json:"value"`
			} `json:"args"`
		}
		json.Unmarshal(m.Params, &p)
		if p.Type == "error" || p.Type == "assert" {
			b.errs = append(b.errs, fmt.Sprintf("console.%s %v", p.Type, p.Args))
		}
	}
}

// Errors returns the script errors every page has had so far.
func (b *Browser) Errors() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.errs...)
}

// call sends a command (to a page's session when session is not "") and
// decodes its result into out.
func (b *Browser) call(ctx context.Context, session, method string, params, out any) error {
	b.mu.Lock()
	if b.readErr != nil {
		b.mu.Unlock()
		return fmt.Errorf("browser: %s: Chromium is gone (%v): %s", method, b.readErr, tail(b.stderr.String()))
	}
	b.next++
	id := b.next
	ch := make(chan reply, 1)
	b.pending[id] = ch
	msg := map[string]any{"id": id, "method": method}
	if params != nil {
		msg["params"] = params
	}
	if session != "" {
		msg["sessionId"] = session
	}
	data, err := json.Marshal(msg)
	if err == nil {
		_, err = b.w.Write(append(data, 0))
	}
	b.mu.Unlock()
	if err != nil {
		return fmt.Errorf("browser: %s: %w", method, err)
	}
	select {
	case r, ok := <-ch:
		if !ok {
			return fmt.Errorf("browser: %s: Chromium closed the pipe: %s", method, tail(b.stderr.String()))
		}
		if r.Error != nil {
			return fmt.Errorf("browser: %s: %s", method, r.Error.Message)
		}
		if out != nil {
			return json.Unmarshal(r.Result, out)
		}
		return nil
	case <-ctx.Done():
		b.mu.Lock()
		delete(b.pending, id)
		b.mu.Unlock()
		return fmt.Errorf("browser: %s: %w", method, ctx.Err())
	}
}

func tail(s string) string {
	if len(s) > 1500 {
		return "…" + s[len(s)-1500:]
	}
	return s
}

// Close ends Chromium.
func (b *Browser) Close() error {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = b.call(ctx, "", "Browser.close", nil, nil)
	b.w.Close()
	select {
	case <-b.done:
	case <-time.After(5 * time.Second):
		b.cmd.Process.Kill()
	}
	return b.cmd.Wait()
}

// Page is a browser tab.
type Page struct {
	b       *Browser
	session string
}

// NewPage opens a tab of width×height CSS pixels and allows downloads into
// downloads (when not "").
func (b *Browser) NewPage(ctx context.Context, width, height int, downloads string) (*Page, error) {
	var t struct {
		TargetID string `json:"targetId"`
	}
	if err := b.call(ctx, "", "Target.createTarget", map[string]any{"url": "about:blank"}, &t); err != nil {
		return nil, err
	}
	var s struct {
		SessionID string `json:"sessionId"`
	}
	if err := b.call(ctx, "", "Target.attachToTarget", map[string]any{"targetId": t.TargetID, "flatten": true}, &s); err != nil {
		return nil, err
	}
	p := &Page{b: b, session: s.SessionID}
	if err := p.call(ctx, "Runtime.enable", nil, nil); err != nil {
		return nil, err
	}
	if err := p.call(ctx, "Emulation.setDeviceMetricsOverride", map[string]any{
		"width": width, "height": height, "deviceScaleFactor": 1, "mobile": false}, nil); err != nil {
		return nil, err
	}
	if downloads != "" {
		if err := b.call(ctx, "", "Browser.setDownloadBehavior", map[string]any{
			"behavior": "allow", "downloadPath": downloads}, nil); err != nil {
			return nil, err
		}
	}
	return p, nil
}

func (p *Page) call(ctx context.Context, method string, params, out any) error {
	return p.b.call(ctx, p.session, method, params, out)
}

// Navigate loads url and waits until the expression ready is true.
func (p *Page) Navigate(ctx context.Context, url, ready string) error {
	if err := p.call(ctx, "Page.navigate", map[string]any{"url": url}, nil); err != nil {
		return err
	}
	return p.Wait(ctx, ready)
}

// Wait polls the expression until it is true.
func (p *Page) Wait(ctx context.Context, expr string) error {
	for {
		var ok bool
		err := p.Eval(ctx, "!!("+expr+")", &ok)
		if err == nil && ok {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("browser: waiting for %s: %w (last error %v)", expr, ctx.Err(), err)
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// Eval evaluates a JavaScript expression (awaiting a promise) and decodes
// its value into out (when not nil).
func (p *Page) Eval(ctx context.Context, expr string, out any) error {
	var r struct {
		Result struct {
			Value json.RawMessage `json:"value"`
		} `json:"result"`
		Exception *struct {
			Text      string `json:"text"`
			Exception struct {
				Description string `json:"description"`
			} `json:"exception"`
		} `json:"exceptionDetails"`
	}
	err := p.call(ctx, "Runtime.evaluate", map[string]any{"expression": expr, "returnByValue": true, "awaitPromise": true}, &r)
	if err != nil {
		return err
	}
	if r.Exception != nil {
		return fmt.Errorf("browser: %s: %s %s", expr, r.Exception.Text, r.Exception.Exception.Description)
	}
	if out != nil && len(r.Result.Value) > 0 {
		return json.Unmarshal(r.Result.Value, out)
	}
	return nil
}

// Rect is an element's box in CSS pixels of the viewport.
type Rect struct{ X, Y, W, H float64 }

// Center is the middle of r.
func (r Rect) Center() (float64, float64) { return r.X + r.W/2, r.Y + r.H/2 }

// Box returns the box of the first element matching the CSS selector, or
// an error when there is none or it has no size.
func (p *Page) Box(ctx context.Context, selector string) (Rect, error) {
	var r *Rect
	js := fmt.Sprintf(`(function(){var n=document.querySelector(%q); if(!n) return null; n.scrollIntoView({block:'nearest',inline:'nearest'});
		var b=n.getBoundingClientRect(); return {X:b.left,Y:b.top,W:b.width,H:b.height};})()`, selector)
	if err := p.Eval(ctx, js, &r); err != nil {
		return Rect{}, err
	}
	if r == nil || r.W == 0 || r.H == 0 {
		return Rect{}, fmt.Errorf("browser: no visible element %s", selector)
	}
	return *r, nil
}

func (p *Page) mouse(ctx context.Context, typ string, x, y float64, extra map[string]any) error {
	params := map[string]any{"type": typ, "x": x, "y": y}
	for k, v := range extra {
		params[k] = v
	}
	return p.call(ctx, "Input.dispatchMouseEvent", params, nil)
}

// ClickAt clicks the left button at (x, y).
func (p *Page) ClickAt(ctx context.Context, x, y float64) error {
	if err := p.mouse(ctx, "mouseMoved", x, y, nil); err != nil {
		return err
	}
	if err := p.mouse(ctx, "mousePressed", x, y, map[string]any{"button": "left", "buttons": 1, "clickCount": 1}); err != nil {
		return err
	}
	return p.mouse(ctx, "mouseReleased", x, y, map[string]any{"button": "left", "buttons": 0, "clickCount": 1})
}

// Click clicks the middle of the first element matching selector.
func (p *Page) Click(ctx context.Context, selector string) error {
	r, err := p.Box(ctx, selector)
	if err != nil {
		return err
	}
	x, y := r.Center()
	return p.ClickAt(ctx, x, y)
}

// Drag presses the left button at (x0, y0), moves to (x1, y1) in steps and
// releases it there.
func (p *Page) Drag(ctx context.Context, x0, y0, x1, y1 float64) error {
	if err := p.mouse(ctx, "mouseMoved", x0, y0, nil); err != nil {
		return err
	}
	if err := p.mouse(ctx, "mousePressed", x0, y0, map[string]any{"button": "left", "buttons": 1, "clickCount": 1}); err != nil {
		return err
	}
	const steps = 4
	for i := 1; i <= steps; i++ {
		f := float64(i) / steps
		if err := p.mouse(ctx, "mouseMoved", x0+(x1-x0)*f, y0+(y1-y0)*f, map[string]any{"button": "left", "buttons": 1}); err != nil {
			return err
		}
	}
	return p.mouse(ctx, "mouseReleased", x1, y1, map[string]any{"button": "left", "buttons": 0, "clickCount": 1})
}

// Wheel turns the mouse wheel at (x, y) by dy pixels (negative: zoom in
// on the chart).
func (p *Page) Wheel(ctx context.Context, x, y, dy float64) error {
	return p.mouse(ctx, "mouseWheel", x, y, map[string]any{"deltaX": 0, "deltaY": dy})
}

// Type types text into the focused element, as an input method would.
func (p *Page) Type(ctx context.Context, text string) error {
	return p.call(ctx, "Input.insertText", map[string]any{"text": text}, nil)
}

// Key presses and releases a key such as "Escape", "Enter" or "+".
func (p *Page) Key(ctx context.Context, key string) error {
	params := map[string]any{"type": "keyDown", "key": key}
	if len([]rune(key)) == 1 {
		params["text"] = key
	}
	if err := p.call(ctx, "Input.dispatchKeyEvent", params, nil); err != nil {
		return err
	}
	return p.call(ctx, "Input.dispatchKeyEvent", map[string]any{"type": "keyUp", "key": key}, nil)
}

// Screenshot returns a PNG of the viewport.
func (p *Page) Screenshot(ctx context.Context) ([]byte, error) {
	var r struct {
		Data string `json:"data"`
	}
	if err := p.call(ctx, "Page.captureScreenshot", map[string]any{"format": "png"}, &r); err != nil {
		return nil, err
	}
	return base64.StdEncoding.DecodeString(r.Data)
}

// Front makes the page the active tab: a tab in the background gets no
// animation frames, so the chart would not draw.
func (p *Page) Front(ctx context.Context) error { return p.call(ctx, "Page.bringToFront", nil, nil) }

// Close closes the tab.
func (p *Page) Close(ctx context.Context) error {
	return p.b.call(ctx, "", "Target.detachFromTarget", map[string]any{"sessionId": p.session}, nil)
}
