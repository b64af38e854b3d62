import Foundation

/// Runs work on several items at once and hands the results on in the items' order.
///
/// `process` and `pipe` use it: files (or lines) are processed `workers` at a time, and each
/// result is printed as soon as every earlier one has been. Reading the next item is itself a
/// child task, so a result is delivered while the feed waits for input (a `pipe` client that
/// sends one line and waits for its answer gets it). At most `4 × workers` results wait for a
/// slow earlier item, which bounds memory on long streams.
public enum OrderedWork {
    public static func run<Item: Sendable, Output: Sendable>(
        workers: Int,
        next: @escaping @Sendable () async -> Item?,
        work: @escaping @Sendable (Item) async -> Output,
        deliver: (Output) async -> Void
    ) async {
        let workers = max(1, workers)
        let window = 4 * workers
        await withTaskGroup(of: Event<Item, Output>.self) { group in
            var state = State<Output>()
            func readIfRoom() {
                guard !state.reading, !state.exhausted, state.inFlight < workers,
                    state.submitted - state.delivered < window
                else { return }
                state.reading = true
                group.addTask { .input(await next()) }
            }
            readIfRoom()
            while let event = await group.next() {
                switch event {
                case .input(let item?):
                    state.reading = false
                    let index = state.submitted
                    state.submitted += 1
                    state.inFlight += 1
                    group.addTask { .output(index, await work(item)) }
                case .input(nil):
                    state.reading = false
                    state.exhausted = true
                case .output(let index, let output):
                    state.inFlight -= 1
                    state.waiting[index] = output
                    while let ready = state.waiting.removeValue(forKey: state.delivered) {
                        await deliver(ready)
                        state.delivered += 1
                    }
                }
                readIfRoom()
            }
        }
    }

    /// The same over a list known in advance.
    public static func run<Item: Sendable, Output: Sendable>(
        _ items: [Item], workers: Int,
        work: @escaping @Sendable (Item) async -> Output,
        deliver: (Output) async -> Void
    ) async {
        let feed = ListFeed(items)
        await run(workers: workers, next: { feed.next() }, work: work, deliver: deliver)
    }

    private enum Event<Item: Sendable, Output: Sendable>: Sendable {
        case input(Item?)
        case output(Int, Output)
    }

    private struct State<Output> {
        var submitted = 0
        var delivered = 0
        var inFlight = 0
        var reading = false
        var exhausted = false
        var waiting: [Int: Output] = [:]
    }
}

/// Hands out a list's items one at a time, from any task.
private final class ListFeed<Item: Sendable>: @unchecked Sendable {
    private let items: [Item]
    private var position = 0
    private let lock = NSLock()

    init(_ items: [Item]) { self.items = items }

    func next() -> Item? {
        lock.withLock {
            guard position < items.count else { return nil }
            defer { position += 1 }
            return items[position]
        }
    }
}
