import ReviewCore

/// The lines the analysis adds to the review summary, in the review's language (Rioplatense Spanish or
/// technical English, like every other line of the summary).
enum AnalysisNotes {
    /// `model analysis unavailable: <reason>`.
    static func unavailable(_ reason: LocalizedText, _ language: Language) -> String {
        switch language {
        case .en: "model analysis unavailable: \(reason.en)"
        case .es: "análisis del modelo no disponible: \(reason.es)"
        }
    }

    /// `not analysed by the model: a.py, b.py (<reason>)`.
    static func notAnalysed(_ paths: [String], _ reason: LocalizedText, _ language: Language) -> String {
        switch language {
        case .en: "not analysed by the model: \(list(paths)) (\(reason.en))"
        case .es: "no analizados por el modelo: \(list(paths)) (\(reason.es))"
        }
    }

    /// `analysed only in part by the model: big.py (token budget)`.
    static func partlyAnalysed(_ paths: [String], _ language: Language) -> String {
        switch language {
        case .en: "analysed only in part by the model: \(list(paths)) (\(tokenBudget.en))"
        case .es: "analizados solo en parte por el modelo: \(list(paths)) (\(tokenBudget.es))"
        }
    }

    /// `not sent to the model: .env, deploy/key.pem (never-send files)`.
    static func notSent(_ paths: [String], _ language: Language) -> String {
        switch language {
        case .en: "not sent to the model: \(list(paths)) (never-send files)"
        case .es: "no enviados al modelo: \(list(paths)) (archivos que nunca se envían)"
        }
    }

    static let tokenBudget = LocalizedText(en: "token budget", es: "presupuesto de tokens")
    static let unreadableAnswer = LocalizedText(en: "unreadable answer", es: "respuesta ilegible")

    /// A short reason for a failed request.
    static func reason(_ error: LLMError) -> LocalizedText {
        switch error.kind {
        case .rateLimited: LocalizedText(en: "rate limited", es: "límite de pedidos alcanzado")
        case .server: LocalizedText(en: "server error", es: "error del servidor")
        case .timeout: LocalizedText(en: "timeout", es: "tiempo de espera agotado")
        case .network: LocalizedText(en: "network error", es: "error de red")
        case .unauthorized: LocalizedText(en: "unauthorized", es: "no autorizado")
        case .rejected: LocalizedText(en: "request rejected", es: "pedido rechazado")
        case .invalidResponse: LocalizedText(en: "invalid response", es: "respuesta inválida")
        case .circuitOpen: LocalizedText(en: "too many recent failures", es: "demasiadas fallas recientes")
        case .deadline: LocalizedText(en: "deadline passed", es: "se venció el tiempo límite")
        }
    }

    /// At most this many paths are named; the rest are counted.
    static let maxListedPaths = 10

    private static func list(_ paths: [String]) -> String {
        let shown = paths.prefix(maxListedPaths).joined(separator: ", ")
        return paths.count > maxListedPaths ? shown + " (+\(paths.count - maxListedPaths))" : shown
    }
}
