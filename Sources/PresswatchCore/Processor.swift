import Foundation

/// Something a processor gives to the document and a later processor may need.
///
/// A struct rather than an enum, so a new processor can name a new capability in its own
/// module without the core changing.
public struct Capability: RawRepresentable, Sendable, Hashable, Comparable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }
    public static func < (lhs: Capability, rhs: Capability) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The page split into articles with headlines, bylines and clean paragraphs.
    public static let articles: Capability = "articles"
    public static let sentences: Capability = "sentences"
    public static let tokens: Capability = "tokens"
    public static let summary: Capability = "summary"
    public static let numbers: Capability = "numbers"
    public static let keywords: Capability = "keywords"
}

/// A mistake in one option's value that neither its type nor its declared bounds catch (a
/// file that cannot be read).
public struct OptionError: Error, Sendable, Equatable {
    /// The option's key in `pipeline.yaml` (snake_case).
    public var option: String
    public var message: String

    public init(option: String, message: String) {
        self.option = option
        self.message = message
    }
}

/// A processor's options: decoded from `pipeline.yaml` with keys in snake_case, every option
/// with a default so that a bare processor name is a complete configuration.
public protocol ProcessorOptions: Codable, Sendable, Equatable {
    /// The options with every default.
    init()
    /// What the type cannot say about each option: its help, the bounds of a number, that a
    /// string is a path. Type, default and allowed values are read from the type itself.
    static var fields: [OptionField] { get }
    /// Checks beyond what the types and the fields' bounds say, reported at the option's line
    /// and column.
    func validate(in context: ProcessorContext) -> [OptionError]
}

extension ProcessorOptions {
    public func validate(in context: ProcessorContext) -> [OptionError] { [] }
}

/// What a processor may know of its surroundings when it is built.
public struct ProcessorContext: Sendable {
    /// The folder of the `pipeline.yaml` in use: relative paths in options resolve against it.
    public var configDirectory: String
    /// Where the processors' data files (lexicons, tables) are looked up.
    public var resources: ResourceLocator

    public init(configDirectory: String, resources: ResourceLocator = ResourceLocator()) {
        self.configDirectory = configDirectory
        self.resources = resources
    }

    /// The problem with a file an option names, if it cannot be read: for `validate(in:)`,
    /// so the error stands at the option's line and column.
    public func checkReadable(_ path: String?, option: String) -> [OptionError] {
        guard let path else { return [] }
        let resolved = resolve(path)
        if FileManager.default.isReadableFile(atPath: resolved) { return [] }
        return [OptionError(option: option, message: "cannot read \(resolved)")]
    }

    /// A path from an option, made absolute against the configuration's folder.
    public func resolve(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        if path.hasPrefix("~/"), let home = getenvString("HOME") {
            return home + path.dropFirst(1)
        }
        return configDirectory.hasSuffix("/")
            ? configDirectory + path : configDirectory + "/" + path
    }
}

/// A step of the pipeline: takes the document and enriches it.
///
/// A processor is built once per configuration (load its data then, through a per-process
/// cache) and then called for many documents, from several workers at once.
public protocol Processor: Sendable {
    associatedtype Options: ProcessorOptions

    /// The name in `pipeline.yaml`: lowercase snake_case.
    static var name: String { get }
    /// One line of help.
    static var summary: String { get }
    /// What an earlier processor must have given.
    static var needs: Set<Capability> { get }
    /// What this processor gives.
    static var gives: Set<Capability> { get }

    init(options: Options, context: ProcessorContext) throws
    func process(_ document: inout Document) throws
}
