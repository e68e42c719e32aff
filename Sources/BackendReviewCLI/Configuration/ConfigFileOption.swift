import ArgumentParser

/// `--config FILE`, shared by every command that reads the service configuration.
struct ConfigFileOption: ParsableArguments {
    @Option(name: .customLong("config"), help: "The YAML configuration file; environment variables override it.")
    var file: String?
}
