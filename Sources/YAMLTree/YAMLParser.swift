import CYAML

/// Reads YAML text into a `YAMLNode` tree through libyaml's event API.
///
/// One document only. An empty file is an empty mapping. Anchors are ignored, aliases are
/// refused (resolving them would let a few lines expand into a huge tree), tags other than
/// `!!str` are refused, and a key given twice in one mapping is an error. A syntax error
/// stops the parse; the other problems are collected and reported together.
public enum YAMLParser {
    public static func parse(_ text: String) throws(YAMLErrors) -> YAMLNode {
        var errors: [YAMLError] = []
        let root = parse(text, errors: &errors)
        guard let root, errors.isEmpty else { throw YAMLErrors(errors) }
        return root
    }

    /// Like `parse(_:)`, but appends the problems to `errors` and still returns the tree when
    /// only problems that do not stop the parse were found (a duplicate key keeps its first
    /// value, an alias reads as null), so a caller can go on and find the file's other
    /// mistakes. Nil after a syntax error.
    public static func parse(_ text: String, errors: inout [YAMLError]) -> YAMLNode? {
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else {
            errors.append(YAMLError("cannot start the YAML parser", at: Mark(line: 1, column: 1)))
            return nil
        }
        defer { yaml_parser_delete(parser) }

        var bytes = Array(text.utf8)
        var builder = TreeBuilder()
        // libyaml reads the input while parsing, so the bytes must stay put until the end.
        let syntaxError: YAMLError? = bytes.withUnsafeMutableBufferPointer { buffer in
            yaml_parser_set_input_string(parser, buffer.baseAddress, buffer.count)
            return readEvents(parser, into: &builder, bytes: UnsafeBufferPointer(buffer))
        }
        errors += builder.errors
        if let syntaxError {
            errors.append(syntaxError)
            return nil
        }
        if builder.stopped { return nil }
        return builder.root ?? .mapping([], mark: Mark(line: 1, column: 1))
    }

    /// Feeds every event to the builder; returns the syntax error that stopped it, if any.
    private static func readEvents(
        _ parser: UnsafeMutablePointer<yaml_parser_t>, into builder: inout TreeBuilder,
        bytes: UnsafeBufferPointer<UInt8>
    ) -> YAMLError? {
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(parser, &event) == 1 else {
                return syntaxError(parser.pointee, bytes: bytes)
            }
            defer { yaml_event_delete(&event) }
            if event.type == YAML_STREAM_END_EVENT { return nil }
            builder.accept(event)
            if builder.stopped { return nil }
        }
    }

    private static func syntaxError(_ parser: yaml_parser_t, bytes: UnsafeBufferPointer<UInt8>)
        -> YAMLError
    {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        if parser.error == YAML_READER_ERROR {
            // Reader errors carry a byte offset rather than a mark.
            let mark = markOf(byteOffset: Int(parser.problem_offset), in: bytes)
            return YAMLError("cannot read the text: \(problem)", at: mark)
        }
        var message = problem
        if let context = parser.context {
            message += " \(String(cString: context))"
        }
        let mark = Mark(
            line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1)
        return YAMLError("syntax error: \(message)", at: mark)
    }

    /// Line and column (in characters) of a byte offset into UTF-8 text.
    static func markOf(byteOffset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Mark {
        var line = 1
        var column = 1
        for byte in bytes.prefix(max(0, byteOffset)) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return Mark(line: line, column: column)
    }
}
