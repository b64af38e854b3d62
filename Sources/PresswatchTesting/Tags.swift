import Testing

/// The three kinds of suite, so a run can pick one (README, "Tests"): every suite carries
/// exactly one of them.
extension Tag {
    /// Quick checks of behaviour: the run to make after every change.
    @Tag public static var fast: Self
    /// Figures measured on data sets (validation scores, cross-validation, re-derived
    /// weights), each held to its target: minutes, not seconds.
    @Tag public static var quality: Self
    /// The built `presswatch` binary or the daemon started on temporary folders.
    @Tag public static var daemon: Self
}
