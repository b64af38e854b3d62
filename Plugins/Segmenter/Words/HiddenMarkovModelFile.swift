import Foundation

/// Reads hmm.json (`{"start": {S: p}, "trans": {S: {S: p}}, "emit": {S: {char: p}}}`) with a
/// small parser over its bytes; Foundation's JSON would build a million boxed objects first.
enum HiddenMarkovModelFile {
    static func load(path: String) throws -> HiddenMarkovModel {
        let data = try DictionaryFile.readBytes(path)
        var model = HiddenMarkovModel(
            start: Array(repeating: HiddenMarkovModel.minimum, count: 4),
            transition: Array(repeating: HiddenMarkovModel.minimum, count: 16),
            emissionRow: Array(repeating: -1, count: LexiconTrie.directLimit),
            emission: [])
        try data.withUnsafeBytes { raw in
            var reader = JSONReader(bytes: raw.bindMemory(to: UInt8.self), file: path)
            try reader.object { section, reader in
                switch section {
                case "start":
                    try reader.object { state, reader in
                        model.start[try stateIndex(state, reader)] = try reader.number()
                    }
                case "trans":
                    try reader.object { from, reader in
                        let fromIndex = try stateIndex(from, reader)
                        try reader.object { to, reader in
                            let toIndex = try stateIndex(to, reader)
                            model.transition[fromIndex * 4 + toIndex] = try reader.number()
                        }
                    }
                case "emit":
                    try reader.object { state, reader in
                        let index = try stateIndex(state, reader)
                        try reader.object { character, reader in
                            let value = try reader.number()
                            setEmission(&model, state: index, character: character, value)
                        }
                    }
                default: try reader.skipValue()
                }
            }
        }
        return model
    }

    private static func stateIndex(_ name: String, _ reader: JSONReader) throws -> Int {
        guard let index = HiddenMarkovModel.stateLetters.firstIndex(of: name) else {
            throw reader.error("unknown state `\(name)`")
        }
        return index
    }

    private static func setEmission(
        _ model: inout HiddenMarkovModel, state: Int, character: String, _ value: Double
    ) {
        let scalars = character.unicodeScalars
        guard scalars.count == 1, let scalar = scalars.first,
            Int(scalar.value) < LexiconTrie.directLimit
        else { return }
        var row = model.emissionRow[Int(scalar.value)]
        if row < 0 {
            row = Int32(model.emission.count / 4)
            model.emissionRow[Int(scalar.value)] = row
            model.emission += Array(repeating: HiddenMarkovModel.minimum, count: 4)
        }
        model.emission[Int(row) * 4 + state] = value
    }
}
