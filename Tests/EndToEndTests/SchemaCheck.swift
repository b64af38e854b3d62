import Foundation
import PresswatchTesting

/// Validates JSON documents against `spec/result.schema.json` with python3's `jsonschema`
/// (draft 2020-12), the way any consumer of the contract would. Returns the problems, one
/// per line; empty when every document is valid.
func schemaProblems(ofFiles files: [URL]) throws -> String {
    let script = """
        import json, sys
        from jsonschema import Draft202012Validator
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        Draft202012Validator.check_schema(schema)
        validator = Draft202012Validator(schema)
        for path in sys.argv[2:]:
            for line_number, line in enumerate(open(path, encoding="utf-8"), 1):
                if path.endswith(".jsonl"):
                    documents = [json.loads(line)]
                elif line_number == 1:
                    documents = [json.load(open(path, encoding="utf-8"))]
                else:
                    continue
                for document in documents:
                    for error in validator.iter_errors(document):
                        print(f"{path}:{line_number}: {error.json_path}: {error.message}")
        """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    let schema = TestData.repository.appendingPathComponent("spec/result.schema.json").path
    process.arguments = ["python3", "-c", script, schema] + files.map(\.path)
    let scratch = try TemporaryFolder()
    let outURL = scratch.url.appendingPathComponent("out")
    try Data().write(to: outURL)
    let out = try FileHandle(forWritingTo: outURL)
    defer { try? out.close() }
    process.standardOutput = out
    process.standardError = out
    try process.run()
    process.waitUntilExit()
    let text = String(decoding: try Data(contentsOf: outURL), as: UTF8.self)
    if process.terminationStatus != 0 {
        return "python3 jsonschema check failed (make deps installs jsonschema):\n" + text
    }
    return text
}

/// Writes lines of JSON to a `.jsonl` file in `folder`, for `schemaProblems`.
func jsonLinesFile(_ text: String, in folder: TemporaryFolder, name: String) throws -> URL {
    try folder.write(name + ".jsonl", text)
}
