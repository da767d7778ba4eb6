package chart

// What the external tests (package chart_test, which reads the events CSV
// fixture through timeline/format) see of the package's insides.
var (
	ChartJS  = chartJS
	ChartCSS = chartCSS
)

// Page is the data the page carries for its script.
type Page = page

// DecodePage reads the page's two JSON parts (#tk-data, #tk-late) back.
func DecodePage(early, late []byte) (*Page, error) { return decode(early, late) }

// EncodePage writes p as the page's two JSON parts.
func EncodePage(p *Page) (early, late []byte, err error) { return encode(p) }
