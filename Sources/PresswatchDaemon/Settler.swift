/// Decides when a file written in place is complete.
///
/// A file closed after writing is a candidate; it is ready once `settle` has passed with its
/// size and modification time unchanged and no writer has touched it again. A writer that
/// closes and reopens to append within the settle time sends a new modification, which
/// takes the file back until its next close. Not thread-safe: the daemon holds it under its
/// lock.
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

    /// The candidates whose settle time is over, checked again with `stat`: unchanged ones
    /// are returned and forgotten, changed ones wait another settle period, vanished ones
    /// are dropped.
    mutating func due(now: UInt64, stat: (String) -> FileStatus?) -> [String] {
        var ready: [String] = []
        for (path, candidate) in candidates where candidate.due <= now && !writing.contains(path) {
            guard let current = stat(path) else {
                candidates.removeValue(forKey: path)
                continue
            }
            if current.sameContent(as: candidate.status) {
                candidates.removeValue(forKey: path)
                ready.append(path)
            } else {
                candidates[path] = Candidate(status: current, due: now + settleNanoseconds)
            }
        }
        return ready
    }
}
