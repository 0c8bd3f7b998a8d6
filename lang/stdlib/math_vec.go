package stdlib

import (
	"math"

	"github.com/wasmling/wasmling/lang"
)

// Scriptling's vector helpers in math: vectors are lists of numbers and
// matrices lists of rows; results are lists of floats.

func registerVectorHelpers(m *lang.Module) {
	m.SetFunc("array", vecArray)
	m.SetFunc("shape", vecShape)
	m.SetFunc("dot", vecDot)
	m.SetFunc("matmul", vecMatmul)
	m.SetFunc("transpose", vecTranspose)
	m.SetFunc("mat_add", vecMatAdd)
	m.SetFunc("softmax", vecSoftmax)
}

func floatList(xs []float64) lang.Value {
	out := make([]lang.Value, len(xs))
	for i, x := range xs {
		out[i] = lang.Float(x)
	}
	return lang.ListValue(out)
}

func matrixValue(rows [][]float64) lang.Value {
	out := make([]lang.Value, len(rows))
	for i, r := range rows {
		out[i] = floatList(r)
	}
	return lang.ListValue(out)
}

// isMatrix reports whether v's first element is itself a sequence.
func isMatrix(t *lang.Thread, v lang.Value) (bool, error) {
	items, err := lang.ToSlice(t, v)
	if err != nil {
		return false, err
	}
	if len(items) == 0 {
		return false, nil
	}
	switch items[0].Object().(type) {
	case *lang.List, *lang.Tuple:
		return true, nil
	}
	return false, nil
}

func matrix(t *lang.Thread, fname string, v lang.Value) ([][]float64, error) {
	rows, err := lang.ToSlice(t, v)
	if err != nil {
		return nil, err
	}
	out := make([][]float64, len(rows))
	for i, r := range rows {
		if out[i], err = floats(t, fname, r); err != nil {
			return nil, err
		}
		if i > 0 && len(out[i]) != len(out[0]) {
			return nil, lang.NewError(lang.ValueErrorType, "%s(): rows must have the same length", fname)
		}
	}
	return out, nil
}

func vecArray(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	if err := lang.ArgCount("array", args, kw, 1, 1); err != nil {
		return lang.None, err
	}
	mat, err := isMatrix(t, args[0])
	if err != nil {
		return lang.None, err
	}
	if mat {
		m, err := matrix(t, "array", args[0])
		if err != nil {
			return lang.None, err
		}
		return matrixValue(m), nil
	}
	xs, err := floats(t, "array", args[0])
	if err != nil {
		return lang.None, err
	}
	return floatList(xs), nil
}

func vecShape(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	if err := lang.ArgCount("shape", args, kw, 1, 1); err != nil {
		return lang.None, err
	}
	var dims []lang.Value
	v := args[0]
	for {
		items, err := lang.ToSlice(t, v)
		if err != nil {
			return lang.None, err
		}
		dims = append(dims, lang.Int(int64(len(items))))
		if len(items) == 0 {
			break
		}
		switch items[0].Object().(type) {
		case *lang.List, *lang.Tuple:
			v = items[0]
			continue
		}
		break
	}
	return lang.ListValue(dims), nil
}

func dotVec(a, b []float64) (float64, error) {
	if len(a) != len(b) {
		return 0, lang.NewError(lang.ValueErrorType, "dot(): vectors must have the same length (%d and %d)", len(a), len(b))
	}
	s := 0.0
	for i := range a {
		s += a[i] * b[i]
	}
	return s, nil
}

func matMul(a, b [][]float64) ([][]float64, error) {
	if len(a) == 0 || len(b) == 0 {
		return nil, nil
	}
	if len(a[0]) != len(b) {
		return nil, lang.NewError(lang.ValueErrorType, "matmul(): shapes (%d, %d) and (%d, %d) not aligned", len(a), len(a[0]), len(b), len(b[0]))
	}
	out := make([][]float64, len(a))
	for i := range a {
		row := make([]float64, len(b[0]))
		for j := range row {
			s := 0.0
			for k := range b {
				s += a[i][k] * b[k][j]
			}
			row[j] = s
		}
		out[i] = row
	}
	return out, nil
}

