import PresswatchCore

/// One job inside a worker process: the core's `FileJob`, which `process` runs too, plus what
/// only a watch folder meets. A symbolic link is refused, not followed; a file gone before it
/// could be read gets a record saying so; every failure becomes `NAME.error.json`, never an
/// exception.
struct WorkerJob {
    let job: FileJob

    func run(_ request: JobRequest) -> JobReply {
        let input = request.input
        guard let status = FileStatus.of(input) else { return vanished(request) }
        switch status.kind {
        case .symlink:
            let message =
                "is a symbolic link; links are not followed, copy or move the file in instead"
            return record(request, reason: "symlink", message: message)
        case .regular: break
        case .directory, .other:
            return JobReply(outcome: .skipped, message: "not a regular file")
        }
        let known = request.knownStatus.flatMap {
            status.sameContent(as: $0) ? request.knownSHA256 : nil
        }
        switch job.run(input, name: request.name, currency: .skipCurrent, knownSHA256: known) {
        case .written(let processed, _):
            let articles = processed.document.articles.count
            let source = processed.document.source
            return JobReply(
                outcome: .written,
                message: "\(articles) article\(articles == 1 ? "" : "s"), \(source.bytes) bytes, "
                    + source.encoding.rawValue)
        case .current(let state, _):
            return JobReply(
                outcome: .upToDate,
                message: state == .failedBefore ? "already failed" : "results are current")
        case .failed(let failure, let recordWritten, let recordError):
            if FileStatus.of(input) == nil { return vanished(request) }
            var message = failure.message
            if let recordError { message += "; the error record failed too: \(recordError)" }
            guard recordWritten || recordError != nil else {
                return JobReply(outcome: .skipped, message: message)
            }
            return JobReply(outcome: .failed, message: message)
        }
    }

    /// A file that was complete and queued, then gone before its worker could read it: the
    /// record beside where it stood says so, so nobody wonders why it has no results. It
    /// does not stop a file dropped again under the name (a record without a digest holds
    /// only while the input is unchanged).
    private func vanished(_ request: JobRequest) -> JobReply {
        record(request, reason: "vanished", message: "vanished before it could be read")
    }

    private func record(_ request: JobRequest, reason: String, message: String) -> JobReply {
        guard let names = try? OutputNames(input: request.input) else {
            return JobReply(outcome: .skipped, message: message)
        }
        let failure = ErrorRecord(file: request.name, reason: reason, message: message)
        guard case .failed(_, _, let recordError) = job.record(failure, at: names),
            let recordError
        else { return JobReply(outcome: .failed, message: message) }
        return JobReply(
            outcome: .failed, message: "\(message); the error record failed too: \(recordError)")
    }
}
