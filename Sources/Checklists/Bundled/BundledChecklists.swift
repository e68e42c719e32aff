enum BundledChecklists {
    static let files: [(name: String, text: String)] = []
}
