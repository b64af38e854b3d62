import Foundation
import PresswatchCore
import PresswatchDaemon

/// Reading back and making `NAME.error.json` records for the daemon.
enum ErrorRecordStamp {
    /// The digest and fingerprint an error record holds; an input that could not be read has
    /// no digest, yet its record still counts as current until the file or pipeline changes.
    static func read(from path: String) -> RecordedState? {
        guard let data = FileManager.default.contents(atPath: path),
            let recorded = try? JSONDecoder().decode(Recorded.self, from: data),
            let status = FileStatus.of(path)
        else { return nil }
        return RecordedState(
            sha256: recorded.source?.sha256, fingerprint: recorded.pipeline.fingerprint,
            isFailure: true, writtenNanoseconds: status.mtimeNanoseconds)
    }

    private struct Recorded: Decodable {
        struct Source: Decodable { var sha256: String? }
        struct Pipeline: Decodable { var fingerprint: String }
        var source: Source?
        var pipeline: Pipeline
    }

    /// The record for any failure: an input error keeps its reason and byte offset, a
    /// processor failure names the processor.
    static func record(for error: any Error, input: String, sha256: String?) -> ErrorRecord {
        let file = (input as NSString).lastPathComponent
        switch error {
        case var record as ErrorRecord:
            record.file = file
            if record.sha256 == nil { record.sha256 = sha256 }
            return record
        case let failure as EngineFailure:
            return record(for: failure.underlying, input: input, sha256: failure.sha256 ?? sha256)
        case var inputError as InputError:
            inputError.file = file
            if inputError.sha256 == nil { inputError.sha256 = sha256 }
            return ErrorRecord(inputError)
        case let decoding as TextDecodingError:
            return ErrorRecord(
                file: file, reason: decoding.reason.rawValue, message: decoding.message,
                byteOffset: decoding.byteOffset, sha256: sha256)
        case let failure as ProcessorFailure:
            return ErrorRecord(
                file: file, reason: "processor", message: failure.description,
                processor: failure.processor, sha256: sha256)
        case let failure as DaemonFailure:
            return ErrorRecord(
                file: file, reason: failure.reason, message: failure.message, sha256: sha256)
        default:
            return ErrorRecord(
                file: file, reason: "output", message: "\(error)", sha256: sha256)
        }
    }
}
