import PresswatchCore

/// The inputs of one `process` run, checked so that no two write the same results.
enum InputList {
    /// The inputs to process, each once and in the order given, and the messages for those
    /// refused: an input given twice is processed once; two different inputs whose results
    /// would share a name (`a.txt` and `a.text` both write `a.json`) are not both processed.
    static func withoutClashes(_ files: [String]) -> (inputs: [String], refused: [String]) {
        var inputs: [String] = []
        var refused: [String] = []
        var seen: Set<String> = []
        var owners: [String: String] = [:]
        for file in files where seen.insert(file).inserted {
            guard let names = try? OutputNames(input: file) else {
                inputs.append(file)  // refused with its own message when it is processed
                continue
            }
            if let owner = owners[names.json] {
                refused.append(
                    "\(file): refused: its results would overwrite those of \(owner) "
                        + "(both write \(names.json))")
                continue
            }
            owners[names.json] = file
            inputs.append(file)
        }
        return (inputs, refused)
    }
}
