/// Decides when a file written in place is complete.
///
/// A file closed after writing is a candidate; it is ready once `settle` has passed with its
/// size and modification time unchanged and no writer has touched it again. A writer that
/// closes and reopens to append within the settle time sends a new modification, which
/// takes the file back until its next close. Not thread-safe: `Intake` keeps it in its lock.
struct Settler {
    struct Candidate {
        var status: FileStatus
        var due: UInt64
    }

    var settleNanoseconds: UInt64
    /// Beyond this many candidates, new ones are refused and a scan catches up instead.
    let capacity: Int
    private(set) var candidates: [String: Candidate] = [:]
    /// Files modified since their last close: a writer still has them open.
    private(set) var writing: Set<String> = []

    init(settleMilliseconds: Int, capacity: Int) {
        settleNanoseconds = UInt64(max(0, settleMilliseconds)) * 1_000_000
        self.capacity = capacity
    }

    var count: Int { candidates.count }

    /// A writer closed `path` (or a poll saw it change). False when the settler is full.
    mutating func closed(_ path: String, status: FileStatus, now: UInt64) -> Bool {
        writing.remove(path)
        if candidates[path] == nil && candidates.count >= capacity { return false }
        candidates[path] = Candidate(status: status, due: now + settleNanoseconds)
        return true
    }

    /// A writer wrote to `path`: it is not complete until the next close.
    mutating func modified(_ path: String) {
        writing.insert(path)
    }

    mutating func forget(_ path: String) {
        candidates.removeValue(forKey: path)
        writing.remove(path)
    }

    /// After lost events the open-writer marks cannot be trusted (a close may be among the
    /// lost): the scan that follows decides by modification time instead.
    mutating func forgetWriters() {
        writing.removeAll()
    }

    func isBusy(_ path: String) -> Bool {
        candidates[path] != nil || writing.contains(path)
    }

    /// The earliest time a candidate is due, when any is: the settle loop sleeps until then
    /// instead of polling.
    var nextDue: UInt64? {
        candidates.lazy.filter { !self.writing.contains($0.key) }.map(\.value.due).min()
    }

    /// Takes out the candidates whose settle time is over and that no writer holds. Each is
    /// then checked with `stat` outside the daemon's locks and handed to `settled`.
    mutating func takeDue(now: UInt64) -> [(path: String, candidate: Candidate)] {
        let due = candidates.filter { $0.value.due <= now && !writing.contains($0.key) }
        for path in due.keys { candidates.removeValue(forKey: path) }
        return due.map { ($0.key, $0.value) }
    }

    /// Whether a candidate taken out by `takeDue` is complete, given its status now: unchanged
    /// is complete; changed waits another settle period; vanished is dropped; and one that a
    /// newer event took back meanwhile is left to that event.
    mutating func settled(
        _ path: String, candidate: Candidate, current: FileStatus?, now: UInt64
    ) -> Bool {
        guard let current, candidates[path] == nil, !writing.contains(path) else { return false }
        if current.sameContent(as: candidate.status) { return true }
        candidates[path] = Candidate(status: current, due: now + settleNanoseconds)
        return false
    }
}
