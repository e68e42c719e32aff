extension SecretPattern {
    /// The well-known token formats, applied in order. `[ \t]` instead of `\s` keeps every match on one line.
    static let catalog: [SecretPattern] = [
        // AWS access key ids: AKIA (long-term), ASIA (temporary) and the other documented prefixes.
        SecretPattern(
            "aws-access-key", #"\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|AROA|APKA|ASCA)[A-Z0-9]{16}\b"#),
        SecretPattern(
            "aws-secret-key",
            #"(?i)\baws_?secret(?:_?access)?_?key\b["']?[ \t]*(?:=>|:=|=|:)[ \t]*["']?([A-Za-z0-9/+=]{16,})"#,
            group: 1),
        SecretPattern("github-token", #"\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{20,}"#, needle: "gh"),
        SecretPattern("github-token", #"\bgithub_pat_[A-Za-z0-9_]{20,}"#, needle: "github_pat_"),
        SecretPattern(
            "gitlab-token",
            #"\b(?:glpat|gldt|glrt|glptt|glft|glsoat|glcbt|glimt|glagent|gloas|glffct|gltst|glwt)-[A-Za-z0-9_\-]{20,}"#),
        SecretPattern("gitlab-token", #"\bGR1348941[A-Za-z0-9_\-]{20,}"#, needle: "GR1348941"),
        SecretPattern("slack-token", #"\bxox[abposre]-[A-Za-z0-9\-]{10,}"#, needle: "xox"),
        SecretPattern("slack-token", #"\bxapp-[0-9]+-[A-Za-z0-9\-]{10,}"#, needle: "xapp-"),
        SecretPattern(
            "slack-webhook", #"https://hooks\.slack\.com/services/[A-Za-z0-9/_\-]+"#, needle: "hooks.slack.com"),
        SecretPattern("jwt", #"\beyJ[A-Za-z0-9_\-]{6,}\.[A-Za-z0-9_\-]{6,}\.[A-Za-z0-9_\-]*"#, needle: "eyJ"),
        SecretPattern("api-key", #"\bsk-(?:ant-|proj-)?[A-Za-z0-9_\-]{20,}"#, needle: "sk-"),
        SecretPattern("stripe-key", #"\b(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,}"#),
        SecretPattern("google-api-key", #"\bAIza[0-9A-Za-z_\-]{35}"#, needle: "AIza"),
        SecretPattern("bearer-token", #"(?i)\bbearer[ \t]+([A-Za-z0-9._~+/=\-]{16,})"#, group: 1),
        // scheme://user:password@host — the user stays, the password goes (an empty user is allowed).
        SecretPattern(
            "url-password", #"\b[A-Za-z][A-Za-z0-9+.\-]*://[^\s:/@]*:([^\s@/]+)@"#, group: 1, needle: "://"),
    ]
}
