/// Runs one job inside a worker process: decides whether the input needs work, and turns
/// every way it can fail into a `NAME.error.json` rather than an exception.
struct JobExecutor {
    let backend: any DaemonBackend
    let engine: any PipelineEngine

    func run(_ input: String) -> JobReply {
        guard let status = FileStatus.of(input) else {
            return JobReply(outcome: .skipped, message: "vanished before it could be read")
        }
        switch status.kind {
        case .symlink:
            let message =
                "is a symbolic link; links are not followed, copy or move the file in instead"
            return fail(input, sha256: nil, DaemonFailure(reason: "symlink", message: message))
        case .regular: break
        case .directory, .other:
            return JobReply(outcome: .skipped, message: "not a regular file")
        }
        let recorded = backend.recordedState(ofInput: input, results: engine.resultSuffixes)
        do {
            let outcome = try engine.process(inputPath: input) { sha256 in
                recorded?.sha256 == sha256 && recorded?.fingerprint == engine.fingerprint
            }
            switch outcome {
            case .written(let description): return JobReply(outcome: .written, message: description)
            case .upToDate:
                let message = recorded?.isFailure == true ? "already failed" : "results are current"
                return JobReply(outcome: .upToDate, message: message)
            }
        } catch let failure as EngineFailure {
            if FileStatus.of(input) == nil {
                return JobReply(outcome: .skipped, message: "vanished before it could be read")
            }
            return fail(input, sha256: failure.sha256, failure.underlying)
        } catch {
            return fail(input, sha256: nil, error)
        }
    }

    private func fail(_ input: String, sha256: String?, _ error: any Error) -> JobReply {
        let message = "\(error)"
        let recorded = backend.recordedState(ofInput: input, results: engine.resultSuffixes)
        if let recorded, recorded.isFailure, let sha256, recorded.sha256 == sha256,
            recorded.fingerprint == engine.fingerprint
        {
            // Already recorded for these very bytes and pipeline: do not rewrite it.
            return JobReply(outcome: .upToDate, message: "already failed: \(message)")
        }
        do {
            try backend.writeFailure(
                forInput: input, error: error, sha256: sha256, fingerprint: engine.fingerprint,
                processors: engine.processors)
            return JobReply(outcome: .failed, message: message)
        } catch {
            return JobReply(
                outcome: .failed, message: "\(message); the error record failed too: \(error)")
        }
    }
}
