import Foundation

extension Daemon {
    /// A folder whose results changed: its `index.html` is rewritten on the next pass of
    /// the index loop, once however many of its pages changed in between.
    func folderIndexIsStale(forInput input: String) {
        lock.withLock {
            if configuration.writesFolderIndex {
                staleIndexFolders.insert(parentDirectory(input))
            }
        }
    }

    /// Rewrites the stale folder indexes at most about once a second: a burst of a thousand
    /// pages costs a handful of rewrites, not a thousand. On its own thread, since reading
    /// the page views of a large folder must not hold up settling or the watchdog. Once the
    /// daemon stops and its last jobs are done, writes what is left and ends.
    func folderIndexLoop() {
        var lastWrite: UInt64 = 0
        while true {
            usleep(50_000)
            // A job counts as in flight until after its folder is marked (`queue.finish`
            // follows the log), so nothing finished is missed on the way out.
            let idle = queue.counts.inFlight == 0
            let now = monotonicNanoseconds()
            let (folders, done) = lock.withLock {
                let done = stopping && idle
                guard done || now - lastWrite >= 1_000_000_000 else {
                    return (Set<String>(), false)
                }
                let folders = staleIndexFolders
                staleIndexFolders.removeAll()
                return (folders, done)
            }
            if !folders.isEmpty { lastWrite = now }
            for folder in folders.sorted() {
                do {
                    let pages = try backend.writeFolderIndex(folder)
                    logger.info("wrote \(joinPath(folder, "index.html")): \(pages) pages")
                } catch {
                    logger.error("cannot write the index of \(folder): \(error)")
                }
            }
            if done { return }
        }
    }
}
