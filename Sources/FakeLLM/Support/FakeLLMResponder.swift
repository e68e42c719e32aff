import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import NIOConcurrencyHelpers

/// The request context: Hummingbird's core storage with a body limit well above any prompt.
struct FakeLLMRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }

    var maxUploadSize: Int { 32 << 20 }
}

/// The one responder: records the request, counts it in flight, checks it as the real API would, and answers the
/// next scripted reply.
struct FakeLLMResponder: HTTPResponder {
    typealias Context = FakeLLMRequestContext

    let state: NIOLockedValueBox<FakeLLMState>

    func respond(to request: Request, context: Context) async throws -> Response {
        var request = request
        let bytes = Array(try await request.collectBody(upTo: context.maxUploadSize).readableBytesView)
        let path = request.uri.path
        let api: FakeLLMAPI? =
            if path.hasPrefix(AnthropicShape.prefix + "/") { .anthropic } else if path.hasPrefix("/v1/") { .openai } else { nil }
        let recorded = FakeLLMRequest(
            api: api, method: request.method.rawValue.uppercased(), path: path,
            headers: request.headers.map { (name: $0.name.canonicalName.lowercased(), value: $0.value) },
            body: String(decoding: bytes, as: UTF8.self), status: nil
        )
        let index = state.withLockedValue { state in
            state.log.append(recorded)
            state.inFlight += 1
            state.peakInFlight = max(state.peakInFlight, state.inFlight)
            return state.log.count - 1
        }
        let answer = await serve(recorded, api: api)
        state.withLockedValue { state in
            state.inFlight -= 1
            if state.log.indices.contains(index) { state.log[index].status = answer.status }
        }
        return Self.response(answer)
    }

    /// Checks the request, then answers the next scripted reply after its delays.
    private func serve(_ request: FakeLLMRequest, api: FakeLLMAPI?) async -> FakeLLMAnswer {
        guard let api else {
            return OpenAIShape.error(404, "Not Found: the fake serves /v1/chat/completions and /anthropic/v1/messages", code: nil)
        }
        let (refusal, reply, usage, id): (FakeLLMAnswer?, FakeLLMReply, FakeLLMUsage, Int) = state.withLockedValue { state in
            let refusal =
                switch api {
                case .openai:
                    OpenAIShape.check(request, key: state.keys[.openai], rejectsResponseFormat: state.rejectsResponseFormat)
                case .anthropic:
                    AnthropicShape.check(request, key: state.keys[.anthropic])
                }
            // A refused request does not consume a scripted reply.
            let reply = refusal == nil ? state.nextReply(api) : .malformedBody
            return (refusal, reply, state.usage, state.nextSequence())
        }
        if let refusal { return refusal }
        var current = reply
        while case .delay(let duration, let then) = current {
            await pause(duration)
            current = then
        }
        switch api {
        case .openai: return OpenAIShape.answer(current, to: request, usage: usage, id: id)
        case .anthropic: return AnthropicShape.answer(current, to: request, usage: usage, id: id)
        }
    }

    /// Sleeps `duration` in short steps, stopping early when the server stops (so `stop()` doesn't wait out a long
    /// scripted delay).
    private func pause(_ duration: Duration) async {
        let end = ContinuousClock.now + duration
        while ContinuousClock.now < end, !state.withLockedValue({ $0.stopping }) {
            let left = end - ContinuousClock.now
            try? await Task.sleep(for: min(left, .milliseconds(50)))
            if Task.isCancelled { return }
        }
    }

    private static func response(_ answer: FakeLLMAnswer) -> Response {
        var fields = HTTPFields()
        for header in answer.headers {
            guard let name = HTTPField.Name(header.name) else { continue }
            fields.append(HTTPField(name: name, value: header.value))
        }
        return Response(
            status: .init(code: answer.status),
            headers: fields,
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: answer.body))
        )
    }
}
