/// The program's name and version, as results record them in `generator`.
///
/// The version is part of every pipeline fingerprint: a new version marks every earlier
/// result as stale, so the daemon redoes them.
public enum Generator {
    public static let name = "presswatch"
    public static let version = "0.1.0"
}
