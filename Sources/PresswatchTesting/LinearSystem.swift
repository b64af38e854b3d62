/// Dense linear systems for the test-side trainers' Newton steps (the English start stage's
/// regression, the summarizer's switch model): one solver, so both fit the same way.
public enum LinearSystem {
    /// `matrix * x = vector` for a `size × size` row-major `matrix`, by Gaussian elimination
    /// with partial pivoting (the first row of largest magnitude). A pivot whose magnitude is
    /// at most `singularBelow` is skipped, and its unknown is 0: a feature that never varies
    /// gets no weight rather than a division by nothing.
    public static func solve(
        _ matrix: [Double], _ vector: [Double], size: Int, singularBelow: Double
    ) -> [Double] {
        var a = matrix
        var b = vector
        for column in 0..<size {
            var pivot = column
            for row in column..<size
            where abs(a[row * size + column]) > abs(a[pivot * size + column]) {
                pivot = row
            }
            if pivot != column {
                for j in 0..<size { a.swapAt(column * size + j, pivot * size + j) }
                b.swapAt(column, pivot)
            }
            let diagonal = a[column * size + column]
            guard abs(diagonal) > singularBelow else { continue }
            for row in (column + 1)..<size {
                let factor = a[row * size + column] / diagonal
                if factor == 0 { continue }
                for j in column..<size { a[row * size + j] -= factor * a[column * size + j] }
                b[row] -= factor * b[column]
            }
        }
        var x = [Double](repeating: 0, count: size)
        for row in stride(from: size - 1, through: 0, by: -1) {
            var sum = b[row]
            for j in (row + 1)..<size { sum -= a[row * size + j] * x[j] }
            let diagonal = a[row * size + row]
            x[row] = abs(diagonal) > singularBelow ? sum / diagonal : 0
        }
        return x
    }
}
