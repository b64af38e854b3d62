/// Converts option names between Swift's camelCase and YAML's snake_case.
public enum KeyCase {
    /// `maxChars` -> `max_chars`, `settleMs` -> `settle_ms`, `shutdownTimeoutS` ->
    /// `shutdown_timeout_s`. Runs of capitals stay one word: `maxURLLength` -> `max_url_length`.
    public static func snake(_ camel: String) -> String {
        let scalars = Array(camel.unicodeScalars)
        var result = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            let isUpper = scalar.properties.isUppercase
            if isUpper, index > 0 {
                let previousIsUpper = scalars[index - 1].properties.isUppercase
                let nextIsLower =
                    index + 1 < scalars.count && scalars[index + 1].properties.isLowercase
                if !previousIsUpper || nextIsLower, scalars[index - 1] != "_" {
                    result.append("_")
                }
            }
            if isUpper {
                result.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// `max_chars` -> `maxChars`. The inverse of `snake` for names without capital runs.
    public static func camel(_ snake: String) -> String {
        var result = String.UnicodeScalarView()
        var upperNext = false
        for scalar in snake.unicodeScalars {
            if scalar == "_", !result.isEmpty {
                upperNext = true
            } else if upperNext {
                result.append(contentsOf: scalar.properties.uppercaseMapping.unicodeScalars)
                upperNext = false
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }
}
