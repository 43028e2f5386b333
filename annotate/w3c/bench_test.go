package w3c

import "testing"

func BenchmarkExport1000(b *testing.B) {
	s := bigSet(b, 1000)
	b.ReportAllocs()
	for b.Loop() {
		data, err := Export(s)
		if err != nil {
			b.Fatal(err)
		}
		b.SetBytes(int64(len(data)))
	}
}

func BenchmarkImport1000(b *testing.B) {
	data, err := Export(bigSet(b, 1000))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Import(data, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// Other tools' files carry only a quote: each is searched for in the text.
func BenchmarkImportQuoteOnly1000(b *testing.B) {
	s := bigSet(b, 1000)
	var items []byte
	for i, c := range s.Claims {
		if i > 0 {
			items = append(items, ',')
		}
		items = append(items, `{"type":"Annotation","body":{"purpose":"identifying","value":"The spokesperson"},"target":{"selector":{"type":"TextQuoteSelector","exact":`...)
		items = append(items, []byte(mustQuote(c.Span.Exact))...)
		items = append(items, `}}}`...)
	}
	data := append(append([]byte("["), items...), ']')
	doc := s.Document
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Import(data, &doc); err != nil {
			b.Fatal(err)
		}
	}
}
