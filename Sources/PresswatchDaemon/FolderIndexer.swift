import Foundation
import Logging
import PresswatchCore
import ServiceLifecycle

/// Rewrites the `index.html` of folders whose page views changed, at most about once a
/// second: a burst of a thousand pages costs a handful of rewrites, not a thousand. It stops
/// last, after the workers, and writes what is left on its way out.
final class FolderIndexer: Service, Sendable {
    private struct State {
        var stale: Set<String> = []
        var stopped = false
    }

    private let state = Locked(State())
    private let wakeup = Wakeup()
    private let logger: Logger

    static let minimumInterval: UInt64 = 1_000_000_000

    init(logger: Logger) {
        self.logger = logger
    }

    /// The folder of `input` has a new page view.
    func markStale(forInput input: String) {
        state.withLock { _ = $0.stale.insert(parentDirectory(input)) }
        wakeup.signal()
    }

    func run() async throws {
        await withGracefulShutdownHandler {
            await onThread("index") { self.writeLoop() }
        } onGracefulShutdown: {
            self.state.withLock { $0.stopped = true }
            self.wakeup.signal()
        }
    }

    private func writeLoop() {
        var lastWrite: UInt64 = 0
        while true {
            let (stale, stopped) = state.withLock { (!$0.stale.isEmpty, $0.stopped) }
            if !stale && !stopped {
                wakeup.wait(until: nil)
                continue
            }
            let earliest = lastWrite + Self.minimumInterval
            if !stopped && monotonicNanoseconds() < earliest {
                wakeup.wait(until: earliest)
                continue
            }
            let folders = state.withLock { state in
                defer { state.stale.removeAll() }
                return state.stale
            }
            lastWrite = monotonicNanoseconds()
            for folder in folders.sorted() { write(folder) }
            if stopped { return }
        }
    }

    private func write(_ folder: String) {
        do {
            let pages = try FolderIndex.write(folder: folder)
            logger.info("wrote \(joinPath(folder, FolderIndex.fileName)): \(pages) pages")
        } catch {
            logger.error("cannot write the index of \(folder): \(error)")
        }
    }
}
