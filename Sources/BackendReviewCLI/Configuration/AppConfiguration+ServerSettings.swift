import Hosts
import JobQueue
import ReviewServer

extension AppConfiguration {
    /// What the intake server needs.
    var serverSettings: ServerSettings {
        ServerSettings(
            bindAddress: server.bind,
            port: server.port,
            maxBodyBytes: server.maxBodyBytes,
            hosts: hosts.mapValues { host in
                HostIntakeSettings(secret: host.webhookSecret, allowUnsigned: host.allowUnsigned, enabled: host.enabled)
            },
            decodeOptions: DecodeOptions(reviewDrafts: review.drafts)
        )
    }

    /// The queue's retry policy, with the configured attempt limit.
    var retryPolicy: RetryPolicy {
        RetryPolicy(maxAttempts: worker.maxAttempts)
    }

    /// How long a worker's claim on a job lasts before another worker may take it.
    var lease: Duration { .seconds(worker.leaseSeconds) }
}
