package syntax

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestParseGolden parses each testdata/parse/*.py and compares its Dump
// with the .golden file beside it.
func TestParseGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/parse/*.py")
	if len(files) == 0 {
		t.Fatal("no test files")
	}
	for _, name := range files {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		f, err := Parse(filepath.Base(name), src)
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		got := Dump(f)
		golden := strings.TrimSuffix(name, ".py") + ".golden"
		if *update {
			if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test -update)", err)
		}
		if got != string(want) {
			t.Errorf("%s: dump differs from %s (run go test -update and check the diff)\n%s", name, golden, firstDiff(got, string(want)))
		}
	}
}

func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) && i < len(w); i++ {
		if g[i] != w[i] {
			return fmt.Sprintf("line %d:\n got: %s\nwant: %s", i+1, g[i], w[i])
		}
	}
	return fmt.Sprintf("lengths differ: %d vs %d lines", len(g), len(w))
}

// TestParseScripts checks that the sample scripts parse.
func TestParseScripts(t *testing.T) {
	files, _ := filepath.Glob("testdata/scripts/*.py")
	for _, name := range files {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Parse(name, src); err != nil {
			t.Errorf("%v", err)
		}
	}
}

// An errorCase is one snippet of testdata/errors.txt.
type errorCase struct {
	want string // "file:line:col: message"
	src  string
	line int // line of the header in errors.txt
}

// readErrorCases splits errors.txt into cases: each starts with a line
// "=== t.py:LINE:COL: message" and holds the source lines up to the next.
func readErrorCases(t testing.TB) []errorCase {
	data, err := os.ReadFile("testdata/errors.txt")
	if err != nil {
		t.Fatal(err)
	}
	var cases []errorCase
	for i, line := range strings.SplitAfter(string(data), "\n") {
		if strings.HasPrefix(line, "=== ") {
			cases = append(cases, errorCase{want: strings.TrimSpace(line[4:]), line: i + 1})
		} else if len(cases) > 0 {
			cases[len(cases)-1].src += line
		}
	}
	return cases
}

// TestParseErrors checks each snippet of testdata/errors.txt fails with the
// error in its header.
func TestParseErrors(t *testing.T) {
	cases := readErrorCases(t)
	var out bytes.Buffer
	for _, c := range cases {
		_, err := Parse("t.py", []byte(c.src))
		got := "no error"
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Errorf("errors.txt:%d: error is %T, not *Error", c.line, err)
			}
			got = err.Error()
			if e.Line == "" && e.Pos.Line <= int32(len(strings.Split(c.src, "\n")))-1 {
				t.Errorf("errors.txt:%d: error has no source line", c.line)
			}
		}
		if got != c.want && !*update {
			t.Errorf("errors.txt:%d:\n got: %s\nwant: %s", c.line, got, c.want)
		}
		fmt.Fprintf(&out, "=== %s\n%s", got, c.src)
	}
	if *update {
		if err := os.WriteFile("testdata/errors.txt", out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("%d error cases", len(cases))
}

// paren renders an expression fully parenthesised, to test precedence.
func paren(x Expr) string {
	switch x := x.(type) {
	case *Name:
		return x.Id
	case *Literal:
		return value(reflect.ValueOf(&x.Value).Elem())
	case *Unary:
		sep := ""
		if x.Op == NOT {
			sep = " "
		}
		return "(" + x.Op.String() + sep + paren(x.X) + ")"
	case *Binary:
		return "(" + paren(x.X) + " " + x.Op.String() + " " + paren(x.Y) + ")"
	case *Compare:
		s := "(" + paren(x.X)
		for i, op := range x.Ops {
			s += " " + op.String() + " " + paren(x.Ys[i])
		}
		return s + ")"
	case *IfExp:
		return "(" + paren(x.Then) + " if " + paren(x.Cond) + " else " + paren(x.Else) + ")"
	case *Lambda:
		return "(lambda: " + paren(x.Body) + ")"
	case *NamedExpr:
		return "(" + x.Target.Id + " := " + paren(x.Value) + ")"
	case *Attribute:
		return paren(x.X) + "." + x.Name
	case *Call:
		var args []string
		for _, a := range x.Args {
			args = append(args, paren(a.Value))
		}
		return paren(x.Fn) + "(" + strings.Join(args, ", ") + ")"
	case *Subscript:
		return paren(x.X) + "[" + paren(x.Index) + "]"
	case *Tuple:
		var elts []string
		for _, e := range x.Elts {
			elts = append(elts, paren(e))
		}
		return "(" + strings.Join(elts, ", ") + ",)"
	case *Starred:
		return "*" + paren(x.X)
	case *Yield:
		return "(yield " + paren(x.X) + ")"
	}
	return fmt.Sprintf("<%T>", x)
}

func TestPrecedence(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"-2 ** 2", "(-(2 ** 2))"},
		{"2 ** 3 ** 2", "(2 ** (3 ** 2))"},
		{"2 ** -1", "(2 ** (-1))"},
		{"-x ** -y", "(-(x ** (-y)))"},
		{"~x ** 2", "(~(x ** 2))"},
		{"a ** b.c(d)[e]", "(a ** b.c(d)[e])"},
		{"a + b * c", "(a + (b * c))"},
		{"a * b + c", "((a * b) + c)"},
		{"a - b - c", "((a - b) - c)"},
		{"a / b // c % d @ e", "((((a / b) // c) % d) @ e)"},
		{"a + b << c", "((a + b) << c)"},
		{"a << b & c", "((a << b) & c)"},
		{"a & b ^ c", "((a & b) ^ c)"},
		{"a ^ b | c", "((a ^ b) | c)"},
		{"a | b < c", "((a | b) < c)"},
		{"a < b < c", "(a < b < c)"},
		{"a == b != c", "(a == b != c)"},
		{"a in b not in c is d is not e", "(a in b not in c is d is not e)"},
		{"not a == b", "(not (a == b))"},
		{"not not a", "(not (not a))"},
		{"a and not b", "(a and (not b))"},
		{"a or b and c", "(a or (b and c))"},
		{"a and b or c", "((a and b) or c)"},
		{"a | b and c", "((a | b) and c)"},
		{"a if b else c", "(a if b else c)"},
		{"a if b else c if d else e", "(a if b else (c if d else e))"},
		{"a or b if c or d else e", "((a or b) if (c or d) else e)"},
		{"lambda: a if b else c", "(lambda: (a if b else c))"},
		{"-a.b", "(-a.b)"},
		{"-a[0]", "(-a[0])"},
		{"a, b", "(a, b,)"},
		{"a, *b", "(a, *b,)"},
		{"(x := 1 + 2)", "(x := (1 + 2))"},
		{"f(x := 1)", "f((x := 1))"},
		{"-1", "(-1)"},
		{"- - 1", "(-(-1))"},
		{"+~-x", "(+(~(-x)))"},
		{"a < b | c", "(a < (b | c))"},
		{"a * -b", "(a * (-b))"},
		{"a ** b ** -c ** d", "(a ** (b ** (-(c ** d))))"},
	} {
		f, err := Parse("t.py", []byte(tc.src))
		if err != nil {
			t.Errorf("%s: %v", tc.src, err)
			continue
		}
		got := paren(f.Stmts[0].(*ExprStmt).X)
		if got != tc.want {
			t.Errorf("%s: got %s, want %s", tc.src, got, tc.want)
		}
	}
}

func TestParseMisc(t *testing.T) {
	// Docstrings
	f, err := Parse("t.py", []byte("def f():\n    'doc'\n    return 1\nclass C:\n    \"\"\"Class\n    doc.\"\"\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	if d := f.Stmts[0].(*FuncDef).Doc; d != "doc" {
		t.Errorf("FuncDef.Doc = %q", d)
	}
	if d := f.Stmts[1].(*ClassDef).Doc; d != "Class\n    doc." {
		t.Errorf("ClassDef.Doc = %q", d)
	}
	if len(f.Lines) != 6 || f.Lines[1] != "    'doc'" {
		t.Errorf("Lines = %q", f.Lines)
	}

	// if x: a; b puts both in the body
	f, err = Parse("t.py", []byte("if x: a; b\n"))
	if err != nil {
		t.Fatal(err)
	}
	if n := len(f.Stmts[0].(*If).Body); n != 2 || len(f.Stmts) != 1 {
		t.Errorf("if x: a; b: body has %d statements", n)
	}

	// CR LF and CR line endings
	for _, src := range []string{"x = 1\r\ny = 2\r\n", "x = 1\ry = 2\r"} {
		f, err = Parse("t.py", []byte(src))
		if err != nil || len(f.Stmts) != 2 || f.Lines[0] != "x = 1" {
			t.Errorf("%q: %v", src, err)
		}
	}

	// positions inside f-strings point into the source
	f, err = Parse("t.py", []byte("x = 1\ny = f'ab{c + d}'\n"))
	if err != nil {
		t.Fatal(err)
	}
	fs := f.Stmts[1].(*Assign).Value.(*FString)
	if p := fs.Parts[1].Expr.(*Binary).Y.Start(); p != (Pos{2, 14}) {
		t.Errorf("f-string field position = %v, want 2:14", p)
	}

	// errors carry the source line and a caret
	_, err = Parse("t.py", []byte("x = 1\ny = = 2\n"))
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("err = %v", err)
	}
	want := "  File \"t.py\", line 2\n    y = = 2\n        ^\nSyntaxError: invalid syntax"
	if got := e.Detail(); got != want {
		t.Errorf("Detail:\n%s\nwant:\n%s", got, want)
	}

	// invalid UTF-8
	_, err = Parse("t.py", []byte("x = 1\ny = 'a\xff'\n"))
	if err == nil || err.Error() != "t.py:2:7: (unicode error) 'utf-8' codec can't decode byte 0xff" {
		t.Errorf("invalid UTF-8: %v", err)
	}
}

// TestDeepNesting checks that pathological nesting gives an error, not a
// stack overflow.
func TestDeepNesting(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{strings.Repeat("(", 100000), "too many nested parentheses"},
		{strings.Repeat("[", 100000), "too many nested parentheses"},
		{"x = " + strings.Repeat("-", 100000) + "1", "too many nested expressions"},
		{"x = " + strings.Repeat("not ", 100000) + "1", "too many nested expressions"},
		{"x = " + strings.Repeat("lambda: ", 100000) + "1", "too many nested expressions"},
		{"x = " + strings.Repeat("a if b else ", 100000) + "1", "too many nested expressions"},
		{"x = " + strings.Repeat("2 ** ", 100000) + "1", "too many nested expressions"},
		{"x = " + strings.Repeat("f'{", 1000) + "1", "f-string: expressions nested too deeply"},
		{"x = " + strings.Repeat("a + ", 100000) + "1", "too many nested expressions"},
		{"x = " + strings.Repeat("a or ", 100000) + "1", "too many nested expressions"},
		{"x = a" + strings.Repeat(".b()", 100000), "too many nested expressions"},
		{"x = " + strings.Repeat("[", 150) + strings.Repeat("a.b", 1000), "too many nested expressions"},
	} {
		_, err := Parse("t.py", []byte(tc.src))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%.20s...: got %v, want %q", tc.src, err, tc.want)
		}
	}
	// 150 levels of brackets, and long elif chains, are fine
	src := "x = " + strings.Repeat("(", 150) + "1" + strings.Repeat(")", 150)
	if _, err := Parse("t.py", []byte(src)); err != nil {
		t.Errorf("150 parentheses: %v", err)
	}
	src = "if a: pass\n" + strings.Repeat("elif b: pass\n", 20000) + "else: pass\n"
	if _, err := Parse("t.py", []byte(src)); err != nil {
		t.Errorf("elif chain: %v", err)
	}
}

// FuzzParse checks that Parse never panics, returns *Error on failure and
// that Dump works on what it returns.
func FuzzParse(f *testing.F) {
	for _, pattern := range []string{"testdata/parse/*.py", "testdata/scripts/*.py"} {
		files, _ := filepath.Glob(pattern)
		for _, name := range files {
			if src, err := os.ReadFile(name); err == nil {
				f.Add(src)
			}
		}
	}
	for _, c := range readErrorCases(f) {
		f.Add([]byte(c.src))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		file, err := Parse("fuzz.py", src)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error %v is %T", err, err)
			}
			if !e.Pos.IsValid() {
				t.Fatalf("error without position: %v", err)
			}
			_ = e.Detail()
			return
		}
		_ = Dump(file)
	})
}

// BenchmarkParse parses a file of about 2,000 lines.
func BenchmarkParse(b *testing.B) {
	src := benchSource(b)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Parse("bench.py", src); err != nil {
			b.Fatal(err)
		}
	}
}

// benchSource builds the benchmark input from the test scripts.
func benchSource(b *testing.B) []byte {
	var buf bytes.Buffer
	files, _ := filepath.Glob("testdata/scripts/*.py")
	more, _ := filepath.Glob("testdata/parse/*.py")
	files = append(files, more...)
	for buf.Len() == 0 || bytes.Count(buf.Bytes(), []byte("\n")) < 2000 {
		for _, name := range files {
			src, err := os.ReadFile(name)
			if err != nil {
				b.Fatal(err)
			}
			buf.Write(src)
			buf.WriteString("\n")
		}
	}
	return buf.Bytes()
}
