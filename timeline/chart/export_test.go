package chart

// What the external tests (package chart_test, which reads the events CSV
// fixture through timeline/format) see of the package's insides.
var (
	ChartJS  = chartJS
	ChartCSS = chartCSS
)

// Page is the data the page carries for its script.
type Page = page
