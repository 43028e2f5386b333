package exercise

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"whosaid/annotate"
)

func sampleExercise() Exercise {
	return Exercise{Title: "Who said it?", Instructions: "Mark every claim.\nName its speaker.",
		Find: Find{Claims: true, Speakers: true}, Feedback: FeedbackAfterSubmit}
}

func TestExerciseFileRoundTrip(t *testing.T) {
	f := NewExerciseFile("ex-1", sampleExercise(), classDoc())
	data, err := f.Encode()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(data), "k1") || strings.Contains(string(data), "\"key\"") {
		t.Fatalf("the exercise file holds key material:\n%s", data)
	}
	got, err := DecodeExerciseFile(data)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(f, got); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}

func TestDecodeExerciseFileListsEveryProblem(t *testing.T) {
	f := NewExerciseFile("", Exercise{Feedback: "later"}, classDoc())
	f.Kind, f.Version = "whosaid-submission", 9
	f.Document.Blocks[0].Text = "tampered"
	data, _ := f.Encode()
	_, err := DecodeExerciseFile(data)
	if err == nil {
		t.Fatal("no error")
	}
	for _, want := range []string{
		`kind: "whosaid-submission" is not a whosaid-exercise file`,
		"version: 9 is not a version",
		`id: "" is not an exercise id`,
		"exercise.title: missing",
		`exercise.feedback: "later" is not`,
		"exercise.find: asks for nothing",
		"document.id:",
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
}

func TestDecodeExerciseFileRefusesAKey(t *testing.T) {
	data, _ := NewExerciseFile("ex-1", sampleExercise(), classDoc()).Encode()
	withKey := strings.Replace(string(data), `"kind"`, `"key": {"claims": []}, "kind"`, 1)
	_, err := DecodeExerciseFile([]byte(withKey))
	if err == nil || !strings.Contains(err.Error(), `unknown field "key"`) {
		t.Errorf("error = %v, want unknown field \"key\"", err)
	}
	_, err = DecodeExerciseFile([]byte("{\n  \"kind\": ,"))
	if err == nil || !strings.Contains(err.Error(), "line 2, column 11") {
		t.Errorf("syntax error = %v, want line 2, column 11", err)
	}
}

func TestSubmissionFileRoundTrip(t *testing.T) {
	d := classDoc()
	s := setOf(d, []annotate.Speaker{bob}, claim("c1", span(t, d, "they will fall", 0), "s-bob", "direct", "prediction"))
	f := NewSubmissionFile("ex-1", "  Zoë  ", s)
	data, err := f.Encode()
	if err != nil {
		t.Fatal(err)
	}
	got, err := DecodeSubmissionFile(data)
	if err != nil {
		t.Fatal(err)
	}
	f.Name = "Zoë"
	if diff := cmp.Diff(f, got); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	ex := NewExerciseFile("ex-1", sampleExercise(), d)
	if err := ex.Matches(got); err != nil {
		t.Errorf("Matches: %v", err)
	}
	other := NewExerciseFile("ex-2", sampleExercise(), d)
	if err := other.Matches(got); err == nil || !strings.Contains(err.Error(), `exercise: "ex-1" is another exercise`) {
		t.Errorf("Matches another exercise = %v", err)
	}
}

func TestDecodeSubmissionFileProblems(t *testing.T) {
	d := classDoc()
	bad := setOf(d, nil, claim("c1", span(t, d, "they will fall", 0), "s-nobody", "direct", "prediction"))
	f := NewSubmissionFile("ex-1", "", bad)
	data, err := f.Encode()
	if err != nil {
		t.Fatal(err)
	}
	_, err = DecodeSubmissionFile(data)
	for _, want := range []string{"name: display name: missing", `set.claims[0].speaker: "s-nobody" is not the id of any speaker`} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q: %v", want, err)
		}
	}
	_, err = DecodeSubmissionFile([]byte(`{"kind":"whosaid-submission","version":1,"exercise":"ex-1","name":"Al"}`))
	if err == nil || !strings.Contains(err.Error(), "set: missing") {
		t.Errorf("no set: %v", err)
	}
}

func FuzzDecodeExerciseFile(f *testing.F) {
	data, _ := NewExerciseFile("ex-1", sampleExercise(), classDoc()).Encode()
	f.Add(data)
	f.Add([]byte(`{"kind":"whosaid-exercise"}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, b []byte) {
		got, err := DecodeExerciseFile(b)
		if err != nil {
			return
		}
		again, err := got.Encode()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := DecodeExerciseFile(again); err != nil {
			t.Fatalf("a decoded file does not decode again: %v", err)
		}
	})
}

func FuzzDecodeSubmissionFile(f *testing.F) {
	d := classDoc()
	s := setOf(d, nil)
	data, _ := NewSubmissionFile("ex-1", "Al", s).Encode()
	f.Add(data)
	f.Add([]byte(`{"kind":"whosaid-submission","set":null}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		got, err := DecodeSubmissionFile(b)
		if err != nil {
			return
		}
		if got.Set == nil {
			t.Fatal("decoded without a set")
		}
	})
}
