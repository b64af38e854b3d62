import PresswatchCore
import PresswatchTesting
import Testing

@Suite(.tags(.fast)) struct PartitioningIndexTests {
    /// Against the linear search it replaces, on sorted arrays with repeats, every probe
    /// from below the first element to past the last, and on slices (indices not from 0).
    @Test func findsWhatALinearSearchFinds() {
        var generator = SeededGenerator(seed: 7)
        for length in 0..<40 {
            let sorted = (0..<length).map { _ in Int.random(in: 0..<20, using: &generator) }
                .sorted()
            let slice = ([-1] + sorted)[1...]
            for probe in -1...21 {
                let expected = sorted.firstIndex { $0 >= probe } ?? sorted.endIndex
                #expect(sorted.partitioningIndex { $0 >= probe } == expected)
                #expect(slice.partitioningIndex { $0 >= probe } == expected + 1)
            }
        }
    }
}
