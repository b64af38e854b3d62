/// The configuration in force, which a reload replaces whole, and its generation.
final class RunningConfiguration: Sendable {
    struct Snapshot: Sendable {
        var loaded: LoadedConfiguration
        /// Goes up when the pipeline changes: workers built for an older one are replaced.
        var generation = 0
        /// Whether a scan treats a result of another pipeline as stale: at start, yes; after
        /// a reload that changed the pipeline, only with `reprocess_on_change`.
        var otherPipelinesAreStale = true
    }

    private let state: Locked<Snapshot>

    init(_ loaded: LoadedConfiguration) {
        state = Locked(Snapshot(loaded: loaded))
    }

    var current: Snapshot { state.withLock { $0 } }

    /// Puts `new` in force; returns the configuration it replaces.
    func replace(with new: LoadedConfiguration) -> LoadedConfiguration {
        state.withLock { snapshot in
            let old = snapshot.loaded
            snapshot.loaded = new
            let oldPipeline = old.configuration.pipeline.fingerprint
            let newPipeline = new.configuration.pipeline.fingerprint
            if old.text != new.text || oldPipeline != newPipeline { snapshot.generation += 1 }
            if oldPipeline != newPipeline {
                snapshot.otherPipelinesAreStale = new.configuration.reprocessOnChange
            }
            return old
        }
    }
}
