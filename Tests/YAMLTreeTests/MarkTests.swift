import PresswatchTesting
import Testing

@testable import YAMLTree

@Suite(.tags(.fast)) struct MarkTests {
    @Test func marksOrderByLineThenColumn() {
        #expect(Mark(line: 1, column: 9) < Mark(line: 2, column: 1))
        #expect(Mark(line: 3, column: 4).description == "3:4")
    }
}
