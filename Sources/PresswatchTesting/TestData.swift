import Foundation

/// The repository and its `Tests/Data` folder, found from this source file's place in it
/// (`Sources/PresswatchTesting/`): the one locator every test and experiment uses.
public enum TestData {
    /// The repository's root folder.
    public static let repository: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // PresswatchTesting
        .deletingLastPathComponent()  // Sources
        .deletingLastPathComponent()

    /// `Tests/Data`.
    public static let directory: URL = repository.appendingPathComponent("Tests/Data")

    /// `Tests/Data` as a path.
    public static var root: String { directory.path }

    /// A file or folder of `Tests/Data`.
    public static func url(_ relativePath: String) -> URL {
        directory.appendingPathComponent(relativePath)
    }

    /// A file or folder of the repository (`pipeline.yaml`, `Plugins/...`).
    public static func repositoryFile(_ relativePath: String) -> URL {
        repository.appendingPathComponent(relativePath)
    }

    /// A UTF-8 file of `Tests/Data`.
    public static func text(_ relativePath: String) throws -> String {
        try String(contentsOf: url(relativePath), encoding: .utf8)
    }

    /// A JSON file of `Tests/Data`, parsed.
    public static func json(_ relativePath: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(contentsOf: url(relativePath)))
    }

    /// The seed page's name without its extension, in `Tests/Data/seed`.
    public static let seedStem = "seed/000_21d0c9da4e890f31"

    /// The seed page's text.
    public static var seedPage: String {
        get throws { try text(seedStem + ".txt") }
    }
}