func vecDot(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	if err := lang.ArgCount("dot", args, kw, 2, 2); err != nil {
		return lang.None, err
	}
	ma, err := isMatrix(t, args[0])
	if err != nil {
		return lang.None, err
	}
	mb, err := isMatrix(t, args[1])
	if err != nil {
		return lang.None, err
	}
	switch {
	case !ma && !mb:
		a, err := floats(t, "dot", args[0])
		if err != nil {
			return lang.None, err
		}
		b, err := floats(t, "dot", args[1])
		if err != nil {
			return lang.None, err
		}
		s, err := dotVec(a, b)
		return lang.Float(s), err
	case ma && !mb:
		a, err := matrix(t, "dot", args[0])
		if err != nil {
			return lang.None, err
		}
		b, err := floats(t, "dot", args[1])
		if err != nil {
			return lang.None, err
		}
		out := make([]float64, len(a))
		for i, row := range a {
			if out[i], err = dotVec(row, b); err != nil {
				return lang.None, err
			}
		}
		return floatList(out), nil
	}
	return vecMatmul(t, args, kw)
}

func vecMatmul(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	if err := lang.ArgCount("matmul", args, kw, 2, 2); err != nil {
		return lang.None, err
	}
	a, err := matrix(t, "matmul", args[0])
	if err != nil {
		return lang.None, err
	}
	b, err := matrix(t, "matmul", args[1])
	if err != nil {
		return lang.None, err
	}
	m, err := matMul(a, b)
	if err != nil {
		return lang.None, err
	}
	return matrixValue(m), nil
}

func vecTranspose(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	if err := lang.ArgCount("transpose", args, kw, 1, 1); err != nil {
		return lang.None, err
	}
	a, err := matrix(t, "transpose", args[0])
	if err != nil {
		return lang.None, err
	}
	if len(a) == 0 {
		return lang.ListValue(nil), nil
	}
	out := make([][]float64, len(a[0]))
	for j := range out {
		out[j] = make([]float64, len(a))
		for i := range a {
			out[j][i] = a[i][j]
		}
	}
	return matrixValue(out), nil
}

func vecMatAdd(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	if err := lang.ArgCount("mat_add", args, kw, 2, 2); err != nil {
		return lang.None, err
	}
	ma, err := isMatrix(t, args[0])
	if err != nil {
		return lang.None, err
	}
	if !ma {
		a, err := floats(t, "mat_add", args[0])
		if err != nil {
			return lang.None, err
		}
		b, err := floats(t, "mat_add", args[1])
		if err != nil {
			return lang.None, err
		}
		if len(a) != len(b) {
			return lang.None, lang.NewError(lang.ValueErrorType, "mat_add(): shapes differ")
		}
		out := make([]float64, len(a))
		for i := range a {
			out[i] = a[i] + b[i]
		}
		return floatList(out), nil
	}
	a, err := matrix(t, "mat_add", args[0])
	if err != nil {
		return lang.None, err
	}
	b, err := matrix(t, "mat_add", args[1])
	if err != nil {
		return lang.None, err
	}
	if len(a) != len(b) || len(a) > 0 && len(a[0]) != len(b[0]) {
		return lang.None, lang.NewError(lang.ValueErrorType, "mat_add(): shapes differ")
	}
	out := make([][]float64, len(a))
	for i := range a {
		out[i] = make([]float64, len(a[i]))
		for j := range a[i] {
			out[i][j] = a[i][j] + b[i][j]
		}
	}
	return matrixValue(out), nil
}

func vecSoftmax(t *lang.Thread, args []lang.Value, kw []string) (lang.Value, error) {
	if err := lang.ArgCount("softmax", args, kw, 1, 1); err != nil {
		return lang.None, err
	}
	xs, err := floats(t, "softmax", args[0])
	if err != nil {
		return lang.None, err
	}
	if len(xs) == 0 {
		return lang.ListValue(nil), nil
	}
	mx := xs[0]
	for _, x := range xs {
		mx = math.Max(mx, x)
	}
	sum := 0.0
	out := make([]float64, len(xs))
	for i, x := range xs {
		out[i] = math.Exp(x - mx)
		sum += out[i]
	}
	for i := range out {
		out[i] /= sum
	}
	return floatList(out), nil
}
