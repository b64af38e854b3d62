import PresswatchTesting
import Testing

/// The trainers' solver: a random well-posed system is solved to its known answer (its
/// right-hand side is made from that answer), a pivot is needed where the first diagonal is 0,
/// and an unknown with no equation of its own gets 0, not a division by nothing.
@Suite(.tags(.fast)) struct LinearSystemTests {
    @Test func solvesRandomSystemsToTheAnswerTheyWereMadeFrom() {
        var random = SeededGenerator(seed: 7)
        for size in 1...8 {
            var matrix = (0..<(size * size)).map { _ in Double.random(in: -1...1, using: &random) }
            // Diagonal dominance keeps the system well conditioned, so the check can be tight.
            for i in 0..<size { matrix[i * size + i] += Double(size) }
            let answer = (0..<size).map { _ in Double.random(in: -5...5, using: &random) }
            let vector = (0..<size).map { row in
                (0..<size).reduce(0) { $0 + matrix[row * size + $1] * answer[$1] }
            }
            let x = LinearSystem.solve(matrix, vector, size: size, singularBelow: 1e-12)
            for i in 0..<size { #expect(abs(x[i] - answer[i]) < 1e-9) }
        }
    }

    @Test func pivotsPastAZeroDiagonal() {
        let x = LinearSystem.solve([0, 1, 1, 0], [2, 3], size: 2, singularBelow: 1e-12)
        #expect(x == [3, 2])
    }

    @Test func anUnknownWithNoEquationIsZero() {
        let x = LinearSystem.solve([2, 0, 0, 0], [4, 0], size: 2, singularBelow: 1e-12)
        #expect(x == [2, 0])
    }
}
