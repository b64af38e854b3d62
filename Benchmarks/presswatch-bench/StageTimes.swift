/// Seconds of thread CPU time spent in each step of the work on a page, summed over pages.
struct StageTimes {
    /// Step names in the order they run: decoding, each processor, rendering the results.
    private(set) var names: [String] = []
    private(set) var seconds: [Double] = []

    /// Adds `elapsed` to the step `name`, adding the step on first sight.
    mutating func add(_ name: String, _ elapsed: Double) {
        if let index = names.firstIndex(of: name) {
            seconds[index] += elapsed
        } else {
            names.append(name)
            seconds.append(elapsed)
        }
    }

    var total: Double { seconds.reduce(0, +) }

    /// One JSON object: `{"decode": s, "segmenter": s, ...}` in run order.
    var json: String {
        let fields = zip(names, seconds).map { "\"\($0)\": \($1)" }
        return "{" + fields.joined(separator: ", ") + "}"
    }
}
