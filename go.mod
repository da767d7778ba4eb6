module github.com/tarikh/tarikh

go 1.26

require (
	github.com/jdkato/prose/v3 v3.2.3
	golang.org/x/text v0.31.0
	gopkg.in/yaml.v3 v3.0.1
)

require gopkg.in/neurosnap/sentences.v1 v1.0.6 // indirect
