import Foundation

/// One kind of step in a request's timeline: a move of its state machine (`RequestEvent`), or a
/// step recorded on it that leaves its status as it was (`RequestStep`).
public enum RequestTimelineEvent: Hashable, Sendable {
    /// The state machine moved the request.
    case moved(RequestEvent)
    /// A step recorded on the request.
    case recorded(RequestStep)

    /// The event named as the timeline stores it: the `RequestEvent`'s or the `RequestStep`'s raw
    /// value (the two sets of names do not overlap); nil for a name neither knows.
    public init?(stored name: String) {
        if let event = RequestEvent(rawValue: name) {
            self = .moved(event)
        } else if let step = RequestStep(rawValue: name) {
            self = .recorded(step)
        } else {
            return nil
        }
    }

    /// The name the timeline stores.
    public var stored: String {
        switch self {
        case .moved(let event): return event.rawValue
        case .recorded(let step): return step.rawValue
        }
    }
}
